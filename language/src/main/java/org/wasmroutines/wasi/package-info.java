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
 * <li>{@code WasiBlocking}: the one place blocking calls wait; it will park the wasm thread through
 * {@code org.wasmroutines.sched}. {@code WasiClocks} and {@code WasiRandom}: the one source of time
 * and of randomness, for the deterministic scheduler to replace.</li>
 * </ul>
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md">wasi_snapshot_preview1</a>
 */
package org.wasmroutines.wasi;
