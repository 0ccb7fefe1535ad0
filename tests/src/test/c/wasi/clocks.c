// Clocks, sleeping and random bytes.
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <wasi/api.h>

static long long ns(struct timespec t) {
    return (long long) t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(void) {
    struct timespec t0, t1, real, res;
    clock_gettime(CLOCK_REALTIME, &real);
    printf("realtime_s=%lld\n", (long long) real.tv_sec);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    struct timespec delay = {0, 50 * 1000 * 1000};
    int slept = nanosleep(&delay, NULL);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    long long elapsed = ns(t1) - ns(t0);
    printf("nanosleep=%d\n", slept);
    printf("slept_enough=%d\n", elapsed >= 50000000LL);
    printf("slept_not_too_long=%d\n", elapsed < 5000000000LL);
    printf("monotonic_res=%d\n", clock_getres(CLOCK_MONOTONIC, &res) == 0 && ns(res) > 0);
    struct timespec cpu;
    printf("process_cputime=%d\n", clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu) == 0 && ns(cpu) > 0);
    printf("thread_cputime=%d\n", clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu) == 0 && ns(cpu) > 0);
    __wasi_timestamp_t ts;
    printf("bad_clock=%d\n", __wasi_clock_time_get(99, 1, &ts));
    printf("bad_clock_res=%d\n", __wasi_clock_res_get(99, &ts));
    unsigned char a[64], b[64];
    memset(a, 0, sizeof a);
    memset(b, 0, sizeof b);
    printf("getentropy=%d\n", getentropy(a, sizeof a));
    printf("random_get=%d\n", __wasi_random_get(b, sizeof b));
    int zeros = 0;
    for (int i = 0; i < 64; i++) {
        zeros += a[i] == 0;
    }
    printf("random_not_zero=%d\n", zeros < 16);
    printf("random_differs=%d\n", memcmp(a, b, sizeof a) != 0);
    static unsigned char big[200000];
    printf("random_big=%d\n", __wasi_random_get(big, sizeof big));
    printf("random_fault=%d\n", __wasi_random_get((uint8_t *) 0xFFFFFFF0u, 64));
    return 0;
}
