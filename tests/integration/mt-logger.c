/* SPDX-License-Identifier: MPL-2.0 */
/* mt-logger: multi-threaded libdlt client whose set of message payloads is identical across runs. */

/*
 * Usage: mt-logger [-t THREADS] [-n MESSAGES_PER_THREAD] [-w]
 *   -t T   number of logging threads (default 4)
 *   -n N   messages per thread (default 250)
 *   -w     do not call dlt_free(); rely on process exit (the library's atexit handler)
 *
 * Registers app MTLG with contexts CTX1 and CTX2.  Thread t, message i (0 <= i < N):
 *   context = CTX1 if (t + i) is even, else CTX2; level INFO; kind = i % 3:
 *     0: dlt_user_log_write_start + _string + _uint32 + _int32 + _finish   (noar 3)
 *     1: dlt_log_string                                                  (noar 1)
 *     2: DLT_LOG(ctx, DLT_LOG_INFO, DLT_STRING, DLT_UINT32, DLT_INT32)    (noar 3)
 *   string = "thread <t> msg <i>", uint32 = t * 1000000 + i, int32 = -i.
 * So T*N log messages with a deterministic multiset of (ctid, msin, noar, payload).
 *
 * Prints nothing on success.  Every API return value that is not the expected one
 * (DLT_RETURN_TRUE for write_start, DLT_RETURN_OK otherwise) is counted; if any,
 * the count is printed on stderr and the exit status is 1.
 */

#include <dlt.h>

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static DltContext ctx1;
static DltContext ctx2;
static int n_messages = 250;
static pthread_barrier_t start_barrier;

/* Number of unexpected return values, all threads. */
static unsigned long failures;
static pthread_mutex_t failures_lock = PTHREAD_MUTEX_INITIALIZER;

static void fail(const char *what, int thread, int index, int ret)
{
    pthread_mutex_lock(&failures_lock);
    /* Report the first few in detail, then only count. */
    if (failures < 10)
        fprintf(stderr, "mt-logger: %s returned %d (thread %d, msg %d)\n", what, ret, thread, index);
    failures++;
    pthread_mutex_unlock(&failures_lock);
}

static void check(const char *what, int thread, int index, DltReturnValue ret, DltReturnValue want)
{
    if (ret != want)
        fail(what, thread, index, (int)ret);
}

struct thread_arg {
    int thread;
};

static void *logger_thread(void *p)
{
    const struct thread_arg *arg = p;
    const int t = arg->thread;
    char text[64];
    int i;

    pthread_barrier_wait(&start_barrier);
    for (i = 0; i < n_messages; i++) {
        DltContext *ctx = ((t + i) % 2 == 0) ? &ctx1 : &ctx2;
        const uint32_t u = (uint32_t)t * 1000000u + (uint32_t)i;
        const int32_t s = -(int32_t)i;

        snprintf(text, sizeof text, "thread %d msg %d", t, i);
        switch (i % 3) {
        case 0: {
            DltContextData cd;
            DltReturnValue r = dlt_user_log_write_start(ctx, &cd, DLT_LOG_INFO);
            if (r != DLT_RETURN_TRUE) {
                fail("dlt_user_log_write_start", t, i, (int)r);
                break;
            }
            check("dlt_user_log_write_string", t, i, dlt_user_log_write_string(&cd, text), DLT_RETURN_OK);
            check("dlt_user_log_write_uint32", t, i, dlt_user_log_write_uint32(&cd, u), DLT_RETURN_OK);
            check("dlt_user_log_write_int32", t, i, dlt_user_log_write_int32(&cd, s), DLT_RETURN_OK);
            check("dlt_user_log_write_finish", t, i, dlt_user_log_write_finish(&cd), DLT_RETURN_OK);
            break;
        }
        case 1:
            check("dlt_log_string", t, i, dlt_log_string(ctx, DLT_LOG_INFO, text), DLT_RETURN_OK);
            break;
        default:
            /* The macro has no return value to check. */
            DLT_LOG(*ctx, DLT_LOG_INFO, DLT_STRING(text), DLT_UINT32(u), DLT_INT32(s));
            break;
        }
    }
    return NULL;
}

static int parse_int(const char *s, const char *opt, int min)
{
    char *end;
    long v;

    errno = 0;
    v = strtol(s, &end, 10);
    if (errno != 0 || *s == '\0' || *end != '\0' || v < min || v > INT_MAX) {
        fprintf(stderr, "mt-logger: bad value for %s: '%s'\n", opt, s);
        exit(2);
    }
    return (int)v;
}

int main(int argc, char **argv)
{
    int n_threads = 4;
    int no_free = 0;
    int opt;
    int t;
    int rc;
    pthread_t *tids;
    struct thread_arg *args;

    while ((opt = getopt(argc, argv, "t:n:wh")) != -1) {
        switch (opt) {
        case 't':
            n_threads = parse_int(optarg, "-t", 1);
            break;
        case 'n':
            n_messages = parse_int(optarg, "-n", 0);
            break;
        case 'w':
            no_free = 1;
            break;
        default:
            fprintf(stderr, "usage: %s [-t THREADS] [-n MESSAGES_PER_THREAD] [-w]\n", argv[0]);
            return 2;
        }
    }
    if (optind != argc) {
        fprintf(stderr, "mt-logger: unexpected argument '%s'\n", argv[optind]);
        return 2;
    }

    tids = calloc((size_t)n_threads, sizeof *tids);
    args = calloc((size_t)n_threads, sizeof *args);
    if (tids == NULL || args == NULL) {
        fprintf(stderr, "mt-logger: out of memory\n");
        return 1;
    }

    check("dlt_register_app", -1, -1, dlt_register_app("MTLG", "multi-thread logger"), DLT_RETURN_OK);
    check("dlt_register_context(CTX1)", -1, -1, dlt_register_context(&ctx1, "CTX1", "mt-logger context 1"),
          DLT_RETURN_OK);
    check("dlt_register_context(CTX2)", -1, -1, dlt_register_context(&ctx2, "CTX2", "mt-logger context 2"),
          DLT_RETURN_OK);

    rc = pthread_barrier_init(&start_barrier, NULL, (unsigned)n_threads);
    if (rc != 0) {
        fprintf(stderr, "mt-logger: pthread_barrier_init: %s\n", strerror(rc));
        return 1;
    }
    for (t = 0; t < n_threads; t++) {
        args[t].thread = t;
        rc = pthread_create(&tids[t], NULL, logger_thread, &args[t]);
        if (rc != 0) {
            fprintf(stderr, "mt-logger: pthread_create: %s\n", strerror(rc));
            return 1;
        }
    }
    for (t = 0; t < n_threads; t++)
        pthread_join(tids[t], NULL);
    pthread_barrier_destroy(&start_barrier);

    check("dlt_unregister_context(CTX2)", -1, -1, dlt_unregister_context(&ctx2), DLT_RETURN_OK);
    check("dlt_unregister_context(CTX1)", -1, -1, dlt_unregister_context(&ctx1), DLT_RETURN_OK);
    check("dlt_unregister_app", -1, -1, dlt_unregister_app(), DLT_RETURN_OK);
    if (!no_free)
        check("dlt_free", -1, -1, dlt_free(), DLT_RETURN_OK);

    free(tids);
    free(args);
    if (failures != 0) {
        fprintf(stderr, "mt-logger: %lu non-OK return value(s)\n", failures);
        return 1;
    }
    return 0;
}
