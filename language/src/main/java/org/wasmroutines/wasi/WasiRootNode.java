package org.wasmroutines.wasi;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import java.io.IOException;
import java.util.Arrays;

/**
 * The call target of one WASI function of one program: takes the wasm arguments (argument 0 of a
 * host function's frame is the null instance), runs the {@link WasiNode}'s body and returns its
 * errno as an i32. Errors of the host become error codes here, never exceptions in wasm.
 */
final class WasiRootNode extends RootNode {
    private final WasiModule module;
    @Child private WasiNode body;

    WasiRootNode(TruffleLanguage<?> language, WasiModule module, WasiNode body) {
        super(language);
        this.module = module;
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] frameArgs = frame.getArguments();
        int errno = run(Arrays.copyOfRange(frameArgs, 1, frameArgs.length));
        return body.type().resultCount() == 0 ? null : errno;
    }

    @TruffleBoundary
    private int run(Object[] args) {
        try {
            return body.call(new WasiCall(module, args));
        } catch (ErrnoException e) {
            return e.errno.code();
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return HostErrors.errno(e).code();
        }
    }

    @Override
    public String getName() {
        return WasiModule.NAME + "." + body.name();
    }

    @Override
    public String toString() {
        return "WASI function " + getName();
    }
}
