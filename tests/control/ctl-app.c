/* SPDX-License-Identifier: MPL-2.0 */
/* ctl-app: a DLT application for the daemon-driven control tests
 * (tests/control/test-control.sh).  The same binary runs on the reference
 * libdlt.so.2 and on libdlt-ng (chosen through LD_LIBRARY_PATH), and reports
 * on stdout, one line per event, what the library did:
 *
 *   READY <pid>
 *   LEVEL <ctid> <ll> <ts> <t_ns>     a context's level bytes changed
 *                                    (a watcher thread samples them every
 *                                    100 us; t_ns is CLOCK_MONOTONIC)
 *   LLCB <ctid> <ll> <ts> <t_ns>      a log-level-changed callback ran
 *   INJ <kind> <sid> <len> <hex> <t_ns>   an injection callback ran
 *                                    (kind: plain, or id:<priv ok?>)
 *   STATE <n>  LOGGED <rc>  BURST <ok>  LIMIT <rc>  BYE   answers to commands
 *
 * Contexts (app CTLA): CTX1 dlt_register_context + callbacks installed
 * afterwards (llccb, injections 0x1000 plain and 0x1001 with id); CTX2
 * dlt_register_context_llccb; CTX3 dlt_register_context_ll_ts(WARN, OFF);
 * CTX4 dlt_register_context_ll_ts_llccb(ERROR, DEFAULT).
 *
 * Commands on stdin, one per line:
 *   log <ctid> <level> <text>   dlt_log_string on that context
 *   burst <ctid> <n>            n INFO messages "burst-<i>" over some ms
 *   state                       dlt_get_log_state()
 *   limit <ll> <ts>             dlt_set_application_ll_ts_limit
 *   quit                        unregister everything, dlt_free, exit 0 */
#include <inttypes.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <dlt.h>

/* Exported by libdlt 2.18.8 (and libdlt-ng) but declared by no header. */
DltReturnValue dlt_register_context_ll_ts_llccb(DltContext *handle, const char *contextid,
                                                const char *description, int loglevel,
                                                int tracestatus,
                                                void (*cb)(char context_id[DLT_ID_SIZE],
                                                           uint8_t log_level,
                                                           uint8_t trace_status));

#define NCTX 4
static DltContext ctx[NCTX];
static const char *const ids[NCTX] = {"CTX1", "CTX2", "CTX3", "CTX4"};
static pthread_mutex_t out_lock = PTHREAD_MUTEX_INITIALIZER;
static int stop_watch; /* __atomic: read by the watcher */
static int priv_marker;

static long long now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void say(const char *fmt, ...)
{
    va_list ap;
    pthread_mutex_lock(&out_lock);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    fflush(stdout);
    pthread_mutex_unlock(&out_lock);
}

static void llcb(char context_id[DLT_ID_SIZE], uint8_t log_level, uint8_t trace_status)
{
    say("LLCB %.4s %u %u %lld\n", context_id, log_level, trace_status, now_ns());
}

static void print_injection(const char *kind, uint32_t sid, const void *data, uint32_t len)
{
    char hex[2 * 64 + 1] = "-";
    const unsigned char *p = data;
    uint32_t n = len < 64 ? len : 64;
    for (uint32_t i = 0; i < n; ++i)
        sprintf(hex + 2 * i, "%02x", p[i]);
    say("INJ %s %#" PRIx32 " %" PRIu32 " %s %lld\n", kind, sid, len, hex, now_ns());
}

static int inj_plain(uint32_t sid, void *data, uint32_t len)
{
    print_injection("plain", sid, data, len);
    return 0;
}

static int inj_with_id(uint32_t sid, void *data, uint32_t len, void *priv)
{
    print_injection(priv == &priv_marker ? "id:priv-ok" : "id:priv-bad", sid, data, len);
    return 0;
}

/* Sample every context's level bytes and report changes. */
static void *watch(void *arg)
{
    int8_t seen_ll[NCTX], seen_ts[NCTX];
    (void)arg;
    for (int i = 0; i < NCTX; ++i) {
        seen_ll[i] = __atomic_load_n(ctx[i].log_level_ptr, __ATOMIC_RELAXED);
        seen_ts[i] = __atomic_load_n(ctx[i].trace_status_ptr, __ATOMIC_RELAXED);
        say("LEVEL %s %d %d %lld\n", ids[i], seen_ll[i], seen_ts[i], now_ns());
    }
    while (!__atomic_load_n(&stop_watch, __ATOMIC_RELAXED)) {
        for (int i = 0; i < NCTX; ++i) {
            const int8_t ll = __atomic_load_n(ctx[i].log_level_ptr, __ATOMIC_RELAXED);
            const int8_t ts = __atomic_load_n(ctx[i].trace_status_ptr, __ATOMIC_RELAXED);
            if (ll != seen_ll[i] || ts != seen_ts[i]) {
                const long long t = now_ns();
                seen_ll[i] = ll;
                seen_ts[i] = ts;
                say("LEVEL %s %d %d %lld\n", ids[i], ll, ts, t);
            }
        }
        const struct timespec nap = {0, 100000};
        nanosleep(&nap, NULL);
    }
    return NULL;
}

static int find_ctx(const char *id)
{
    for (int i = 0; i < NCTX; ++i)
        if (strcmp(ids[i], id) == 0)
            return i;
    return -1;
}

int main(void)
{
    if (dlt_register_app("CTLA", "control test app") != DLT_RETURN_OK ||
        dlt_register_context(&ctx[0], ids[0], "plain context") != DLT_RETURN_OK ||
        dlt_register_log_level_changed_callback(&ctx[0], llcb) != DLT_RETURN_OK ||
        dlt_register_injection_callback(&ctx[0], 0x1000, inj_plain) != DLT_RETURN_OK ||
        dlt_register_injection_callback_with_id(&ctx[0], 0x1001, inj_with_id, &priv_marker) !=
            DLT_RETURN_OK ||
        dlt_register_context_llccb(&ctx[1], ids[1], "llccb context", llcb) != DLT_RETURN_OK ||
        dlt_register_context_ll_ts(&ctx[2], ids[2], "explicit context", DLT_LOG_WARN,
                                   DLT_TRACE_STATUS_OFF) != DLT_RETURN_OK ||
        dlt_register_context_ll_ts_llccb(&ctx[3], ids[3], "explicit llccb", DLT_LOG_ERROR,
                                         DLT_TRACE_STATUS_DEFAULT, llcb) != DLT_RETURN_OK) {
        fprintf(stderr, "ctl-app: registration failed\n");
        return 2;
    }
    /* Service ids below 0xFFF belong to the daemon. */
    if (dlt_register_injection_callback(&ctx[0], 0xFFE, inj_plain) != DLT_RETURN_WRONG_PARAMETER) {
        fprintf(stderr, "ctl-app: service id 0xFFE was accepted\n");
        return 2;
    }
    pthread_t watcher;
    pthread_create(&watcher, NULL, watch, NULL);
    say("READY %d\n", (int)getpid());

    char line[512];
    while (fgets(line, sizeof line, stdin)) {
        char id[8], text[400];
        int level, ts;
        line[strcspn(line, "\n")] = 0;
        if (sscanf(line, "log %7s %d %399[^\n]", id, &level, text) == 3 && find_ctx(id) >= 0) {
            say("LOGGED %d\n", dlt_log_string(&ctx[find_ctx(id)], (DltLogLevelType)level, text));
        } else if (sscanf(line, "burst %7s %d", id, &level) == 2 && find_ctx(id) >= 0) {
            /* level = how many INFO messages, spread over a few ms */
            int good = 0;
            for (int i = 0; i < level; ++i) {
                char msg[32];
                snprintf(msg, sizeof msg, "burst-%d", i);
                good += dlt_log_string(&ctx[find_ctx(id)], DLT_LOG_INFO, msg) == DLT_RETURN_OK;
                if (i % 10 == 9) {
                    const struct timespec nap = {0, 200000};
                    nanosleep(&nap, NULL);
                }
            }
            say("BURST %d\n", good);
        } else if (strcmp(line, "state") == 0) {
            say("STATE %d\n", dlt_get_log_state());
        } else if (sscanf(line, "limit %d %d", &level, &ts) == 2) {
            say("LIMIT %d\n", dlt_set_application_ll_ts_limit((DltLogLevelType)level,
                                                             (DltTraceStatusType)ts));
        } else if (strcmp(line, "quit") == 0) {
            break;
        } else {
            say("UNKNOWN %s\n", line);
        }
    }
    __atomic_store_n(&stop_watch, 1, __ATOMIC_RELAXED);
    pthread_join(watcher, NULL);
    for (int i = 0; i < NCTX; ++i)
        dlt_unregister_context(&ctx[i]);
    dlt_unregister_app();
    dlt_free();
    say("BYE\n");
    return 0;
}
