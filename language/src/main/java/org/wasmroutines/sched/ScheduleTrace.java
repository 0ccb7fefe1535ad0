package org.wasmroutines.sched;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The schedule as text, one line per event, for replay and debugging:
 *
 * <pre>
 * 0 spawn 1 by host
 * 0 run 1 yield        (clock, thread id, how its turn ended)
 * 0 run 2 park
 * 600000000000 run 2 exit
 * </pre>
 *
 * In deterministic mode the clock is virtual, so the same seed gives byte-identical traces.
 */
final class ScheduleTrace {
    private final StringBuilder text = new StringBuilder();

    void spawned(long now, WasmThread thread, WasmThread parent) {
        text.append(now).append(" spawn ").append(thread.id()).append(" by ");
        if (parent == null) {
            text.append("host");
        } else {
            text.append(parent.id());
        }
        text.append('\n');
    }

    void turnEnded(long now, WasmThread thread) {
        text.append(now).append(" run ").append(thread.id()).append(' ').append(outcome(thread.state)).append('\n');
    }

    String text() {
        return text.toString();
    }

    void writeTo(Path file) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String outcome(ThreadState state) {
        return switch (state) {
            case RUNNABLE, RUNNING -> "yield";
            case PARKED -> "park";
            case SLEEPING -> "sleep";
            case AWAITING_HOST -> "host";
            case JOINING -> "join";
            case FINISHED -> "exit";
            case FAILED -> "fail";
            case CANCELLED -> "cancel";
        };
    }
}
