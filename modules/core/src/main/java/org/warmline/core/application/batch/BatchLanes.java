package org.warmline.core.application.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way Warmline batches background work: a few lanes, each one thread and its queue, that take
 * what is waiting (up to a batch size) and hand it to a {@link Handler} at once — so that under load
 * many items share one transaction (one commit, which is what the database serialises) and with one
 * item at a time nothing waits. Used by the inbound lanes (conversation), the helpdesk's event
 * delivery (core's event publications), the SMS outbox sender and the snooze check.
 * <ul>
 *   <li><b>Order per key.</b> Items with equal keys (one sender, one conversation) always go to the
 *       same lane and are handed over in the order they were submitted; items of different keys may
 *       run in parallel on different lanes.</li>
 *   <li><b>Batches.</b> A lane hands over everything waiting, at most {@code batch} items, in order.</li>
 *   <li><b>A failing batch falls back to one by one.</b> If {@link Handler#handleAll} throws, each item
 *       of the batch goes to {@link Handler#handleOne} in order; an item that fails there too goes to
 *       {@link Handler#failed}: only the item at fault fails.</li>
 *   <li><b>Polling.</b> With {@link Builder#poll}, lane 0 also asks a supplier for work every period
 *       (rows due in the database: outbox messages, events to retry; or a periodic check that returns
 *       nothing), in addition to what is submitted.</li>
 *   <li><b>Shutdown.</b> {@link #close()} stops the threads; items still waiting go to
 *       {@link Handler#failed} with an {@link IllegalStateException}, never left unanswered; later
 *       submissions are refused the same way.</li>
 * </ul>
 * Threads come from the given {@link ThreadFactory}: in the server Jakarta Concurrency's
 * {@code ManagedThreadFactory} (container context, managed lifecycle), in unit tests a plain one.
 *
 * @param <T> the work item
 */
public final class BatchLanes<T> implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BatchLanes.class.getName());

    /** How often an idle lane looks whether it was closed, in milliseconds. */
    private static final long IDLE_CHECK_MILLIS = 100;

    /**
     * What a lane does with its items. Called on the lane's thread, never concurrently for one lane.
     *
     * @param <T> the work item
     */
    public interface Handler<T> {

        /**
         * Handles a batch, all or nothing (typically one transaction).
         *
         * @param batch 1..batch-size items in submission order (per key)
         * @throws Exception to have the items handed to {@link #handleOne} one by one
         */
        void handleAll(List<T> batch) throws Exception;

        /**
         * Handles one item of a batch that failed as a whole; by default {@code handleAll(List.of(item))}.
         *
         * @param item the item
         * @throws Exception to have the item handed to {@link #failed}
         */
        default void handleOne(T item) throws Exception {
            handleAll(List.of(item));
        }

        /**
         * An item that failed on its own, or could not be handled because the lanes stopped. By default
         * logged at WARNING. Must not throw.
         *
         * @param item  the item
         * @param cause why
         */
        default void failed(T item, Exception cause) {
            LOG.log(Level.WARNING, "Batch item failed: " + item, cause);
        }
    }

    private final String name;
    private final int batch;
    private final Function<? super T, ?> key;
    private final Handler<T> handler;
    private final Duration pollEvery;
    private final Supplier<List<T>> poll;
    private final List<Lane> lanes = new ArrayList<>();
    private volatile boolean closed;

    private BatchLanes(Builder<T> b) {
        this.name = b.name;
        this.batch = b.batch;
        this.key = b.key;
        this.handler = Objects.requireNonNull(b.handler, "handler");
        this.pollEvery = b.pollEvery;
        this.poll = b.poll;
        for (int i = 0; i < b.lanes; i++) {
            Lane lane = new Lane(i == 0 && poll != null);
            Thread thread = b.threads.newThread(lane::run);
            thread.setName(name + "-" + i);
            thread.setDaemon(true);
            lane.thread = thread;
            lanes.add(lane);
        }
        lanes.forEach(l -> l.thread.start());
    }

    /**
     * @param name    names the threads ({@code name-0}, {@code name-1}, …) and log lines
     * @param threads where threads come from (a {@code ManagedThreadFactory} in the server)
     * @param handler what to do with the items
     * @param <T>     the work item
     * @return a builder; one lane, batches of 1 and no polling unless set
     */
    public static <T> Builder<T> builder(String name, ThreadFactory threads, Handler<T> handler) {
        return new Builder<>(name, threads, handler);
    }

    /**
     * Queues an item on the lane of its key; returns at once.
     *
     * @param item the item
     */
    public void submit(T item) {
        Objects.requireNonNull(item, "item");
        if (closed) {
            handler.failed(item, new IllegalStateException(name + " is shut down"));
            return;
        }
        Object k = key.apply(item);
        lanes.get(Math.floorMod(k == null ? 0 : k.hashCode(), lanes.size())).queue.add(item);
        if (closed) {
            drainRefused(); // raced with close(): whatever close() did not see is refused here
        }
    }

    /** @return items waiting in all lanes (not counting the batches being handled) */
    public int waiting() {
        return lanes.stream().mapToInt(l -> l.queue.size()).sum();
    }

    /**
     * Stops the lanes: a batch being handled finishes, items still waiting are refused through
     * {@link Handler#failed}. Waits up to 10 s for the threads, then interrupts those still busy.
     */
    @Override
    public void close() {
        closed = true;
        for (Lane lane : lanes) {
            try {
                lane.thread.join(10_000);
                lane.thread.interrupt();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        drainRefused();
    }

    private void drainRefused() {
        for (Lane lane : lanes) {
            List<T> left = new ArrayList<>();
            lane.queue.drainTo(left);
            left.forEach(item -> handler.failed(item, new IllegalStateException(name + " is shut down")));
        }
    }

    /** Hands one batch over, falling back to one by one. Never throws. */
    private void handle(List<T> items) {
        try {
            handler.handleAll(items);
            return;
        } catch (Exception | Error e) {
            if (items.size() == 1) {
                failed(items.get(0), e);
                return;
            }
            LOG.fine(() -> name + ": batch of " + items.size() + " failed, handling one by one: " + e);
        }
        for (T item : items) {
            try {
                handler.handleOne(item);
            } catch (Exception | Error e) {
                failed(item, e);
            }
        }
    }

    private void failed(T item, Throwable e) {
        try {
            handler.failed(item, e instanceof Exception ex ? ex : new IllegalStateException(e));
        } catch (RuntimeException again) {
            LOG.log(Level.WARNING, name + ": failure handler threw", again);
        }
    }

    /** One thread and its queue. */
    private final class Lane {

        final BlockingQueue<T> queue = new LinkedBlockingQueue<>();
        final boolean polls;
        Thread thread;

        Lane(boolean polls) {
            this.polls = polls;
        }

        void run() {
            List<T> items = new ArrayList<>();
            long nextPoll = System.nanoTime();
            while (!closed && !Thread.currentThread().isInterrupted()) {
                try {
                    long wait = TimeUnit.MILLISECONDS.toNanos(IDLE_CHECK_MILLIS);
                    if (polls) {
                        wait = Math.min(wait, Math.max(0, nextPoll - System.nanoTime()));
                    }
                    T first = queue.poll(wait, TimeUnit.NANOSECONDS);
                    if (first != null) {
                        items.add(first);
                        queue.drainTo(items, batch - 1);
                    }
                } catch (InterruptedException e) {
                    break;
                }
                if (polls && System.nanoTime() - nextPoll >= 0) {
                    nextPoll = System.nanoTime() + pollEvery.toNanos();
                    try {
                        items.addAll(poll.get());
                    } catch (RuntimeException | Error e) {
                        LOG.log(Level.WARNING, name + ": poll failed; trying again next round", e);
                    }
                }
                for (int from = 0; from < items.size(); from += batch) {
                    handle(List.copyOf(items.subList(from, Math.min(items.size(), from + batch))));
                }
                items.clear();
            }
        }
    }

    /**
     * Settings of a {@link BatchLanes}.
     *
     * @param <T> the work item
     */
    public static final class Builder<T> {

        private final String name;
        private final ThreadFactory threads;
        private final Handler<T> handler;
        private int lanes = 1;
        private int batch = 1;
        private Function<? super T, ?> key = item -> 0;
        private Duration pollEvery;
        private Supplier<List<T>> poll;

        private Builder(String name, ThreadFactory threads, Handler<T> handler) {
            this.name = Objects.requireNonNull(name, "name");
            this.threads = Objects.requireNonNull(threads, "threads");
            this.handler = Objects.requireNonNull(handler, "handler");
        }

        /**
         * @param count threads, at least 1
         * @param key   the ordering key of an item (sender, conversation): equal keys share a lane
         * @return this
         */
        public Builder<T> lanes(int count, Function<? super T, ?> key) {
            if (count < 1) {
                throw new IllegalArgumentException("at least one lane, was " + count);
            }
            this.lanes = count;
            this.key = Objects.requireNonNull(key, "key");
            return this;
        }

        /** @param size most items per {@link Handler#handleAll}, at least 1 @return this */
        public Builder<T> batch(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("batch size at least 1, was " + size);
            }
            this.batch = size;
            return this;
        }

        /**
         * Lane 0 also asks {@code source} for items every {@code every} (first right after start).
         *
         * @param every  the period, positive
         * @param source returns items due now (may be empty); a failure is logged and retried next period
         * @return this
         */
        public Builder<T> poll(Duration every, Supplier<List<T>> source) {
            if (every.isNegative() || every.isZero()) {
                throw new IllegalArgumentException("poll period must be positive, was " + every);
            }
            this.pollEvery = every;
            this.poll = Objects.requireNonNull(source, "source");
            return this;
        }

        /** @return running lanes */
        public BatchLanes<T> start() {
            return new BatchLanes<>(this);
        }
    }
}
