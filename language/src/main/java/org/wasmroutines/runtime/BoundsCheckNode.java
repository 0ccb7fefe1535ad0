package org.wasmroutines.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.nodes.Node;

/**
 * The bounds check of one plain load or store instruction (a child of its node), compiled to a
 * single comparison with a loop-invariant limit, and failing by deoptimization.
 *
 * <p>It first speculates that the instruction only touches the first {@code knownBytes} of the
 * memory, a size the memory has for sure (the minimum of the module's memory type: a memory never
 * shrinks and an imported one is at least as large as its import asks). The check is then a
 * comparison with a constant, which the compiler drops where it can bound the address (masked
 * indices, constant addresses of C globals). The first address beyond it turns the speculation off
 * for good, and the check compares with the current size of the memory instead.
 *
 * <p>Why one comparison and not "below the known size, or else below the current size": only a
 * single condition ending in a deoptimization becomes a guard, and only a guard can be hoisted out
 * of a loop when its address is loop-invariant, or merged with the guard of another access to the
 * same address (the load and the store of {@code x += y}). In nbody's pair loop that is the
 * difference between 16 checks per iteration and 7.
 *
 * <p>Compiled code leaves it to the interpreter to trap: without a throw in it, the failing branch
 * is a guard the compiler knows is never taken; it keeps the in-bounds path straight and weighs the
 * code after an access as often run as the access. A trap in compiled code costs a deoptimization;
 * the compiled code stays valid.
 */
public final class BoundsCheckNode extends Node {
    private final long knownBytes;
    @CompilationFinal private boolean beyondKnown;

    public BoundsCheckNode(long knownBytes) {
        this.knownBytes = knownBytes;
    }

    /**
     * Traps unless {@code [addr, addr + length)} is inside {@code memory}; returns the array to
     * access. The accesses after it are unchecked, so a negative address is refused too (free in
     * compiled code, where the address is a zero-extended i32 plus an offset).
     */
    byte[] array(WasmMemory memory, long addr, int length) {
        if (!beyondKnown) {
            if (addr >= 0 && addr <= knownBytes - length) {
                return memory.buffer();
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            beyondKnown = true;
        }
        byte[] b = memory.buffer();
        if (addr < 0 || addr > (long) b.length - length) {
            CompilerDirectives.transferToInterpreter();
            throw WasmMemory.outOfBounds(this);
        }
        return b;
    }
}
