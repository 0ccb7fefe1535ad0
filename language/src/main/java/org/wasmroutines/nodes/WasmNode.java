package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import org.wasmroutines.runtime.WasmInstance;

/**
 * Base of every node in a function's tree. The code of a function is shared by all instances of
 * its module, so the instance a node works on is read from frame argument 0 (the calling
 * convention), never stored in a node.
 */
public abstract class WasmNode extends Node {
    protected static WasmInstance instance(VirtualFrame frame) {
        return (WasmInstance) frame.getArguments()[0];
    }
}
