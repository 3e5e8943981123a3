/* SPDX-License-Identifier: MPL-2.0 */
/* ctl-stress: TAP test of the context registry under concurrent
 * registration, unregistration, logging and daemon updates (libdlt-ng).
 *
 * A "daemon" thread writes LOG_LEVEL and INJECTION messages (and some
 * garbage) into the app's own FIFO, dltpipes/dlt<pid> in a private
 * DLT_PIPE_DIR, for positions across several registry chunks, while
 * registrar threads register contexts (with callbacks), log through them and
 * unregister them, and logger threads log through permanent contexts.
 * Checks:
 *   1. it all runs to the end (under ASan/TSan in check-sanitize: no race,
 *      no use-after-free of a level byte);
 *   2. no lost update: after the storm, one last level per permanent context
 *      is written and every context ends at exactly that level;
 *   3. a copy of an unregistered handle still points to a valid byte, and
 *      the daemon's updates never reach it (it stays OFF);
 *   4. the logging threads never took a pthread mutex while logging
 *      (pthread_mutex_lock is interposed; skipped in sanitizer builds,
 *      whose runtimes interpose it themselves). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <dlt.h>

#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
#define COUNT_LOCKS 0
#else
#define COUNT_LOCKS 1
#endif

enum { NLOGGERS = 2, NREGISTRARS = 2, ROUNDS = 300, PERMANENT = 4, MAXPOS = 1200 };

static int stop_all;             /* __atomic */
static long llccb_calls;         /* __atomic */
static long injection_calls;     /* __atomic */
static long lock_calls_logging;  /* __atomic: mutex locks while a logger logs */
static long lock_calls_total;    /* __atomic: all of them (the interposer works) */
static int32_t live_pos[NREGISTRARS]; /* __atomic: a registrar's current context */
static __thread int in_logging;  /* this thread is inside a logging call */
static DltContext permanent[PERMANENT];
static int stale_bad;            /* __atomic: unregistered copies that changed */

#if COUNT_LOCKS
/* Every pthread_mutex_lock the library makes goes through here. */
int pthread_mutex_lock(pthread_mutex_t *m)
{
    static int (*real)(pthread_mutex_t *);
    if (!real)
        real = (int (*)(pthread_mutex_t *))dlsym(RTLD_NEXT, "pthread_mutex_lock");
    __atomic_fetch_add(&lock_calls_total, 1, __ATOMIC_RELAXED);
    if (in_logging)
        __atomic_fetch_add(&lock_calls_logging, 1, __ATOMIC_RELAXED);
    return real(m);
}
#endif

static void llcb(char id[DLT_ID_SIZE], uint8_t ll, uint8_t ts)
{
    (void)id, (void)ll, (void)ts;
    __atomic_fetch_add(&llccb_calls, 1, __ATOMIC_RELAXED);
}

static int inj(uint32_t sid, void *data, uint32_t len)
{
    (void)sid, (void)data, (void)len;
    __atomic_fetch_add(&injection_calls, 1, __ATOMIC_RELAXED);
    return 0;
}

static int running(void) { return !__atomic_load_n(&stop_all, __ATOMIC_RELAXED); }

static void log_once(DltContext *c, int i)
{
    DltContextData d;
    in_logging = 1;
    if (dlt_user_log_write_start(c, &d, DLT_LOG_INFO) > 0) {
        dlt_user_log_write_string(&d, "stress");
        dlt_user_log_write_int(&d, i);
        dlt_user_log_write_finish(&d);
    }
    dlt_log_string(c, DLT_LOG_WARN, "stress warn");
    in_logging = 0;
}

static void *logger(void *arg)
{
    DltContext *c = &permanent[(intptr_t)arg];
    for (int i = 0; running(); ++i) {
        log_once(c, i);
        (void)__atomic_load_n(c->log_level_ptr, __ATOMIC_RELAXED); /* what apps do inline */
    }
    return NULL;
}

static void *registrar(void *arg)
{
    const int me = (int)(intptr_t)arg;
    for (int r = 0; r < ROUNDS && running(); ++r) {
        char id[5];
        DltContext c;
        snprintf(id, sizeof id, "R%d%02d", me, r % 100);
        if (dlt_register_context_llccb(&c, id, "transient", llcb) != DLT_RETURN_OK)
            continue;
        dlt_register_injection_callback(&c, 0x1000, inj);
        __atomic_store_n(&live_pos[me], c.log_level_pos, __ATOMIC_RELAXED);
        for (int i = 0; i < 3; ++i) {
            log_once(&c, i);
            const struct timespec nap = {0, 100000}; /* alive long enough to be hit */
            nanosleep(&nap, NULL);
        }
        const DltContext copy = c;
        dlt_unregister_context(&c);
        /* The byte stays valid and off: no update reaches a dead context. */
        for (int i = 0; i < 20; ++i)
            if (__atomic_load_n(copy.log_level_ptr, __ATOMIC_RELAXED) != 0)
                __atomic_store_n(&stale_bad, 1, __ATOMIC_RELAXED);
        log_once((DltContext *)&copy, r); /* logging through a stale copy is harmless */
    }
    return NULL;
}

static int fifo_fd = -1;

static void put(const void *a, size_t alen, const void *b, size_t blen)
{
    unsigned char msg[64];
    memcpy(msg, a, alen);
    memcpy(msg + alen, b, blen);
    while (write(fifo_fd, msg, alen + blen) < 0 && errno == EAGAIN) {
        const struct timespec nap = {0, 200000};
        nanosleep(&nap, NULL); /* the FIFO is full: let the worker catch up */
    }
}

static void send_level(int32_t pos, uint8_t ll, uint8_t ts)
{
    unsigned char hdr[8] = {'D', 'U', 'H', 1, 6, 0, 0, 0};
    unsigned char body[6] = {ll, ts};
    memcpy(body + 2, &pos, 4);
    put(hdr, 8, body, 6);
}

static void send_injection(int32_t pos)
{
    unsigned char hdr[8] = {'D', 'U', 'H', 1, 7, 0, 0, 0};
    unsigned char body[16];
    const uint32_t sid = 0x1000, len = 4;
    memcpy(body, &pos, 4);
    memcpy(body + 4, &sid, 4);
    memcpy(body + 8, &len, 4);
    memcpy(body + 12, "data", 4);
    put(hdr, 8, body, 16);
}

static void *daemon_thread(void *arg)
{
    unsigned seed = 42;
    long *sent = arg;
    while (running()) {
        /* Mostly contexts that are alive right now, sometimes any position. */
        int32_t pos;
        switch (rand_r(&seed) % 4) {
        case 0: pos = (int32_t)(rand_r(&seed) % MAXPOS); break;
        case 1: pos = permanent[rand_r(&seed) % PERMANENT].log_level_pos; break;
        default: pos = __atomic_load_n(&live_pos[rand_r(&seed) % NREGISTRARS], __ATOMIC_RELAXED);
        }
        switch (rand_r(&seed) % 8) {
        case 0: send_injection(pos); break;
        case 1: put("DUH\1\x63\0\0\0", 8, "zz", 2); break; /* unknown type */
        default: send_level(pos, (uint8_t)(rand_r(&seed) % 7), (uint8_t)(rand_r(&seed) % 2));
        }
        ++*sent;
    }
    return NULL;
}

int main(void)
{
    char dir[] = "/tmp/ctl-stress.XXXXXX";
    if (!mkdtemp(dir)) {
        printf("Bail out! mkdtemp\n");
        return 1;
    }
    setenv("DLT_PIPE_DIR", dir, 1); /* no daemon there: messages stay queued */
    printf("1..4\n");
    if (dlt_register_app("STRS", "registry stress") != DLT_RETURN_OK) {
        printf("Bail out! dlt_register_app\n");
        return 1;
    }
    for (int i = 0; i < PERMANENT; ++i) {
        char id[5];
        snprintf(id, sizeof id, "P%03d", i);
        dlt_register_context_llccb(&permanent[i], id, "permanent", llcb);
    }
    char path[256];
    snprintf(path, sizeof path, "%s/dltpipes/dlt%d", dir, (int)getpid());
    fifo_fd = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (fifo_fd < 0) {
        printf("Bail out! cannot open %s\n", path);
        return 1;
    }

    pthread_t d, lg[NLOGGERS], rg[NREGISTRARS];
    long sent = 0;
    pthread_create(&d, NULL, daemon_thread, &sent);
    for (intptr_t i = 0; i < NLOGGERS; ++i)
        pthread_create(&lg[i], NULL, logger, (void *)(i % PERMANENT));
    for (intptr_t i = 0; i < NREGISTRARS; ++i)
        pthread_create(&rg[i], NULL, registrar, (void *)i);
    for (int i = 0; i < NREGISTRARS; ++i)
        pthread_join(rg[i], NULL);
    __atomic_store_n(&stop_all, 1, __ATOMIC_RELAXED);
    pthread_join(d, NULL);
    for (int i = 0; i < NLOGGERS; ++i)
        pthread_join(lg[i], NULL);
    printf("ok 1 - %d registrars x %d rounds, %d loggers and %ld daemon messages ran to the end\n",
           NREGISTRARS, ROUNDS, NLOGGERS, sent);
    printf("# llccb calls %ld, injection calls %ld\n",
           __atomic_load_n(&llccb_calls, __ATOMIC_RELAXED),
           __atomic_load_n(&injection_calls, __ATOMIC_RELAXED));

    /* The last word wins: one final level per permanent context. */
    for (int i = 0; i < PERMANENT; ++i)
        send_level(permanent[i].log_level_pos, (uint8_t)(1 + i), 1);
    int settled = 0;
    for (int t = 0; t < 10000 && !settled; ++t) {
        settled = 1;
        for (int i = 0; i < PERMANENT; ++i)
            if (__atomic_load_n(permanent[i].log_level_ptr, __ATOMIC_RELAXED) != 1 + i ||
                __atomic_load_n(permanent[i].trace_status_ptr, __ATOMIC_RELAXED) != 1)
                settled = 0;
        if (!settled) {
            const struct timespec nap = {0, 1000000};
            nanosleep(&nap, NULL);
        }
    }
    printf("%s 2 - no lost update: every permanent context ends at the last level sent\n",
           settled ? "ok" : "not ok");
    printf("%s 3 - unregistered handles keep a valid byte that no update reaches\n",
           __atomic_load_n(&stale_bad, __ATOMIC_RELAXED) ? "not ok" : "ok");
#if COUNT_LOCKS
    const long locks = __atomic_load_n(&lock_calls_logging, __ATOMIC_RELAXED);
    const long total = __atomic_load_n(&lock_calls_total, __ATOMIC_RELAXED);
    /* total > 0 shows the interposer sees the library's locks at all. */
    printf("%s 4 - logging threads took no mutex while logging (%ld taken; %ld elsewhere)\n",
           locks == 0 && total > 0 ? "ok" : "not ok", locks, total);
#else
    printf("ok 4 # SKIP the sanitizer runtime interposes pthread_mutex_lock itself\n");
#endif
    close(fifo_fd);
    for (int i = 0; i < PERMANENT; ++i)
        dlt_unregister_context(&permanent[i]);
    dlt_unregister_app();
    dlt_free();
    unlink(path); /* normally gone already: dlt_free removes it */
    char pipes[256];
    snprintf(pipes, sizeof pipes, "%s/dltpipes", dir);
    rmdir(pipes);
    rmdir(dir);
    return settled && !__atomic_load_n(&stale_bad, __ATOMIC_RELAXED) ? 0 : 1;
}
