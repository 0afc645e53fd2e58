package org.warmline.conversation.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.warmline.conversation.api.InboundMessage;
import org.warmline.conversation.api.InboundResult;
import org.warmline.core.application.FaultPoints;
import org.warmline.core.application.batch.BatchLanes;
import org.warmline.core.domain.phone.PhoneNumber;

/**
 * Runs the two steps of every inbound message (store, then process; {@link InboundProcessing}) on a
 * few lanes (core's {@link BatchLanes} on managed threads), each taking the messages waiting for it and
 * storing them in one transaction, then processing them in a second one. The caller's thread (the webhook or the chat
 * request) waits for its own result.
 * <p>
 * Why: each step on the caller's thread cost one commit per message, and the commit is what the
 * database serialises (H2's store lock, PostgreSQL's WAL flush). Under load, with many requests
 * waiting, a lane commits many messages at once; with one request at a time it commits one, as
 * before. The guarantees stay those of {@link InboundProcessing}: a message is committed before its
 * processing starts, so a failure or a crash in processing never loses it.
 * <ul>
 *   <li>A sender's messages always go to the same lane (by channel sender id), so one worker's
 *       messages are answered in the order they arrived and two deliveries of one message meet on
 *       one thread: the second finds the first, stored in the same or an earlier batch.</li>
 *   <li>A batch is all or nothing. If a batch fails (a unique-key race with another path, a bug in
 *       one message), its messages are stored and processed one by one, each in its own
 *       transaction, and only the message at fault fails.</li>
 * </ul>
 * Lanes and batch size: {@code warmline.inbound.lanes} (default 4, threads) and
 * {@code warmline.inbound.batch} (default 64, messages per transaction).
 */
@ApplicationScoped
public class InboundLanes {

    private static final Logger LOG = Logger.getLogger(InboundLanes.class.getName());

    @Inject
    InboundProcessing processing;

    @Inject
    @ConfigProperty(name = "warmline.inbound.lanes", defaultValue = "4")
    int laneCount;

    @Inject
    @ConfigProperty(name = "warmline.inbound.batch", defaultValue = "64")
    int batchSize;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    FaultPoints faults;

    private volatile BatchLanes<Pending> lanes;

    /** One waiting message and the caller's future. */
    private record Pending(InboundProcessing.Arrival arrival, CompletableFuture<InboundResult> result) {

        /** @return the sender's channel id: one sender's messages share a lane */
        String sender() {
            return arrival.message().from() == null ? "" : arrival.message().from();
        }
    }

    /**
     * Hands a message to its lane.
     *
     * @param message a validated message
     * @param phone   the sender's phone, or null for a web-chat sender
     * @return completes with the stored message id and the reply, or exceptionally with what the
     *         message's own store or processing threw
     */
    public CompletableFuture<InboundResult> submit(InboundMessage message, PhoneNumber phone) {
        CompletableFuture<InboundResult> result = new CompletableFuture<>();
        lanes().submit(new Pending(new InboundProcessing.Arrival(message, phone), result));
        return result;
    }

    private BatchLanes<Pending> lanes() {
        BatchLanes<Pending> all = lanes;
        if (all == null) {
            synchronized (this) {
                all = lanes;
                if (all == null) {
                    all = BatchLanes.builder("inbound-lane", threads, new BatchLanes.Handler<Pending>() {
                                @Override
                                public void handleAll(List<Pending> batch) {
                                    handle(batch);
                                }

                                @Override
                                public void failed(Pending pending, Exception cause) {
                                    // never leave a caller waiting, whatever went wrong
                                    pending.result.completeExceptionally(cause);
                                    LOG.log(Level.SEVERE, "Inbound lane failed on a message", cause);
                                }
                            })
                            .lanes(Math.max(1, laneCount), Pending::sender)
                            .batch(Math.max(1, batchSize))
                            .start();
                    lanes = all;
                }
            }
        }
        return all;
    }

    @PreDestroy
    void stop() {
        BatchLanes<Pending> all = lanes;
        if (all != null) {
            all.close();
        }
    }

    private void handle(List<Pending> batch) {
        List<InboundProcessing.Stored> stored = storeAll(batch);
        faults.reached("inbound-stored"); // test-only crash point (warmline.test.hold-at), off by default
        // each stored message once, in arrival order; a message delivered twice in the batch is one id
        LinkedHashSet<Long> toProcess = new LinkedHashSet<>();
        for (InboundProcessing.Stored s : stored) {
            if (s != null && !s.processed()) {
                toProcess.add(s.messageId());
            }
        }
        Map<Long, Object> outcomes = processAll(List.copyOf(toProcess));
        for (int i = 0; i < batch.size(); i++) {
            InboundProcessing.Stored s = stored.get(i);
            CompletableFuture<InboundResult> result = batch.get(i).result;
            if (s == null) {
                continue; // completed exceptionally while storing
            }
            Object outcome = s.processed() ? s.reply() : outcomes.get(s.messageId());
            if (outcome instanceof InboundProcessing.Processed p) {
                result.complete(new InboundResult(s.messageId(), s.existed(), p.reply(), p.language(), p.replyId()));
            } else {
                result.completeExceptionally((Throwable) outcome);
            }
        }
    }

    /** @return one result per pending message; null where storing failed (its future is completed) */
    private List<InboundProcessing.Stored> storeAll(List<Pending> batch) {
        if (batch.size() > 1) {
            try {
                return processing.storeAll(batch.stream().map(Pending::arrival).toList());
            } catch (RuntimeException e) {
                LOG.fine(() -> "batch of " + batch.size() + " not stored together, storing one by one: " + e);
            }
        }
        List<InboundProcessing.Stored> stored = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            InboundProcessing.Arrival arrival = pending.arrival();
            try {
                stored.add(storeOne(arrival));
            } catch (RuntimeException e) {
                pending.result.completeExceptionally(e);
                stored.add(null);
            }
        }
        return stored;
    }

    /** Stores one message; a unique-key race with another path ends in reading the winner's row. */
    private InboundProcessing.Stored storeOne(InboundProcessing.Arrival arrival) {
        try {
            return processing.store(arrival.message(), arrival.phone());
        } catch (jakarta.persistence.PersistenceException | jakarta.transaction.TransactionalException e) {
            LOG.fine(() -> "store raced with a duplicate delivery, reading the stored row: " + e);
            return processing.store(arrival.message(), arrival.phone());
        }
    }

    /** @return per message id its {@link InboundProcessing.Processed} or the exception it failed with */
    private Map<Long, Object> processAll(List<Long> ids) {
        Map<Long, Object> outcomes = new HashMap<>();
        if (ids.isEmpty()) {
            return outcomes;
        }
        if (ids.size() > 1) {
            try {
                outcomes.putAll(processing.processAll(ids));
                return outcomes;
            } catch (RuntimeException e) {
                LOG.fine(() -> "batch of " + ids.size() + " not processed together, one by one: " + e);
            }
        }
        for (long id : ids) {
            try {
                outcomes.put(id, processing.process(id));
            } catch (RuntimeException e) {
                outcomes.put(id, e);
            }
        }
        return outcomes;
    }
}
