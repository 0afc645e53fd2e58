package org.warmline.chat.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.chat.domain.PhoneVerification.Outcome;
import org.warmline.core.domain.phone.PhoneNumber;

/** The one-time code rules: 10 minutes, 5 attempts, only a salted hash kept, 3 codes per phone per hour. */
class PhoneVerificationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T01:00:00Z"), SHANGHAI);
    private static final PhoneNumber PHONE = PhoneNumber.parse("13800138000");
    private static final OneTimeCode CODE = new OneTimeCode("123456");
    private static final OneTimeCode WRONG = new OneTimeCode("654321");

    private static Instant at(Duration later) {
        return Clock.offset(CLOCK, later).instant();
    }

    private static PhoneVerification sent() {
        return new PhoneVerification(7L, PHONE, CODE, CLOCK.instant());
    }

    @Test
    void rightCodeWithinTenMinutesVerifies() {
        PhoneVerification v = sent();
        assertEquals(Outcome.VERIFIED, v.attempt(CODE, at(Duration.ofMinutes(9).plusSeconds(59))).outcome());
        assertEquals(PhoneVerification.Status.VERIFIED, v.status());
    }

    @Test
    void codeExpiresAfterTenMinutes() {
        PhoneVerification v = sent();
        assertEquals(at(Duration.ofMinutes(10)), v.expiresAt());
        assertEquals(Outcome.EXPIRED, v.attempt(CODE, at(Duration.ofMinutes(10))).outcome());
        assertEquals(0, v.attempts(), "a late try is not counted");
    }

    @Test
    void wrongCodesAreCountedAndTheFifthKillsTheCode() {
        PhoneVerification v = sent();
        for (int left = 4; left >= 1; left--) {
            PhoneVerification.Check check = v.attempt(WRONG, CLOCK.instant());
            assertEquals(Outcome.WRONG_CODE, check.outcome());
            assertEquals(left, check.attemptsLeft());
        }
        assertEquals(Outcome.TOO_MANY_ATTEMPTS, v.attempt(WRONG, CLOCK.instant()).outcome());
        assertEquals(5, v.attempts());
        assertEquals(Outcome.NOT_PENDING, v.attempt(CODE, CLOCK.instant()).outcome(),
                "after five wrong tries even the right code fails");
        assertEquals(5, v.attempts());
    }

    @Test
    void rightCodeOnTheFifthAttemptStillVerifies() {
        PhoneVerification v = sent();
        for (int i = 0; i < 4; i++) {
            v.attempt(WRONG, CLOCK.instant());
        }
        assertEquals(Outcome.VERIFIED, v.attempt(CODE, CLOCK.instant()).outcome());
    }

    @Test
    void aVerifiedCodeCannotBeUsedAgain() {
        PhoneVerification v = sent();
        v.attempt(CODE, CLOCK.instant());
        assertEquals(Outcome.NOT_PENDING, v.attempt(CODE, CLOCK.instant()).outcome());
    }

    @Test
    void aSupersededCodeNoLongerWorks() {
        PhoneVerification v = sent();
        v.supersede();
        assertEquals(Outcome.NOT_PENDING, v.attempt(CODE, CLOCK.instant()).outcome());
    }

    @Test
    void onlyASaltedHashOfTheCodeIsKept() {
        String salt1 = OneTimeCode.newSalt();
        String salt2 = OneTimeCode.newSalt();
        assertFalse(CODE.hash(salt1).contains("123456"));
        assertEquals(64, CODE.hash(salt1).length());
        assertFalse(CODE.hash(salt1).equals(CODE.hash(salt2)), "same code, different salt, different hash");
        assertFalse(CODE.toString().contains("123456"));
    }

    @Test
    void threeCodesPerPhonePerHourThenRefusedUntilTheOldestLeavesTheWindow() {
        Instant now = CLOCK.instant();
        List<Instant> two = List.of(now.minus(Duration.ofMinutes(50)), now.minus(Duration.ofMinutes(5)));
        assertTrue(IssuePolicy.refusedUntil(two, List.of(), now).isEmpty());
        List<Instant> three = List.of(now.minus(Duration.ofMinutes(50)), now.minus(Duration.ofMinutes(20)),
                now.minus(Duration.ofMinutes(5)));
        assertEquals(now.plus(Duration.ofMinutes(10)), IssuePolicy.refusedUntil(three, List.of(), now).orElseThrow());
        assertTrue(IssuePolicy.refusedUntil(three, List.of(), at(Duration.ofMinutes(10))).isEmpty(),
                "an hour after the oldest code a new one may go");
    }

    @Test
    void codesOlderThanAnHourDoNotCount() {
        Instant now = CLOCK.instant();
        List<Instant> old = List.of(now.minus(Duration.ofMinutes(61)), now.minus(Duration.ofMinutes(90)),
                now.minus(Duration.ofHours(2)), now.minus(Duration.ofMinutes(1)));
        assertTrue(IssuePolicy.refusedUntil(old, old, now).isEmpty());
    }

    @Test
    void oneChatMayAskForAtMostFiveCodesAnHourOverAllPhones() {
        Instant now = CLOCK.instant();
        List<Instant> five = List.of(now.minusSeconds(3000), now.minusSeconds(2000), now.minusSeconds(1000),
                now.minusSeconds(500), now.minusSeconds(100));
        assertTrue(IssuePolicy.refusedUntil(List.of(), five.subList(0, 4), now).isEmpty());
        assertEquals(now.plusSeconds(600), IssuePolicy.refusedUntil(List.of(), five, now).orElseThrow());
    }

    @Test
    void typedCodesMayHaveSpacesAndFullWidthDigits() {
        assertEquals(CODE, OneTimeCode.read(" 123 456 ").orElseThrow());
        assertEquals(CODE, OneTimeCode.read("１２３４５６").orElseThrow());
        assertEquals(CODE, OneTimeCode.read("123-456").orElseThrow());
        assertTrue(OneTimeCode.read("12345").isEmpty());
        assertTrue(OneTimeCode.read("1234567").isEmpty());
        assertTrue(OneTimeCode.read("12345a").isEmpty());
        assertTrue(OneTimeCode.read(null).isEmpty());
    }

    @Test
    void randomCodesAreSixDigits() {
        for (int i = 0; i < 1000; i++) {
            assertTrue(OneTimeCode.random().digits().matches("[0-9]{6}"));
        }
    }
}
