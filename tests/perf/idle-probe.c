/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: how often the library's worker thread wakes up, and how
 * often the logging thread has to wake it.  Phases:
 *  1. stream: 20,000 messages (argv[1] overrides the count) in batches of
 *     two, a 100 us sleep after each;
 *  2. sparse: 100 INFO messages 10 ms apart (the worker dozes between
 *     them), then one ERROR message 50 ms after the last;
 *  3. quiet: one idle second that starts 1.5 s after the ERROR (past the
 *     worker's doze window).
 * Prints the worker thread's context switches ("dlt-ng-worker", found in
 * /proc/self/task) in phases 1 and 3, and the write syscalls of the
 * logging thread itself (/proc/thread-self/io: a wake-up is an eventfd
 * write) for the sparse INFO messages and for the ERROR:
 *   stream_switches=N idle_switches=M sparse_writes=S error_writes=E messages=K
 * Exit status 2 if the worker thread or the I/O counters are missing. */
#define _GNU_SOURCE 1
#include <dirent.h>
#include <dlt/dlt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void sleep_ns(long ns)
{
    struct timespec ts = { ns / 1000000000L, ns % 1000000000L };
    while (nanosleep(&ts, &ts) != 0) {
    }
}

/* Write syscalls of the calling thread so far, -1 if unknown. */
static long own_write_syscalls(void)
{
    FILE *f = fopen("/proc/thread-self/io", "r");
    char line[128];
    long n = -1;
    if (!f)
        return -1;
    while (fgets(line, sizeof line, f))
        sscanf(line, "syscw: %ld", &n);
    fclose(f);
    return n;
}

/* Voluntary + involuntary context switches of the thread named name. */
static long switches_of(const char *name)
{
    DIR *d = opendir("/proc/self/task");
    struct dirent *e;
    long found = -1;
    if (!d)
        return -1;
    while ((e = readdir(d)) != NULL && found < 0) {
        char path[300], comm[64] = "", line[256];
        FILE *f;
        long v = 0, nv = 0;
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "/proc/self/task/%s/comm", e->d_name);
        f = fopen(path, "r");
        if (!f)
            continue;
        if (!fgets(comm, sizeof comm, f))
            comm[0] = 0;
        fclose(f);
        comm[strcspn(comm, "\n")] = 0;
        if (strcmp(comm, name) != 0)
            continue;
        snprintf(path, sizeof path, "/proc/self/task/%s/status", e->d_name);
        f = fopen(path, "r");
        if (!f)
            continue;
        while (fgets(line, sizeof line, f)) {
            sscanf(line, "voluntary_ctxt_switches: %ld", &v);
            sscanf(line, "nonvoluntary_ctxt_switches: %ld", &nv);
        }
        fclose(f);
        found = v + nv;
    }
    closedir(d);
    return found;
}

DLT_DECLARE_CONTEXT(ctx)

int main(int argc, char **argv)
{
    const int n = argc > 1 ? atoi(argv[1]) : 20000;
    enum { kSparse = 100 };
    long s0, s1, s2, s3, w0, w1, w2;
    int i;
    DLT_REGISTER_APP("IDLE", "worker idle probe");
    DLT_REGISTER_CONTEXT(ctx, "IDL", "idle");
    sleep_ns(200000000L); /* connected, registrations sent */
    s0 = switches_of("dlt-ng-worker");
    if (s0 < 0) {
        printf("no dlt-ng-worker thread\n");
        return 2;
    }
    for (i = 0; i < n; i++) {
        DLT_LOG(ctx, DLT_LOG_INFO, DLT_STRING("idle probe"), DLT_INT32(i));
        if (i % 2 == 1)
            sleep_ns(100000L); /* a batch of two every 100 us or so */
    }
    s1 = switches_of("dlt-ng-worker");
    sleep_ns(100000000L);
    /* (The first read of the counters opens a file: a write-free syscall
     * pattern from here on, so w0..w2 count only what logging does.) */
    w0 = own_write_syscalls();
    for (i = 0; i < kSparse; i++) {
        sleep_ns(10000000L);
        DLT_LOG(ctx, DLT_LOG_INFO, DLT_STRING("sparse"), DLT_INT32(i));
    }
    w1 = own_write_syscalls();
    sleep_ns(50000000L);
    DLT_LOG(ctx, DLT_LOG_ERROR, DLT_STRING("urgent"), DLT_INT32(n));
    w2 = own_write_syscalls();
    sleep_ns(1500000000L);
    s2 = switches_of("dlt-ng-worker");
    sleep_ns(1000000000L);
    s3 = switches_of("dlt-ng-worker");
    if (w0 < 0 || w1 < 0 || w2 < 0) {
        printf("no /proc/thread-self/io\n");
        return 2;
    }
    printf("stream_switches=%ld idle_switches=%ld sparse_writes=%ld error_writes=%ld messages=%d\n",
           s1 - s0, s3 - s2, w1 - w0, w2 - w1, n + kSparse + 1);
    DLT_UNREGISTER_CONTEXT(ctx);
    DLT_UNREGISTER_APP();
    return 0;
}
