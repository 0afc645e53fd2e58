package org.warmline.chat.interfaces.rest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.warmline.chat.application.ChatService;
import org.warmline.conversation.api.MessageStored;
import org.warmline.conversation.api.TranscriptLine;

/**
 * The open event streams of chat pages, by worker. Every stream keeps the id of the last message it
 * sent and always sends "the worker's messages after that id" in id order, so a stream never skips
 * or repeats a message; a reconnecting browser starts after its Last-Event-ID. New messages are
 * announced by conversation's {@link MessageStored} event after commit; a timer also looks every 15
 * seconds (a heartbeat for proxies, and a catch-up for messages stored on another cluster node).
 * What a stream has sent is reported as received ({@link ChatService#received}): queued operator
 * messages and notices become DELIVERED in the operators' console (issue 10, item 3).
 */
@ApplicationScoped
public class ChatEventStreams {

    private static final Logger LOG = Logger.getLogger(ChatEventStreams.class.getName());
    /** Streams one worker may hold open (tabs, phones); the oldest is closed beyond this. */
    static final int MAX_STREAMS_PER_WORKER = 4;
    private static final int BATCH = 100;
    private static final long HEARTBEAT_SECONDS = 15;

    private final Map<Long, List<Stream>> byWorker = new ConcurrentHashMap<>();

    @Inject
    ChatService chats;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> heartbeat;

    /** One open stream. */
    private static final class Stream {
        final long workerId;
        final SseEventSink sink;
        final Sse sse;
        long lastSent;

        Stream(long workerId, long after, SseEventSink sink, Sse sse) {
            this.workerId = workerId;
            this.lastSent = after;
            this.sink = sink;
            this.sse = sse;
        }
    }

    @PostConstruct
    void startHeartbeat() {
        heartbeat = scheduler.scheduleWithFixedDelay(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        byWorker.values().forEach(list -> list.forEach(s -> closeQuietly(s)));
        byWorker.clear();
    }

    /**
     * Opens a stream: sends every message after {@code after} at once, then new ones as they come.
     *
     * @param workerId the worker whose messages to send
     * @param after    the last message id the client has
     * @param sink     the client's stream
     * @param sse      the event factory
     */
    public void open(long workerId, long after, SseEventSink sink, Sse sse) {
        Stream stream = new Stream(workerId, after, sink, sse);
        List<Stream> streams = byWorker.computeIfAbsent(workerId, k -> new CopyOnWriteArrayList<>());
        streams.add(stream);
        while (streams.size() > MAX_STREAMS_PER_WORKER) {
            Stream oldest = streams.remove(0);
            closeQuietly(oldest);
        }
        synchronized (stream) {
            send(stream, sse.newEventBuilder().comment("warmline chat").build());
            deliver(stream);
        }
    }

    /**
     * Pushes a committed message to the worker's open streams (on a managed thread, so the request
     * that stored it is not held up and a new transaction may read it).
     *
     * @param stored the event
     */
    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageStored stored) {
        List<Stream> streams = byWorker.get(stored.workerId());
        if (streams == null || streams.isEmpty()) {
            return;
        }
        executor.execute(() -> streams.forEach(this::deliverSafely));
    }

    /** @return how many streams are open (for tests and metrics) */
    public int openStreams() {
        return byWorker.values().stream().mapToInt(List::size).sum();
    }

    private void beat() {
        byWorker.values().forEach(streams -> streams.forEach(stream -> {
            synchronized (stream) {
                if (send(stream, stream.sse.newEventBuilder().comment("").build())) {
                    deliverSafely(stream);
                }
            }
        }));
    }

    private void deliverSafely(Stream stream) {
        try {
            synchronized (stream) {
                deliver(stream);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not push chat messages to worker " + stream.workerId, e);
        }
    }

    /** Sends everything after the stream's last id, in id order; call with the stream's lock held. */
    private void deliver(Stream stream) {
        while (!stream.sink.isClosed()) {
            List<TranscriptLine> lines = chats.linesAfter(stream.workerId, stream.lastSent, BATCH);
            List<TranscriptLine> sent = new java.util.ArrayList<>(lines.size());
            for (TranscriptLine line : lines) {
                OutboundSseEvent event = stream.sse.newEventBuilder()
                        .id(Long.toString(line.id()))
                        .name("message")
                        .data(String.class, json(line).toString())
                        .build();
                if (!send(stream, event)) {
                    chats.received(stream.workerId, sent);
                    return;
                }
                stream.lastSent = line.id();
                sent.add(line);
            }
            chats.received(stream.workerId, sent); // the page has them: queued chat messages are DELIVERED
            if (lines.size() < BATCH) {
                return;
            }
        }
        forget(stream);
    }

    /** @return false (and the stream forgotten) when the client has gone */
    private boolean send(Stream stream, OutboundSseEvent event) {
        if (stream.sink.isClosed()) {
            forget(stream);
            return false;
        }
        try {
            stream.sink.send(event).toCompletableFuture().get(30, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(stream);
            return false;
        } catch (Exception e) {
            LOG.fine(() -> "Chat stream of worker " + stream.workerId + " closed: " + e);
            closeQuietly(stream);
            return false;
        }
    }

    private void closeQuietly(Stream stream) {
        forget(stream);
        try {
            stream.sink.close();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "closing a chat stream", e);
        }
    }

    private void forget(Stream stream) {
        byWorker.computeIfPresent(stream.workerId, (k, list) -> {
            list.remove(stream);
            return list.isEmpty() ? null : list;
        });
    }

    /**
     * @param line a message
     * @return its JSON for the page: {@code {"id", "direction", "body", "createdAt"}}
     */
    static JsonObject json(TranscriptLine line) {
        return Json.createObjectBuilder()
                .add("id", line.id())
                .add("direction", line.direction())
                .add("body", line.body() == null ? "" : line.body())
                .add("createdAt", line.createdAt() == null ? "" : line.createdAt().toString())
                .build();
    }
}
