/**
 * Green threads: wasm threads as fibers on one carrier thread, the coroutine runtime under the
 * threads proposal and wasi-threads. Nothing outside this package touches continuations, carrier
 * threads, queues or locks; the engine calls the narrow API of {@link org.wasmroutines.sched.Scheduler}.
 *
 * <h2>Start reading here</h2>
 * <ul>
 * <li>{@link org.wasmroutines.sched.Scheduler}: spawn, park/unpark on (memory, address), yield,
 * sleep, await a host future, join; run until done / until idle / one step; listings, counters,
 * the schedule trace. Its {@code suspend} method is the single yield site.</li>
 * <li>{@link org.wasmroutines.sched.WasmThread}: the thread handle and all per-thread state,
 * including the preemption budget that {@link org.wasmroutines.sched.WasmThread#pollPreemption()}
 * spends at loop back-edges and function entries.</li>
 * <li>{@link org.wasmroutines.sched.Fiber} and {@link org.wasmroutines.sched.FiberBackend}: the
 * coroutine abstraction; {@link org.wasmroutines.sched.ContinuationBackend} implements it with
 * {@code jdk.internal.vm.Continuation} and explains the required {@code --add-exports} flag.</li>
 * <li>Scheduling modes: {@code RealTimeMode} (FIFO, real clock) and {@code DeterministicMode}
 * (one seeded PRNG for every choice, virtual clock), chosen by
 * {@link org.wasmroutines.sched.SchedulerOptions}.</li>
 * <li>Queues, all carrier-only and lock-free by construction: {@code RunQueue}, {@code ParkingLot}
 * with its FIFO {@code WaitQueue}s, {@code TimerQueue}; {@code HostCompletions} is the one
 * structure other Java threads touch, through a concurrent inbox.</li>
 * <li>Failures: {@link org.wasmroutines.sched.DeadlockException} ("all wasm threads are blocked
 * (deadlock)"), {@link org.wasmroutines.sched.ThreadFailedException},
 * {@link org.wasmroutines.sched.FiberPinnedException},
 * {@link org.wasmroutines.sched.ContinuationsUnavailableException}.</li>
 * </ul>
 *
 * <h2>Rules (see DESIGN.md, "Green threads")</h2>
 * A scheduler runs on one carrier thread and a started fiber never leaves it; never call the
 * polyglot API from inside a fiber; never reach the yield site while holding a Java lock; find
 * the current thread through the scheduler ({@link org.wasmroutines.sched.Scheduler#current()})
 * once per call, never through statics or thread-locals.
 */
package org.wasmroutines.sched;
