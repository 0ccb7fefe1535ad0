// Every way out of the preopen we could think of, as raw WASI calls on the preopen (fd 3), so
// the engine sees the paths exactly as written. Prints name=errno (0 = the call succeeded).
// The host test lays out the tree (see WasiSandboxTest) and checks that nothing outside changed.
#include <errno.h>
#include <stdlib.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wasi/api.h>

#define SHOW(name, expr) printf("%s=%d\n", name, (int) (expr))

static const __wasi_rights_t READ = __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_FILESTAT_GET;
static const __wasi_rights_t DIR_RIGHTS = __WASI_RIGHTS_PATH_OPEN | __WASI_RIGHTS_FD_READDIR | __WASI_RIGHTS_PATH_FILESTAT_GET;

static int open_read(__wasi_fd_t dir, int follow, const char *path) {
    __wasi_fd_t fd;
    int r = __wasi_path_open(dir, follow ? __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW : 0, path, 0, READ, 0, 0, &fd);
    if (r == 0) {
        char buf[32] = {0};
        __wasi_iovec_t iov = {(uint8_t *) buf, sizeof buf - 1};
        __wasi_size_t n;
        (void) __wasi_fd_read(fd, &iov, 1, &n);
        printf("  (read through %s: %s)\n", path, buf);
        (void) __wasi_fd_close(fd);
    }
    return r;
}

static int create(__wasi_fd_t dir, int follow, const char *path, __wasi_oflags_t extra) {
    __wasi_fd_t fd;
    int r = __wasi_path_open(dir, follow ? __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW : 0, path, __WASI_OFLAGS_CREAT | extra,
            __WASI_RIGHTS_FD_WRITE, 0, 0, &fd);
    if (r == 0) {
        (void) __wasi_fd_close(fd);
    }
    return r;
}

int main(void) {
    const int F = 1, NF = 0;
    // reading out
    SHOW("dotdot", open_read(3, F, "../outside/secret.txt"));
    SHOW("dotdot_twice", open_read(3, F, "../../etc/passwd"));
    SHOW("sub_dotdot_dotdot", open_read(3, F, "sub/../../outside/secret.txt"));
    SHOW("missing_dotdot_dotdot", open_read(3, F, "a/../../x"));
    SHOW("dot_dotdot", open_read(3, F, "./.././outside/secret.txt"));
    SHOW("many_slashes", open_read(3, F, "sub//..//..//outside/secret.txt"));
    SHOW("absolute", open_read(3, F, "/etc/passwd"));
    SHOW("absolute_outside", open_read(3, F, getenv("OUTSIDE_SECRET")));
    SHOW("dotdot_alone", open_read(3, F, ".."));
    SHOW("symlink_absolute", open_read(3, F, "link_out_abs"));
    SHOW("symlink_relative", open_read(3, F, "link_out_rel"));
    SHOW("symlink_dir_out", open_read(3, F, "link_dir_out/secret.txt"));
    SHOW("symlink_dir_out_nofollow", open_read(3, NF, "link_dir_out/secret.txt"));
    SHOW("symlink_chain", open_read(3, F, "chain1"));
    SHOW("symlink_loop", open_read(3, F, "loop1"));
    SHOW("symlink_self_loop", open_read(3, F, "selfloop"));
    SHOW("symlink_loop_in_middle", open_read(3, F, "loop1/x"));
    SHOW("symlink_up_up", open_read(3, F, "sub/upup/outside/secret.txt"));
    SHOW("symlink_up_then_dotdot", open_read(3, F, "sub/up/../outside/secret.txt"));
    SHOW("symlink_to_dotdot_chain", open_read(3, F, "sub/up/sub/up/sub/upup/outside/secret.txt"));
    SHOW("nofollow_final_link", open_read(3, NF, "good_link"));
    // what stays allowed
    SHOW("ok_plain", open_read(3, F, "inside.txt"));
    SHOW("ok_up_link", open_read(3, F, "sub/up/inside.txt"));
    SHOW("ok_good_link", open_read(3, F, "good_link"));
    SHOW("ok_dotdot_inside", open_read(3, F, "sub/../inside.txt"));
    SHOW("ok_dot", open_read(3, F, "."));
    // from a directory opened below the preopen
    __wasi_fd_t sub;
    SHOW("open_sub", __wasi_path_open(3, 0, "sub", __WASI_OFLAGS_DIRECTORY, DIR_RIGHTS, READ, 0, &sub));
    SHOW("sub_dotdot_ok", open_read(sub, F, "../inside.txt"));
    SHOW("sub_dotdot_dotdot_out", open_read(sub, F, "../../outside/secret.txt"));
    __wasi_fd_t updir;
    SHOW("open_via_up_link", __wasi_path_open(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "sub/up", __WASI_OFLAGS_DIRECTORY, DIR_RIGHTS, READ, 0, &updir));
    SHOW("up_link_dir_then_dotdot", open_read(updir, F, "../outside/secret.txt"));
    SHOW("open_dir_out", __wasi_path_open(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "link_dir_out", __WASI_OFLAGS_DIRECTORY, DIR_RIGHTS, READ, 0, &updir));
    // creating outside
    SHOW("create_dotdot", create(3, F, "../outside/created.txt", 0));
    SHOW("create_through_dangling_out", create(3, F, "dangling_out", 0));
    SHOW("create_excl_on_dangling", create(3, F, "dangling_out", __WASI_OFLAGS_EXCL));
    SHOW("create_through_dir_link", create(3, F, "link_dir_out/created.txt", 0));
    SHOW("create_trunc_through_link", create(3, F, "link_out_rel", __WASI_OFLAGS_TRUNC));
    SHOW("create_through_dangling_in", create(3, F, "dangling_in", 0));
    SHOW("mkdir_dotdot", __wasi_path_create_directory(3, "../outside/newdir"));
    SHOW("mkdir_through_link", __wasi_path_create_directory(3, "link_dir_out/newdir"));
    SHOW("mkdir_absolute", __wasi_path_create_directory(3, "/tmp/wasi-escape-dir"));
    // renaming, linking, removing across the boundary
    SHOW("rename_out", __wasi_path_rename(3, "inside.txt", 3, "../outside/moved.txt"));
    SHOW("rename_in", __wasi_path_rename(3, "../outside/secret.txt", 3, "stolen.txt"));
    SHOW("rename_in_via_link", __wasi_path_rename(3, "link_dir_out/secret.txt", 3, "stolen.txt"));
    SHOW("rename_out_via_link", __wasi_path_rename(3, "inside.txt", 3, "link_dir_out/moved.txt"));
    SHOW("link_out", __wasi_path_link(3, 0, "inside.txt", 3, "../outside/hard.txt"));
    SHOW("link_in_via_followed_link", __wasi_path_link(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "link_out_rel", 3, "hard.txt"));
    SHOW("link_in_via_dir_link", __wasi_path_link(3, 0, "link_dir_out/secret.txt", 3, "hard2.txt"));
    SHOW("symlink_text_dotdot", __wasi_path_symlink("../outside/secret.txt", 3, "mylink"));
    SHOW("symlink_text_absolute", __wasi_path_symlink("/etc/passwd", 3, "mylink2"));
    SHOW("symlink_text_lexical_escape", __wasi_path_symlink("sub/../../outside", 3, "mylink3"));
    SHOW("symlink_placed_outside", __wasi_path_symlink("inside.txt", 3, "../outside/mylink4"));
    SHOW("symlink_placed_via_link", __wasi_path_symlink("x", 3, "link_dir_out/mylink5"));
    SHOW("symlink_in_sub_dotdot_ok", __wasi_path_symlink("../inside.txt", 3, "sub/okLink"));
    SHOW("symlink_in_sub_ok_read", open_read(3, F, "sub/okLink"));
    SHOW("rename_link_up", __wasi_path_rename(3, "sub/okLink", 3, "okLink2"));
    SHOW("renamed_link_now_escapes", open_read(3, F, "okLink2"));
    SHOW("create_through_dangling_chain", create(3, F, "dangling_chain", 0));
    SHOW("unlink_out", __wasi_path_unlink_file(3, "../outside/secret.txt"));
    SHOW("unlink_via_dir_link", __wasi_path_unlink_file(3, "link_dir_out/secret.txt"));
    SHOW("unlink_link_itself", __wasi_path_unlink_file(3, "link_to_unlink"));
    SHOW("rmdir_out", __wasi_path_remove_directory(3, "../outside"));
    SHOW("rmdir_link", __wasi_path_remove_directory(3, "link_dir_out"));
    SHOW("rmdir_preopen", __wasi_path_remove_directory(3, "."));
    // looking at things outside
    __wasi_filestat_t st;
    SHOW("stat_out", __wasi_path_filestat_get(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "../outside/secret.txt", &st));
    SHOW("stat_follow_link_out", __wasi_path_filestat_get(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "link_out_rel", &st));
    SHOW("lstat_link_itself", __wasi_path_filestat_get(3, 0, "link_out_rel", &st));
    SHOW("set_times_out", __wasi_path_filestat_set_times(3, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "link_dir_out/secret.txt", 0, 0, __WASI_FSTFLAGS_MTIM_NOW));
    uint8_t text[64];
    __wasi_size_t used;
    SHOW("readlink_own_link", __wasi_path_readlink(3, "link_out_rel", text, sizeof text, &used));
    SHOW("readlink_via_dir_link", __wasi_path_readlink(3, "sub/upup/outside", text, sizeof text, &used));
    // an open directory whose path is then replaced by a link out: found again, checked again
    __wasi_fd_t victim;
    SHOW("open_victim_dir", __wasi_path_open(3, 0, "victimdir", __WASI_OFLAGS_DIRECTORY, DIR_RIGHTS, READ, 0, &victim));
    SHOW("move_victim_dir", __wasi_path_rename(3, "victimdir", 3, "victimdir_old"));
    SHOW("link_victim_dir_out", __wasi_path_symlink("link_dir_out", 3, "victimdir"));
    SHOW("victim_dir_read_out", open_read(victim, F, "secret.txt"));
    SHOW("victim_dir_readdir", __wasi_fd_readdir(victim, text, sizeof text, 0, &used));
    SHOW("victim_dir_create", create(victim, F, "created.txt", 0));
    __wasi_fd_t vfile;
    SHOW("open_victim_file", __wasi_path_open(3, 0, "victimdir2/secret.txt", 0, READ | __WASI_RIGHTS_FD_FILESTAT_SET_TIMES, 0, 0, &vfile));
    SHOW("move_victim_dir2", __wasi_path_rename(3, "victimdir2", 3, "victimdir2_old"));
    SHOW("link_victim_dir2_out", __wasi_path_symlink("link_dir_out", 3, "victimdir2"));
    SHOW("victim_file_set_times", __wasi_fd_filestat_set_times(vfile, 0, 0, __WASI_FSTFLAGS_MTIM_NOW));
    SHOW("victim_file_stat", __wasi_fd_filestat_get(vfile, &st));
    SHOW("victim_file_stat_size", st.size);
    // C's library paths resolve against preopens before the engine sees them
    SHOW("libc_dotdot", open("/sandbox/../outside/secret.txt", O_RDONLY) < 0);
    SHOW("libc_absolute", open("/etc/passwd", O_RDONLY) < 0);
    SHOW("libc_symlink", open("/sandbox/link_out_rel", O_RDONLY) < 0);
    SHOW("libc_chdir_escape", chdir("/sandbox/link_dir_out") < 0);
    return 0;
}
