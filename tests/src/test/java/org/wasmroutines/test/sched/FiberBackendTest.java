package org.wasmroutines.test.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.wasmroutines.sched.ContinuationBackend;
import org.wasmroutines.sched.FiberPinnedException;
import org.wasmroutines.sched.Scheduler;
import org.wasmroutines.sched.SchedulerOptions;
import org.wasmroutines.sched.ThreadFailedException;
import org.wasmroutines.sched.WasmThread;

/** The continuation backend: pinning is reported in words, a missing JVM flag is named. */
class FiberBackendTest {
    /** {@code Continuation.pin()} opens a critical section: a yield inside it is pinned. */
    @Test
    void yieldingWhilePinnedFailsTheThreadWithAClearMessage() throws ReflectiveOperationException {
        Class<?> continuation = Class.forName("jdk.internal.vm.Continuation");
        Method pin = continuation.getMethod("pin");
        Method unpin = continuation.getMethod("unpin");
        Scheduler scheduler = new Scheduler(SchedulerOptions.realTime());
        WasmThread pinned = scheduler.spawn(() -> {
            pin.invoke(null);
            try {
                scheduler.yieldNow();
            } finally {
                unpin.invoke(null);
            }
            return null;
        });
        Object memory = new Object();
        WasmThread recovers = scheduler.spawn(() -> {
            pin.invoke(null);
            try {
                scheduler.park(memory, 0, 1_000_000_000L);
            } catch (FiberPinnedException e) {
                return "recovered, parked=" + scheduler.counters().parked();
            } finally {
                unpin.invoke(null);
            }
            return "suspended";
        });
        WasmThread bystander = scheduler.spawn(() -> "fine");
        scheduler.runUntilAllDone();
        assertEquals("recovered, parked=0", recovers.result());
        FiberPinnedException e = assertInstanceOf(FiberPinnedException.class,
                        assertThrows(ThreadFailedException.class, () -> scheduler.join(pinned)).getCause());
        assertEquals("CRITICAL_SECTION", e.reason());
        assertTrue(e.getMessage().startsWith("a wasm thread cannot suspend: its Java stack is pinned to the carrier thread"), e.getMessage());
        assertEquals("fine", bystander.result());
    }

    /** A JVM started without the flag gets a message that names it; checked in a child JVM. */
    @Test
    void aMissingAddExportsFlagIsNamedInTheError() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), WithoutFlag.class.getName());
        builder.environment().remove("JDK_JAVA_OPTIONS"); // either could carry the flag in
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process child = builder.redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), output);
        assertTrue(output.contains("start java with --add-exports java.base/jdk.internal.vm=ALL-UNNAMED"), output);
        assertEquals("--add-exports java.base/jdk.internal.vm=ALL-UNNAMED", ContinuationBackend.requiredFlag());
    }

    /** Run in a JVM without {@code --add-exports}: prints what a user would see. */
    public static final class WithoutFlag {
        public static void main(String[] args) {
            try {
                new Scheduler(SchedulerOptions.realTime());
                System.out.println("unexpectedly created a scheduler");
            } catch (IllegalStateException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
