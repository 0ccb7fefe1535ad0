/*
 * A small pthread-compatible layer for the tests: Debian's wasi-libc has no threads build, so
 * create/join, mutexes and condition variables are built here over the wasi-threads import
 * `wasi` `thread-spawn`, C11 atomics and the wasm wait/notify instructions. Types are musl's
 * (from <sys/types.h>); only what the tests need is implemented.
 *
 * libc itself is not thread-safe here (it was built without atomics): wrap malloc/free and
 * stdio in wr_libc_lock()/wr_libc_unlock(), or use wr_printf, which does.
 *
 * Link with: -nostartfiles (and call wr_start(main) from _start, see wr_main.c),
 * -Wl,--shared-memory,--import-memory,--export=wasi_thread_start,--no-check-features.
 */
#ifndef WR_PTHREAD_H
#define WR_PTHREAD_H

#include <stddef.h>
#include <sys/types.h>

#define PTHREAD_MUTEX_INITIALIZER {{{0}}}
#define PTHREAD_COND_INITIALIZER {{{0}}}

int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*start)(void *), void *arg);
int pthread_join(pthread_t thread, void **result);
pthread_t pthread_self(void);

int pthread_mutex_init(pthread_mutex_t *mutex, const pthread_mutexattr_t *attr);
int pthread_mutex_lock(pthread_mutex_t *mutex);
int pthread_mutex_trylock(pthread_mutex_t *mutex);
int pthread_mutex_unlock(pthread_mutex_t *mutex);
int pthread_mutex_destroy(pthread_mutex_t *mutex);

int pthread_cond_init(pthread_cond_t *cond, const pthread_condattr_t *attr);
int pthread_cond_wait(pthread_cond_t *cond, pthread_mutex_t *mutex);
int pthread_cond_signal(pthread_cond_t *cond);
int pthread_cond_broadcast(pthread_cond_t *cond);
int pthread_cond_destroy(pthread_cond_t *cond);

/* The lock around libc (malloc, stdio), which is not thread-safe in this build. */
void wr_libc_lock(void);
void wr_libc_unlock(void);
/* printf under the libc lock, flushed at once so output order is the order of the calls. */
int wr_printf(const char *format, ...) __attribute__((format(printf, 1, 2)));

#endif
