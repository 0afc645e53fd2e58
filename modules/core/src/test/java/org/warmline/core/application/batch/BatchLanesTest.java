package org.warmline.core.application.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The batching utility's rules: order per key, batches up to N, one-by-one fallback, polling, shutdown. */
class BatchLanesTest {

    private static final ThreadFactory THREADS = Thread::new;

    /** An item: its key and its number within the key. */
    private record Item(int key, int seq) { }

    /** Records what it was handed; fails on items it is told to. */
    private static final class Recorder implements BatchLanes.Handler<Item> {
        final List<List<Item>> batches = new CopyOnWriteArrayList<>();
        final List<Item> handled = new CopyOnWriteArrayList<>();
        final List<Item> failed = new CopyOnWriteArrayList<>();
        final List<Item> bad = new CopyOnWriteArrayList<>();
        final CountDownLatch gate;

        Recorder(CountDownLatch gate) {
            this.gate = gate;
        }

        @Override
        public void handleAll(List<Item> batch) throws Exception {
            gate.await();
            batches.add(batch);
            for (Item i : batch) {
                if (bad.contains(i)) {
                    throw new IllegalStateException("bad item " + i);
                }
            }
            handled.addAll(batch);
        }

        @Override
        public void failed(Item item, Exception cause) {
            failed.add(item);
        }
    }

    private static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!done.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertTrue(done.getAsBoolean(), "not done within 10 s");
    }

    @Test
    void itemsOfOneKeyAreHandledInSubmissionOrderAcrossLanes() throws Exception {
        Recorder r = new Recorder(new CountDownLatch(0));
        try (BatchLanes<Item> lanes = BatchLanes.builder("t", THREADS, r).lanes(4, Item::key).batch(7).start()) {
            for (int seq = 0; seq < 500; seq++) {
                for (int key = 0; key < 10; key++) {
                    lanes.submit(new Item(key, seq));
                }
            }
            await(() -> r.handled.size() == 5000);
        }
        Map<Integer, List<Integer>> perKey = new HashMap<>();
        r.handled.forEach(i -> perKey.computeIfAbsent(i.key(), k -> new ArrayList<>()).add(i.seq()));
        for (List<Integer> seqs : perKey.values()) {
            List<Integer> sorted = new ArrayList<>(seqs);
            Collections.sort(sorted);
            assertEquals(sorted, seqs);
            assertEquals(500, seqs.size());
        }
    }

    @Test
    void waitingItemsAreHandedOverTogetherUpToTheBatchSize() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        Recorder r = new Recorder(gate);
        try (BatchLanes<Item> lanes = BatchLanes.builder("t", THREADS, r).batch(10).start()) {
            lanes.submit(new Item(0, 0));          // taken at once; the lane then waits at the gate
            await(() -> lanes.waiting() == 0);
            for (int seq = 1; seq <= 25; seq++) {
                lanes.submit(new Item(0, seq));
            }
            gate.countDown();
            await(() -> r.handled.size() == 26);
        }
        assertEquals(List.of(1, 10, 10, 5), r.batches.stream().map(List::size).toList());
    }

    @Test
    void aFailingBatchFallsBackToOneByOneAndOnlyTheBadItemFails() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        Recorder r = new Recorder(gate);
        Item bad = new Item(0, 3);
        r.bad.add(bad);
        try (BatchLanes<Item> lanes = BatchLanes.builder("t", THREADS, r).batch(10).start()) {
            lanes.submit(new Item(0, 0));
            await(() -> lanes.waiting() == 0);
            for (int seq = 1; seq <= 5; seq++) {
                lanes.submit(new Item(0, seq));
            }
            gate.countDown();
            await(() -> r.handled.size() + r.failed.size() == 6);
        }
        assertEquals(List.of(bad), r.failed);
        assertEquals(List.of(0, 1, 2, 4, 5), r.handled.stream().map(Item::seq).toList());
        // the batch of five, then each of them alone
        assertEquals(List.of(1, 5, 1, 1, 1, 1, 1), r.batches.stream().map(List::size).toList());
    }

    @Test
    void pollingLaneAsksItsSourceEveryPeriodAndHandlesWhatItReturns() throws Exception {
        Recorder r = new Recorder(new CountDownLatch(0));
        AtomicInteger polls = new AtomicInteger();
        try (BatchLanes<Item> lanes = BatchLanes.builder("t", THREADS, r).batch(2)
                .poll(Duration.ofMillis(20), () -> List.of(new Item(9, polls.incrementAndGet()),
                        new Item(9, -polls.get()), new Item(9, 1000 + polls.get())))
                .start()) {
            await(() -> polls.get() >= 3);
            lanes.submit(new Item(1, 1));
            await(() -> r.handled.contains(new Item(1, 1)));
        }
        assertTrue(r.batches.stream().allMatch(b -> b.size() <= 2), "polled items are cut into batches");
        assertTrue(r.handled.contains(new Item(9, 1001)));
    }

    @Test
    void closeStopsTheThreadsAndRefusesWhatIsStillWaiting() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        Recorder r = new Recorder(gate);
        Map<String, Thread> threads = new ConcurrentHashMap<>();
        ThreadFactory remembering = task -> {
            Thread t = new Thread(task);
            threads.put("t" + threads.size(), t);
            return t;
        };
        BatchLanes<Item> lanes = BatchLanes.builder("t", remembering, r).lanes(2, Item::key).start();
        lanes.submit(new Item(0, 0));
        await(() -> lanes.waiting() == 0);
        lanes.submit(new Item(0, 1));
        lanes.submit(new Item(0, 2));
        Thread closer = new Thread(lanes::close);
        closer.start();
        Thread.sleep(50);
        gate.countDown();               // the batch in hand finishes
        closer.join(15_000);
        assertEquals(List.of(new Item(0, 0)), r.handled);
        assertEquals(List.of(new Item(0, 1), new Item(0, 2)), r.failed);
        assertTrue(threads.values().stream().noneMatch(Thread::isAlive), "threads stopped");
        lanes.submit(new Item(1, 3));
        assertEquals(new Item(1, 3), r.failed.get(2), "a submission after close is refused, not lost silently");
    }
}
