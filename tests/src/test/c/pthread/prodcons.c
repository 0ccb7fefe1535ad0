/* Producers and consumers over a bounded buffer guarded by a mutex and two condition variables. */
#include "pthread.h"

#define PRODUCERS 3
#define CONSUMERS 2
#define ITEMS 500 /* per producer */
#define SLOTS 4

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER;
static pthread_cond_t not_empty = PTHREAD_COND_INITIALIZER;
static int buffer[SLOTS];
static int head, count, producers_left = PRODUCERS;

static void *producer(void *arg) {
    int base = (int) (long) arg * ITEMS;
    for (int i = 1; i <= ITEMS; i++) {
        pthread_mutex_lock(&mutex);
        while (count == SLOTS) {
            pthread_cond_wait(&not_full, &mutex);
        }
        buffer[(head + count) % SLOTS] = base + i;
        count++;
        pthread_cond_signal(&not_empty);
        pthread_mutex_unlock(&mutex);
    }
    pthread_mutex_lock(&mutex);
    producers_left--;
    pthread_cond_broadcast(&not_empty);
    pthread_mutex_unlock(&mutex);
    return NULL;
}

static void *consumer(void *arg) {
    (void) arg;
    long sum = 0;
    for (;;) {
        pthread_mutex_lock(&mutex);
        while (count == 0 && producers_left > 0) {
            pthread_cond_wait(&not_empty, &mutex);
        }
        if (count == 0) {
            pthread_mutex_unlock(&mutex);
            return (void *) sum;
        }
        int item = buffer[head];
        head = (head + 1) % SLOTS;
        count--;
        pthread_cond_signal(&not_full);
        pthread_mutex_unlock(&mutex);
        sum += item;
    }
}

int main(void) {
    pthread_t producers[PRODUCERS], consumers[CONSUMERS];
    for (long i = 0; i < CONSUMERS; i++) {
        pthread_create(&consumers[i], NULL, consumer, NULL);
    }
    for (long i = 0; i < PRODUCERS; i++) {
        pthread_create(&producers[i], NULL, producer, (void *) i);
    }
    for (int i = 0; i < PRODUCERS; i++) {
        pthread_join(producers[i], NULL);
    }
    long total = 0;
    for (int i = 0; i < CONSUMERS; i++) {
        void *sum;
        pthread_join(consumers[i], &sum);
        total += (long) sum;
    }
    long n = (long) PRODUCERS * ITEMS;
    wr_printf("consumed=%ld\n", total);
    wr_printf("expected=%ld\n", n * (n + 1) / 2);
    return total == n * (n + 1) / 2 ? 0 : 1;
}
