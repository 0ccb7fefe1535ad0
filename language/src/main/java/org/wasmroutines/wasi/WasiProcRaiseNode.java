package org.wasmroutines.wasi;

/**
 * {@code proc_raise(sig)}: a signal with no handler (WASI has no way to install one) gets its
 * default action: the ones POSIX ignores by default (CHLD, CONT, URG, WINCH) do nothing,
 * stopping signals (STOP, TSTP, TTIN, TTOU) are {@link Errno#NOTSUP} because a program cannot be
 * stopped here, and every other one ends the program with status 128 + signal number, as a shell
 * reports a process killed by a signal. Signal 0 (none) does nothing; numbers above SYS (30) are
 * {@link Errno#INVAL}.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#proc_raise">proc_raise</a>
 */
final class WasiProcRaiseNode extends WasiNode {
    private static final int CHLD = 16;
    private static final int CONT = 17;
    private static final int STOP = 18;
    private static final int TTOU = 21;
    private static final int URG = 22;
    private static final int WINCH = 27;
    private static final int SYS = 30;

    WasiProcRaiseNode() {
        super("proc_raise", "i");
    }

    @Override
    int call(WasiCall c) {
        int sig = c.i32(0) & 0xFF;
        if (c.i32(0) < 0 || c.i32(0) > SYS) {
            return Errno.INVAL.code();
        }
        if (sig == 0 || sig == CHLD || sig == CONT || sig == URG || sig == WINCH) {
            return success();
        }
        if (sig >= STOP && sig <= TTOU) {
            return Errno.NOTSUP.code();
        }
        c.env.close();
        throw new WasiExitException(128 + sig, this);
    }
}
