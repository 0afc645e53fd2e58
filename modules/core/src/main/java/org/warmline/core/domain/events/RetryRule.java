package org.warmline.core.domain.events;

import java.time.Duration;
import java.time.Instant;

/**
 * When an event publication is tried again after a failed attempt: exponential back-off from
 * {@link #FIRST} (5 s), doubling per failure, capped at {@link #MOST} (10 min); never given up — a
 * hand-off must reach the operators' queue however long the helpdesk is broken. A fresh publication is
 * delivered right after its commit and becomes due for the retry check only after {@link #GRACE}
 * (30 s), so that the check does not race with that first delivery.
 */
public final class RetryRule {

    /** Wait after the first failure. */
    public static final Duration FIRST = Duration.ofSeconds(5);

    /** Longest wait between two attempts. */
    public static final Duration MOST = Duration.ofMinutes(10);

    /** Time a fresh publication is left to its after-commit delivery before the retry check takes it. */
    public static final Duration GRACE = Duration.ofSeconds(30);

    private RetryRule() {
    }

    /**
     * @param failures failed attempts so far, at least 1
     * @return the wait before the next attempt: 5 s, 10 s, 20 s, … at most 10 min
     * @throws IllegalArgumentException if failures is below 1
     */
    public static Duration backOff(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1, was " + failures);
        }
        int doublings = Math.min(failures - 1, 20);
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return wait.compareTo(MOST) > 0 ? MOST : wait;
    }

    /**
     * @param publishedAt when the publication was written
     * @return when the retry check may first take it
     */
    public static Instant firstCheck(Instant publishedAt) {
        return publishedAt.plus(GRACE);
    }
}
