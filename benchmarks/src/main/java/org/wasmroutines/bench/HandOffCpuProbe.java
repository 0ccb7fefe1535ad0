package org.wasmroutines.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Hand-off costs in CPU time of the carrier thread instead of wall time, for comparing variants
 * on a loaded machine (JMH's wall-clock scores there mostly measure how often other processes got
 * the CPU): the bare suspend/resume floor, the scheduler's park/unpark ping-pong and the wasm
 * wait/notify ping-pong, each repeated {@code rounds} times after a warm-up; prints the best
 * (lowest) CPU ns per operation of each. Usage: {@code HandOffCpuProbe [rounds]} (default 30).
 */
public final class HandOffCpuProbe {
    private HandOffCpuProbe() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        SchedulerBenchmark scheduler = new SchedulerBenchmark();
        scheduler.mode = "realtime";
        WasmThreadsBenchmark wasm = new WasmThreadsBenchmark();
        wasm.scheduler = "default";
        wasm.setUp();
        try {
            double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
            for (int r = 0; r < rounds; r++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                scheduler.bareSuspendResume();
                long t1 = cpu.getCurrentThreadCpuTime();
                scheduler.pingPong();
                long t2 = cpu.getCurrentThreadCpuTime();
                wasm.waitNotifyPingPong();
                long t3 = cpu.getCurrentThreadCpuTime();
                best[0] = Math.min(best[0], (t1 - t0) / (double) SchedulerBenchmark.HAND_OFFS);
                best[1] = Math.min(best[1], (t2 - t1) / (2.0 * SchedulerBenchmark.HAND_OFFS));
                best[2] = Math.min(best[2], (t3 - t2) / (2.0 * WasmThreadsBenchmark.ROUNDS));
            }
            System.out.printf("cpu ns per op (best of %d): bare suspend/resume %.1f, scheduler ping-pong %.1f, wasm wait/notify ping-pong %.1f%n",
                            rounds, best[0], best[1], best[2]);
        } finally {
            wasm.tearDown();
        }
    }
}
