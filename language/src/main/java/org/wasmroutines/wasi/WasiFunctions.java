package org.wasmroutines.wasi;

/**
 * The functions of {@code wasi_snapshot_preview1} by import name: all 46 of the specification.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md">wasi_snapshot_preview1</a>
 */
final class WasiFunctions {
    private WasiFunctions() {
    }

    /** A new node for the function {@code name}, or null when WASI has no such function. */
    static WasiNode create(String name) {
        return switch (name) {
            case "args_get" -> new WasiArgsGetNode();
            case "args_sizes_get" -> new WasiArgsSizesGetNode();
            case "environ_get" -> new WasiEnvironGetNode();
            case "environ_sizes_get" -> new WasiEnvironSizesGetNode();
            case "clock_res_get" -> new WasiClockResGetNode();
            case "clock_time_get" -> new WasiClockTimeGetNode();
            case "fd_advise" -> new WasiFdAdviseNode();
            case "fd_allocate" -> new WasiFdAllocateNode();
            case "fd_close" -> new WasiFdCloseNode();
            case "fd_datasync" -> new WasiFdDatasyncNode();
            case "fd_fdstat_get" -> new WasiFdFdstatGetNode();
            case "fd_fdstat_set_flags" -> new WasiFdFdstatSetFlagsNode();
            case "fd_fdstat_set_rights" -> new WasiFdFdstatSetRightsNode();
            case "fd_filestat_get" -> new WasiFdFilestatGetNode();
            case "fd_filestat_set_size" -> new WasiFdFilestatSetSizeNode();
            case "fd_filestat_set_times" -> new WasiFdFilestatSetTimesNode();
            case "fd_pread" -> new WasiFdPreadNode();
            case "fd_prestat_get" -> new WasiFdPrestatGetNode();
            case "fd_prestat_dir_name" -> new WasiFdPrestatDirNameNode();
            case "fd_pwrite" -> new WasiFdPwriteNode();
            case "fd_read" -> new WasiFdReadNode();
            case "fd_readdir" -> new WasiFdReaddirNode();
            case "fd_renumber" -> new WasiFdRenumberNode();
            case "fd_seek" -> new WasiFdSeekNode();
            case "fd_sync" -> new WasiFdSyncNode();
            case "fd_tell" -> new WasiFdTellNode();
            case "fd_write" -> new WasiFdWriteNode();
            case "path_create_directory" -> new WasiPathCreateDirectoryNode();
            case "path_filestat_get" -> new WasiPathFilestatGetNode();
            case "path_filestat_set_times" -> new WasiPathFilestatSetTimesNode();
            case "path_link" -> new WasiPathLinkNode();
            case "path_open" -> new WasiPathOpenNode();
            case "path_readlink" -> new WasiPathReadlinkNode();
            case "path_remove_directory" -> new WasiPathRemoveDirectoryNode();
            case "path_rename" -> new WasiPathRenameNode();
            case "path_symlink" -> new WasiPathSymlinkNode();
            case "path_unlink_file" -> new WasiPathUnlinkFileNode();
            case "poll_oneoff" -> new WasiPollOneoffNode();
            case "proc_exit" -> new WasiProcExitNode();
            case "proc_raise" -> new WasiProcRaiseNode();
            case "random_get" -> new WasiRandomGetNode();
            case "sched_yield" -> new WasiSchedYieldNode();
            case "sock_accept" -> new WasiSockAcceptNode();
            case "sock_recv" -> new WasiSockRecvNode();
            case "sock_send" -> new WasiSockSendNode();
            case "sock_shutdown" -> new WasiSockShutdownNode();
            default -> null;
        };
    }
}
