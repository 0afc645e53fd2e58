package org.warmline.tripnotices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.warmline.conversation.api.Channel;
import org.warmline.conversation.api.OutboundMessages;
import org.warmline.conversation.api.OutboundRequest;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.worker.Worker;
import org.warmline.returnhome.api.PassengerNotices;

/**
 * Queues passenger notices in the conversation outbox, in the caller's transaction, on the worker's own
 * channel ({@link Worker#noticeChannel()}, as a {@link Channel}): as SMS to a worker with a phone, in the web chat to a
 * chat-only worker (pushed to an open page, kept for the next visit). A personal notice is
 * {@code Kind.NOTICE}, one of a batch {@code Kind.BULK}; an SMS is dropped rather than sent after
 * {@code validUntil} (the departure), and an opted-out worker's notice is dropped on either channel.
 */
@ApplicationScoped
public class OutboxPassengerNotices implements PassengerNotices {

    private static final Logger LOG = Logger.getLogger(OutboxPassengerNotices.class.getName());

    @Inject
    OutboundMessages outbox;

    @Inject
    WorkerDirectory workers;

    @Override
    public long send(long workerId, String text, boolean bulk, Instant validUntil) {
        Worker worker = workers.byId(workerId)
                .orElseThrow(() -> new IllegalArgumentException("no worker " + workerId));
        if (worker.noticeChannel() == null) {
            throw new IllegalArgumentException("worker " + workerId + " has neither a phone nor a chat");
        }
        Channel channel = Channel.forNotices(worker.noticeChannel());
        long id = outbox.queue(new OutboundRequest(workerId, channel, null, text,
                bulk ? OutboundRequest.Kind.BULK : OutboundRequest.Kind.NOTICE, validUntil));
        LOG.fine(() -> "Trip notice " + id + " queued for worker " + workerId + " on " + channel);
        return id;
    }

    @Override
    public Reach reachOf(long workerId) {
        return workers.byId(workerId).map(PassengerNotices::reach).orElse(Reach.UNREACHABLE);
    }

    @Override
    public Map<Long, Reach> reachOf(Collection<Long> workerIds) {
        Map<Long, Worker> found = workers.byIds(workerIds.stream().distinct().toList());
        Map<Long, Reach> reach = new LinkedHashMap<>();
        workerIds.forEach(id -> reach.put(id, PassengerNotices.reach(found.get(id))));
        return reach;
    }

}
