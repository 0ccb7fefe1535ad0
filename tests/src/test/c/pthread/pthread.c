/*
 * The pthread-compatible layer of pthread.h over wasi-threads. Every blocking operation waits
 * with memory.atomic.wait32 and wakes with memory.atomic.notify: on Wasmroutines these park and
 * unpark green threads, and even the main thread (which a host runs outside any green thread)
 * lets the others run while it waits. Nothing here spins.
 */
#include "pthread.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define WR_STACK_SIZE (16 * 1024)

/* The wasi-threads import: a new instance runs wasi_thread_start(tid, arg); a negative result is an error. */
__attribute__((import_module("wasi"), import_name("thread-spawn")))
int32_t __wasi_thread_spawn(void *start_arg);

struct __pthread {
    uint32_t stack_top; /* offset 0: read by wasi_thread_start (thread_start.s) */
    void *(*start)(void *);
    void *arg;
    void *result;
    int done; /* 0 while running, 1 once start has returned: pthread_join waits on it */
    int tid;
    void *stack;
};

static pthread_mutex_t libc_mutex = PTHREAD_MUTEX_INITIALIZER;

void wr_libc_lock(void) {
    pthread_mutex_lock(&libc_mutex);
}

void wr_libc_unlock(void) {
    pthread_mutex_unlock(&libc_mutex);
}

int wr_printf(const char *format, ...) {
    va_list args;
    va_start(args, format);
    wr_libc_lock();
    int n = vprintf(format, args);
    fflush(stdout);
    wr_libc_unlock();
    va_end(args);
    return n;
}

/* Called by wasi_thread_start on the new thread's own stack. */
void __wr_thread_main(int tid, struct __pthread *self) {
    self->tid = tid;
    self->result = self->start(self->arg);
    __atomic_store_n(&self->done, 1, __ATOMIC_SEQ_CST);
    __builtin_wasm_memory_atomic_notify(&self->done, UINT32_MAX);
}

int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*start)(void *), void *arg) {
    (void) attr;
    wr_libc_lock();
    struct __pthread *t = calloc(1, sizeof *t);
    char *stack = malloc(WR_STACK_SIZE);
    wr_libc_unlock();
    if (t == NULL || stack == NULL) {
        wr_libc_lock();
        free(t);
        free(stack);
        wr_libc_unlock();
        return EAGAIN;
    }
    t->stack = stack;
    t->stack_top = ((uintptr_t) stack + WR_STACK_SIZE) & ~(uintptr_t) 15;
    t->start = start;
    t->arg = arg;
    int tid = __wasi_thread_spawn(t);
    if (tid < 0) {
        wr_libc_lock();
        free(stack);
        free(t);
        wr_libc_unlock();
        return EAGAIN;
    }
    t->tid = tid;
    *thread = t;
    return 0;
}

int pthread_join(pthread_t t, void **result) {
    while (__atomic_load_n(&t->done, __ATOMIC_SEQ_CST) == 0) {
        __builtin_wasm_memory_atomic_wait32(&t->done, 0, -1);
    }
    if (result != NULL) {
        *result = t->result;
    }
    wr_libc_lock();
    free(t->stack);
    free(t);
    wr_libc_unlock();
    return 0;
}

/* Mutex: Drepper's three-state futex lock on the first word (0 free, 1 locked, 2 locked with waiters). */
static int *mutex_word(pthread_mutex_t *m) {
    return (int *) &m->__u.__vi[0];
}

int pthread_mutex_init(pthread_mutex_t *m, const pthread_mutexattr_t *attr) {
    (void) attr;
    __atomic_store_n(mutex_word(m), 0, __ATOMIC_SEQ_CST);
    return 0;
}

int pthread_mutex_trylock(pthread_mutex_t *m) {
    int expected = 0;
    return __atomic_compare_exchange_n(mutex_word(m), &expected, 1, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST) ? 0 : EBUSY;
}

/* Takes the lock marking it contended: right after a wait, others may be queued behind us. */
static void lock_contended(int *word) {
    while (__atomic_exchange_n(word, 2, __ATOMIC_SEQ_CST) != 0) {
        __builtin_wasm_memory_atomic_wait32(word, 2, -1);
    }
}

int pthread_mutex_lock(pthread_mutex_t *m) {
    if (pthread_mutex_trylock(m) == 0) {
        return 0;
    }
    lock_contended(mutex_word(m));
    return 0;
}

int pthread_mutex_unlock(pthread_mutex_t *m) {
    int *word = mutex_word(m);
    if (__atomic_fetch_sub(word, 1, __ATOMIC_SEQ_CST) != 1) {
        __atomic_store_n(word, 0, __ATOMIC_SEQ_CST);
        __builtin_wasm_memory_atomic_notify(word, 1);
    }
    return 0;
}

int pthread_mutex_destroy(pthread_mutex_t *m) {
    (void) m;
    return 0;
}

/* Condition variable: a sequence number bumped by every signal; waiters wait for it to change. */
static int *cond_word(pthread_cond_t *c) {
    return (int *) &c->__u.__vi[0];
}

int pthread_cond_init(pthread_cond_t *c, const pthread_condattr_t *attr) {
    (void) attr;
    __atomic_store_n(cond_word(c), 0, __ATOMIC_SEQ_CST);
    return 0;
}

int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m) {
    int *seq = cond_word(c);
    int seen = __atomic_load_n(seq, __ATOMIC_SEQ_CST);
    pthread_mutex_unlock(m);
    __builtin_wasm_memory_atomic_wait32(seq, seen, -1);
    lock_contended(mutex_word(m));
    return 0;
}

int pthread_cond_signal(pthread_cond_t *c) {
    __atomic_fetch_add(cond_word(c), 1, __ATOMIC_SEQ_CST);
    __builtin_wasm_memory_atomic_notify(cond_word(c), 1);
    return 0;
}

int pthread_cond_broadcast(pthread_cond_t *c) {
    __atomic_fetch_add(cond_word(c), 1, __ATOMIC_SEQ_CST);
    __builtin_wasm_memory_atomic_notify(cond_word(c), UINT32_MAX);
    return 0;
}

int pthread_cond_destroy(pthread_cond_t *c) {
    (void) c;
    return 0;
}

/*
 * The command's entry point (linked with -nostartfiles): wasm-ld would otherwise wrap every
 * export, wasi_thread_start too, in constructor and destructor calls. Constructors run once,
 * here on the main thread; new thread instances skip them.
 */
void __wasm_call_ctors(void);
/* libc's: reads argv from WASI and calls main, whichever of main(void) and main(argc, argv) the program has */
int __main_void(void);

void _start(void) {
    __wasm_call_ctors();
    int status = __main_void();
    if (status != 0) {
        exit(status);
    }
    fflush(stdout);
}
