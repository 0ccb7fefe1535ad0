package org.wasmroutines.sched;

/**
 * The JVM was started without access to {@code jdk.internal.vm}, the package of the JDK's
 * continuations. The message names the exact flag to add, because that is the only fix.
 */
public final class ContinuationsUnavailableException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    ContinuationsUnavailableException(String flag, Throwable cause) {
        super("wasm threads run as JDK continuations, which this JVM does not let Wasmroutines use: start java with " + flag +
                        " (on the command line, in JAVA_TOOL_OPTIONS, or in the launcher's or test runner's JVM arguments)", cause);
    }
}
