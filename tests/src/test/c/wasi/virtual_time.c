// Under the deterministic scheduler: seeded random_get, virtual clocks, a 10-minute sleep that
// takes no real time. Everything printed depends only on the seed.
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include <wasi/api.h>

static long long ns(struct timespec t) {
    return (long long) t.tv_sec * 1000000000LL + t.tv_nsec;
}

static void print_random(const char *name) {
    unsigned char bytes[16];
    int err = __wasi_random_get(bytes, sizeof bytes);
    printf("%s=", name);
    for (int i = 0; i < 16; i++) {
        printf("%02x", bytes[i]);
    }
    printf(" (errno %d)\n", err);
}

int main(void) {
    print_random("random_before");
    struct timespec m0, m1, r0, r1, cpu;
    clock_gettime(CLOCK_MONOTONIC, &m0);
    clock_gettime(CLOCK_REALTIME, &r0);
    printf("monotonic_start_ns=%lld\n", ns(m0));
    printf("realtime_start_ns=%lld\n", ns(r0));
    unsigned left = sleep(600);
    clock_gettime(CLOCK_MONOTONIC, &m1);
    clock_gettime(CLOCK_REALTIME, &r1);
    printf("sleep_left=%u\n", left);
    printf("monotonic_slept_ns=%lld\n", ns(m1) - ns(m0));
    printf("realtime_slept_ns=%lld\n", ns(r1) - ns(r0));
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    printf("cputime_ns=%lld\n", ns(cpu));
    print_random("random_after");
    return 0;
}
