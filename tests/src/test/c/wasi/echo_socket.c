// A server on the listening socket the host hands in (fd 3): accepts one connection, answers
// each received chunk in upper case until the peer shuts down its side, then shuts down.
#include <ctype.h>
#include <stdio.h>
#include <wasi/api.h>

int main(void) {
    __wasi_fd_t conn;
    int r = __wasi_sock_accept(3, 0, &conn);
    printf("accept=%d\n", r);
    if (r != 0) {
        return 1;
    }
    __wasi_fdstat_t st;
    (void) __wasi_fd_fdstat_get(conn, &st);
    printf("filetype=%d\n", st.fs_filetype);
    char buf[64];
    long total = 0;
    for (;;) {
        __wasi_iovec_t in = {(uint8_t *) buf, sizeof buf};
        __wasi_size_t n;
        __wasi_roflags_t flags;
        r = __wasi_sock_recv(conn, &in, 1, 0, &n, &flags);
        if (r != 0 || n == 0) {
            break;
        }
        for (__wasi_size_t i = 0; i < n; i++) {
            buf[i] = (char) toupper((unsigned char) buf[i]);
        }
        __wasi_ciovec_t out = {(const uint8_t *) buf, n};
        __wasi_size_t sent;
        r = __wasi_sock_send(conn, &out, 1, 0, &sent);
        total += n;
    }
    printf("recv_end=%d total=%ld\n", r, total);
    printf("peek=%d\n", __wasi_sock_recv(conn, &(__wasi_iovec_t){(uint8_t *) buf, 1}, 1, __WASI_RIFLAGS_RECV_PEEK, &(__wasi_size_t){0}, &(__wasi_roflags_t){0}));
    printf("shutdown=%d\n", __wasi_sock_shutdown(conn, __WASI_SDFLAGS_WR));
    printf("shutdown_bad=%d\n", __wasi_sock_shutdown(conn, 0));
    printf("close=%d\n", __wasi_fd_close(conn));
    return 0;
}
