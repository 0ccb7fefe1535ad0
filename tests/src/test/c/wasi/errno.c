// Exact errno values of the raw WASI calls (preopen "/sandbox" is fd 3). Prints name=errno.
#include <stdio.h>
#include <string.h>
#include <wasi/api.h>

#define SHOW(name, expr) printf("%s=%d\n", name, (int) (expr))

static __wasi_rights_t all_rights = ~(__wasi_rights_t) 0;

int main(void) {
    __wasi_size_t n;
    __wasi_ciovec_t out = {(const uint8_t *) "x", 1};
    SHOW("write_bad_fd", __wasi_fd_write(99, &out, 1, &n));
    SHOW("write_stdin", __wasi_fd_write(0, &out, 1, &n));
    SHOW("write_dir", __wasi_fd_write(3, &out, 1, &n));
    SHOW("write_fault", __wasi_fd_write(1, (const __wasi_ciovec_t *) 0xFFFFFFF8u, 2, &n));
    __wasi_filesize_t pos;
    SHOW("seek_stdout", __wasi_fd_seek(1, 0, __WASI_WHENCE_CUR, &pos));
    SHOW("tell_stdout", __wasi_fd_tell(1, &pos));
    SHOW("prestat_stdin", __wasi_fd_prestat_get(0, &(__wasi_prestat_t){0}));
    SHOW("prestat_after_last", __wasi_fd_prestat_get(4, &(__wasi_prestat_t){0}));
    __wasi_fdstat_t st;
    SHOW("fdstat_stdout", __wasi_fd_fdstat_get(1, &st));
    SHOW("stdout_filetype", st.fs_filetype);
    SHOW("stdout_can_seek", (st.fs_rights_base & __WASI_RIGHTS_FD_SEEK) != 0);
    SHOW("fdstat_dir", __wasi_fd_fdstat_get(3, &st));
    SHOW("dir_filetype", st.fs_filetype);
    __wasi_fd_t fd;
    SHOW("open_missing", __wasi_path_open(3, 0, "missing", 0, __WASI_RIGHTS_FD_READ, 0, 0, &fd));
    SHOW("open_empty_path", __wasi_path_open(3, 0, "", 0, __WASI_RIGHTS_FD_READ, 0, 0, &fd));
    SHOW("open_all_rights", __wasi_path_open(3, 0, "missing", 0, all_rights, all_rights, 0, &fd));
    SHOW("open_bad_oflags", __wasi_path_open(3, 0, "x", 0x100, all_rights, all_rights, 0, &fd));
    SHOW("open_through_file", __wasi_path_open(1, 0, "x", 0, 0, 0, 0, &fd));
    SHOW("open_create", __wasi_path_open(3, 0, "f.txt", __WASI_OFLAGS_CREAT,
            __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_SEEK | __WASI_RIGHTS_FD_TELL | __WASI_RIGHTS_FD_FILESTAT_GET, 0, 0, &fd));
    SHOW("created_fd", fd);
    SHOW("write_file", __wasi_fd_write(fd, &out, 1, &n));
    SHOW("readdir_file", __wasi_fd_readdir(fd, (uint8_t *) &st, sizeof st, 0, &n));
    SHOW("set_size_without_right", __wasi_fd_filestat_set_size(fd, 0));
    SHOW("drop_rights", __wasi_fd_fdstat_set_rights(fd, __WASI_RIGHTS_FD_READ, 0));
    SHOW("write_without_right", __wasi_fd_write(fd, &out, 1, &n));
    SHOW("regain_rights", __wasi_fd_fdstat_set_rights(fd, __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE, 0));
    SHOW("set_flags_without_right", __wasi_fd_fdstat_set_flags(fd, __WASI_FDFLAGS_SYNC));
    SHOW("set_flags_sync_stdout", __wasi_fd_fdstat_set_flags(1, __WASI_FDFLAGS_SYNC));
    SHOW("set_flags_unknown", __wasi_fd_fdstat_set_flags(1, 0x100));
    SHOW("set_flags_nonblock", __wasi_fd_fdstat_set_flags(1, __WASI_FDFLAGS_NONBLOCK));
    SHOW("set_flags_clear", __wasi_fd_fdstat_set_flags(1, 0));
    SHOW("renumber_to_closed", __wasi_fd_renumber(fd, 77));
    __wasi_fd_t other;
    SHOW("open_second", __wasi_path_open(3, 0, "f.txt", 0, __WASI_RIGHTS_FD_READ, 0, 0, &other));
    SHOW("renumber", __wasi_fd_renumber(other, fd));
    SHOW("renumbered_from_closed", __wasi_fd_close(other));
    SHOW("renumbered_to_readable", __wasi_fd_fdstat_get(fd, &st));
    SHOW("renumbered_rights", st.fs_rights_base == __WASI_RIGHTS_FD_READ);
    SHOW("close", __wasi_fd_close(fd));
    SHOW("close_twice", __wasi_fd_close(fd));
    SHOW("rights_not_inheritable", __wasi_path_open(3, 0, "f.txt", 0, __WASI_RIGHTS_SOCK_SHUTDOWN << 8, 0, 0, &fd));
    SHOW("mkdir_exists", __wasi_path_create_directory(3, "f.txt"));
    SHOW("mkdir_dot", __wasi_path_create_directory(3, "."));
    SHOW("rmdir_missing", __wasi_path_remove_directory(3, "nothing"));
    SHOW("unlink_missing", __wasi_path_unlink_file(3, "nothing"));
    SHOW("unlink_trailing_slash", __wasi_path_unlink_file(3, "f.txt/"));
    SHOW("readlink_file", __wasi_path_readlink(3, "f.txt", (uint8_t *) &st, 8, &n));
    SHOW("link_dir", __wasi_path_link(3, 0, ".", 3, "dirlink"));
    SHOW("set_times_both", __wasi_path_filestat_set_times(3, 0, "f.txt", 1, 2, __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_ATIM_NOW));
    SHOW("advise_on_stdout", __wasi_fd_advise(1, 0, 0, __WASI_ADVICE_NORMAL));
    SHOW("pread_stdin", __wasi_fd_pread(0, (const __wasi_iovec_t *) &out, 1, 0, &n));
    SHOW("sock_recv_file", __wasi_sock_recv(1, (const __wasi_iovec_t *) &out, 1, 0, &n, &(__wasi_roflags_t){0}));
    SHOW("sock_send_bad", __wasi_sock_send(99, &out, 1, 0, &n));
    SHOW("sock_accept_dir", __wasi_sock_accept(3, 0, &fd));
    SHOW("sock_shutdown_stdout", __wasi_sock_shutdown(1, __WASI_SDFLAGS_WR));
    SHOW("sched_yield", __wasi_sched_yield());
    // readdir with a tiny buffer, continued by cookies; entries: ".", "..", "f.txt"
    uint8_t buf[256];
    __wasi_dircookie_t cookie = 0;
    int entries = 0;
    for (int round = 0; round < 10; round++) {
        __wasi_size_t used;
        if (__wasi_fd_readdir(3, buf, sizeof buf, cookie, &used) != 0 || used == 0) {
            break;
        }
        __wasi_size_t at = 0;
        while (at + sizeof(__wasi_dirent_t) <= used) {
            __wasi_dirent_t d;
            memcpy(&d, buf + at, sizeof d);
            if (at + sizeof d + d.d_namlen > used) {
                break;
            }
            at += sizeof d + d.d_namlen;
            cookie = d.d_next;
            entries++;
        }
        if (used < sizeof buf) {
            break;
        }
    }
    SHOW("readdir_entries", entries);
    __wasi_size_t used;
    SHOW("readdir_tiny", __wasi_fd_readdir(3, buf, 10, 0, &used));
    SHOW("readdir_tiny_used", used);
    SHOW("readdir_past_end", __wasi_fd_readdir(3, buf, sizeof buf, 1000, &used));
    SHOW("readdir_past_end_used", used);
    return 0;
}
