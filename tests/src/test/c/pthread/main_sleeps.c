/*
 * The main thread sleeps (nanosleep, that is poll_oneoff) while a thread counts with
 * sched_yield: main runs outside any green thread, so its sleep must still let the others run.
 * Usage: main_sleeps MILLISECONDS.
 */
#include <stdlib.h>
#include <time.h>
#include <sched.h>
#include "pthread.h"

#define STEPS 100

static volatile int counter;

static void *count(void *arg) {
    (void) arg;
    for (int i = 0; i < STEPS; i++) {
        counter = counter + 1;
        sched_yield();
    }
    return NULL;
}

int main(int argc, char **argv) {
    long ms = argc > 1 ? atol(argv[1]) : 50;
    pthread_t worker;
    pthread_create(&worker, NULL, count, NULL);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int before = counter;
    struct timespec delay = {ms / 1000, (ms % 1000) * 1000000L};
    int slept = nanosleep(&delay, NULL);
    int after = counter;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    pthread_join(worker, NULL);
    long long elapsed = (long long) (t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec);
    wr_printf("nanosleep=%d\ncounted_while_main_slept=%d\nslept_enough=%d\ncounter=%d\n", slept, after - before, elapsed >= ms * 1000000LL, counter);
    return 0;
}
