package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.runtime.MemoryAtomics;
import org.wasmroutines.syntax.ValType;

/**
 * {@code *.atomic.rmw*.add/sub/and/or/xor/xchg}: applies the operation atomically and writes the
 * old value, zero-extended, into the stack slot of its result.
 *
 * @see <a href="https://github.com/WebAssembly/threads/blob/main/proposals/threads/Overview.md#read-modify-write">threads proposal, "Read-Modify-Write"</a>
 */
public final class AtomicRmwNode extends StmtNode {
    private final int operation;
    private final int bytes;
    private final byte type;
    private final long offset;
    @Child private ExprNode address;
    @Child private ExprNode value;
    private final int resultSlot;

    public AtomicRmwNode(int operation, int bytes, byte type, long offset, ExprNode address, ExprNode value, int resultSlot) {
        this.operation = operation;
        this.bytes = bytes;
        this.type = type;
        this.offset = offset;
        this.address = address;
        this.value = value;
        this.resultSlot = resultSlot;
    }

    @Override
    public int execute(VirtualFrame frame) {
        long ea = Integer.toUnsignedLong(address.executeI32(frame)) + offset;
        if (type == ValType.I32) {
            int operand = value.executeI32(frame);
            frame.setIntStatic(resultSlot, (int) MemoryAtomics.readModifyWrite(instance(frame).memory0, this, ea, bytes, operation, operand));
        } else {
            long operand = value.executeI64(frame);
            frame.setLongStatic(resultSlot, MemoryAtomics.readModifyWrite(instance(frame).memory0, this, ea, bytes, operation, operand));
        }
        return NEXT;
    }
}
