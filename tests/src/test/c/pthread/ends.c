/*
 * One thread ends the whole program while the main thread waits in pthread_join:
 * with END=trap in the environment it runs unreachable, otherwise it calls exit(7).
 */
#include "pthread.h"

#include <stdlib.h>
#include <string.h>

static int how_trap;

static void *ender(void *arg) {
    (void) arg;
    wr_printf("ending\n");
    if (how_trap) {
        __builtin_trap();
    }
    exit(7);
}

static void *sleeper(void *arg) {
    static int never;
    (void) arg;
    __builtin_wasm_memory_atomic_wait32(&never, 0, -1);
    return NULL;
}

int main(void) {
    const char *end = getenv("END");
    how_trap = end != NULL && strcmp(end, "trap") == 0;
    pthread_t a, b;
    pthread_create(&a, NULL, sleeper, NULL);
    pthread_create(&b, NULL, ender, NULL);
    pthread_join(a, NULL);
    wr_printf("not reached\n");
    return 0;
}
