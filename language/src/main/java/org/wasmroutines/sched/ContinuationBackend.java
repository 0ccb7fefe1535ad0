package org.wasmroutines.sched;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Fibers over {@code jdk.internal.vm.Continuation}, the JDK's one-shot stackful continuations
 * (the machinery under virtual threads). The build compiles with {@code --release 25}, which
 * forbids naming {@code jdk.internal.vm} at compile time, so the class is reached through method
 * handles, and the subclass that reports pinning ({@link PinReportingContinuation}) is generated at
 * run time. Both need {@code --add-exports java.base/jdk.internal.vm=<our module>} at run time;
 * {@link #load()} checks that first and names the flag when it is missing.
 */
public final class ContinuationBackend implements FiberBackend {
    static final String PACKAGE = "jdk.internal.vm";

    private static final ContinuationBackend INSTANCE = new ContinuationBackend();

    private ContinuationBackend() {
    }

    /**
     * The backend, after checking that this JVM exports {@code jdk.internal.vm} to us.
     *
     * @throws ContinuationsUnavailableException naming the missing {@code --add-exports} flag
     */
    public static FiberBackend load() {
        Module ours = ContinuationBackend.class.getModule();
        if (!Object.class.getModule().isExported(PACKAGE, ours)) {
            throw new ContinuationsUnavailableException(requiredFlag(), null);
        }
        try {
            Handles.ensureInitialized();
        } catch (LinkageError e) {
            throw new ContinuationsUnavailableException(requiredFlag(), e);
        }
        return INSTANCE;
    }

    /** The flag that opens the JDK's continuations to the module this class is in. */
    public static String requiredFlag() {
        Module ours = ContinuationBackend.class.getModule();
        return "--add-exports java.base/" + PACKAGE + "=" + (ours.isNamed() ? ours.getName() : "ALL-UNNAMED");
    }

    @Override
    public Fiber create(Runnable body) {
        try {
            return new ContinuationFiber(Handles.NEW.invokeExact(Handles.SCOPE, body));
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public void suspendCurrent() {
        try {
            // The result is false only when pinned, and then onPinned has already thrown.
            boolean yielded = (boolean) Handles.YIELD.invokeExact();
            assert yielded;
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    @Override
    public String name() {
        return "jdk-continuation";
    }

    /** Called by the generated {@code onPinned} override, on the fiber's stack, at the yield. */
    static void reportPinned(Object reason) {
        throw new FiberPinnedException(String.valueOf(reason));
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException("unexpected checked exception from the JDK's continuations", t);
    }

    private static final class ContinuationFiber implements Fiber {
        private final Object continuation;

        ContinuationFiber(Object continuation) {
            this.continuation = continuation;
        }

        @Override
        public boolean resume() {
            try {
                Handles.RUN.invokeExact(continuation);
                return (boolean) Handles.IS_DONE.invokeExact(continuation);
            } catch (Throwable t) {
                throw rethrow(t);
            }
        }

        @Override
        public boolean isDone() {
            try {
                return (boolean) Handles.IS_DONE.invokeExact(continuation);
            } catch (Throwable t) {
                throw rethrow(t);
            }
        }
    }

    /**
     * The method handles, in static finals so that the JIT treats them as constants. This class
     * is initialized only after {@link #load()} has seen the export, so a missing flag surfaces
     * as our message and not as an {@link ExceptionInInitializerError}.
     */
    private static final class Handles {
        static final Object SCOPE;
        static final MethodHandle NEW;
        static final MethodHandle RUN;
        static final MethodHandle IS_DONE;
        static final MethodHandle YIELD;

        static {
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                Class<?> scopeClass = Class.forName(PACKAGE + ".ContinuationScope");
                Class<?> continuationClass = Class.forName(PACKAGE + ".Continuation");
                Class<?> subclass = PinReportingContinuation.define(lookup);
                SCOPE = lookup.findConstructor(scopeClass, MethodType.methodType(void.class, String.class)).invoke("wasmroutines");
                NEW = lookup.findConstructor(subclass, MethodType.methodType(void.class, scopeClass, Runnable.class))
                                .asType(MethodType.methodType(Object.class, Object.class, Runnable.class));
                RUN = lookup.findVirtual(continuationClass, "run", MethodType.methodType(void.class))
                                .asType(MethodType.methodType(void.class, Object.class));
                IS_DONE = lookup.findVirtual(continuationClass, "isDone", MethodType.methodType(boolean.class))
                                .asType(MethodType.methodType(boolean.class, Object.class));
                YIELD = MethodHandles.insertArguments(
                                lookup.findStatic(continuationClass, "yield", MethodType.methodType(boolean.class, scopeClass)), 0, SCOPE);
            } catch (Throwable t) {
                throw new IllegalAccessError("cannot reach " + PACKAGE + ".Continuation: " + t);
            }
        }

        static void ensureInitialized() {
            // Touching the class runs its static initializer once.
        }
    }
}
