/**
 * The wast script language of the spec testsuite: {@link org.wasmroutines.script.WastParser} reads a
 * script into {@link org.wasmroutines.script.Command}s, and
 * {@link org.wasmroutines.script.WastRunner#run(org.wasmroutines.WasmContext, String, String)} executes
 * them against the engine and returns a {@link org.wasmroutines.script.WastReport}.
 * {@code (thread ...)} bodies of the threads proposal run through {@link org.wasmroutines.script.ScriptThreads};
 * {@link org.wasmroutines.script.SequentialScriptThreads} runs them one after the other.
 *
 * @see <a href="https://github.com/WebAssembly/spec/tree/main/interpreter#scripts">Scripts</a>
 */
package org.wasmroutines.script;
