package org.warmline.core.domain.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An event one durable listener has not applied yet ({@code wk_event_publication}), as Spring
 * Modulith's event publication registry keeps them: written in the transaction that caused the event,
 * deleted in the transaction in which the listener applied it. The payload is the event as JSON
 * (personal data, e.g. a worker's message text: never logged).
 */
@Entity
@Table(name = "wk_event_publication")
public class EventPublication {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wk_event_publication_seq")
    @SequenceGenerator(name = "wk_event_publication_seq", sequenceName = "wk_event_publication_seq", allocationSize = 50)
    private Long id;

    @Column(name = "listener", nullable = false, length = 64)
    private String listener;

    @Column(name = "event_type", nullable = false, length = 200)
    private String eventType;

    @Column(name = "lane_key", nullable = false, length = 64)
    private String laneKey;

    @Column(name = "payload", nullable = false, length = 20000)
    private String payload;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 400)
    private String lastError;

    /** For JPA. */
    protected EventPublication() {
    }

    /**
     * @param listener    the durable listener's id, 1..64 characters
     * @param eventType   the event's class name
     * @param laneKey     its ordering key (e.g. a conversation id); events of one key are applied in order
     * @param payload     the event as JSON
     * @param publishedAt when (system time)
     */
    public EventPublication(String listener, String eventType, String laneKey, String payload, Instant publishedAt) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.laneKey = laneKey == null ? "" : laneKey.length() > 64 ? laneKey.substring(0, 64) : laneKey;
        this.payload = Objects.requireNonNull(payload, "payload");
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
        this.nextAttemptAt = RetryRule.firstCheck(publishedAt);
    }

    /**
     * An attempt to apply the event failed: count it and schedule the next by {@link RetryRule}.
     *
     * @param error what went wrong (clipped to 400 characters; no message text)
     * @param now   system time
     */
    public void failed(String error, Instant now) {
        attempts++;
        nextAttemptAt = now.plus(RetryRule.backOff(attempts));
        lastError = error == null ? null : error.length() > 400 ? error.substring(0, 400) : error;
    }

    /** @param now system time @return whether the retry check should take it now */
    public boolean isDue(Instant now) {
        return !nextAttemptAt.isAfter(now);
    }

    /** @return id */
    public Long id() {
        return id;
    }

    /** @return the durable listener's id */
    public String listener() {
        return listener;
    }

    /** @return the event's class name */
    public String eventType() {
        return eventType;
    }

    /** @return the ordering key */
    public String laneKey() {
        return laneKey;
    }

    /** @return the event as JSON */
    public String payload() {
        return payload;
    }

    /** @return failed attempts so far */
    public int attempts() {
        return attempts;
    }

    /** @return when the retry check takes it next */
    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    /** @return the last failure, or null */
    public String lastError() {
        return lastError;
    }
}
