/*
 * Threads on green threads: a parallel sum over a shared array with pthreads (wasi-threads).
 * Each worker sums its slice and adds it to the total under a mutex; the main thread joins them.
 * Debian's wasi-libc has no pthreads, so this links the small layer of the tests
 * (tests/src/test/c/pthread: pthread.h, pthread.c, thread_start.s):
 *
 *   P=tests/src/test/c/pthread
 *   clang --target=wasm32-wasi -O2 -matomics -mbulk-memory -nostartfiles -I$P \
 *       examples/c/threads.c $P/pthread.c $P/thread_start.s -o /tmp/threads.wasm \
 *       -Wl,--shared-memory,--import-memory,--initial-memory=1048576,--max-memory=67108864 \
 *       -Wl,--export=wasi_thread_start,--no-check-features
 *   bin/wasmroutines /tmp/threads.wasm 8
 *   bin/wasmroutines --scheduler=deterministic --seed=3 /tmp/threads.wasm 8   # same seed, same output
 */
#include "pthread.h"

#include <stdlib.h>

#define N 100000
#define MAX_THREADS 64

static int numbers[N];
static long long total;
static pthread_mutex_t total_lock = PTHREAD_MUTEX_INITIALIZER;

struct slice {
    int id, from, to;
};

static void *sum_slice(void *arg) {
    struct slice *s = arg;
    long long sum = 0;
    for (int i = s->from; i < s->to; i++) {
        sum += numbers[i];
    }
    pthread_mutex_lock(&total_lock);
    total += sum;
    pthread_mutex_unlock(&total_lock);
    wr_printf("worker %d summed [%d, %d): %lld\n", s->id, s->from, s->to, sum);
    return NULL;
}

int main(int argc, char **argv) {
    int threads = argc > 1 ? atoi(argv[1]) : 4;
    if (threads < 1 || threads > MAX_THREADS) {
        wr_printf("usage: threads [1..%d]\n", MAX_THREADS);
        return 2;
    }
    for (int i = 0; i < N; i++) {
        numbers[i] = i + 1;
    }
    pthread_t ids[MAX_THREADS];
    struct slice slices[MAX_THREADS];
    for (int t = 0; t < threads; t++) {
        slices[t] = (struct slice){t, (int) ((long long) N * t / threads), (int) ((long long) N * (t + 1) / threads)};
        if (pthread_create(&ids[t], NULL, sum_slice, &slices[t]) != 0) {
            wr_printf("pthread_create failed\n");
            return 1;
        }
    }
    for (int t = 0; t < threads; t++) {
        pthread_join(ids[t], NULL);
    }
    wr_printf("total %lld (expected %lld)\n", total, (long long) N * (N + 1) / 2);
    return total == (long long) N * (N + 1) / 2 ? 0 : 1;
}
