package org.warmline.core.domain.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The event publication's retry rules: grace before the first check, back-off, never given up. */
class RetryRuleTest {

    private static final Instant T = Instant.parse("2026-12-08T01:00:00Z");

    @Test
    void backOffDoublesFromFiveSecondsUpToTenMinutes() {
        assertEquals(Duration.ofSeconds(5), RetryRule.backOff(1));
        assertEquals(Duration.ofSeconds(10), RetryRule.backOff(2));
        assertEquals(Duration.ofSeconds(20), RetryRule.backOff(3));
        assertEquals(Duration.ofSeconds(320), RetryRule.backOff(7));
        assertEquals(Duration.ofMinutes(10), RetryRule.backOff(8));
        assertEquals(Duration.ofMinutes(10), RetryRule.backOff(1_000_000), "never overflows, never gives up");
        assertThrows(IllegalArgumentException.class, () -> RetryRule.backOff(0));
    }

    @Test
    void freshPublicationIsLeftToItsAfterCommitDeliveryForThirtySeconds() {
        EventPublication p = new EventPublication("helpdesk.hand-off", "X", "42", "{}", T);
        assertFalse(p.isDue(T));
        assertFalse(p.isDue(T.plusSeconds(29)));
        assertTrue(p.isDue(T.plusSeconds(30)));
        assertEquals(0, p.attempts());
        assertNull(p.lastError());
    }

    @Test
    void failedAttemptIsCountedAndTheNextComesAfterTheBackOff() {
        EventPublication p = new EventPublication("helpdesk.hand-off", "X", "42", "{}", T);
        p.failed("OptimisticLockException: ticket changed", T);
        assertEquals(1, p.attempts());
        assertEquals(T.plusSeconds(5), p.nextAttemptAt());
        assertFalse(p.isDue(T.plusSeconds(4)));
        p.failed("again", T.plusSeconds(5));
        assertEquals(2, p.attempts());
        assertEquals(T.plusSeconds(15), p.nextAttemptAt());
        assertEquals("again", p.lastError());
        p.failed("x".repeat(1000), T);
        assertEquals(400, p.lastError().length(), "the error is clipped to its column");
    }

    @Test
    void longKeyIsClippedAndMissingKeyIsEmpty() {
        assertEquals(64, new EventPublication("l", "X", "k".repeat(100), "{}", T).laneKey().length());
        assertEquals("", new EventPublication("l", "X", null, "{}", T).laneKey());
    }
}
