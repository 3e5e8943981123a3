/* SPDX-License-Identifier: MPL-2.0 */
/* ts-probe: automatic message timestamps, checked against the clock.
 *
 * Every message carries one uint32 argument: CLOCK_MONOTONIC in 0.1 ms
 * units (DLT's timestamp unit) read just before its
 * dlt_user_log_write_start.  One thread logs them all, so they arrive in
 * the order they were logged, and the next message's value was read after
 * this one's dlt_user_log_write_finish.  Whoever receives them (a
 * dlt-receive file, a DLT file written in file mode, the local-print
 * console lines) checks that each message's timestamp lies between its
 * own value and the next message's (tests/integration/test-timestamps.sh);
 * a last message (context DONE) bounds the one before it.  The phases cover the library's
 * paths to a timestamp: right after registration (libdlt-ng is still
 * calibrating its TSC), a steady stream, after the worker fell asleep
 * (idle longer than any anchor lives), a burst that fills the ring faster
 * than the daemon drains it (records converted long after they were
 * logged), and with local print on.
 *
 * Usage: ts-probe daemon       log to the daemon (DLT_PIPE_DIR)
 *        ts-probe file PATH    log into the DLT file PATH (dlt_init_file)
 * Phases and counts are printed on stdout as "phase CTID N" lines; the
 * local-print phase (daemon mode only) prints the library's console lines
 * after "print-begin". */
#include <dlt/dlt.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define PHASES 7
static DltContext ctx[PHASES];
static const char *const kPhase[PHASES] = {"EARL", "STRM", "IDLE", "BRST", "LONG", "PRNT", "DONE"};

static uint32_t units_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint32_t)((uint64_t)ts.tv_sec * 10000u + (uint64_t)ts.tv_nsec / 100000u);
}

static void sleep_us(long us)
{
    struct timespec ts = {us / 1000000, (us % 1000000) * 1000};
    while (nanosleep(&ts, &ts) != 0) {
    }
}

static int log_one(DltContext *c)
{
    DltContextData d;
    const uint32_t before = units_now();
    if (dlt_user_log_write_start(c, &d, DLT_LOG_INFO) != DLT_RETURN_TRUE)
        return -1;
    dlt_user_log_write_uint32(&d, before);
    return dlt_user_log_write_finish(&d) < 0 ? -1 : 0;
}

static int phase(int p, int n, long gap_us)
{
    int bad = 0;
    for (int i = 0; i < n; i++) {
        if (log_one(&ctx[p]) != 0)
            bad++;
        if (gap_us > 0)
            sleep_us(gap_us);
    }
    printf("phase %s %d\n", kPhase[p], n - bad);
    fflush(stdout);
    return bad;
}

int main(int argc, char **argv)
{
    const int file_mode = argc == 3 && strcmp(argv[1], "file") == 0;
    if (!file_mode && !(argc == 2 && strcmp(argv[1], "daemon") == 0)) {
        fprintf(stderr, "usage: ts-probe daemon | ts-probe file PATH\n");
        return 2;
    }
    /* 2.18.8 refuses to write a file without a size limit (its default
     * maximum is 0 bytes). */
    if (file_mode && (dlt_init_file(argv[2]) < 0 || dlt_set_filesize_max(16 << 20) < 0))
        return 1;
    if (dlt_register_app("TSPR", "timestamp probe") < 0)
        return 1;
    for (int p = 0; p < PHASES; p++)
        if (dlt_register_context(&ctx[p], kPhase[p], "phase") < 0)
            return 1;
    int bad = 0;
    bad += phase(0, 40, 250);   /* the first 10 ms */
    bad += phase(1, 2000, 50);  /* a stream */
    sleep_us(400000);           /* the worker falls asleep */
    bad += phase(2, 5, 1000);
    bad += phase(3, 3000, 0);   /* back to back */
    sleep_us(1500000);
    bad += phase(4, 1, 0);
    if (!file_mode) {
        printf("print-begin\n");
        fflush(stdout);
        dlt_enable_local_print();
        bad += phase(5, 20, 1000);
        dlt_disable_local_print();
    }
    bad += phase(6, 1, 0);
    for (int p = 0; p < PHASES; p++)
        dlt_unregister_context(&ctx[p]);
    dlt_unregister_app_flush_buffered_logs();
    dlt_free();
    return bad ? 1 : 0;
}
