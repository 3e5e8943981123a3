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

int main(void)
{
    if (dlt_register_app("FOOT", "footprint probe") < 0 ||
        dlt_register_context(&ctx, "FOOT", "footprint") < 0)
        return 1;
    for (unsigned i = 0; i < 300; i++)
        one_message(i);
    fprintf(stderr, "MARKERS %p %p\n", (void *)&marker_begin, (void *)&marker_end);
    FILE *maps = fopen("/proc/self/maps", "r");
    char line[512];
    while (maps && fgets(line, sizeof line, maps))
        fprintf(stderr, "MAP %s", line);
    if (maps)
        fclose(maps);
    for (unsigned k = 0; k < 3; k++) {
        /* A stream: the previous message 1 ms before, so the worker naps
         * (no wake-up to pay). */
        one_message(1000 + k);
        const struct timespec gap = { 0, 1000 * 1000 };
        nanosleep(&gap, NULL);
        (void)marker_begin;
        one_message(k);
        (void)marker_end;
    }
    dlt_unregister_context(&ctx);
    dlt_unregister_app();
    return 0;
}
