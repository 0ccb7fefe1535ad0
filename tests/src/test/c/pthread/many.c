/* 1,000 threads alive at once: each waits at a gate until all have started, then reports in. */
#include "pthread.h"

#include <stdint.h>

#define THREADS 1000

static int started;
static int gate;
static int finished;

static void *worker(void *arg) {
    __atomic_fetch_add(&started, 1, __ATOMIC_SEQ_CST);
    while (__atomic_load_n(&gate, __ATOMIC_SEQ_CST) == 0) {
        __builtin_wasm_memory_atomic_wait32(&gate, 0, -1);
    }
    __atomic_fetch_add(&finished, 1, __ATOMIC_SEQ_CST);
    return (void *) ((long) arg * 2);
}

int main(void) {
    static pthread_t threads[THREADS];
    for (long i = 0; i < THREADS; i++) {
        if (pthread_create(&threads[i], NULL, worker, (void *) i) != 0) {
            wr_printf("pthread_create %ld failed\n", i);
            return 2;
        }
    }
    /* let them all start and block at the gate: the wait lets the scheduler run them */
    int now;
    while ((now = __atomic_load_n(&started, __ATOMIC_SEQ_CST)) < THREADS) {
        __builtin_wasm_memory_atomic_wait32(&started, now, 1000000);
    }
    wr_printf("started=%d\n", now);
    __atomic_store_n(&gate, 1, __ATOMIC_SEQ_CST);
    __builtin_wasm_memory_atomic_notify(&gate, UINT32_MAX);
    long sum = 0;
    for (int i = 0; i < THREADS; i++) {
        void *result;
        pthread_join(threads[i], &result);
        sum += (long) result;
    }
    wr_printf("finished=%d\n", finished);
    wr_printf("sum=%ld\n", sum);
    return sum == (long) THREADS * (THREADS - 1) ? 0 : 1;
}
