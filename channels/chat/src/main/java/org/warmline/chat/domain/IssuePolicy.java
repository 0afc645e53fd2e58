package org.warmline.chat.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * How often codes may be sent: at most {@link #PER_PHONE_PER_HOUR} to one phone and at most
 * {@link #PER_WORKER_PER_HOUR} for one chat worker (to any phones) in any sliding hour, so that the
 * page can not be used to flood someone's phone, or to send SMS to many numbers at our expense.
 */
public final class IssuePolicy {

    /** Codes one phone may receive in an hour. */
    public static final int PER_PHONE_PER_HOUR = 3;
    /** Codes one chat worker may ask for in an hour, over all phones. */
    public static final int PER_WORKER_PER_HOUR = 5;
    /** The sliding window. */
    public static final Duration WINDOW = Duration.ofHours(1);

    private IssuePolicy() {
    }

    /**
     * @param sentToPhone     when codes were sent to this phone (any worker), at least the last hour's
     * @param sentForWorker   when codes were sent for this worker (any phone), at least the last hour's
     * @param now             now
     * @return empty if a code may be sent now, else the earliest time one may
     */
    public static Optional<Instant> refusedUntil(Collection<Instant> sentToPhone, Collection<Instant> sentForWorker,
                                                 Instant now) {
        Optional<Instant> phone = until(sentToPhone, PER_PHONE_PER_HOUR, now);
        Optional<Instant> worker = until(sentForWorker, PER_WORKER_PER_HOUR, now);
        if (phone.isPresent() && worker.isPresent()) {
            return Optional.of(phone.get().isAfter(worker.get()) ? phone.get() : worker.get());
        }
        return phone.isPresent() ? phone : worker;
    }

    private static Optional<Instant> until(Collection<Instant> sent, int limit, Instant now) {
        Instant from = now.minus(WINDOW);
        var inWindow = sent.stream().filter(t -> t.isAfter(from) && !t.isAfter(now)).sorted().toList();
        if (inWindow.size() < limit) {
            return Optional.empty();
        }
        // the window frees a slot when the oldest send that keeps it full leaves it
        return Optional.of(inWindow.get(inWindow.size() - limit).plus(WINDOW));
    }
}
