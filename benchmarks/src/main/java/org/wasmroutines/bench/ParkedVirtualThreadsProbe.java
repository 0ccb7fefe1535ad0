package org.wasmroutines.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;

/**
 * Memory per parked JDK virtual thread, measured like {@link ParkedThreadsProbe} measures wasm
 * threads: N virtual threads each call a method that calls another one that blocks on a latch;
 * once all are blocked, the heap growth after a full GC divided by N (their stacks are frozen into
 * heap stack chunks like our fibers'). Usage: {@code ParkedVirtualThreadsProbe [N ...]}; prints
 * {@code parked N virtual threads: B bytes/thread}.
 */
public final class ParkedVirtualThreadsProbe {
    private ParkedVirtualThreadsProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        int[] counts = args.length == 0 ? new int[]{100_000, 1_000_000} : new int[args.length];
        for (int i = 0; i < args.length; i++) {
            counts[i] = Integer.parseInt(args[i]);
            if (counts[i] <= 0) {
                throw new IllegalArgumentException("thread count must be positive: " + args[i]);
            }
        }
        ParkedThreadsProbe.warmUp(count -> measure(count, false));
        for (int count : counts) {
            measure(count, true);
        }
    }

    private static long measure(int count, boolean report) throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch parked = new CountDownLatch(count);
        Thread[] threads = new Thread[count];
        long before = usedHeapAfterGc();
        for (int i = 0; i < count; i++) {
            threads[i] = Thread.ofVirtual().start(() -> waiter(release, parked));
        }
        parked.await();
        // Counted down just before blocking: give the last ones time to actually park.
        while (!allWaiting(threads)) {
            Thread.sleep(10);
        }
        long after = usedHeapAfterGc();
        long bytesPerThread = (after - before) / count;
        if (report) {
            System.out.printf("parked %d virtual threads: %d bytes/thread (heap +%d MB, max heap %d MB)%n",
                            count, bytesPerThread, (after - before) >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
        release.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return bytesPerThread;
    }

    private static boolean allWaiting(Thread[] threads) {
        for (Thread thread : threads) {
            if (thread.getState() != Thread.State.WAITING) {
                return false;
            }
        }
        return true;
    }

    private static void waiter(CountDownLatch release, CountDownLatch parked) {
        park(release, parked);
    }

    private static void park(CountDownLatch release, CountDownLatch parked) {
        parked.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
