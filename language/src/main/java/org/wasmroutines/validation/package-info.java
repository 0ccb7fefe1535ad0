/**
 * Validation: {@link org.wasmroutines.validation.ModuleValidator} checks a decoded module against
 * the Wasm 2.0 type system and the threads proposal's atomics (INVALID errors in the spec's
 * words). Module-level rules live in ModuleValidator, constant expressions in ConstExprValidator,
 * limits in TypeRules, function bodies in FunctionValidator (control, variables, references,
 * numerics) and StorageInstructions (memories, tables, atomics), on the spec appendix's
 * OperandStack algorithm.
 *
 * @see <a href="https://webassembly.github.io/spec/core/valid/index.html">Validation</a>
 */
package org.wasmroutines.validation;
