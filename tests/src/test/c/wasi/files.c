// Files and directories inside the preopen "/sandbox", through C's library as programs use it.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/api.h>

#define CHECK(name, expr) printf("%s=%d\n", name, (expr) ? 1 : 0)

static char *slurp(const char *path) {
    static char buf[4096];
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(buf, sizeof buf, "(open failed: %s)", strerror(errno));
        return buf;
    }
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = 0;
    fclose(f);
    return buf;
}

int main(void) {
    // create, write, read back
    FILE *f = fopen("/sandbox/a.txt", "w");
    fprintf(f, "hello file\n");
    fclose(f);
    printf("read=%s", slurp("/sandbox/a.txt"));
    // append
    f = fopen("/sandbox/a.txt", "a");
    fprintf(f, "appended\n");
    fclose(f);
    CHECK("append", strcmp(slurp("/sandbox/a.txt"), "hello file\nappended\n") == 0);
    // reading what the host put there
    printf("host_file=%s\n", slurp("/sandbox/from_host.txt"));
    // stat
    struct stat st;
    CHECK("stat", stat("/sandbox/a.txt", &st) == 0 && st.st_size == 20 && S_ISREG(st.st_mode));
    CHECK("stat_dir", stat("/sandbox", &st) == 0 && S_ISDIR(st.st_mode));
    CHECK("stat_missing", stat("/sandbox/nope", &st) == -1 && errno == ENOENT);
    // seek, pread, pwrite, truncate, allocate
    int fd = open("/sandbox/b.bin", O_RDWR | O_CREAT | O_TRUNC, 0644);
    CHECK("open_rdwr", fd >= 0);
    CHECK("write", write(fd, "0123456789", 10) == 10);
    CHECK("lseek_set", lseek(fd, 2, SEEK_SET) == 2);
    char c2[3] = {0};
    CHECK("read_after_seek", read(fd, c2, 2) == 2 && strcmp(c2, "23") == 0);
    CHECK("lseek_cur", lseek(fd, 0, SEEK_CUR) == 4);
    CHECK("lseek_end", lseek(fd, -1, SEEK_END) == 9);
    CHECK("lseek_negative", lseek(fd, -100, SEEK_SET) == -1 && errno == EINVAL);
    char p[4] = {0};
    CHECK("pread", pread(fd, p, 3, 5) == 3 && strcmp(p, "567") == 0);
    CHECK("pread_keeps_offset", lseek(fd, 0, SEEK_CUR) == 9);
    CHECK("pwrite", pwrite(fd, "AB", 2, 0) == 2);
    CHECK("ftruncate_shrink", ftruncate(fd, 4) == 0 && fstat(fd, &st) == 0 && st.st_size == 4);
    CHECK("ftruncate_grow", ftruncate(fd, 100) == 0 && fstat(fd, &st) == 0 && st.st_size == 100);
    CHECK("fallocate", posix_fallocate(fd, 0, 200) == 0 && fstat(fd, &st) == 0 && st.st_size == 200);
    CHECK("fadvise", posix_fadvise(fd, 0, 10, POSIX_FADV_SEQUENTIAL) == 0);
    CHECK("fadvise_bad", posix_fadvise(fd, 0, 10, 99) == EINVAL);
    CHECK("fsync", fsync(fd) == 0);
    CHECK("fdatasync", fdatasync(fd) == 0);
    CHECK("close", close(fd) == 0);
    CHECK("close_again", close(fd) == -1 && errno == EBADF);
    CHECK("content", memcmp(slurp("/sandbox/b.bin"), "AB23", 4) == 0);
    // flags
    fd = open("/sandbox/b.bin", O_WRONLY | O_APPEND);
    CHECK("getfl_append", (fcntl(fd, F_GETFL) & O_APPEND) != 0);
    CHECK("setfl", fcntl(fd, F_SETFL, 0) == 0 && (fcntl(fd, F_GETFL) & O_APPEND) == 0);
    close(fd);
    CHECK("excl", open("/sandbox/a.txt", O_WRONLY | O_CREAT | O_EXCL, 0644) == -1 && errno == EEXIST);
    CHECK("open_missing", open("/sandbox/missing.txt", O_RDONLY) == -1 && errno == ENOENT);
    CHECK("open_dir_for_write", open("/sandbox", O_WRONLY) == -1 && errno == EISDIR);
    CHECK("o_directory_on_file", open("/sandbox/a.txt", O_RDONLY | O_DIRECTORY) == -1 && errno == ENOTDIR);
    CHECK("file_as_dir", open("/sandbox/a.txt/x", O_RDONLY) == -1 && errno == ENOTDIR);
    // directories
    CHECK("mkdir", mkdir("/sandbox/d", 0755) == 0);
    CHECK("mkdir_exists", mkdir("/sandbox/d", 0755) == -1 && errno == EEXIST);
    CHECK("mkdir_nested", mkdir("/sandbox/d/e", 0755) == 0);
    CHECK("rmdir_not_empty", rmdir("/sandbox/d") == -1 && errno == ENOTEMPTY);
    CHECK("rmdir", rmdir("/sandbox/d/e") == 0);
    CHECK("rmdir_file", rmdir("/sandbox/a.txt") == -1 && errno == ENOTDIR);
    CHECK("unlink_dir", unlink("/sandbox/d") == -1 && errno == EISDIR);
    // many entries: several fd_readdir calls continued by cookies
    char name[128];
    for (int i = 0; i < 300; i++) {
        snprintf(name, sizeof name, "/sandbox/d/entry-with-a-rather-long-name-to-fill-buffers-%03d", i);
        FILE *e = fopen(name, "w");
        fclose(e);
    }
    DIR *dir = opendir("/sandbox/d");
    int entries = 0, dots = 0, sorted = 1;
    char last[256] = "";
    struct dirent *de;
    while ((de = readdir(dir)) != NULL) {
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0) {
            dots++;
            continue;
        }
        if (strcmp(last, de->d_name) >= 0) {
            sorted = 0;
        }
        strcpy(last, de->d_name);
        entries++;
    }
    printf("readdir_entries=%d\n", entries);
    printf("readdir_dots=%d\n", dots);
    CHECK("readdir_sorted", sorted);
    rewinddir(dir);
    int again = 0;
    while (readdir(dir) != NULL) {
        again++;
    }
    printf("rewinddir_entries=%d\n", again);
    closedir(dir);
    // rename, links
    CHECK("rename", rename("/sandbox/a.txt", "/sandbox/d/renamed.txt") == 0);
    CHECK("rename_gone", access("/sandbox/a.txt", F_OK) == -1 && errno == ENOENT);
    CHECK("rename_missing", rename("/sandbox/nope", "/sandbox/nope2") == -1 && errno == ENOENT);
    CHECK("symlink", symlink("d/renamed.txt", "/sandbox/sym") == 0);
    char target[64] = {0};
    ssize_t n = readlink("/sandbox/sym", target, sizeof target - 1);
    printf("readlink=%s\n", n >= 0 ? target : "(failed)");
    CHECK("readlink_truncates", readlink("/sandbox/sym", target, 3) == 3);
    CHECK("readlink_not_link", readlink("/sandbox/b.bin", target, sizeof target) == -1 && errno == EINVAL);
    printf("through_symlink=%s", slurp("/sandbox/sym"));
    CHECK("lstat_symlink", lstat("/sandbox/sym", &st) == 0 && S_ISLNK(st.st_mode));
    CHECK("stat_through_symlink", stat("/sandbox/sym", &st) == 0 && S_ISREG(st.st_mode));
    CHECK("link", link("/sandbox/d/renamed.txt", "/sandbox/hard.txt") == 0);
    CHECK("nlink", stat("/sandbox/hard.txt", &st) == 0 && st.st_nlink == 2);
    CHECK("link_exists", link("/sandbox/d/renamed.txt", "/sandbox/hard.txt") == -1 && errno == EEXIST);
    CHECK("unlink_symlink", unlink("/sandbox/sym") == 0 && access("/sandbox/d/renamed.txt", F_OK) == 0);
    // times
    struct timespec times[2] = {{1000000000, 5}, {1200000000, 123456789}};
    CHECK("utimensat", utimensat(AT_FDCWD, "/sandbox/hard.txt", times, 0) == 0);
    CHECK("mtime", stat("/sandbox/hard.txt", &st) == 0 && st.st_mtim.tv_sec == 1200000000);
    CHECK("atime", st.st_atim.tv_sec == 1000000000);
    fd = open("/sandbox/hard.txt", O_RDONLY);
    // raw: Debian's wasi-libc (2022) headers disagree on UTIME_NOW, so its futimens cannot say "now"
    CHECK("futimens_now", __wasi_fd_filestat_set_times(fd, 0, 0, __WASI_FSTFLAGS_ATIM_NOW | __WASI_FSTFLAGS_MTIM_NOW) == 0
            && fstat(fd, &st) == 0 && st.st_mtim.tv_sec > 1600000000);
    close(fd);
    // the preopen as C's start-up code found it
    __wasi_prestat_t prestat;
    char preopen[64] = {0};
    CHECK("prestat", __wasi_fd_prestat_get(3, &prestat) == 0 && prestat.u.dir.pr_name_len == 8);
    CHECK("prestat_dir_name", __wasi_fd_prestat_dir_name(3, (uint8_t *) preopen, 8) == 0 && strcmp(preopen, "/sandbox") == 0);
    CHECK("prestat_dir_name_short", __wasi_fd_prestat_dir_name(3, (uint8_t *) preopen, 4) == __WASI_ERRNO_NAMETOOLONG);
    printf("done\n");
    return 0;
}
