package org.warmline.tripnotices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;
import org.warmline.conversation.api.OutboundMessages;
import org.warmline.conversation.api.OutboundRequest;
import org.warmline.returnhome.api.PassengerNotices;

/**
 * Queues passenger notices as SMS in the conversation outbox, in the caller's transaction: a personal
 * notice as {@code Kind.NOTICE}, one of a batch as {@code Kind.BULK}, both dropped rather than sent
 * after {@code validUntil} (the departure).
 */
@ApplicationScoped
public class OutboxPassengerNotices implements PassengerNotices {

    private static final Logger LOG = Logger.getLogger(OutboxPassengerNotices.class.getName());

    @Inject
    OutboundMessages outbox;

    @Override
    public long send(long workerId, String text, boolean bulk, Instant validUntil) {
        long id = outbox.queue(new OutboundRequest(workerId, "sms", null, text,
                bulk ? OutboundRequest.Kind.BULK : OutboundRequest.Kind.NOTICE, validUntil));
        LOG.fine(() -> "Trip notice " + id + " queued for worker " + workerId);
        return id;
    }
}
