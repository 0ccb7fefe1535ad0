/**
 * WASI {@code wasi_snapshot_preview1}: all 46 functions, one class each, named after the function
 * ({@code fd_write} is {@link org.wasmroutines.wasi.WasiFdWriteNode}), with the specification's
 * errno values ({@link org.wasmroutines.wasi.Errno}).
 *
 * <h2>Start reading here</h2>
 * <ul>
 * <li>{@link org.wasmroutines.wasi.WasiModule}: the import module of one WASI program; supplies
 * the functions to the {@link org.wasmroutines.runtime.Instantiator} as an
 * {@link org.wasmroutines.runtime.ImportResolver} and binds the program's memory after
 * instantiation ({@code bind}; several instances sharing one memory, as wasi-threads does, share
 * one program). {@code WasiModule.instantiate} is the entry point the polyglot
 * {@code newInstance} uses when the option {@code wasmroutines.Wasi} is on.</li>
 * <li>{@link org.wasmroutines.wasi.WasiEnvironment}: arguments, environment variables, the
 * descriptor table, clocks and random source, configured from the context (application
 * arguments = argv, options {@code WasiEnv}, {@code WasiDirs}, {@code WasiTcpListen} encoded as
 * {@link org.wasmroutines.wasi.OptionList} describes, the context's standard streams).</li>
 * <li>{@code WasiNode} (a function: name, wasm type, body) and {@code WasiRootNode} (its call
 * target: turns {@code ErrnoException} and host I/O errors into the returned errno);
 * {@code WasiFunctions} lists them by name.</li>
 * <li>Descriptors: {@code StreamDescriptor} (stdio), {@code FileDescriptor},
 * {@code DirectoryDescriptor}, {@code SocketDescriptor}, in an {@code FdTable}; rights in
 * {@code Rights}, flag values in {@code WasiFlags}.</li>
 * <li>The capability sandbox: {@code SandboxPath} resolves every path one component at a time
 * from the preopen ({@code ..} cannot climb above it, absolute paths and absolute link targets are
 * refused, links are read and their targets checked by the same rules, {@code ELOOP} after 40
 * links), also re-walking an open descriptor's own path each time it is used.</li>
 * <li>{@code WasiBlocking}: the one place blocking calls wait ({@code poll_oneoff}, {@code sched_yield},
 * {@code fd_read} on standard input, reads and accepts on blocking sockets): inside a wasm thread
 * it parks that thread through {@code org.wasmroutines.sched} (sleeps on the scheduler's clock,
 * blocking reads on a helper Java thread of the program awaited as host futures), outside any it
 * waits in a stand-in wasm thread the caller drives, so the program's other threads keep running.
 * {@code WasiClocks} and {@code WasiRandom}: the one source of time and of randomness; under the
 * deterministic scheduler they are its virtual clock and its seeded generator.</li>
 * </ul>
 *
 * <h2>Threads (wasi-threads)</h2>
 * A program made by {@code WasiModule.instantiate} can also import {@code wasi}
 * {@code thread-spawn} ({@code WasiThreadSpawn}): each call instantiates the module again with
 * the same imports (the same shared memory, the same descriptor table) and runs the new
 * instance's {@code wasi_thread_start(tid, start_arg)} as a new green thread; a shared memory the
 * module imports and the host does not supply is created from the import's type. How a program
 * ends:
 * <ul>
 * <li>{@code proc_exit} or a trap in any thread ends the whole program with that status or trap
 * ({@code WasiThreadEntry}, {@code WasmThreads.endProgram}): the other threads throw it at their
 * next wait, and so does the main thread, so the host sees the exit or trap from its own call
 * (usually {@code _start}, which the host runs outside any green thread: the other threads run
 * while it waits).</li>
 * <li>The program also ends when {@code _start} returns, as wasi-threads says of the main thread:
 * threads still running are not waited for; they stay suspended in the context's scheduler and
 * never run again unless the host drives the scheduler itself (the {@code runtime} object).</li>
 * </ul>
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md">wasi_snapshot_preview1</a>
 * @see <a href="https://github.com/WebAssembly/wasi-threads">wasi-threads</a>
 */
package org.wasmroutines.wasi;
