/*
 * A deliberately racy program: threads append their id to a shared log with no lock, and print
 * as they go. Its output depends on the interleaving, so it shows what the deterministic
 * scheduler fixes: the same seed, the same output.
 */
#include "pthread.h"

#define THREADS 4
#define APPENDS 30

static char log_text[THREADS * APPENDS + 1];
static int length;

static void *appender(void *arg) {
    char id = (char) ('a' + (long) arg);
    for (int i = 0; i < APPENDS; i++) {
        int at = length; /* read, then write: appends race */
        for (volatile int spin = 0; spin < (i * 7 + id) % 13; spin++) {
        }
        log_text[at] = id;
        length = at + 1;
        if (i % 10 == 0) {
            wr_printf("%c%d ", id, i);
        }
    }
    return NULL;
}

int main(void) {
    pthread_t threads[THREADS];
    for (long i = 0; i < THREADS; i++) {
        pthread_create(&threads[i], NULL, appender, (void *) i);
    }
    for (int i = 0; i < THREADS; i++) {
        pthread_join(threads[i], NULL);
    }
    wr_printf("\nlength=%d\nlog=%s\n", length, log_text);
    return 0;
}
