package org.wasmroutines.wasi;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * Translates the host's I/O failures into WASI error codes. Java reports most POSIX errors as a
 * {@link FileSystemException} whose reason is the C library's {@code strerror} text, so the reason
 * decides when the exception class does not.
 */
final class HostErrors {
    private HostErrors() {
    }

    static Errno errno(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return Errno.NOENT;
        }
        if (e instanceof FileAlreadyExistsException) {
            return Errno.EXIST;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return Errno.NOTEMPTY;
        }
        if (e instanceof AccessDeniedException) {
            return Errno.ACCES;
        }
        if (e instanceof NotDirectoryException) {
            return Errno.NOTDIR;
        }
        if (e instanceof NotLinkException) {
            return Errno.INVAL;
        }
        if (e instanceof FileSystemLoopException) {
            return Errno.LOOP;
        }
        if (e instanceof ClosedChannelException) {
            return Errno.BADF;
        }
        if (e instanceof NonReadableChannelException || e instanceof NonWritableChannelException) {
            return Errno.BADF;
        }
        if (e instanceof SecurityException) {
            // the polyglot context does not allow this I/O
            return Errno.ACCES;
        }
        if (e instanceof java.nio.file.InvalidPathException) {
            return Errno.INVAL;
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        return reason == null ? Errno.IO : byReason(reason);
    }

    private static Errno byReason(String reason) {
        return switch (reason) {
            case "Is a directory" -> Errno.ISDIR;
            case "Not a directory" -> Errno.NOTDIR;
            case "Too many levels of symbolic links" -> Errno.LOOP;
            case "Directory not empty" -> Errno.NOTEMPTY;
            case "File exists" -> Errno.EXIST;
            case "Invalid cross-device link" -> Errno.XDEV;
            case "No space left on device" -> Errno.NOSPC;
            case "Operation not permitted" -> Errno.PERM;
            case "Permission denied" -> Errno.ACCES;
            case "Read-only file system" -> Errno.ROFS;
            case "File name too long" -> Errno.NAMETOOLONG;
            case "Invalid argument" -> Errno.INVAL;
            case "Device or resource busy" -> Errno.BUSY;
            case "Too many links" -> Errno.MLINK;
            case "File too large" -> Errno.FBIG;
            case "Broken pipe" -> Errno.PIPE;
            case "Connection reset by peer" -> Errno.CONNRESET;
            case "No such file or directory" -> Errno.NOENT;
            default -> Errno.IO;
        };
    }

    static ErrnoException of(IOException e) {
        return new ErrnoException(errno(e));
    }
}
