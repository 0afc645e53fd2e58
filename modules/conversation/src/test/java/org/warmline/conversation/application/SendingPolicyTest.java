package org.warmline.conversation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warmline.conversation.api.SmsSegmentCount;
import org.warmline.conversation.application.SendingPolicy.Action;
import org.warmline.conversation.application.SendingPolicy.Sent;
import org.warmline.conversation.domain.Message.Kind;

class SendingPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");
    private final SendingPolicy policy = new SendingPolicy(Clock.fixed(NOW, ZoneOffset.UTC),
            Duration.ofSeconds(10), Duration.ofMinutes(30));

    private static Sent sent(String body, long hoursAgo) {
        return new Sent(body, NOW.minus(Duration.ofHours(hoursAgo)));
    }

    @Test
    void expiredNoticeIsDroppedNotSentLate() {
        var d = policy.decide(Kind.NOTICE, "车 8:00 出发", NOW.minusSeconds(1), false, List.of());
        assertEquals(Action.DROP, d.action());
        assertEquals("expired", d.reason());
    }

    @Test
    void noticeStillValidIsSent() {
        assertEquals(Action.SEND, policy.decide(Kind.NOTICE, "x", NOW.plusSeconds(1), false, List.of()).action());
    }

    @Test
    void noNoticeOrBulkGoesToAnOptedOutWorkerButAReplyDoes() {
        assertEquals("opted-out", policy.decide(Kind.NOTICE, "x", null, true, List.of()).reason());
        assertEquals(Action.DROP, policy.decide(Kind.BULK, "x", null, true, List.of()).action());
        assertEquals(Action.SEND, policy.decide(Kind.REPLY, "x", null, true, List.of()).action());
        assertEquals(Action.SEND, policy.decide(Kind.OPERATOR, "x", null, true, List.of()).action());
    }

    @Test
    void thirdIdenticalMessageWithin24HoursWaitsUntilTheFirstLeavesTheWindow() {
        var d = policy.decide(Kind.NOTICE, "same", null, false, List.of(sent("same", 20), sent("same", 2)));
        assertEquals(Action.DEFER, d.action());
        assertEquals("identical-limit", d.reason());
        assertEquals(NOW.plus(Duration.ofHours(4)), d.notBefore());
    }

    @Test
    void identicalMessagesOlderThan24HoursDoNotCount() {
        var d = policy.decide(Kind.NOTICE, "same", null, false, List.of(sent("same", 25), sent("same", 2)));
        assertEquals(Action.SEND, d.action());
    }

    @Test
    void fifthDistinctMessageWithin24HoursIsDeferred() {
        List<Sent> four = List.of(sent("a", 10), sent("b", 8), sent("c", 6), sent("d", 1));
        var d = policy.decide(Kind.NOTICE, "e", null, false, four);
        assertEquals(Action.DEFER, d.action());
        assertEquals("daily-limit", d.reason());
        assertEquals(NOW.plus(Duration.ofHours(14)), d.notBefore());
        assertEquals(Action.SEND, policy.decide(Kind.NOTICE, "d", null, false, four).action(),
                "a repeat of a text already sent is not a new distinct text");
        assertEquals(Action.SEND, policy.decide(Kind.NOTICE, "e", null, false, four.subList(0, 3)).action());
    }

    @Test
    void repliesAreNeverLimited() {
        List<Sent> many = List.of(sent("a", 1), sent("a", 1), sent("b", 1), sent("c", 1), sent("d", 1));
        assertEquals(Action.SEND, policy.decide(Kind.REPLY, "a", null, false, many).action());
    }

    @Test
    void deferralBeyondTheValidityDropsTheMessage() {
        var d = policy.decide(Kind.NOTICE, "same", NOW.plus(Duration.ofHours(1)), false,
                List.of(sent("same", 20), sent("same", 2)));
        assertEquals(Action.DROP, d.action());
    }

    @Test
    void severalUpdatesAreMergedIntoOneMessageWithinEightSegments() {
        var merge = SendingPolicy.merge(List.of("车次改为G123", "发车时间8:00", "车次改为G123"));
        assertEquals(3, merge.taken());
        assertEquals("车次改为G123\n发车时间8:00", merge.text());
        var full = SendingPolicy.merge(List.of("回".repeat(400), "回".repeat(200)));
        assertEquals(1, full.taken());
        assertTrue(SmsSegmentCount.of(full.text()).sendable());
    }

    @Test
    void retryWaitDoublesUpToTheMaximumAndHonoursRetryAfter() {
        assertEquals(NOW.plusSeconds(10), policy.nextAttempt(1, null));
        assertEquals(NOW.plusSeconds(20), policy.nextAttempt(2, null));
        assertEquals(NOW.plusSeconds(80), policy.nextAttempt(4, null));
        assertEquals(NOW.plus(Duration.ofMinutes(30)), policy.nextAttempt(30, null));
        assertEquals(NOW.plusSeconds(60), policy.nextAttempt(1, Duration.ofSeconds(60)));
    }
}
