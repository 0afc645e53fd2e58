package org.warmline.core.domain.worker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.warmline.core.domain.phone.PhoneNumber;

/**
 * A migrant worker (农民工) Warmline serves, known by the phone number they text from. The phone is
 * personal data: show {@link #maskedPhone()} in lists and logs.
 */
@Entity
@Table(name = "wk_worker")
public class Worker {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wk_worker_seq")
    @SequenceGenerator(name = "wk_worker_seq", sequenceName = "wk_worker_seq", allocationSize = 50)
    private Long id;

    @Column(name = "phone_e164", nullable = false, unique = true, length = 20)
    private String phoneE164;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA. */
    protected Worker() {
    }

    /**
     * @param phone    the worker's number (E.164)
     * @param language "zh" or "en", the language of their first message
     * @param now      when they first wrote
     */
    public Worker(PhoneNumber phone, String language, Instant now) {
        this.phoneE164 = Objects.requireNonNull(phone, "phone").e164();
        this.language = Objects.requireNonNull(language, "language");
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** @return database id, null before persist */
    public Long id() {
        return id;
    }

    /** @return the phone number */
    public PhoneNumber phone() {
        return new PhoneNumber(phoneE164);
    }

    /** @return the phone masked for lists and logs, e.g. 138****8000 */
    public String maskedPhone() {
        return phone().masked();
    }

    /** @return "zh" or "en" */
    public String language() {
        return language;
    }

    /** @param language the language the worker now writes in, "zh" or "en" */
    public void speaks(String language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    /** @return when the worker first wrote */
    public Instant createdAt() {
        return createdAt;
    }
}
