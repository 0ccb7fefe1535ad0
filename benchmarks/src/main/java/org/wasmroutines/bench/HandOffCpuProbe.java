package org.wasmroutines.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Hand-off costs in CPU time of the carrier thread instead of wall time, for comparing variants
 * on a loaded machine (JMH's wall-clock scores there mostly measure how often other processes got
 * the CPU): the bare suspend/resume floor, the scheduler's park/unpark ping-pong and the wasm
 * wait/notify ping-pong, each repeated {@code rounds} times after a warm-up; prints the best
 * (lowest) and the median CPU ns per operation of each. Usage: {@code HandOffCpuProbe [rounds]} (default 30).
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
            double[][] perOp = new double[3][rounds];
            for (int r = 0; r < rounds; r++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                scheduler.bareSuspendResume();
                long t1 = cpu.getCurrentThreadCpuTime();
                scheduler.pingPong();
                long t2 = cpu.getCurrentThreadCpuTime();
                wasm.waitNotifyPingPong();
                long t3 = cpu.getCurrentThreadCpuTime();
                perOp[0][r] = (t1 - t0) / (double) SchedulerBenchmark.HAND_OFFS;
                perOp[1][r] = (t2 - t1) / (2.0 * SchedulerBenchmark.HAND_OFFS);
                perOp[2][r] = (t3 - t2) / (2.0 * WasmThreadsBenchmark.ROUNDS);
            }
            String[] names = {"bare suspend/resume", "scheduler ping-pong", "wasm wait/notify ping-pong"};
            for (int i = 0; i < 3; i++) {
                java.util.Arrays.sort(perOp[i]);
                System.out.printf("%-28s cpu ns per op: best %.1f, median %.1f (of %d rounds)%n", names[i], perOp[i][0], perOp[i][rounds / 2], rounds);
            }
        } finally {
            wasm.tearDown();
        }
    }
}
