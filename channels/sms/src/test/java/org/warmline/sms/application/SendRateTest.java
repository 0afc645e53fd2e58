package org.warmline.sms.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The per-sender pace, on a clock the test moves by hand. */
class SendRateTest {

    /** A clock that stands still until the test moves it. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T01:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();

    @Test
    void longCodeSendsOneMessageAndThenWaitsOneSecond() {
        SendRate rate = new SendRate(clock, 1);
        assertEquals(1, rate.available());
        assertEquals(Duration.ZERO, rate.tryTake());
        assertEquals(0, rate.available());
        assertEquals(Duration.ofSeconds(1), rate.tryTake());
    }

    @Test
    void waitShrinksAsTimePassesAndTheNextMessageGoesAfterOneSecond() {
        SendRate rate = new SendRate(clock, 1);
        rate.tryTake();
        clock.advance(Duration.ofMillis(400));
        assertEquals(Duration.ofMillis(600), rate.tryTake());
        clock.advance(Duration.ofMillis(600));
        assertEquals(Duration.ZERO, rate.tryTake());
        assertEquals(Duration.ofSeconds(1), rate.tryTake());
    }

    @Test
    void oneMessagePerSecondHoldsOverAMinute() {
        SendRate rate = new SendRate(clock, 1);
        int sent = 0;
        for (int ms = 0; ms < 60_000; ms += 100) {
            if (rate.tryTake().isZero()) {
                sent++;
            }
            clock.advance(Duration.ofMillis(100));
        }
        assertEquals(60, sent);
    }

    @Test
    void senderThatSleepsTheReturnedWaitsSendsAtTheConfiguredRate() {
        SendRate rate = new SendRate(clock, 2);
        Instant end = clock.instant().plusSeconds(10);
        int sent = 0;
        while (clock.instant().isBefore(end)) {
            Duration wait = rate.tryTake();
            if (wait.isZero()) {
                sent++;
            } else {
                clock.advance(wait);
            }
        }
        // a burst of one second's worth (2) at the start, then one every 0.5 s: at 0.5, 1.0 … 9.5 s
        assertEquals(2 + 19, sent);
    }

    @Test
    void messagingServiceRateAllowsABurstOfOneSecondsWorthThenPaces() {
        SendRate rate = new SendRate(clock, 10);
        assertEquals(10, rate.available());
        for (int i = 0; i < 10; i++) {
            assertEquals(Duration.ZERO, rate.tryTake(), "message " + i + " of the burst");
        }
        assertEquals(Duration.ofMillis(100), rate.tryTake());
        clock.advance(Duration.ofMillis(100));
        assertEquals(Duration.ZERO, rate.tryTake());
    }

    @Test
    void idleTimeDoesNotBuildUpMoreThanOneSecondsWorth() {
        SendRate rate = new SendRate(clock, 2);
        clock.advance(Duration.ofHours(1));
        assertEquals(2, rate.available());
        assertEquals(Duration.ZERO, rate.tryTake());
        assertEquals(Duration.ZERO, rate.tryTake());
        assertEquals(Duration.ofMillis(500), rate.tryTake());
    }

    @Test
    void rateBelowOnePerSecondSpacesMessagesFurtherApart() {
        SendRate rate = new SendRate(clock, 0.5);
        assertEquals(Duration.ZERO, rate.tryTake());
        assertEquals(Duration.ofSeconds(2), rate.tryTake());
        clock.advance(Duration.ofSeconds(2));
        assertEquals(Duration.ZERO, rate.tryTake());
    }

    @Test
    void clockGoingBackwardsGivesNoExtraMessages() {
        SendRate rate = new SendRate(clock, 1);
        rate.tryTake();
        clock.advance(Duration.ofSeconds(-30));
        assertEquals(0, rate.available());
        assertEquals(Duration.ofSeconds(1), rate.tryTake());
    }

    @Test
    void zeroOrNegativeRateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SendRate(clock, 0));
        assertThrows(IllegalArgumentException.class, () -> new SendRate(clock, -1));
        assertThrows(IllegalArgumentException.class, () -> new SendRate(clock, Double.NaN));
    }
}
