package org.warmline.conversation.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.warmline.conversation.api.SmsSegmentCount;
import org.warmline.conversation.domain.Message.Kind;

/**
 * The sending rules of the outbox, free of persistence so they can be tested with a set clock.
 * They mirror Chinese carrier rules for commercial and notification SMS (the operators' anti-spam
 * rules as applied by SMS gateways: the same text at most twice and fewer than five different texts
 * per recipient per day) and Twilio's guidance to honour opt-outs:
 * <ul>
 *   <li>a message past its validity is dropped, never sent late;</li>
 *   <li>no NOTICE or BULK message goes to a worker who opted out (a REPLY still does);</li>
 *   <li>except for a REPLY to the worker's own message, at most {@value #MAX_IDENTICAL} identical and
 *       fewer than {@value #MAX_DISTINCT_EXCLUSIVE} distinct messages per recipient per 24 hours;
 *       a message over the limit is deferred until the window allows it (and so dropped if its
 *       validity ends first);</li>
 *   <li>several queued notices to one worker are merged into one message while it stays within
 *       {@link SmsSegmentCount#MAX_SEGMENTS} segments;</li>
 *   <li>a failed attempt that may be retried waits {@code initialDelay × 2^(attempt-1)}, at most
 *       {@code maxDelay}, and at least what the provider asked for (HTTP Retry-After).</li>
 * </ul>
 */
public final class SendingPolicy {

    /** Identical texts per recipient per window. */
    public static final int MAX_IDENTICAL = 2;
    /** Distinct texts per recipient per window must stay below this. */
    public static final int MAX_DISTINCT_EXCLUSIVE = 5;
    /** The carriers' window: 24 hours. */
    public static final Duration WINDOW = Duration.ofHours(24);

    /** What to do with a claimed message. */
    public enum Action {
        /** Send it now. */
        SEND,
        /** Do not send it, ever (reason in {@link Decision#reason()}). */
        DROP,
        /** Not yet: due again at {@link Decision#notBefore()}. */
        DEFER
    }

    /**
     * A decision.
     *
     * @param action    what to do
     * @param reason    a reason code for DROP/DEFER: expired, opted-out, identical-limit, daily-limit
     * @param notBefore for DEFER, when the message is due again
     */
    public record Decision(Action action, String reason, Instant notBefore) {
        static Decision send() {
            return new Decision(Action.SEND, null, null);
        }

        static Decision drop(String reason) {
            return new Decision(Action.DROP, reason, null);
        }
    }

    /**
     * A message sent (or being sent) to the recipient within the window; replies are not counted.
     *
     * @param body   its text
     * @param sentAt when it went out
     */
    public record Sent(String body, Instant sentAt) { }

    private final Clock clock;
    private final Duration initialDelay;
    private final Duration maxDelay;

    /**
     * @param clock        the one clock
     * @param initialDelay wait before the second attempt
     * @param maxDelay     longest wait between attempts
     */
    public SendingPolicy(Clock clock, Duration initialDelay, Duration maxDelay) {
        this.clock = Objects.requireNonNull(clock);
        this.initialDelay = Objects.requireNonNull(initialDelay);
        this.maxDelay = Objects.requireNonNull(maxDelay);
    }

    /**
     * @param kind       why the message is sent
     * @param body       its text
     * @param validUntil its validity limit, or null
     * @param optedOut   whether the worker has opted out of notices
     * @param history    the recipient's non-reply messages sent in the last 24 hours (older ones are
     *                   ignored)
     * @return send, drop or defer
     */
    public Decision decide(Kind kind, String body, Instant validUntil, boolean optedOut, Collection<Sent> history) {
        Instant now = clock.instant();
        if (validUntil != null && now.isAfter(validUntil)) {
            return Decision.drop("expired");
        }
        if (optedOut && kind.isNotification()) {
            return Decision.drop("opted-out");
        }
        if (kind == Kind.REPLY) {
            return Decision.send();
        }
        Instant since = now.minus(WINDOW);
        List<Sent> recent = history.stream().filter(s -> s.sentAt() != null && s.sentAt().isAfter(since))
                .sorted((a, b) -> a.sentAt().compareTo(b.sentAt())).toList();
        List<Sent> identical = recent.stream().filter(s -> s.body().equals(body)).toList();
        if (identical.size() >= MAX_IDENTICAL) {
            return defer("identical-limit", identical.get(identical.size() - MAX_IDENTICAL).sentAt().plus(WINDOW),
                    validUntil);
        }
        long distinct = recent.stream().map(Sent::body).distinct().count();
        if (identical.isEmpty() && distinct + 1 >= MAX_DISTINCT_EXCLUSIVE) {
            return defer("daily-limit", recent.get(0).sentAt().plus(WINDOW), validUntil);
        }
        return Decision.send();
    }

    private static Decision defer(String reason, Instant at, Instant validUntil) {
        if (validUntil != null && at.isAfter(validUntil)) {
            return Decision.drop(reason);
        }
        return new Decision(Action.DEFER, reason, at);
    }

    /**
     * Merges several updates for one worker into one text, oldest first, one per line, as long as the
     * result stays within {@link SmsSegmentCount#MAX_SEGMENTS} segments.
     *
     * @param bodies the queued texts, oldest first (the first is always kept)
     * @return how many of them the merged text holds, and the text
     */
    public static Merge merge(List<String> bodies) {
        if (bodies.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        StringBuilder text = new StringBuilder(bodies.get(0));
        int taken = 1;
        List<String> seen = new ArrayList<>(List.of(bodies.get(0)));
        for (String next : bodies.subList(1, bodies.size())) {
            if (seen.contains(next)) {
                taken++;
                continue;
            }
            String candidate = text + "\n" + next;
            if (!SmsSegmentCount.of(candidate).sendable()) {
                break;
            }
            text = new StringBuilder(candidate);
            seen.add(next);
            taken++;
        }
        return new Merge(taken, text.toString());
    }

    /**
     * The merged text.
     *
     * @param taken how many of the given texts it holds (a prefix of the list; an exact repeat
     *              counts as held)
     * @param text  the text
     */
    public record Merge(int taken, String text) { }

    /**
     * @param attempt    the attempt that just failed, 1 for the first
     * @param retryAfter what the provider asked for, or null
     * @return when to try again
     */
    public Instant nextAttempt(int attempt, Duration retryAfter) {
        Duration delay = initialDelay.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
        if (delay.compareTo(maxDelay) > 0) {
            delay = maxDelay;
        }
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            delay = retryAfter.compareTo(maxDelay) > 0 ? maxDelay : retryAfter;
        }
        return clock.instant().plus(delay);
    }
}
