// poll_oneoff: clocks (relative and absolute), fd readiness, standard input.
#include <stdio.h>
#include <string.h>
#include <wasi/api.h>

static __wasi_timestamp_t now(__wasi_clockid_t id) {
    __wasi_timestamp_t t;
    (void) __wasi_clock_time_get(id, 1, &t);
    return t;
}

static __wasi_subscription_t clock_sub(__wasi_userdata_t tag, __wasi_clockid_t id, __wasi_timestamp_t timeout, int abstime) {
    __wasi_subscription_t s;
    memset(&s, 0, sizeof s);
    s.userdata = tag;
    s.u.tag = __WASI_EVENTTYPE_CLOCK;
    s.u.u.clock.id = id;
    s.u.u.clock.timeout = timeout;
    s.u.u.clock.flags = abstime ? __WASI_SUBCLOCKFLAGS_SUBSCRIPTION_CLOCK_ABSTIME : 0;
    return s;
}

static __wasi_subscription_t fd_sub(__wasi_userdata_t tag, __wasi_eventtype_t type, __wasi_fd_t fd) {
    __wasi_subscription_t s;
    memset(&s, 0, sizeof s);
    s.userdata = tag;
    s.u.tag = type;
    s.u.u.fd_read.file_descriptor = fd;
    return s;
}

int main(void) {
    __wasi_event_t ev[4];
    __wasi_size_t n;
    // a relative monotonic timeout
    __wasi_subscription_t subs[3];
    subs[0] = clock_sub(42, __WASI_CLOCKID_MONOTONIC, 30000000, 0);
    __wasi_timestamp_t t0 = now(__WASI_CLOCKID_MONOTONIC);
    int r = __wasi_poll_oneoff(subs, ev, 1, &n);
    __wasi_timestamp_t t1 = now(__WASI_CLOCKID_MONOTONIC);
    printf("sleep=%d events=%lu userdata=%llu type=%u waited=%d\n", r, n, (unsigned long long) ev[0].userdata, ev[0].type, t1 - t0 >= 30000000);
    // an absolute realtime deadline 20 ms ahead
    subs[0] = clock_sub(7, __WASI_CLOCKID_REALTIME, now(__WASI_CLOCKID_REALTIME) + 20000000, 1);
    t0 = now(__WASI_CLOCKID_MONOTONIC);
    r = __wasi_poll_oneoff(subs, ev, 1, &n);
    t1 = now(__WASI_CLOCKID_MONOTONIC);
    printf("abstime=%d events=%lu userdata=%llu waited=%d\n", r, n, (unsigned long long) ev[0].userdata, t1 - t0 >= 15000000);
    // stdout is writable at once, before a long timeout
    subs[0] = clock_sub(1, __WASI_CLOCKID_MONOTONIC, 10000000000ULL, 0);
    subs[1] = fd_sub(2, __WASI_EVENTTYPE_FD_WRITE, 1);
    r = __wasi_poll_oneoff(subs, ev, 2, &n);
    printf("writable=%d events=%lu userdata=%llu type=%u\n", r, n, (unsigned long long) ev[0].userdata, ev[0].type);
    // standard input has data (the test provides it)
    subs[0] = clock_sub(1, __WASI_CLOCKID_MONOTONIC, 10000000000ULL, 0);
    subs[1] = fd_sub(3, __WASI_EVENTTYPE_FD_READ, 0);
    r = __wasi_poll_oneoff(subs, ev, 2, &n);
    printf("stdin=%d events=%lu userdata=%llu nbytes=%llu\n", r, n, (unsigned long long) ev[0].userdata, (unsigned long long) ev[0].fd_readwrite.nbytes);
    // drain it; then a read subscription reports the end of input as a hangup
    char buf[64];
    __wasi_iovec_t iov = {(uint8_t *) buf, sizeof buf};
    __wasi_size_t got;
    (void) __wasi_fd_read(0, &iov, 1, &got);
    printf("read=%.*s\n", (int) got, buf);
    subs[0] = fd_sub(9, __WASI_EVENTTYPE_FD_READ, 0);
    r = __wasi_poll_oneoff(subs, ev, 1, &n);
    printf("eof=%d events=%lu hangup=%d\n", r, n, ev[0].fd_readwrite.flags & __WASI_EVENTRWFLAGS_FD_READWRITE_HANGUP);
    // errors are reported per event
    subs[0] = fd_sub(5, __WASI_EVENTTYPE_FD_READ, 99);
    subs[1] = clock_sub(6, 77, 0, 0);
    r = __wasi_poll_oneoff(subs, ev, 2, &n);
    printf("errors=%d events=%lu first=%u second=%u\n", r, n, ev[0].error, ev[1].error);
    printf("none=%d\n", __wasi_poll_oneoff(subs, ev, 0, &n));
    return 0;
}
