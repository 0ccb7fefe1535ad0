package org.wasmroutines.script;

import java.util.List;

/**
 * The commands of a wast script, one record per kind, each with the line it starts on.
 *
 * @see <a href="https://github.com/WebAssembly/spec/tree/main/interpreter#scripts">Script syntax</a>
 */
public sealed interface Command {
    int line();

    /** How a module is written: as text (parsed when the command runs), binary bytes, or quoted text. */
    enum ModuleForm { TEXT, BINARY, QUOTE }

    /**
     * {@code (module $id? ...)}: for TEXT, {@code text} is the module's own source; for BINARY,
     * {@code bytes} the binary; for QUOTE, {@code bytes} the concatenated quoted text.
     */
    record ModuleDef(int line, String id, ModuleForm form, String text, byte[] bytes) implements Command {
    }

    /** {@code (register "name" $id?)}. */
    record Register(int line, String as, String moduleId) implements Command {
    }

    /** A bare {@code (invoke ...)} or {@code (get ...)}. */
    record Perform(int line, Action action) implements Command {
    }

    /** {@code (assert_return action expected*)}. */
    record AssertReturn(int line, Action action, List<Expected> expected) implements Command {
    }

    /** {@code (assert_trap action "msg")}, or with a module: a trap during instantiation. */
    record AssertTrap(int line, Action action, ModuleDef module, String message) implements Command {
    }

    /** {@code (assert_exhaustion action "msg")}. */
    record AssertExhaustion(int line, Action action, String message) implements Command {
    }

    /** Which phase an {@link AssertModuleFailure} expects to fail. */
    enum Phase { MALFORMED, INVALID, UNLINKABLE, UNINSTANTIABLE }

    /** {@code assert_malformed}, {@code assert_invalid}, {@code assert_unlinkable}, {@code assert_uninstantiable}. */
    record AssertModuleFailure(int line, Phase phase, ModuleDef module, String message) implements Command {
    }

    /** {@code (thread $T (shared (module $M))* command*)} from the threads proposal's scripts. */
    record Thread(int line, String id, List<String> sharedModules, List<Command> body) implements Command {
    }

    /** {@code (wait $T)}. */
    record Wait(int line, String threadId) implements Command {
    }
}
