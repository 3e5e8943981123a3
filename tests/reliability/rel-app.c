/* SPDX-License-Identifier: MPL-2.0 */
/* rel-app: a libdlt client for the reliability tests (tests/reliability).
 *
 * Every test message is DLT_UINT32(stream), DLT_UINT32(seq) at INFO, so
 * relcheck.py can tell, per (apid, session id = pid, stream), exactly which
 * sequence numbers arrived and in which order.  Each message whose
 * write_finish returned DLT_RETURN_OK is "accepted"; BUFFER_FULL ones are
 * counted as "full".  At the end the program prints one line per process:
 *   ACCOUNT pid=<pid> accepted=<n> full=<n> overflow=<dlt_get_overflow_count()> other=<n>
 *   ACCEPTED pid=<pid> stream=<s> seqs=<first>-<last>:<bitmap-free list>   (see -L)
 *
 * Usage: rel-app MODE [options]
 *   -a APID  (default RELA)   -n N messages per thread (1000)   -t T threads (1)
 *   -d US    pause after each message, microseconds (0)
 *   -c C     contexts (1; thread t logs on context t % C)
 *   -x HOW   how to end: free (dlt_free), exit (exit()), return (from main), none
 *            (= return without dlt_free; the default)
 *   -P       SIGPIPE back to SIG_DFL after dlt_init (a write to a dead daemon must not kill us)
 *   -L       list the accepted sequence numbers (ACCEPTED lines, run-length encoded)
 *   -T MS    dlt_set_resend_timeout_atexit(MS) before ending
 *   -k K     (fork) number of children
 *   -R       (fork) one more thread registers and unregisters contexts all along
 * Modes:
 *   seq     T threads log N messages each, stream = thread index.
 *   fork    T threads log N messages each while main forks K children one after
 *           another; child k logs 50 messages on stream 100+k and returns from main.
 *           Prints CHILD pid=<pid> k=<k> status=<exit status> and, from the child,
 *           CHILDRET pid=<pid> k=<k> ret=<first write_finish return>.  With -t 0 the
 *           main thread alone logs its N messages (stream 0) before forking.
 *   signal  main logs N messages on stream 0 while SIGALRM (setitimer, 100 us) logs
 *           on stream 1 from the handler, also while main is between write_start and
 *           write_finish.
 *   afterfree  atexit handlers registered before and after dlt_init, and a static
 *           destructor, all log; main logs after dlt_free; nothing may crash.
 *   cycles  T threads each run N dlt_init/register/log/dlt_free cycles at once
 *           while another thread logs all along (upstream #588, #915).
 *   stress  T threads log N messages each while one more thread registers and
 *           unregisters contexts all along, logging one message (stream 1000) on each.
 */
#define _GNU_SOURCE
#include <dlt.h>

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_THREADS 64
#define MAX_CTX 16

static const char *apid = "RELA";
static int n_msgs = 1000, n_threads = 1, pause_us = 0, n_ctx = 1, n_children = 4;
static const char *how = "none";
static int sigpipe_dfl, list_accepted, atexit_timeout = -1;
static DltContext ctx[MAX_CTX];

static atomic_ulong accepted, full, other;

/* Per stream: which seqs were accepted (for -L), as a byte map. */
struct stream {
    int id;
    unsigned char *ok;
    int n;
};
static struct stream streams[MAX_THREADS + 1];

static int log_seq(DltContext *c, uint32_t stream, uint32_t seq)
{
    DltContextData d;
    int r = dlt_user_log_write_start(c, &d, DLT_LOG_INFO);
    if (r <= 0)
        return r == 0 ? -1000 : r; /* disabled / error */
    dlt_user_log_write_uint32(&d, stream);
    dlt_user_log_write_uint32(&d, seq);
    return dlt_user_log_write_finish(&d);
}

static void count(int r, struct stream *s, int seq)
{
    if (r == DLT_RETURN_OK) {
        atomic_fetch_add_explicit(&accepted, 1, memory_order_relaxed);
        if (s && s->ok)
            s->ok[seq] = 1;
    } else if (r == DLT_RETURN_BUFFER_FULL) {
        atomic_fetch_add_explicit(&full, 1, memory_order_relaxed);
    } else {
        atomic_fetch_add_explicit(&other, 1, memory_order_relaxed);
    }
}

static void pause_a_bit(void)
{
    if (pause_us > 0)
        usleep((useconds_t)pause_us);
}

static void *seq_thread(void *p)
{
    struct stream *s = p;
    for (int i = 0; i < s->n; i++) {
        count(log_seq(&ctx[s->id % n_ctx], (uint32_t)s->id, (uint32_t)i), s, i);
        pause_a_bit();
    }
    return NULL;
}

static void report(void)
{
    printf("ACCOUNT pid=%d accepted=%lu full=%lu overflow=%u other=%lu\n", (int)getpid(),
           atomic_load(&accepted), atomic_load(&full), dlt_get_overflow_count(),
           atomic_load(&other));
    for (int t = 0; list_accepted && t <= MAX_THREADS; t++) {
        struct stream *s = &streams[t];
        if (!s->ok)
            continue;
        printf("ACCEPTED pid=%d stream=%d", (int)getpid(), s->id);
        int i = 0;
        while (i < s->n) {
            if (!s->ok[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < s->n && s->ok[j + 1])
                j++;
            printf(" %d-%d", i, j);
            i = j + 1;
        }
        printf("\n");
    }
    fflush(stdout);
}

static void setup(void)
{
    if (dlt_register_app(apid, "reliability test") != DLT_RETURN_OK) {
        fprintf(stderr, "rel-app: dlt_register_app failed\n");
        exit(3);
    }
    for (int c = 0; c < n_ctx; c++) {
        char id[8];
        snprintf(id, sizeof id, "C%03d", c);
        if (dlt_register_context(&ctx[c], id, "test context") != DLT_RETURN_OK) {
            fprintf(stderr, "rel-app: dlt_register_context failed\n");
            exit(3);
        }
    }
    if (sigpipe_dfl)
        signal(SIGPIPE, SIG_DFL);
}

static int finish(void)
{
    if (atexit_timeout >= 0)
        dlt_set_resend_timeout_atexit((uint32_t)atexit_timeout);
    report();
    if (strcmp(how, "free") == 0) {
        for (int c = 0; c < n_ctx; c++)
            dlt_unregister_context(&ctx[c]);
        dlt_unregister_app_flush_buffered_logs();
        dlt_free();
    } else if (strcmp(how, "exit") == 0) {
        exit(0);
    }
    return 0;
}

static void run_threads(int first_stream)
{
    pthread_t th[MAX_THREADS];
    for (int t = 0; t < n_threads; t++) {
        streams[t].id = first_stream + t;
        streams[t].n = n_msgs;
        streams[t].ok = list_accepted ? calloc((size_t)n_msgs, 1) : NULL;
        pthread_create(&th[t], NULL, seq_thread, &streams[t]);
    }
    for (int t = 0; t < n_threads; t++)
        pthread_join(th[t], NULL);
}

/* ------------------------------------------------------------------ fork */

static atomic_int fork_stop;

static void *fork_logger(void *p)
{
    struct stream *s = p;
    int i = 0;
    /* Log hard until told to stop (at least n messages). */
    while (i < s->n || !atomic_load(&fork_stop)) {
        if (i >= s->n) {
            usleep(100);
            continue;
        }
        count(log_seq(&ctx[s->id % n_ctx], (uint32_t)s->id, (uint32_t)i), s, i);
        i++;
        pause_a_bit();
    }
    return NULL;
}

static atomic_int stress_stop;
static atomic_ulong churn;
static void *churn_thread(void *p);
static int churn_during_fork;

static int mode_fork(void)
{
    setup();
    pthread_t churner;
    if (churn_during_fork) /* registrations in flight at the forks, too */
        pthread_create(&churner, NULL, churn_thread, NULL);
    pthread_t th[MAX_THREADS];
    for (int t = 0; t < n_threads; t++) {
        streams[t].id = t;
        streams[t].n = n_msgs;
        pthread_create(&th[t], NULL, fork_logger, &streams[t]);
    }
    if (n_threads == 0) { /* -t 0: only the main thread logs, before the forks */
        streams[0].id = 0;
        streams[0].n = n_msgs;
        seq_thread(&streams[0]);
    }
    usleep(20000);
    for (int k = 0; k < n_children; k++) {
        fflush(stdout);
        const pid_t pid = fork();
        if (pid == 0) {
            /* The child: only this thread exists. */
            int first = 0;
            for (int i = 0; i < 50; i++) {
                int r = log_seq(&ctx[0], (uint32_t)(100 + k), (uint32_t)i);
                if (i == 0)
                    first = r;
            }
            printf("CHILDRET pid=%d k=%d ret=%d\n", (int)getpid(), k, first);
            fflush(stdout);
            return 0; /* exit flushes, as in any process */
        }
        int status = -1;
        waitpid(pid, &status, 0);
        printf("CHILD pid=%d k=%d status=%d\n", (int)pid, k,
               WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
        usleep(10000);
    }
    atomic_store(&fork_stop, 1);
    for (int t = 0; t < n_threads; t++)
        pthread_join(th[t], NULL);
    if (churn_during_fork) {
        atomic_store(&stress_stop, 1);
        pthread_join(churner, NULL);
        printf("CHURN %lu\n", atomic_load(&churn));
    }
    return finish();
}

/* ---------------------------------------------------------------- signal */

static atomic_uint sig_seq;
static atomic_uint sig_nested;
static volatile sig_atomic_t in_message;

static void on_alarm(int sig)
{
    (void)sig;
    const int saved = errno;
    const unsigned seq = atomic_fetch_add(&sig_seq, 1);
    if (in_message)
        atomic_fetch_add(&sig_nested, 1);
    count(log_seq(&ctx[0], 1, seq), NULL, 0);
    errno = saved;
}

static int mode_signal(void)
{
    setup();
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGALRM, &sa, NULL);
    /* A thread's first message allocates its scratch buffers: not in a
     * handler (libdlt-ng(7)).  Stream 2, not counted. */
    log_seq(&ctx[0], 2, 0);
    struct itimerval it = {{0, 100}, {0, 100}};
    setitimer(ITIMER_REAL, &it, NULL);
    /* At least N messages, and on until the handler has logged 200 times
     * (a fast machine may finish N before many alarms fire), within 20 s. */
    struct timespec t0, now;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int i;
    for (i = 0;; i++) {
        if (i >= n_msgs) {
            clock_gettime(CLOCK_MONOTONIC, &now);
            if (atomic_load(&sig_seq) >= 200 || now.tv_sec - t0.tv_sec >= 20)
                break;
        }
        DltContextData d;
        int r = dlt_user_log_write_start(&ctx[0], &d, DLT_LOG_INFO);
        if (r > 0) {
            in_message = 1;
            dlt_user_log_write_uint32(&d, 0);
            /* Widen the window between start and finish. */
            for (volatile int spin = 0; spin < 2000; spin++) {
            }
            dlt_user_log_write_uint32(&d, (uint32_t)i);
            r = dlt_user_log_write_finish(&d);
            in_message = 0;
        }
        count(r, NULL, 0);
        pause_a_bit();
    }
    struct itimerval off = {{0, 0}, {0, 0}};
    setitimer(ITIMER_REAL, &off, NULL);
    printf("SIGNAL handled=%u nested=%u main=%d\n", atomic_load(&sig_seq),
           atomic_load(&sig_nested), i);
    return finish();
}

/* ------------------------------------------------------------- afterfree */

static DltContext late;
static int late_registered;

static void log_late(const char *where)
{
    /* Only the return code matters; printing it proves we got here. */
    int r = late_registered ? dlt_log_string(&late, DLT_LOG_INFO, where) : 0;
    int r2 = dlt_log_string(&ctx[0], DLT_LOG_INFO, where);
    printf("LATE %s %d %d\n", where, r, r2);
    fflush(stdout);
}

static void atexit_before(void) { log_late("atexit-before-init"); }
static void atexit_after(void) { log_late("atexit-after-init"); }
static int afterfree_mode;
__attribute__((destructor)) static void static_dtor(void)
{
    if (afterfree_mode)
        log_late("destructor");
}

static int mode_afterfree(void)
{
    afterfree_mode = 1;
    atexit(atexit_before);
    setup();
    late_registered = dlt_register_context(&late, "LATE", "late") == DLT_RETURN_OK;
    atexit(atexit_after);
    log_late("before-free");
    dlt_free();
    log_late("after-free");
    /* And a second life: init again, log, and leave it to exit. */
    dlt_init();
    log_late("after-reinit");
    return 0;
}

/* ---------------------------------------------------------------- cycles */

static atomic_int cycles_done;

static void *cycle_thread(void *p)
{
    const int t = (int)(intptr_t)p;
    for (int i = 0; i < n_msgs; i++) {
        DltContext c;
        char id[8];
        snprintf(id, sizeof id, "Y%03d", t);
        dlt_init();
        dlt_register_app(apid, "cycles");
        if (dlt_register_context(&c, id, "cycle") == DLT_RETURN_OK) {
            log_seq(&c, (uint32_t)t, (uint32_t)i);
            dlt_unregister_context(&c);
        }
        log_seq(&ctx[0], (uint32_t)t, (uint32_t)i); /* may be freed: must not crash */
        dlt_free();
    }
    atomic_fetch_add(&cycles_done, 1);
    return NULL;
}

static void *steady_logger(void *p)
{
    (void)p;
    uint32_t i = 0;
    while (atomic_load(&cycles_done) < n_threads)
        log_seq(&ctx[0], 99, i++);
    return NULL;
}

static int mode_cycles(void)
{
    setup();
    pthread_t th[MAX_THREADS + 1];
    pthread_create(&th[n_threads], NULL, steady_logger, NULL);
    for (int t = 0; t < n_threads; t++)
        pthread_create(&th[t], NULL, cycle_thread, (void *)(intptr_t)t);
    for (int t = 0; t <= n_threads; t++)
        pthread_join(th[t], NULL);
    printf("CYCLES done=%d\n", atomic_load(&cycles_done));
    return 0;
}

/* ---------------------------------------------------------------- stress */

static void *churn_thread(void *p)
{
    (void)p;
    unsigned i = 0;
    while (!atomic_load(&stress_stop)) {
        DltContext c;
        char id[8];
        snprintf(id, sizeof id, "Z%03u", i++ % 1000);
        if (dlt_register_context(&c, id, "churn") == DLT_RETURN_OK) {
            /* One counted message per registration, on stream 1000. */
            count(log_seq(&c, 1000, (uint32_t)atomic_fetch_add(&churn, 1)), NULL, 0);
            dlt_unregister_context(&c);
        }
        usleep(200);
    }
    return NULL;
}

static int mode_stress(void)
{
    setup();
    pthread_t churner;
    pthread_create(&churner, NULL, churn_thread, NULL);
    run_threads(0);
    atomic_store(&stress_stop, 1);
    pthread_join(churner, NULL);
    printf("CHURN %lu\n", atomic_load(&churn));
    return finish();
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: rel-app MODE [options]\n");
        return 2;
    }
    const char *mode = argv[1];
    int opt;
    optind = 2;
    while ((opt = getopt(argc, argv, "a:n:t:d:c:x:PLT:k:R")) != -1) {
        switch (opt) {
        case 'a': apid = optarg; break;
        case 'n': n_msgs = atoi(optarg); break;
        case 't': n_threads = atoi(optarg); break;
        case 'd': pause_us = atoi(optarg); break;
        case 'c': n_ctx = atoi(optarg); break;
        case 'x': how = optarg; break;
        case 'P': sigpipe_dfl = 1; break;
        case 'L': list_accepted = 1; break;
        case 'T': atexit_timeout = atoi(optarg); break;
        case 'k': n_children = atoi(optarg); break;
        case 'R': churn_during_fork = 1; break;
        default: return 2;
        }
    }
    if (n_threads < (strcmp(mode, "fork") == 0 ? 0 : 1) || n_threads > MAX_THREADS || n_ctx < 1 ||
        n_ctx > MAX_CTX)
        return 2;
    if (strcmp(mode, "seq") == 0) {
        setup();
        run_threads(0);
        return finish();
    }
    if (strcmp(mode, "fork") == 0)
        return mode_fork();
    if (strcmp(mode, "signal") == 0)
        return mode_signal();
    if (strcmp(mode, "afterfree") == 0)
        return mode_afterfree();
    if (strcmp(mode, "cycles") == 0)
        return mode_cycles();
    if (strcmp(mode, "stress") == 0)
        return mode_stress();
    fprintf(stderr, "rel-app: unknown mode %s\n", mode);
    return 2;
}
