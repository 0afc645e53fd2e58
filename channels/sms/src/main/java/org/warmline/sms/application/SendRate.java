package org.warmline.sms.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A per-sender pace (token bucket): at most {@code messagesPerSecond} messages per second on
 * average, with bursts of at most one second's worth. Twilio queues what a long code cannot send at
 * once (1 message segment per second for a US long code, more for a Messaging Service or short
 * code, Twilio docs "Understanding Twilio Rate Limits and Message Queues"); pacing here keeps those
 * queues empty so that replies are never stuck behind bulk notices. Not thread-safe: one sender.
 */
public final class SendRate {

    /**
     * Rounding allowance: ten polls 0.1 s apart add up to 0.9999999999999999 of a token in binary
     * floating point, which without it cost a whole extra poll (55 instead of 60 messages a minute).
     */
    private static final double EPSILON = 1e-9;

    private final Clock clock;
    private final double perSecond;
    private final double capacity;
    private double tokens;
    private Instant last;

    /**
     * @param clock             the clock
     * @param messagesPerSecond messages per second (&gt; 0)
     */
    public SendRate(Clock clock, double messagesPerSecond) {
        if (!(messagesPerSecond > 0)) {
            throw new IllegalArgumentException("messages per second must be > 0, was " + messagesPerSecond);
        }
        this.clock = clock;
        this.perSecond = messagesPerSecond;
        this.capacity = Math.max(1, messagesPerSecond);
        this.tokens = capacity;
        this.last = clock.instant();
    }

    /**
     * Takes a token if one is available.
     *
     * @return zero if the message may go now; otherwise how long to wait before asking again
     */
    public Duration tryTake() {
        Instant now = clock.instant();
        double elapsed = Math.max(0, Duration.between(last, now).toNanos() / 1e9);
        tokens = Math.min(capacity, tokens + elapsed * perSecond);
        last = now;
        if (tokens >= 1 - EPSILON) {
            tokens = Math.max(0, tokens - 1);
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) / perSecond * 1e9));
    }

    /** @return messages that may go at once right now (whole tokens) */
    public int available() {
        Instant now = clock.instant();
        double elapsed = Math.max(0, Duration.between(last, now).toNanos() / 1e9);
        return (int) Math.floor(Math.min(capacity, tokens + elapsed * perSecond) + EPSILON);
    }
}
