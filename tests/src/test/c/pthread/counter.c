/* N threads each add to a shared counter under a mutex; the total shows no update was lost. */
#include "pthread.h"

#define THREADS 8
#define ADDS 2000

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void *adder(void *arg) {
    for (int i = 0; i < ADDS; i++) {
        pthread_mutex_lock(&mutex);
        long seen = counter;
        counter = seen + 1;
        pthread_mutex_unlock(&mutex);
    }
    wr_printf("thread %d done\n", (int) (long) arg);
    return arg;
}

int main(void) {
    pthread_t threads[THREADS];
    for (long i = 0; i < THREADS; i++) {
        if (pthread_create(&threads[i], NULL, adder, (void *) i) != 0) {
            wr_printf("pthread_create failed\n");
            return 2;
        }
    }
    long sum = 0;
    for (int i = 0; i < THREADS; i++) {
        void *result;
        pthread_join(threads[i], &result);
        sum += (long) result;
    }
    wr_printf("counter=%ld\n", counter);
    wr_printf("results=%ld\n", sum);
    return counter == THREADS * ADDS ? 0 : 1;
}
