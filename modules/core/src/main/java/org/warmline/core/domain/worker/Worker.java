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

    @Column(name = "phone_e164", unique = true, length = 20)
    private String phoneE164;

    @Column(name = "chat_id", unique = true, length = 64)
    private String chatId;

    @Column(name = "opted_out_at")
    private Instant optedOutAt;

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

    /**
     * A worker who so far only uses the web chat (no phone yet).
     *
     * @param chatId   the chat channel's identity for this worker (opaque, unique)
     * @param language "zh" or "en"
     * @param now      when they first wrote
     * @return the new worker
     */
    public static Worker fromChat(String chatId, String language, Instant now) {
        Worker worker = new Worker();
        worker.chatId = Objects.requireNonNull(chatId, "chatId");
        worker.language = Objects.requireNonNull(language, "language");
        worker.createdAt = Objects.requireNonNull(now, "now");
        return worker;
    }

    /**
     * The one rule for the channel Warmline tells this worker news on (trip offers, changes, staff
     * messages that are not a reply; issue 10, item 3): by SMS when they have a phone — also a chat
     * worker who verified one, since the chat page asks for the phone to send SMS notices — else in their
     * web chat, where the message waits for their next visit. Opting out is not considered here: the
     * caller decides what an opted-out worker gets.
     *
     * @return {@link NoticeChannel#SMS}, {@link NoticeChannel#CHAT}, or null when the worker has neither a
     *         phone nor a chat
     */
    public NoticeChannel noticeChannel() {
        return phoneE164 != null ? NoticeChannel.SMS : chatId != null ? NoticeChannel.CHAT : null;
    }

    /** @return the chat identity, or null for an SMS-only worker */
    public String chatId() {
        return chatId;
    }

    /** @param chatId the chat identity to attach to this worker (after a verified phone merge) */
    public void attachChat(String chatId) {
        this.chatId = Objects.requireNonNull(chatId, "chatId");
    }

    /** @param phone a verified phone number for this worker */
    public void attachPhone(PhoneNumber phone) {
        this.phoneE164 = Objects.requireNonNull(phone, "phone").e164();
    }

    /**
     * The worker asked us to stop sending messages (退订 / STOP): no notice or bulk message may go
     * to them until they opt in again; direct replies to their own messages still do.
     *
     * @param now when
     */
    public void optOut(Instant now) {
        if (optedOutAt == null) {
            optedOutAt = Objects.requireNonNull(now, "now");
        }
    }

    /** The worker asked for messages again (订阅 / START). */
    public void optIn() {
        optedOutAt = null;
    }

    /** @return whether the worker has opted out of notices */
    public boolean optedOut() {
        return optedOutAt != null;
    }

    /** @return when the worker opted out, or null */
    public Instant optedOutAt() {
        return optedOutAt;
    }

    /** @return database id, null before persist */
    public Long id() {
        return id;
    }

    /** @return the phone number, or null for a chat-only worker */
    public PhoneNumber phone() {
        return phoneE164 == null ? null : new PhoneNumber(phoneE164);
    }

    /**
     * What lists and logs show instead of a phone for a chat-only worker (a label the console shows, not
     * a channel code: core does not know conversation's channels).
     */
    public static final String NO_PHONE_LABEL = "chat";

    /** @return the phone masked for lists and logs, e.g. 138****8000; {@link #NO_PHONE_LABEL} for a chat-only worker */
    public String maskedPhone() {
        return phoneE164 == null ? NO_PHONE_LABEL : phone().masked();
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
