/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: how often the library's worker thread wakes up while the
 * application logs a steady stream, and after it stopped.  Logs
 * 20,000 messages (argv[1] overrides the count) in 10,000 batches of two,
 * with a 100 us sleep after each batch, then stays quiet.  Prints, for the worker thread ("dlt-ng-worker", found in
 * /proc/self/task), its context switches during the stream and during one
 * idle second that starts 100 ms after the last message:
 *   stream_switches=N idle_switches=M messages=K
 * Exit status 2 if the worker thread is not found. */
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
    long s0, s1, s2;
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
    sleep_ns(100000000L);
    s1 = switches_of("dlt-ng-worker");
    sleep_ns(1000000000L);
    s2 = switches_of("dlt-ng-worker");
    printf("stream_switches=%ld idle_switches=%ld messages=%d batches=%d\n", s1 - s0, s2 - s1, n,
           (n + 1) / 2);
    DLT_UNREGISTER_CONTEXT(ctx);
    DLT_UNREGISTER_APP();
    return 0;
}
