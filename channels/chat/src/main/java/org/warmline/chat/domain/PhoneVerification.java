package org.warmline.chat.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.warmline.core.domain.phone.PhoneNumber;

/**
 * One one-time code sent to a phone a chat worker wants to add: valid for {@link #VALIDITY}, at most
 * {@link #MAX_ATTEMPTS} tries, then dead. Only the salted hash of the code is kept.
 */
@Entity
@Table(name = "ch_phone_verification")
public class PhoneVerification {

    /** How long a code may be used. */
    public static final Duration VALIDITY = Duration.ofMinutes(10);
    /** How many times a worker may type a code (right or wrong) before it is dead. */
    public static final int MAX_ATTEMPTS = 5;

    /** Where a code stands. */
    public enum Status {
        /** Sent, may be typed. */
        PENDING,
        /** Typed correctly; the phone was attached. */
        VERIFIED,
        /** Typed wrong {@link #MAX_ATTEMPTS} times. */
        EXHAUSTED,
        /** A newer code was sent to the same worker. */
        SUPERSEDED
    }

    /** What typing a code did. */
    public enum Outcome {
        /** Right code in time: the phone is verified. */
        VERIFIED,
        /** Wrong code; more attempts left. */
        WRONG_CODE,
        /** Wrong code and no attempts left: ask for a new code. */
        TOO_MANY_ATTEMPTS,
        /** Too late: ask for a new code. */
        EXPIRED,
        /** This code can no longer be used (verified, superseded or exhausted already). */
        NOT_PENDING
    }

    /**
     * @param outcome      what happened
     * @param attemptsLeft how many more tries this code allows
     */
    public record Check(Outcome outcome, int attemptsLeft) { }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ch_phone_verification_seq")
    @SequenceGenerator(name = "ch_phone_verification_seq", sequenceName = "ch_phone_verification_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "worker_id", nullable = false)
    private long workerId;

    @Column(name = "phone_e164", nullable = false, length = 20)
    private String phoneE164;

    @Column(name = "salt", nullable = false, length = 32)
    private String salt;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    /** For JPA. */
    protected PhoneVerification() {
    }

    /**
     * A code just sent.
     *
     * @param workerId the chat worker who asked
     * @param phone    the phone it was sent to
     * @param code     the code (only its hash is kept)
     * @param now      when it was sent
     */
    public PhoneVerification(long workerId, PhoneNumber phone, OneTimeCode code, Instant now) {
        this.workerId = workerId;
        this.phoneE164 = Objects.requireNonNull(phone, "phone").e164();
        this.salt = OneTimeCode.newSalt();
        this.codeHash = Objects.requireNonNull(code, "code").hash(salt);
        this.status = Status.PENDING.name();
        this.createdAt = Objects.requireNonNull(now, "now");
        this.expiresAt = now.plus(VALIDITY);
    }

    /**
     * One try at the code: counts the attempt, and verifies, refuses or kills the code.
     *
     * @param typed the code as typed
     * @param now   the time of the try
     * @return the outcome and the attempts left
     */
    public Check attempt(OneTimeCode typed, Instant now) {
        Objects.requireNonNull(typed, "typed");
        if (status() != Status.PENDING) {
            return new Check(Outcome.NOT_PENDING, 0);
        }
        if (!now.isBefore(expiresAt)) {
            return new Check(Outcome.EXPIRED, 0);
        }
        attempts++;
        boolean right = MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
                typed.hash(salt).getBytes(StandardCharsets.US_ASCII));
        if (right) {
            status = Status.VERIFIED.name();
            verifiedAt = now;
            return new Check(Outcome.VERIFIED, MAX_ATTEMPTS - attempts);
        }
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.EXHAUSTED.name();
            return new Check(Outcome.TOO_MANY_ATTEMPTS, 0);
        }
        return new Check(Outcome.WRONG_CODE, MAX_ATTEMPTS - attempts);
    }

    /** A newer code was sent to the worker: this one can no longer be used. */
    public void supersede() {
        if (status() == Status.PENDING) {
            status = Status.SUPERSEDED.name();
        }
    }

    /** @return database id, null before persist */
    public Long id() {
        return id;
    }

    /** @return the worker who asked */
    public long workerId() {
        return workerId;
    }

    /** @return the phone the code went to (personal data: log {@code masked()}) */
    public PhoneNumber phone() {
        return new PhoneNumber(phoneE164);
    }

    /** @return the status */
    public Status status() {
        return Status.valueOf(status);
    }

    /** @return tries so far */
    public int attempts() {
        return attempts;
    }

    /** @return when the code was sent */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return when the code stops working */
    public Instant expiresAt() {
        return expiresAt;
    }
}
