package org.wasmroutines.nodes;

import java.lang.invoke.VarHandle;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code atomic.fence}: a full fence, ordering the thread's plain accesses around it as a
 * sequentially consistent access would.
 *
 * @see <a href="https://github.com/WebAssembly/threads/blob/main/proposals/threads/Overview.md#fence-operator">threads proposal, "Fence operator"</a>
 */
public final class AtomicFenceNode extends StmtNode {
    @Override
    public int execute(VirtualFrame frame) {
        VarHandle.fullFence();
        return NEXT;
    }
}
