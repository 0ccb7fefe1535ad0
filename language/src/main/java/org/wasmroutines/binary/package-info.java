/**
 * The binary format: {@link org.wasmroutines.binary.ModuleDecoder} turns a module binary into a
 * {@link org.wasmroutines.syntax.Module} (MALFORMED errors in the spec's words), checking the
 * encoding of every function body on the way; {@link org.wasmroutines.binary.CodeReader} then
 * walks those bodies for the validator and the node builder, using the opcode names of
 * {@link org.wasmroutines.binary.Opcodes} (Wasm 2.0 plus the threads proposal's atomics).
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/index.html">Binary format</a>
 */
package org.wasmroutines.binary;
