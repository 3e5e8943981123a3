/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: logs the benchmark's message (start + string + uint32 + int32
 * + finish) after a warm-up, three times between two marker loads, for
 * tools/bench/footprint.py to find in a valgrind lackey trace (the
 * footprint part of tools/dlt-ng-bench, tests/perf/test-footprint.sh).  Prints
 * the markers' addresses and its memory map to stderr before the marked
 * messages. */
#include <stdio.h>
#include <time.h>

#include <dlt.h>

static DltContext ctx;
/* Loaded right before and right after each marked message. */
volatile long marker_begin, marker_end;

static void one_message(unsigned i)
{
    DltContextData cd;
    if (dlt_user_log_write_start(&ctx, &cd, DLT_LOG_INFO) > 0) {
        dlt_user_log_write_string(&cd, "bench message");
        dlt_user_log_write_uint32(&cd, i);
        dlt_user_log_write_int32(&cd, -(int)i);
        dlt_user_log_write_finish(&cd);
    }
}

static void print_maps(void)
{
    fprintf(stderr, "MARKERS %p %p\n", (void *)&marker_begin, (void *)&marker_end);
    FILE *maps = fopen("/proc/self/maps", "r");
    char line[512];
    while (maps && fgets(line, sizeof line, maps))
        fprintf(stderr, "MAP %s", line);
    if (maps)
        fclose(maps);
}

static void sleep_ms(long ms)
{
    const struct timespec t = { ms / 1000, (ms % 1000) * 1000 * 1000 };
    nanosleep(&t, NULL);
}

int main(void)
{
    if (dlt_register_app("FOOT", "footprint probe") < 0 ||
        dlt_register_context(&ctx, "FOOT", "footprint") < 0)
        return 1;
    for (unsigned i = 0; i < 300; i++)
        one_message(i);
    /* Time for the worker to calibrate the TSC rate (a second sample at
     * least 20 ms after its first): valgrind runs one thread at a time, so
     * the worker may not have run at all while the 300 messages went by,
     * and an uncalibrated library stamps messages with clock_gettime,
     * which is not the usual path. */
    sleep_ms(150);
    print_maps();
    for (unsigned k = 0; k < 3; k++) {
        /* A stream: the previous message 1 ms before, so the worker naps
         * (no wake-up to pay). */
        one_message(1000 + k);
        sleep_ms(1);
        (void)marker_begin;
        one_message(k);
        (void)marker_end;
    }
    dlt_unregister_context(&ctx);
    dlt_unregister_app();
    return 0;
}
