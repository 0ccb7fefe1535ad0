package org.wasmroutines.wasi;

/**
 * {@code fd_advise(fd, offset, len, advice)}: checks the arguments and accepts the advice; it is
 * only a hint, and the JVM offers no {@code posix_fadvise}.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_advise">fd_advise</a>
 */
final class WasiFdAdviseNode extends WasiNode {
    /** The largest {@code advice} value ({@code noreuse}). */
    private static final int NOREUSE = 5;

    WasiFdAdviseNode() {
        super("fd_advise", "iIIi");
    }

    @Override
    int call(WasiCall c) {
        Descriptor d = c.fd(0);
        if (d instanceof StreamDescriptor || d instanceof SocketDescriptor) {
            return Errno.SPIPE.code();
        }
        d.require(Rights.FD_ADVISE);
        if (!(d instanceof FileDescriptor)) {
            return Errno.BADF.code();
        }
        int advice = c.i32(3);
        if (advice < 0 || advice > NOREUSE || c.i64(1) < 0 || c.i64(2) < 0) {
            return Errno.INVAL.code();
        }
        return success();
    }
}
