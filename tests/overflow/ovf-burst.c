/* SPDX-License-Identifier: MPL-2.0 */
/* ovf-burst: one thread logs a burst of numbered messages through libdlt-ng
 * and reports what the library said about each, for tests/overflow.
 *
 * Usage: ovf-burst [-n N] [-a MODE] [-t MS] [-l] [-q]
 *   -n N     messages (default 100000): app OVFL, context BRST, level INFO,
 *            payload DLT_STRING("burst") DLT_UINT32(i), i = 0 .. N-1
 *   -a MODE  dlt_ng_set_overflow_mode(MODE, -t) before anything else
 *            (drop_newest, overwrite_oldest, block, or a number)
 *   -t MS    block timeout given with -a (default -1: keep)
 *   -e K     after the burst, K messages at DLT_LOG_ERROR to context ERRS
 *            (they may use the ring's priority headroom)
 *   -l       late app: register the context first, log the burst, and only
 *            then register the app, so nothing can leave the ring during the
 *            burst (the worker sends nothing for an unregistered app)
 *   -q       query only: initialise (dlt_register_app), print the mode and
 *            timeout in force, exit
 *
 * Prints one line: "sent N ok A full F other O overflow C mode M timeout T
 * setret R errok E".  Exit status 0 unless an API call failed unexpectedly. */
#include <dlt.h>
#include <dlt_ng.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int parse_mode(const char *s)
{
    if (strcmp(s, "drop_newest") == 0)
        return DLT_NG_OVERFLOW_DROP_NEWEST;
    if (strcmp(s, "overwrite_oldest") == 0)
        return DLT_NG_OVERFLOW_OVERWRITE_OLDEST;
    if (strcmp(s, "block") == 0)
        return DLT_NG_OVERFLOW_BLOCK;
    return atoi(s);
}

int main(int argc, char **argv)
{
    long n = 100000;
    const char *api_mode = NULL;
    int timeout = -1, late = 0, query = 0, opt;
    long errors = 0;
    while ((opt = getopt(argc, argv, "n:a:t:e:lq")) != -1) {
        switch (opt) {
        case 'n': n = atol(optarg); break;
        case 'a': api_mode = optarg; break;
        case 't': timeout = atoi(optarg); break;
        case 'e': errors = atol(optarg); break;
        case 'l': late = 1; break;
        case 'q': query = 1; break;
        default: return 2;
        }
    }
    int setret = 0;
    if (api_mode)
        setret = dlt_ng_set_overflow_mode((DltNgOverflowMode)parse_mode(api_mode), timeout);

    DltContext ctx, ectx;
    if (!late && dlt_register_app("OVFL", "overflow burst") != DLT_RETURN_OK)
        return 1;
    if (query) {
        printf("mode %d timeout %d setret %d\n", (int)dlt_ng_get_overflow_mode(),
               dlt_ng_get_block_timeout(), setret);
        dlt_free();
        return 0;
    }
    if (dlt_register_context(&ctx, "BRST", "burst") != DLT_RETURN_OK ||
        dlt_register_context(&ectx, "ERRS", "errors") != DLT_RETURN_OK)
        return 1;

    long ok = 0, full = 0, other = 0;
    for (long i = 0; i < n; ++i) {
        DltContextData d;
        DltReturnValue r = dlt_user_log_write_start(&ctx, &d, DLT_LOG_INFO);
        if (r != DLT_RETURN_TRUE) {
            ++other;
            continue;
        }
        dlt_user_log_write_string(&d, "burst");
        dlt_user_log_write_uint32(&d, (uint32_t)i);
        r = dlt_user_log_write_finish(&d);
        if (r == DLT_RETURN_OK)
            ++ok;
        else if (r == DLT_RETURN_BUFFER_FULL)
            ++full;
        else
            ++other;
    }
    long errok = 0;
    for (long i = 0; i < errors; ++i) {
        DltContextData d;
        if (dlt_user_log_write_start(&ectx, &d, DLT_LOG_ERROR) != DLT_RETURN_TRUE)
            continue;
        dlt_user_log_write_string(&d, "error");
        dlt_user_log_write_uint32(&d, (uint32_t)i);
        if (dlt_user_log_write_finish(&d) == DLT_RETURN_OK)
            ++errok;
    }
    if (late && dlt_register_app("OVFL", "overflow burst") != DLT_RETURN_OK)
        return 1;
    /* Delivers what is queued (bounded by DLT_NG_FLUSH_TIMEOUT_MS). */
    dlt_free();
    const unsigned long long overflow = (unsigned long long)dlt_get_overflow_count();
    printf("sent %ld ok %ld full %ld other %ld overflow %llu mode %d timeout %d setret %d errok %ld\n",
           n, ok, full, other, overflow, (int)dlt_ng_get_overflow_mode(),
           dlt_ng_get_block_timeout(), setret, errok);
    return other == 0 ? 0 : 1;
}
