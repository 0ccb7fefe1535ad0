/**
 * The text format (spec chapter 6): WAT source to the binary format, which the engine then decodes
 * like any other module. Start at {@link org.wasmroutines.text.WatParser#parseModule(String)}.
 *
 * <ul>
 * <li>{@link org.wasmroutines.text.SExprReader} lexes the source into {@link org.wasmroutines.text.SExpr}
 * trees (strings, nested block comments, atoms);</li>
 * <li>{@link org.wasmroutines.text.NumberLiterals} and {@link org.wasmroutines.text.FloatLiterals} read
 * numeric literals, floats rounded exactly from the literal's rational value;</li>
 * <li>{@code ModuleCompiler} binds identifiers in a first pass ({@code IndexSpace}) and encodes the
 * fields in a second ({@code Sections}, {@code SegmentCompiler}); {@code CodeCompiler} encodes
 * instructions using the name table in {@code Instructions}; {@code TypeUse} handles type uses and
 * the implicit types they add; {@code NameSection} turns the identifiers into the {@code name}
 * custom section, so that traces show them.</li>
 * </ul>
 * Errors are {@link org.wasmroutines.errors.WasmException}s of kind MALFORMED with the reference
 * interpreter's words ("unexpected token", "unknown operator", "constant out of range", ...).
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/index.html">Text format</a>
 */
package org.wasmroutines.text;
