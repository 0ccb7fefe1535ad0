package org.wasmroutines.test.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.nodes.RootNode;
import org.junit.jupiter.api.Test;
import org.wasmroutines.WasmLanguage;
import org.wasmroutines.runtime.ModuleCode;
import org.wasmroutines.syntax.Module;

/**
 * A module's functions are built when first needed, each once: nothing at instantiation, only the
 * function asked for, one build however many threads ask at the same moment, and a build that
 * failed is tried again.
 */
class ModuleCodeTest {
    /** An empty module: the compilers below build stand-ins and only pass it through. */
    private static final Module MODULE = WasmLanguage.decode(new byte[]{0, 'a', 's', 'm', 1, 0, 0, 0});

    private static CallTarget constant(int value) {
        return RootNode.createConstantNode(value).getCallTarget();
    }

    @Test
    void buildsOnlyTheFunctionAskedForAndOnlyOnce() {
        AtomicInteger builds = new AtomicInteger();
        ModuleCode code = new ModuleCode(3, (module, i) -> {
            assertSame(MODULE, module, "the compiler gets the module from the caller");
            builds.incrementAndGet();
            return constant(i * 10);
        });
        assertEquals(3, code.size());
        assertEquals(0, builds.get(), "nothing is built before a function is needed");
        CallTarget second = code.target(MODULE, 1);
        assertEquals(10, second.call());
        assertEquals(1, builds.get());
        assertFalse(code.isBuilt(0));
        assertTrue(code.isBuilt(1));
        assertFalse(code.isBuilt(2));
        assertSame(second, code.target(MODULE, 1));
        assertEquals(1, builds.get(), "a built function is not built again");
    }

    @Test
    void threadsThatNeedTheSameFunctionAtOnceShareOneBuild() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        CountDownLatch building = new CountDownLatch(1);
        ModuleCode code = new ModuleCode(1, (module, i) -> {
            builds.incrementAndGet();
            building.countDown();
            try {
                Thread.sleep(50); // the other threads arrive while this build runs
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return constant(7);
        });
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<CallTarget>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return code.target(MODULE, 0);
                }));
            }
            start.countDown();
            building.await();
            CallTarget first = results.get(0).get();
            for (Future<CallTarget> result : results) {
                assertSame(first, result.get());
            }
            assertEquals(1, builds.get());
            assertEquals(7, first.call());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedBuildLeavesTheFunctionUnbuiltAndIsTriedAgain() {
        AtomicInteger attempts = new AtomicInteger();
        ModuleCode code = new ModuleCode(1, (module, i) -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("first build fails");
            }
            return constant(3);
        });
        assertThrows(IllegalStateException.class, () -> code.target(MODULE, 0));
        assertFalse(code.isBuilt(0));
        assertEquals(3, code.target(MODULE, 0).call());
        assertEquals(2, attempts.get());
    }
}
