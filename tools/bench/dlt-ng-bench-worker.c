/* SPDX-License-Identifier: MPL-2.0 */
/* dlt-ng-bench-worker: the workloads that tools/dlt-ng-bench runs against the
 * reference libdlt.so.2 and against libdlt-ng.
 *
 * The same binary serves both libraries: it is linked against libdlt.la, and
 * the driver picks the library at run time with LD_LIBRARY_PATH.  It uses only
 * the public 2.18.8 API; dlt_get_overflow_count() (libdlt-ng only) is looked
 * up with dlsym so the reference run works.  Every mode prints one JSON
 * object on stdout.
 *
 *   latency  -t T -n N -r R -b B -c CTID   T threads, N messages each, R msg/s in
 *            total, issued in batches of B back to back; every message timed
 *            with a CLOCK_MONOTONIC pair; percentiles and a log histogram.
 *            Before that, the same pattern (at most FLOOR_MAX messages per
 *            thread) on the machine floor, floor_one(), which uses no library
 *   burst    -n N -c CTID [-m MODE]        N messages as fast as one thread can;
 *            -m drop_newest|overwrite_oldest|block: libdlt-ng's overflow mode
 *            (dlt_ng_set_overflow_mode, looked up with dlsym)
 *   rate     -r R -d MS -c CTID            R msg/s for MS milliseconds (batches
 *            every 100 us)
 *   saturate -d MS -c CTID [-m MODE]       as fast as one thread can for MS
 *            milliseconds (-m as for burst: in block mode, as fast as the daemon
 *            takes them)
 *   disabled -n N                          DLT_LOG below the context's level
 *   callgrind -n N                         N enabled messages in bench_cg_enabled(),
 *            N disabled DLT_LOG in bench_cg_disabled(), N disabled messages the
 *            way 2.18.8's DLT_LOG expands (write_start called every time) in
 *            bench_cg_disabled_call() (for --toggle-collect)
 *   raw      -r R -d MS -c CTID            no library: DLT user messages written
 *            straight into $DLT_PIPE_DIR/dlt with blocking writes (the daemon's
 *            own ceiling); R = 0 means as fast as the FIFO takes them
 *   count    FILE APID CTID                messages of APID/CTID in a DLT storage
 *            file, with the first and last reception time
 *
 * The enabled message is always dlt_user_log_write_start (INFO) + string
 * "bench message" + uint32 + int32 + dlt_user_log_write_finish.  Lib modes
 * register app BNCH; before measuring they log -w W (default 20000) warm-up
 * messages to context WARM and pause 200 ms so both libraries start from an
 * idle, connected state.  They end by returning from main: whatever the library
 * still holds is flushed by its own exit handler, as in a normal app.
 */
#define _GNU_SOURCE 1

#include <dlt.h>

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ------------------------------------------------------------------ tools */

static inline uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void sleep_until(uint64_t t)
{
    struct timespec ts = { (time_t)(t / 1000000000u), (long)(t % 1000000000u) };
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR)
        ;
}

static void sleep_ms(unsigned ms)
{
    sleep_until(now_ns() + (uint64_t)ms * 1000000u);
}

static void die(const char *what)
{
    fprintf(stderr, "dlt-ng-bench-worker: %s\n", what);
    exit(2);
}

/* dlt_get_overflow_count() if the loaded library has it, else -1. */
static long long overflow_count(void)
{
    uint64_t (*fn)(void) = (uint64_t (*)(void))dlsym(RTLD_DEFAULT, "dlt_get_overflow_count");
    return fn ? (long long)fn() : -1;
}

/* Return code bookkeeping.  Index = code + 16 for codes in [-16, 15]. */
#define NCODES 32
struct codes {
    unsigned long finish[NCODES]; /* dlt_user_log_write_finish results */
    unsigned long start[NCODES];  /* write_start results other than DLT_RETURN_TRUE */
};

static void count_code(unsigned long *tab, int r)
{
    if (r < -16)
        r = -16;
    if (r > 15)
        r = 15;
    tab[r + 16]++;
}

static void merge_codes(struct codes *dst, const struct codes *src)
{
    for (int i = 0; i < NCODES; i++) {
        dst->finish[i] += src->finish[i];
        dst->start[i] += src->start[i];
    }
}

static void print_code_table(const char *name, const unsigned long *tab)
{
    int first = 1;
    printf("\"%s\":{", name);
    for (int i = 0; i < NCODES; i++) {
        if (!tab[i])
            continue;
        printf("%s\"%d\":%lu", first ? "" : ",", i - 16, tab[i]);
        first = 0;
    }
    printf("}");
}

/* Prints "codes":{...},"accepted":A (finish returned DLT_RETURN_OK). */
static void print_codes(const struct codes *c)
{
    printf("\"codes\":{");
    print_code_table("finish", c->finish);
    printf(",");
    print_code_table("start", c->start);
    printf("},\"accepted\":%lu", c->finish[16 + DLT_RETURN_OK]);
}

/* ------------------------------------------------------------- the message */

static DltContext ctx_main;
static DltContext ctx_warm;

/* One enabled message; the result is accounted in *c. */
static inline void log_one(DltContext *ctx, uint32_t i, struct codes *c)
{
    DltContextData cd;
    int r = dlt_user_log_write_start(ctx, &cd, DLT_LOG_INFO);
    if (r == DLT_RETURN_TRUE) {
        (void)dlt_user_log_write_string(&cd, "bench message");
        (void)dlt_user_log_write_uint32(&cd, i);
        (void)dlt_user_log_write_int32(&cd, -(int32_t)i);
        count_code(c->finish, dlt_user_log_write_finish(&cd));
    } else {
        count_code(c->start, r);
    }
}

/* The machine floor of one message: the least any logger with a shared
 * ring has to do for it, with none of the API's checks.  Read the time-stamp
 * counter, build the same message (build_raw_message: the headers, the
 * string, the two integers) on the stack, claim cells with one CAS on a
 * shared position,
 * copy, publish with a release store.  Nothing consumes: the ring (1 MiB,
 * like libdlt-ng's default) just wraps.  Timed like log_one, it shows what
 * this machine and its current load allow (a target below it is out of any
 * library's reach), and how far the library is above it. */
#define FLOOR_CELLS 16384u
static _Alignas(64) _Atomic uint64_t floor_pos;
static _Alignas(64) _Atomic uint64_t floor_seq[FLOOR_CELLS];
static _Alignas(64) unsigned char floor_ring[FLOOR_CELLS][64];

static inline uint64_t floor_stamp(void)
{
#if defined(__x86_64__)
    return __builtin_ia32_rdtsc();
#else
    return now_ns();
#endif
}

/* inline: a call would be part of what the floor measures. */
static inline size_t build_raw_message(uint8_t *p, const char *ctid, uint8_t mcnt, uint32_t i,
                                       uint32_t session, uint32_t tmsp);
static uint32_t floor_session; /* getpid() once: a syscall has no place here */

static void floor_one(uint32_t i)
{
    unsigned char rec[128];
    /* The raw TSC's low half stands in for the timestamp: the floor reads
     * the counter, converting it is the consumer's business. */
    const size_t full = build_raw_message(rec, "LAT1", 0, i, floor_session,
                                          (uint32_t)floor_stamp());
    /* Stored without its user header, as libdlt-ng stores a LOG record. */
    const unsigned char *stored = rec + 8;
    const size_t n = full - 8;
    const uint64_t k = (n + 63) / 64;
    /* relaxed: the CAS only hands out positions; the release below publishes. */
    uint64_t pos = atomic_load_explicit(&floor_pos, memory_order_relaxed);
    while (!atomic_compare_exchange_weak_explicit(&floor_pos, &pos, pos + k,
                                                  memory_order_relaxed, memory_order_relaxed))
        ;
    const uint64_t at = pos % FLOOR_CELLS;
    if (at + k <= FLOOR_CELLS)
        memcpy(floor_ring[at], stored, n);
    /* release: the bytes before the sequence, as a consumer would need. */
    atomic_store_explicit(&floor_seq[at], pos + k, memory_order_release);
}

/* Warm-up messages before measuring (-w): by default more than one lap of
 * libdlt-ng's default 1 MiB ring (16384 cells; the bench message takes
 * one), so the measurement sees a running application, not a cold start. */
static unsigned warm_messages = 20000;

static void lib_setup(const char *ctid)
{
    struct codes c;
    memset(&c, 0, sizeof c);
    if (dlt_register_app("BNCH", "dlt-ng bench") < 0)
        die("dlt_register_app failed");
    if (dlt_register_context(&ctx_warm, "WARM", "warm-up") < 0 ||
        dlt_register_context(&ctx_main, ctid, "measured") < 0)
        die("dlt_register_context failed");
    /* Warm-up, gently paced (50k msg/s) so that neither library drops it. */
    for (uint32_t i = 0; i < warm_messages; i++) {
        log_one(&ctx_warm, i, &c);
        if (i % 50 == 49)
            sleep_ms(1);
    }
    sleep_ms(200);
}

/* --------------------------------------------------------------- statistics */

#define HIST_PER_DECADE 20
#define HIST_DECADES 9 /* 1 ns .. 1 s */
#define HIST_BINS (HIST_PER_DECADE * HIST_DECADES + 1)

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

static uint32_t pct(const uint32_t *s, size_t n, double p)
{
    size_t k = (size_t)(p * (double)n);
    if (k >= n)
        k = n - 1;
    return s[k];
}

/* Bin of a sample: bin i holds [10^(i/HIST_PER_DECADE), 10^((i+1)/HIST_PER_DECADE)) ns. */
static int hist_bin(uint32_t ns)
{
    if (ns < 1)
        return 0;
    int b = (int)floor(log10((double)ns) * HIST_PER_DECADE + 1e-9);
    return b < 0 ? 0 : (b >= HIST_BINS ? HIST_BINS - 1 : b);
}

/* Prints "name":{"n":..,"mean":..,"p50":..,...,"hist":[[bin,count],...]}.
 * Sorts s in place. */
static void print_stats(const char *name, uint32_t *s, size_t n, int with_hist)
{
    double sum = 0;
    qsort(s, n, sizeof *s, cmp_u32);
    for (size_t i = 0; i < n; i++)
        sum += s[i];
    printf("\"%s\":{\"n\":%zu,\"mean\":%.1f,\"min\":%u,\"p50\":%u,\"p90\":%u,\"p99\":%u,"
           "\"p999\":%u,\"max\":%u",
           name, n, n ? sum / (double)n : 0.0, n ? s[0] : 0, n ? pct(s, n, 0.50) : 0,
           n ? pct(s, n, 0.90) : 0, n ? pct(s, n, 0.99) : 0, n ? pct(s, n, 0.999) : 0,
           n ? s[n - 1] : 0);
    if (with_hist) {
        static unsigned long h[HIST_BINS];
        int first = 1;
        memset(h, 0, sizeof h);
        for (size_t i = 0; i < n; i++)
            h[hist_bin(s[i])]++;
        printf(",\"hist_per_decade\":%d,\"hist\":[", HIST_PER_DECADE);
        for (int i = 0; i < HIST_BINS; i++) {
            if (!h[i])
                continue;
            printf("%s[%d,%lu]", first ? "" : ",", i, h[i]);
            first = 0;
        }
        printf("]");
    }
    printf("}");
}

static inline uint32_t clamp_u32(uint64_t v)
{
    return v > UINT32_MAX ? UINT32_MAX : (uint32_t)v;
}

/* The empty timing pair: what a sample costs with nothing between. */
static void timer_pair(size_t n)
{
    uint32_t *s = malloc(n * sizeof *s);
    if (!s)
        die("out of memory");
    for (size_t i = 0; i < n; i++) {
        uint64_t t0 = now_ns();
        uint64_t t1 = now_ns();
        s[i] = clamp_u32(t1 - t0);
    }
    print_stats("pair", s, n, 0);
    free(s);
}

/* ------------------------------------------------------------------ latency */

/* What one read of the time-stamp counter adds to work around it: a block
 * of 160 independent additions timed with and without one TSC read in
 * its middle, alternately; the difference of the medians.  The read is a
 * microcoded instruction on many cores (about 30 cycles on AMD Zen 3)
 * that does not overlap with the work around it, so every logger that
 * stamps its messages from the counter pays it once per message (the
 * floor above does too).  -1 where there is no TSC. */
#if defined(__x86_64__)
#define ADD1(r) __asm__ volatile("add $1, %0" : "+r"(r))
#define ADD8 ADD1(a); ADD1(b); ADD1(c); ADD1(d); ADD1(e); ADD1(f); ADD1(g); ADD1(h);
#define ADD80 ADD8 ADD8 ADD8 ADD8 ADD8 ADD8 ADD8 ADD8 ADD8 ADD8
static double tsc_block_ns(int with_read, unsigned iterations)
{
    uint64_t a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0, acc = 0;
    const uint64_t t0 = now_ns();
    for (unsigned i = 0; i < iterations; i++) {
        ADD80
        if (with_read)
            acc += __builtin_ia32_rdtsc();
        ADD80
    }
    const uint64_t t1 = now_ns();
    __asm__ volatile("" : : "r"(a + b + c + d + e + f + g + h + acc));
    return (double)(t1 - t0) / iterations;
}

static int cmp_double(const void *x, const void *y)
{
    const double u = *(const double *)x, v = *(const double *)y;
    return (u > v) - (u < v);
}

static double tsc_read_cost_ns(void)
{
    enum { ROUNDS = 41 };
    double plain[ROUNDS], with_read[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
        plain[r] = tsc_block_ns(0, 20000);
        with_read[r] = tsc_block_ns(1, 20000);
    }
    qsort(plain, ROUNDS, sizeof plain[0], cmp_double);
    qsort(with_read, ROUNDS, sizeof with_read[0], cmp_double);
    return with_read[ROUNDS / 2] - plain[ROUNDS / 2];
}
#else
static double tsc_read_cost_ns(void)
{
    return -1;
}
#endif

struct lat_arg {
    pthread_t tid;
    uint32_t *samples;
    size_t n;
    uint64_t interval_ns; /* per batch */
    unsigned batch;
    int floor; /* time floor_one() instead of log_one() */
    struct codes codes;
};

static pthread_barrier_t lat_barrier;

static void *lat_thread(void *p)
{
    struct lat_arg *a = p;
    uint32_t *s = a->samples;
    size_t i = 0;

    pthread_barrier_wait(&lat_barrier);
    uint64_t next = now_ns();
    while (i < a->n) {
        for (unsigned k = 0; k < a->batch && i < a->n; k++, i++) {
            const uint64_t t0 = now_ns();
            if (a->floor)
                floor_one((uint32_t)i);
            else
                log_one(&ctx_main, (uint32_t)i, &a->codes);
            const uint64_t t1 = now_ns();
            s[i] = clamp_u32(t1 - t0);
        }
        next += a->interval_ns;
        const uint64_t t = now_ns();
        if (next > t)
            sleep_until(next);
        else if (t - next > 100 * a->interval_ns)
            next = t; /* far behind: do not catch up with a burst */
    }
    return NULL;
}

/* Runs threads lat_threads on n messages each (the first n of every
 * thread's stretch of all), floor_one() if floor; returns seconds taken
 * and adds the return codes to *total. */
static double run_lat_threads(unsigned threads, size_t n, double rate, unsigned batch, int floor,
                              uint32_t *all, size_t stride, struct codes *total)
{
    struct lat_arg *args = calloc(threads, sizeof *args);
    if (!args)
        die("out of memory");
    const double per_thread = rate / threads;
    pthread_barrier_init(&lat_barrier, NULL, threads + 1);
    for (unsigned t = 0; t < threads; t++) {
        args[t].samples = all + (size_t)t * stride;
        args[t].n = n;
        args[t].batch = batch;
        args[t].floor = floor;
        args[t].interval_ns = (uint64_t)(1e9 * batch / per_thread);
        if (pthread_create(&args[t].tid, NULL, lat_thread, &args[t]) != 0)
            die("pthread_create failed");
    }
    pthread_barrier_wait(&lat_barrier);
    const uint64_t t0 = now_ns();
    for (unsigned t = 0; t < threads; t++) {
        pthread_join(args[t].tid, NULL);
        merge_codes(total, &args[t].codes);
    }
    pthread_barrier_destroy(&lat_barrier);
    free(args);
    return (double)(now_ns() - t0) / 1e9;
}

/* Prints "name":[p50 of position 0 in a batch, of position 1, ...]: the
 * first message of a batch is the one that finds the caches cold and the
 * library idle (e.g. has to wake its worker).  n samples per thread, each
 * thread's at stride. */
static void print_by_position(const char *name, const uint32_t *all, unsigned threads, size_t n,
                              size_t stride, unsigned batch)
{
    const size_t per_pos = (n + batch - 1) / batch;
    uint32_t *tmp = malloc(threads * per_pos * sizeof *tmp);
    if (!tmp)
        die("out of memory");
    printf("\"%s\":[", name);
    for (unsigned p = 0; p < batch; p++) {
        size_t m = 0;
        for (unsigned t = 0; t < threads; t++)
            for (size_t i = p; i < n; i += batch)
                tmp[m++] = all[(size_t)t * stride + i];
        qsort(tmp, m, sizeof *tmp, cmp_u32);
        printf("%s%u", p ? "," : "", m ? pct(tmp, m, 0.5) : 0);
    }
    printf("]");
    free(tmp);
}

/* Messages per thread of the floor run (enough for a p99.9). */
#define FLOOR_MAX 50000

static int mode_latency(unsigned threads, size_t n, double rate, unsigned batch, const char *ctid)
{
    uint32_t *all = malloc(threads * n * sizeof *all);
    struct codes total, none;
    if (!all)
        die("out of memory");
    memset(&total, 0, sizeof total);
    memset(&none, 0, sizeof none);
    lib_setup(ctid);

    /* The floor first, with the same threads, rate and batches, while the
     * library, its daemon and the client are idle (after the run they would
     * still be busy with its messages).  Then a pause, then the library. */
    const size_t nf = n < FLOOR_MAX ? n : FLOOR_MAX;
    uint32_t *floor_samples = malloc(threads * nf * sizeof *floor_samples);
    if (!floor_samples)
        die("out of memory");
    /* Warm like the library's ring after its warm-up: pages touched. */
    memset(floor_ring, 0, sizeof floor_ring);
    floor_session = (uint32_t)getpid();
    memset((void *)floor_seq, 0, sizeof floor_seq);
    (void)run_lat_threads(threads, nf, rate, batch, 1, floor_samples, nf, &none);
    sleep_ms(200);

    const double el = run_lat_threads(threads, n, rate, batch, 0, all, n, &total);
    const long long ovf = overflow_count();

    printf("{\"mode\":\"latency\",\"threads\":%u,\"n_per_thread\":%zu,\"sent\":%zu,"
           "\"rate\":%.0f,\"batch\":%u,\"elapsed_s\":%.4f,\"achieved_rate\":%.0f,"
           "\"overflow\":%lld,",
           threads, n, threads * n, rate, batch, el, (double)(threads * n) / el, ovf);
    print_codes(&total);
    printf(",");
    print_by_position("p50_by_position", all, threads, n, n, batch);
    printf(",");
    timer_pair(1000000);
    printf(",\"tsc_read_ns\":%.1f,", tsc_read_cost_ns());
    print_stats("lat", all, threads * n, 1);

    printf(",");
    print_by_position("floor_p50_by_position", floor_samples, threads, nf, nf, batch);
    printf(",");
    print_stats("floor", floor_samples, threads * nf, 0);
    printf("}\n");
    fflush(stdout);
    free(floor_samples);
    free(all);
    return 0;
}

/* -------------------------------------------------------------------- burst */

static const char *burst_overflow_mode; /* -m: libdlt-ng's overflow mode */

/* dlt_ng_set_overflow_mode(mode, -1) if the loaded library has it. */
static int set_overflow_mode(const char *name)
{
    static const char *const names[] = {"drop_newest", "overwrite_oldest", "block"};
    int (*fn)(int, int) = (int (*)(int, int))dlsym(RTLD_DEFAULT, "dlt_ng_set_overflow_mode");
    for (int m = 0; m < 3; m++)
        if (strcmp(name, names[m]) == 0)
            return fn && fn(m, -1) == 0 ? 0 : -1;
    return -1;
}

/* The end of a burst or saturate result: the mode, the return codes. */
static int end_result(const struct codes *c)
{
    if (burst_overflow_mode)
        printf("\"overflow_mode\":\"%s\",", burst_overflow_mode);
    print_codes(c);
    printf("}\n");
    fflush(stdout);
    return 0;
}

/* -m MODE, if given; -1 (with a message) if the library refuses it. */
static int select_overflow_mode(void)
{
    if (burst_overflow_mode && set_overflow_mode(burst_overflow_mode) != 0) {
        fprintf(stderr, "dlt-ng-bench-worker: cannot select overflow mode %s\n",
                burst_overflow_mode);
        return -1;
    }
    return 0;
}

static int mode_burst(size_t n, const char *ctid)
{
    /* Timed in chunks of 1000 messages (one clock pair per chunk, so the
     * burst itself is not slowed down), to tell the cost of an accepted
     * message from the cost of a refused one. */
    enum { CHUNK = 1000 };
    struct codes c;
    double ns_ok = 0, ns_full = 0;
    unsigned long n_ok = 0, n_full = 0;
    const int trace = getenv("DLT_NG_BENCH_CHUNKS") != NULL; /* per-chunk times on stderr */
    memset(&c, 0, sizeof c);
    if (select_overflow_mode() != 0)
        return 1;
    lib_setup(ctid);
    const long long ovf0 = overflow_count();
    const uint64_t t0 = now_ns();
    uint64_t tc = t0;
    for (size_t i = 0; i < n;) {
        const unsigned long acc0 = c.finish[16 + DLT_RETURN_OK];
        size_t k = 0;
        for (; k < CHUNK && i < n; k++, i++)
            log_one(&ctx_main, (uint32_t)i, &c);
        const uint64_t t = now_ns();
        const unsigned long acc = c.finish[16 + DLT_RETURN_OK] - acc0;
        if (trace)
            fprintf(stderr, "chunk %zu: %.1f ns/msg, %lu accepted\n", i / CHUNK,
                    (double)(t - tc) / (double)k, acc);
        if (acc == k) {
            ns_ok += (double)(t - tc);
            n_ok += k;
        } else if (acc == 0) {
            ns_full += (double)(t - tc);
            n_full += k;
        }
        tc = t;
    }
    const uint64_t t1 = now_ns();
    const long long ovf1 = overflow_count();
    printf("{\"mode\":\"burst\",\"sent\":%zu,\"elapsed_s\":%.6f,\"ns_per_msg\":%.1f,"
           "\"ns_per_accepted\":%.1f,\"ns_per_refused\":%.1f,\"overflow\":%lld,",
           n, (double)(t1 - t0) / 1e9, (double)(t1 - t0) / (double)n,
           n_ok ? ns_ok / (double)n_ok : -1.0, n_full ? ns_full / (double)n_full : -1.0,
           ovf0 < 0 ? -1 : ovf1 - ovf0);
    return end_result(&c);
}

/* ----------------------------------------------------------------- saturate */

/* One thread logs as fast as the library lets it for ms milliseconds (in
 * libdlt-ng's block mode that is as fast as the daemon takes the
 * messages): what reaches the client, per second, is the sustained
 * delivery rate at saturation. */
static int mode_saturate(unsigned ms, const char *ctid)
{
    struct codes c;
    memset(&c, 0, sizeof c);
    if (select_overflow_mode() != 0)
        return 1;
    lib_setup(ctid);
    const long long ovf0 = overflow_count();
    const uint64_t t0 = now_ns(), end = t0 + (uint64_t)ms * 1000000u;
    uint64_t sent = 0;
    while (now_ns() < end) {
        for (int k = 0; k < 100; k++)
            log_one(&ctx_main, (uint32_t)sent++, &c);
    }
    const double el = (double)(now_ns() - t0) / 1e9;
    const long long ovf1 = overflow_count();
    printf("{\"mode\":\"saturate\",\"sent\":%" PRIu64 ",\"elapsed_s\":%.4f,"
           "\"achieved_rate\":%.0f,\"overflow\":%lld,",
           sent, el, (double)sent / el, ovf0 < 0 ? -1 : ovf1 - ovf0);
    return end_result(&c);
}

/* --------------------------------------------------------------------- rate */

#define RATE_TICK_NS 100000u /* one batch every 100 us */

static int mode_rate(double rate, unsigned ms, const char *ctid)
{
    struct codes c;
    memset(&c, 0, sizeof c);
    lib_setup(ctid);
    const uint64_t total = (uint64_t)(rate * ms / 1000.0);
    const uint64_t ticks = (uint64_t)ms * 1000000u / RATE_TICK_NS;
    const long long ovf0 = overflow_count();
    uint64_t sent = 0;
    const uint64_t t0 = now_ns();
    uint64_t next = t0;
    for (uint64_t k = 1; k <= ticks; k++) {
        const uint64_t upto = total * k / ticks;
        while (sent < upto)
            log_one(&ctx_main, (uint32_t)sent++, &c);
        next += RATE_TICK_NS;
        const uint64_t t = now_ns();
        if (next > t)
            sleep_until(next);
    }
    const double el = (double)(now_ns() - t0) / 1e9;
    const long long ovf1 = overflow_count();
    printf("{\"mode\":\"rate\",\"rate\":%.0f,\"sent\":%" PRIu64 ",\"elapsed_s\":%.4f,"
           "\"achieved_rate\":%.0f,\"overflow\":%lld,",
           rate, sent, el, (double)sent / el, ovf0 < 0 ? -1 : ovf1 - ovf0);
    print_codes(&c);
    printf("}\n");
    fflush(stdout);
    return 0;
}

/* ----------------------------------------------------------------- disabled */

/* DLT_LOG(ctx_main, DLT_LOG_DEBUG, DLT_STRING("disabled"), DLT_UINT32(i)) as
 * 2.18.8's header expands it: no inline level check, write_start is always
 * called (what applications built against upstream's headers do). */
static inline void log_disabled_call(uint32_t i)
{
    DltContextData cd;
    if (dlt_user_log_write_start(&ctx_main, &cd, DLT_LOG_DEBUG) == DLT_RETURN_TRUE) {
        (void)dlt_user_log_write_string(&cd, "disabled");
        (void)dlt_user_log_write_uint32(&cd, i);
        (void)dlt_user_log_write_finish(&cd);
    }
}

static int mode_disabled(size_t n)
{
    lib_setup("DISA");
    double best = 1e30, best_call = 1e30;
    for (int rep = 0; rep < 9; rep++) { /* the first one warms up; best of the rest */
        uint64_t t0 = now_ns();
        for (size_t i = 0; i < n; i++) {
            DLT_LOG(ctx_main, DLT_LOG_DEBUG, DLT_STRING("disabled"), DLT_UINT32((uint32_t)i));
            __asm__ __volatile__("" ::: "memory");
        }
        double per = (double)(now_ns() - t0) / (double)n;
        if (rep > 0 && per < best)
            best = per;
        t0 = now_ns();
        for (size_t i = 0; i < n; i++) {
            log_disabled_call((uint32_t)i);
            __asm__ __volatile__("" ::: "memory");
        }
        per = (double)(now_ns() - t0) / (double)n;
        if (rep > 0 && per < best_call)
            best_call = per;
    }
    printf("{\"mode\":\"disabled\",\"calls\":%zu,\"ns_per_call\":%.2f,"
           "\"ns_per_call_218_macro\":%.2f}\n", n, best, best_call);
    fflush(stdout);
    return 0;
}

/* ---------------------------------------------------------------- callgrind */

/* Run under valgrind --tool=callgrind --toggle-collect=bench_cg_enabled ...:
 * only the instructions inside these two functions (this thread) count. */
void bench_cg_enabled(size_t n, struct codes *c);
void bench_cg_disabled(size_t n);
void bench_cg_disabled_call(size_t n);

__attribute__((noinline)) void bench_cg_enabled(size_t n, struct codes *c)
{
    for (size_t i = 0; i < n; i++)
        log_one(&ctx_main, (uint32_t)i, c);
}

__attribute__((noinline)) void bench_cg_disabled(size_t n)
{
    for (size_t i = 0; i < n; i++) {
        DLT_LOG(ctx_main, DLT_LOG_DEBUG, DLT_STRING("disabled"), DLT_UINT32((uint32_t)i));
        __asm__ __volatile__("" ::: "memory");
    }
}

__attribute__((noinline)) void bench_cg_disabled_call(size_t n)
{
    for (size_t i = 0; i < n; i++) {
        log_disabled_call((uint32_t)i);
        __asm__ __volatile__("" ::: "memory");
    }
}

static int mode_callgrind(size_t n)
{
    struct codes c;
    memset(&c, 0, sizeof c);
    lib_setup("CALG");
    /* Resolve every PLT entry and touch the paths once, outside the toggles. */
    log_one(&ctx_main, 0, &c);
    DLT_LOG(ctx_main, DLT_LOG_DEBUG, DLT_STRING("disabled"), DLT_UINT32(0));
    log_disabled_call(0);
    sleep_ms(100);
    memset(&c, 0, sizeof c);
    bench_cg_enabled(n, &c);
    bench_cg_disabled(n);
    bench_cg_disabled_call(n);
    printf("{\"mode\":\"callgrind\",\"n\":%zu,", n);
    print_codes(&c);
    printf("}\n");
    fflush(stdout);
    return 0;
}

/* ---------------------------------------------------------------------- raw */

/* DLT user protocol (FIFO IPC of the 2.18.8 daemon): an 8-byte user header
 * "DUH\1" + host-order message type, then the body. */
enum { USER_LOG = 1, USER_REGISTER_APP = 2, USER_UNREGISTER_APP = 3, USER_REGISTER_CTX = 4 };

static size_t put_user_header(uint8_t *p, uint32_t type)
{
    memcpy(p, "DUH\1", 4);
    memcpy(p + 4, &type, 4);
    return 8;
}

static void write_all(int fd, const void *buf, size_t len)
{
    const uint8_t *p = buf;
    while (len) {
        ssize_t w = write(fd, p, len);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            die("write to the daemon FIFO failed");
        p += w;
        len -= (size_t)w;
    }
}

static void put_be32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

/* One verbose LOG message as libdlt writes it (user header included);
 * returns its size. */
static inline size_t build_raw_message(uint8_t *p, const char *ctid, uint8_t mcnt, uint32_t i,
                                       uint32_t session, uint32_t tmsp)
{
    static const char text[] = "bench message";
    const uint16_t tlen = sizeof text;
    const uint32_t ti_str = 0x200, ti_u32 = 0x43, ti_s32 = 0x23;
    const int32_t s = -(int32_t)i;
    size_t o = put_user_header(p, USER_LOG);
    const size_t std = o;
    p[o++] = 0x3d; /* UEH | WEID | WSID | WTMS | version 1 */
    p[o++] = mcnt;
    o += 2; /* length, below */
    memcpy(p + o, "ECU1", 4);
    o += 4;
    put_be32(p + o, session);
    o += 4;
    put_be32(p + o, tmsp);
    o += 4;
    p[o++] = (uint8_t)((DLT_LOG_INFO << 4) | 1); /* MTIN info, MSTP log, verbose */
    p[o++] = 3;
    memcpy(p + o, "BNCH", 4);
    o += 4;
    memset(p + o, 0, 4);
    memcpy(p + o, ctid, strnlen(ctid, 4));
    o += 4;
    memcpy(p + o, &ti_str, 4);
    o += 4;
    memcpy(p + o, &tlen, 2);
    o += 2;
    memcpy(p + o, text, tlen);
    o += tlen;
    memcpy(p + o, &ti_u32, 4);
    o += 4;
    memcpy(p + o, &i, 4);
    o += 4;
    memcpy(p + o, &ti_s32, 4);
    o += 4;
    memcpy(p + o, &s, 4);
    o += 4;
    const uint16_t len = (uint16_t)(o - std);
    p[std + 2] = (uint8_t)(len >> 8);
    p[std + 3] = (uint8_t)len;
    return o;
}

static int mode_raw(double rate, unsigned ms, const char *ctid)
{
    const char *dir = getenv("DLT_PIPE_DIR");
    char path[600];
    uint8_t buf[4096];
    size_t o;
    const int32_t pid = (int32_t)getpid();
    if (!dir)
        die("raw mode needs DLT_PIPE_DIR");

    /* Our own FIFO, so the daemon can answer as it does to every app. */
    snprintf(path, sizeof path, "%s/dltpipes/dlt%d", dir, (int)pid);
    (void)unlink(path);
    if (mkfifo(path, 0622) != 0)
        die("mkfifo of the app FIFO failed");
    const int own = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    snprintf(path, sizeof path, "%s/dlt", dir);
    const int fd = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        die("cannot open the daemon FIFO");
    (void)fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK); /* blocking writes */

    o = put_user_header(buf, USER_REGISTER_APP);
    memcpy(buf + o, "BNCH", 4);
    memcpy(buf + o + 4, &pid, 4);
    memset(buf + o + 8, 0, 4);
    write_all(fd, buf, o + 12);
    o = put_user_header(buf, USER_REGISTER_CTX);
    memcpy(buf + o, "BNCH", 4);
    memset(buf + o + 4, 0, 4);
    memcpy(buf + o + 4, ctid, strnlen(ctid, 4));
    memset(buf + o + 8, 0, 4); /* log level pos */
    buf[o + 12] = DLT_LOG_INFO;
    buf[o + 13] = 0;
    memcpy(buf + o + 14, &pid, 4);
    memset(buf + o + 18, 0, 4);
    write_all(fd, buf, o + 22);
    sleep_ms(100);

    uint64_t sent = 0, writes = 0;
    const uint64_t t0 = now_ns(), end = t0 + (uint64_t)ms * 1000000u;
    uint64_t next = t0;
    const uint64_t per_tick = rate > 0 ? (uint64_t)(rate * RATE_TICK_NS / 1e9) : 0;
    for (;;) {
        const uint64_t t = now_ns();
        if (t >= end)
            break;
        uint64_t want = per_tick ? per_tick : 1000;
        while (want) {
            size_t len = 0;
            while (want && len + 80 <= sizeof buf) {
                len += build_raw_message(buf + len, ctid, (uint8_t)sent, (uint32_t)sent,
                                         (uint32_t)pid, (uint32_t)(t / 100000u));
                sent++;
                want--;
            }
            write_all(fd, buf, len);
            writes++;
        }
        if (per_tick) {
            next += RATE_TICK_NS;
            if (next > now_ns())
                sleep_until(next);
        }
    }
    const double el = (double)(now_ns() - t0) / 1e9;
    o = put_user_header(buf, USER_UNREGISTER_APP);
    memcpy(buf + o, "BNCH", 4);
    memcpy(buf + o + 4, &pid, 4);
    write_all(fd, buf, o + 8);
    close(fd);
    if (own >= 0)
        close(own);
    snprintf(path, sizeof path, "%s/dltpipes/dlt%d", dir, (int)pid);
    (void)unlink(path);
    printf("{\"mode\":\"raw\",\"rate\":%.0f,\"sent\":%" PRIu64 ",\"writes\":%" PRIu64
           ",\"elapsed_s\":%.4f,\"achieved_rate\":%.0f}\n",
           rate, sent, writes, el, (double)sent / el);
    fflush(stdout);
    return 0;
}

/* -------------------------------------------------------------------- count */

static int id_eq(const uint8_t *wire, const char *id)
{
    char want[4] = { 0, 0, 0, 0 };
    memcpy(want, id, strnlen(id, 4));
    return memcmp(wire, want, 4) == 0;
}

static int mode_count(const char *file, const char *apid, const char *ctid)
{
    const int fd = open(file, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0)
        die("cannot open the storage file");
    const size_t size = (size_t)st.st_size;
    const uint8_t *d = size ? mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0) : NULL;
    if (size && d == MAP_FAILED)
        die("mmap failed");
    uint64_t count = 0, first = 0, last = 0, skipped = 0, total = 0;
    size_t pos = 0;
    while (pos + 20 <= size) {
        if (memcmp(d + pos, "DLT\1", 4) != 0) {
            const uint8_t *nx = memmem(d + pos + 1, size - pos - 1, "DLT\1", 4);
            skipped++;
            if (!nx)
                break;
            pos = (size_t)(nx - d);
            continue;
        }
        uint32_t sec, usec;
        memcpy(&sec, d + pos + 4, 4);
        memcpy(&usec, d + pos + 8, 4);
        const uint8_t *h = d + pos + 16;
        const uint8_t htyp = h[0];
        const size_t len = ((size_t)h[2] << 8) | h[3];
        if (len < 4 || pos + 16 + len > size)
            break; /* truncated last message */
        size_t x = 4;
        if (htyp & 0x04)
            x += 4;
        if (htyp & 0x08)
            x += 4;
        if (htyp & 0x10)
            x += 4;
        total++;
        if ((htyp & 0x01) && x + 10 <= len && id_eq(h + x + 2, apid) && id_eq(h + x + 6, ctid)) {
            const uint64_t us = (uint64_t)sec * 1000000u + usec;
            if (!count)
                first = us;
            last = us;
            count++;
        }
        pos += 16 + len;
    }
    printf("{\"mode\":\"count\",\"count\":%" PRIu64 ",\"first_us\":%" PRIu64
           ",\"last_us\":%" PRIu64 ",\"messages\":%" PRIu64 ",\"resyncs\":%" PRIu64 "}\n",
           count, first, last, total, skipped);
    return 0;
}

/* --------------------------------------------------------------------- main */

static void usage(void)
{
    fprintf(stderr,
            "usage: dlt-ng-bench-worker latency|burst|rate|saturate|disabled|callgrind|raw [-t T] [-n N]\n"
            "                           [-r RATE] [-b BATCH] [-d MS] [-c CTID] [-w WARM] [-m MODE]\n"
            "       dlt-ng-bench-worker count FILE APID CTID\n");
    exit(2);
}

int main(int argc, char **argv)
{
    unsigned threads = 1, batch = 10, ms = 1000;
    size_t n = 100000;
    double rate = 100000;
    const char *ctid = "BNCH";
    int opt;

    if (argc < 2)
        usage();
    const char *mode = argv[1];
    if (strcmp(mode, "count") == 0) {
        if (argc != 5)
            usage();
        return mode_count(argv[2], argv[3], argv[4]);
    }
    optind = 2;
    while ((opt = getopt(argc, argv, "t:n:r:b:d:c:w:m:")) != -1) {
        switch (opt) {
        case 't': threads = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'n': n = (size_t)strtoull(optarg, NULL, 10); break;
        case 'r': rate = strtod(optarg, NULL); break;
        case 'b': batch = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'd': ms = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'c': ctid = optarg; break;
        case 'w': warm_messages = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'm': burst_overflow_mode = optarg; break;
        default: usage();
        }
    }
    if (threads < 1 || threads > 64 || batch < 1)
        usage();
    /* Sleep granularity of the pacing: 1 us instead of the default 50 us slack. */
    (void)prctl(PR_SET_TIMERSLACK, 1000UL, 0, 0, 0);

    if (strcmp(mode, "latency") == 0)
        return mode_latency(threads, n, rate > 0 ? rate : 1, batch, ctid);
    if (strcmp(mode, "burst") == 0)
        return mode_burst(n, ctid);
    if (strcmp(mode, "rate") == 0)
        return mode_rate(rate, ms, ctid);
    if (strcmp(mode, "saturate") == 0)
        return mode_saturate(ms, ctid);
    if (strcmp(mode, "disabled") == 0)
        return mode_disabled(n);
    if (strcmp(mode, "callgrind") == 0)
        return mode_callgrind(n);
    if (strcmp(mode, "raw") == 0)
        return mode_raw(rate, ms, ctid);
    usage();
    return 2;
}
