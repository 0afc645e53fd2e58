package org.warmline.helpdesk.interfaces.rest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.Json;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import jakarta.inject.Inject;
import org.warmline.conversation.api.DeliveryChanged;
import org.warmline.helpdesk.application.TicketChanged;
import org.warmline.helpdesk.application.TicketService;
import org.warmline.helpdesk.application.Viewer;

/**
 * The open event streams of console pages. After a ticket change commits, every stream whose viewer
 * may see the ticket's centre gets a small {@code conversation} event (the ticket id and what
 * happened, never personal data); the page then reloads what it shows. A delivery-status change of an
 * outgoing message becomes a {@code delivery} event that the open conversation applies in place. A comment every 15 seconds
 * keeps proxies from closing idle streams.
 */
@ApplicationScoped
public class ConsoleEvents {

    private static final Logger LOG = Logger.getLogger(ConsoleEvents.class.getName());

    private final List<Stream> streams = new CopyOnWriteArrayList<>();

    @Resource
    ManagedExecutorService executor;

    @Inject
    TicketService tickets;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> heartbeat;

    private record Stream(Viewer viewer, SseEventSink sink, Sse sse) { }

    @PostConstruct
    void start() {
        heartbeat = scheduler.scheduleWithFixedDelay(() -> streams.forEach(s -> send(s,
                s.sse().newEventBuilder().comment("").build())), 15, 15, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        streams.forEach(s -> s.sink().close());
        streams.clear();
    }

    /**
     * @param viewer whose page
     * @param sink   the page's stream
     * @param sse    the event factory
     */
    public void open(Viewer viewer, SseEventSink sink, Sse sse) {
        Stream stream = new Stream(viewer, sink, sse);
        streams.add(stream);
        send(stream, sse.newEventBuilder().name("hello").data("{}").build());
    }

    /** @return open streams */
    public int openStreams() {
        return streams.size();
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketChanged change) {
        if (streams.isEmpty()) {
            return; // no console open: nothing to build or to schedule (once per stored message)
        }
        String data = Json.createObjectBuilder().add("id", change.ticketId()).add("what", change.what()).build().toString();
        executor.execute(() -> streams.stream().filter(s -> s.viewer().maySee(change.centreCode()))
                .forEach(s -> send(s, s.sse().newEventBuilder().name("conversation").data(data).build())));
    }

    /**
     * A committed delivery-status change of an outgoing message: pages that may see its conversation get
     * a {@code delivery} event (ticket id, message id, new status; no text) and update the message in place.
     */
    void onDelivery(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveryChanged change) {
        if (streams.isEmpty()) {
            return;
        }
        executor.execute(() -> tickets.ticketOfConversation(change.conversationId()).ifPresent(t -> {
            String data = Json.createObjectBuilder().add("id", t.ticketId()).add("messageId", change.messageId())
                    .add("status", change.status()).build().toString();
            streams.stream().filter(s -> s.viewer().maySee(t.centreCode()))
                    .forEach(s -> send(s, s.sse().newEventBuilder().name("delivery").data(data).build()));
        }));
    }

    private void send(Stream stream, OutboundSseEvent event) {
        if (stream.sink().isClosed()) {
            streams.remove(stream);
            return;
        }
        try {
            synchronized (stream) {
                stream.sink().send(event).toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            streams.remove(stream);
        } catch (Exception e) {
            LOG.fine(() -> "console stream closed: " + e);
            streams.remove(stream);
            try {
                stream.sink().close();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }
}
