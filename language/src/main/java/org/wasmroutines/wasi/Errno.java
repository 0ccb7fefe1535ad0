package org.wasmroutines.wasi;

/**
 * The error codes of {@code wasi_snapshot_preview1} ({@code errno}, a u16), with their numbers
 * exactly as the witx definition orders them; every WASI function returns one.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#errno">errno</a>
 */
public enum Errno {
    SUCCESS, TOOBIG, ACCES, ADDRINUSE, ADDRNOTAVAIL, AFNOSUPPORT, AGAIN, ALREADY, BADF, BADMSG,
    BUSY, CANCELED, CHILD, CONNABORTED, CONNREFUSED, CONNRESET, DEADLK, DESTADDRREQ, DOM, DQUOT,
    EXIST, FAULT, FBIG, HOSTUNREACH, IDRM, ILSEQ, INPROGRESS, INTR, INVAL, IO,
    ISCONN, ISDIR, LOOP, MFILE, MLINK, MSGSIZE, MULTIHOP, NAMETOOLONG, NETDOWN, NETRESET,
    NETUNREACH, NFILE, NOBUFS, NODEV, NOENT, NOEXEC, NOLCK, NOLINK, NOMEM, NOMSG,
    NOPROTOOPT, NOSPC, NOSYS, NOTCONN, NOTDIR, NOTEMPTY, NOTRECOVERABLE, NOTSOCK, NOTSUP, NOTTY,
    NXIO, OVERFLOW, OWNERDEAD, PERM, PIPE, PROTO, PROTONOSUPPORT, PROTOTYPE, RANGE, ROFS,
    SPIPE, SRCH, STALE, TIMEDOUT, TXTBSY, XDEV, NOTCAPABLE;

    /** The value a WASI function returns: the enum's position is the spec's number (SUCCESS = 0 ... NOTCAPABLE = 76). */
    public int code() {
        return ordinal();
    }
}
