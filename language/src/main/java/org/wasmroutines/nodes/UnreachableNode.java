package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;

/** {@code unreachable}: traps unconditionally. */
public final class UnreachableNode extends StmtNode {
    @Override
    public int execute(VirtualFrame frame) {
        throw WasmException.trap(Failure.UNREACHABLE, this);
    }
}
