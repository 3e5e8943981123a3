/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: no message may stay in the ring because the worker went to
 * sleep just as it was published (a missed wake-up).
 *
 * Connects to the daemon as a client (TCP, ::1 only), registers, and then,
 * ROUNDS times: sleeps a random 2-5 ms (long enough for libdlt-ng's worker
 * to stop napping and block, so the next message must wake it), logs one
 * message with a unique text, and waits until the daemon has forwarded that
 * text to us.  A message that does not arrive within 5 s (the worker would
 * sleep until the next message, and there is none) fails the run.
 *
 * Usage: wake-race PORT [ROUNDS]
 * Prints: rounds=N stuck=M worst_us=W.  Exit status 1 if a message was
 * stuck, 2 on a setup error. */
#define _GNU_SOURCE 1
#include <arpa/inet.h>
#include <dlt/dlt.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

enum { kTimeoutMs = 5000, kBufSize = 1 << 16 };

static long long now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

static int connect_daemon(int port)
{
    struct sockaddr_in6 a;
    int fd = socket(AF_INET6, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    memset(&a, 0, sizeof a);
    a.sin6_family = AF_INET6;
    a.sin6_port = htons((unsigned short)port);
    a.sin6_addr = in6addr_loopback;
    if (connect(fd, (struct sockaddr *)&a, sizeof a) != 0) {
        close(fd);
        return -1;
    }
    return fd;
}

/* Read from fd into buf (keeping its tail) until text appears or the time
 * is up; 1 if found, 0 if not, -1 if the daemon closed the connection. */
static int wait_for(int fd, char *buf, size_t *len, const char *text, long long deadline_us)
{
    const size_t tlen = strlen(text);
    for (;;) {
        char *hit = memmem(buf, *len, text, tlen);
        if (hit) {
            size_t rest = *len - (size_t)(hit + tlen - buf);
            memmove(buf, hit + tlen, rest);
            *len = rest;
            return 1;
        }
        if (*len > kBufSize / 2) { /* keep a tail that may hold half a text */
            memmove(buf, buf + *len - tlen, tlen);
            *len = tlen;
        }
        long long left = deadline_us - now_us();
        if (left <= 0)
            return 0;
        struct pollfd p = { fd, POLLIN, 0 };
        if (poll(&p, 1, (int)(left / 1000) + 1) <= 0)
            continue;
        ssize_t n = read(fd, buf + *len, kBufSize - *len);
        if (n == 0)
            return -1;
        if (n > 0)
            *len += (size_t)n;
    }
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    const int port = atoi(argv[1]);
    const int rounds = argc > 2 ? atoi(argv[2]) : 400;
    static char buf[kBufSize];
    size_t len = 0;
    DltContext ctx;
    unsigned seed = 20261201;
    int stuck = 0, i;
    long long worst = 0;

    /* Connect first: the daemon forwards only what arrives after a client is there. */
    int fd = connect_daemon(port);
    if (fd < 0) {
        perror("connect to the daemon");
        return 2;
    }
    if (dlt_register_app("WAKE", "wake-up race") < 0 ||
        dlt_register_context(&ctx, "WAK1", "wake-up race") < 0) {
        fprintf(stderr, "registration failed\n");
        return 2;
    }
    for (i = 0; i < rounds; i++) {
        char text[32];
        seed = seed * 1103515245u + 12345u;
        struct timespec pause = { 0, 2000000L + (long)((seed >> 8) % 3000000u) };
        nanosleep(&pause, NULL);
        snprintf(text, sizeof text, "wake-race-%06d", i);
        const long long sent = now_us();
        if (dlt_log_string(&ctx, DLT_LOG_INFO, text) < 0) {
            fprintf(stderr, "dlt_log_string failed in round %d\n", i);
            return 2;
        }
        int got = wait_for(fd, buf, &len, text, sent + kTimeoutMs * 1000LL);
        if (got < 0) {
            fprintf(stderr, "the daemon closed the connection in round %d\n", i);
            return 2;
        }
        if (!got) {
            stuck++;
            printf("# round %d: message not forwarded within %d ms\n", i, kTimeoutMs);
            i++;
            break; /* the ring is stuck; the next message would only wake it */
        }
        if (now_us() - sent > worst)
            worst = now_us() - sent;
    }
    printf("rounds=%d stuck=%d worst_us=%lld\n", i, stuck, worst);
    dlt_unregister_context(&ctx);
    dlt_unregister_app();
    close(fd);
    return stuck ? 1 : 0;
}
