package org.warmline.casenotices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.warmline.conversation.api.Channel;
import org.warmline.conversation.api.OutboundMessages;
import org.warmline.conversation.api.OutboundRequest;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.worker.Worker;
import org.warmline.legalaid.api.ClaimantNotices;

/**
 * Queues a claimant's case notice in the conversation outbox, in the caller's transaction (the step's),
 * on the worker's own channel ({@link Worker#noticeChannel()}, as a {@link Channel}): as SMS to a worker
 * with a phone, in the web chat to a chat-only worker. A case notice is a personal
 * {@code Kind.NOTICE} without an expiry (a hearing date stays worth knowing until the day); the outbox
 * drops it for an opted-out worker.
 */
@ApplicationScoped
public class OutboxClaimantNotices implements ClaimantNotices {

    private static final Logger LOG = Logger.getLogger(OutboxClaimantNotices.class.getName());

    @Inject
    OutboundMessages outbox;

    @Inject
    WorkerDirectory workers;

    @Override
    public long send(long workerId, String text) {
        Worker worker = workers.byId(workerId)
                .orElseThrow(() -> new IllegalArgumentException("no worker " + workerId));
        if (worker.noticeChannel() == null) {
            throw new IllegalArgumentException("worker " + workerId + " has neither a phone nor a chat");
        }
        Channel channel = Channel.forNotices(worker.noticeChannel());
        long id = outbox.queue(new OutboundRequest(workerId, channel, null, text, OutboundRequest.Kind.NOTICE, null));
        LOG.fine(() -> "Case notice " + id + " queued for worker " + workerId + " on " + channel);
        return id;
    }
}
