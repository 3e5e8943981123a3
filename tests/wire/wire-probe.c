/* SPDX-License-Identifier: MPL-2.0 */
/* wire-probe: sends one DLT message per case, covering every argument writer
 * and type, the macros, log levels, user timestamps, non-verbose mode, the
 * header switches, the one-call helpers, the marker and network trace, through
 * a real dlt-daemon.  test-wire.sh runs the SAME binary on the reference
 * libdlt.so.2 and on libdlt-ng and compares what a dlt-receive client got,
 * message by message, at the byte level (wirecmp.py).
 *
 * Usage: wire-probe [-m main|noext]
 *   main   every family (run without DLT_DISABLE_EXTENDED_HEADER_FOR_NONVERBOSE)
 *   noext  the non-verbose cases again; run it with
 *          DLT_DISABLE_EXTENDED_HEADER_FOR_NONVERBOSE=1
 *
 * Wire layout: before each case a delimiter message is sent on context CASE
 * (verbose, INFO, three strings: family, "NNN name", flags).  Every message
 * up to the next delimiter belongs to that case.  Flags (comma separated):
 *   ts             the case sets user timestamps: compare the timestamp too
 *   marker         the case calls dlt_log_marker(); the message with the
 *                  string "lost-on-reference" is lost by the 2.18.8 daemon
 *   nwseg          segmented network trace: the stream id (gettimeofday usec)
 *                  is masked
 *   missing:NAME   NAME is not exported by the library under test (resolved
 *                  with dlsym at run time): the case body was skipped
 * At the end it prints "CASES <n>" (the number of delimiters) on stdout.
 *
 * Single thread, so the messages keep their order; it pauses 1 ms every ~50
 * messages (big messages weigh more) so that the reference library does not
 * overflow its buffer.  Functions that libdlt-ng may not export yet are only
 * reached through dlsym(RTLD_DEFAULT, ...), so the binary always loads. */
#define _GNU_SOURCE
#include <dlt/dlt.h>

#include <dlfcn.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ------------------------------------------------------------------ pacing */

static unsigned g_weight;
static unsigned g_cases;

static void pace(unsigned weight)
{
    g_weight += weight;
    if (g_weight >= 50) {
        g_weight = 0;
        usleep(1000);
    }
}

/* ------------------------------------------------------------------ contexts */

DLT_DECLARE_CONTEXT(cCASE)
DLT_DECLARE_CONTEXT(cBOOL)
DLT_DECLARE_CONTEXT(cINT)
DLT_DECLARE_CONTEXT(cFLT)
DLT_DECLARE_CONTEXT(cFMT)
DLT_DECLARE_CONTEXT(cPTR)
DLT_DECLARE_CONTEXT(cSTR)
DLT_DECLARE_CONTEXT(cRAW)
DLT_DECLARE_CONTEXT(cMULT)
DLT_DECLARE_CONTEXT(cTRNC)
DLT_DECLARE_CONTEXT(cLVL)
DLT_DECLARE_CONTEXT(cWRN)
DLT_DECLARE_CONTEXT(cMAC)
DLT_DECLARE_CONTEXT(cTS)
DLT_DECLARE_CONTEXT(cNV)
DLT_DECLARE_CONTEXT(cHDR)
DLT_DECLARE_CONTEXT(cONE)
DLT_DECLARE_CONTEXT(cMARK)
DLT_DECLARE_CONTEXT(cNWT)
DLT_DECLARE_CONTEXT(cNWOFF)
DLT_DECLARE_CONTEXT(cGBUF)
DLT_DECLARE_CONTEXT(cMODE)

static void reg(DltContext *c, const char *id, DltLogLevelType ll, DltTraceStatusType ts)
{
    /* Explicit level AND trace status: the daemon sends no LOG_LEVEL reply, so nothing
     * changes asynchronously during the run. */
    if (dlt_register_context_ll_ts(c, id, "wire-probe context", ll, ts) < DLT_RETURN_OK)
        fprintf(stderr, "wire-probe: cannot register context %s\n", id);
}

/* ------------------------------------------------------------------ cases */

/* Delimiter: starts case NAME of family FAM. */
static void begin(const char *fam, const char *name, const char *flags)
{
    char label[240];
    DltContextData l;
    snprintf(label, sizeof label, "%03u %.200s", g_cases, name);
    if (dlt_user_log_write_start(&cCASE, &l, DLT_LOG_INFO) == DLT_RETURN_TRUE) {
        (void)dlt_user_log_write_string(&l, fam);
        (void)dlt_user_log_write_string(&l, label);
        (void)dlt_user_log_write_string(&l, flags);
        (void)dlt_user_log_write_finish(&l);
    }
    g_cases++;
    pace(1);
}

/* One verbose message at INFO on CTX; the arguments are the writer calls
 * (comma separated, using &l); the case is named after them (stringized here,
 * before expansion, so that NULL stays "NULL").  W weighs the message for pace(). */
#define VN(ctx, fam, w, name, ...)                                            \
    do {                                                                      \
        DltContextData l;                                                     \
        begin(fam, name, "");                                                 \
        if (dlt_user_log_write_start(&(ctx), &l, DLT_LOG_INFO) == DLT_RETURN_TRUE) { \
            (void)(__VA_ARGS__);                                              \
            (void)dlt_user_log_write_finish(&l);                              \
        }                                                                     \
        pace(w);                                                              \
    } while (0)
#define VW(ctx, fam, w, ...) VN(ctx, fam, w, #__VA_ARGS__, __VA_ARGS__)
#define V(ctx, fam, ...) VN(ctx, fam, 1, #__VA_ARGS__, __VA_ARGS__)

/* The same with dlt_user_log_write_start_id (non-verbose in non-verbose mode). */
#define NVN(ctx, fam, id, w, name, ...)                                       \
    do {                                                                      \
        DltContextData l;                                                     \
        begin(fam, name, "");                                                 \
        if (dlt_user_log_write_start_id(&(ctx), &l, DLT_LOG_INFO, id) == DLT_RETURN_TRUE) { \
            (void)(__VA_ARGS__);                                              \
            (void)dlt_user_log_write_finish(&l);                              \
        }                                                                     \
        pace(w);                                                              \
    } while (0)
#define NVW(ctx, fam, id, w, ...) NVN(ctx, fam, id, w, "id " #id ": " #__VA_ARGS__, __VA_ARGS__)
#define NV(ctx, fam, id, ...) NVN(ctx, fam, id, 1, "id " #id ": " #__VA_ARGS__, __VA_ARGS__)

/* A case that is a macro statement (DLT_LOG(...) etc.), named after it. */
#define M(fam, flags, ...)                 \
    do {                                   \
        begin(fam, #__VA_ARGS__, flags);   \
        __VA_ARGS__;                       \
        pace(1);                           \
    } while (0)

/* ------------------------------------------------------------------ run-time resolved functions */

typedef DltReturnValue (*trace_fn)(DltContext *, DltNetworkTraceType, uint16_t, void *, uint16_t, void *);
typedef DltReturnValue (*trace_trunc_fn)(DltContext *, DltNetworkTraceType, uint16_t, void *, uint16_t,
                                         void *, int);
typedef DltReturnValue (*gbuf_start_fn)(DltContext *, DltContextData *, DltLogLevelType, char *, size_t,
                                        int32_t);
typedef DltReturnValue (*gbuf_finish_fn)(DltContextData *);
typedef DltReturnValue (*log_mode_fn)(DltUserLogMode);

static trace_fn p_trace;
static trace_trunc_fn p_trace_trunc;
static trace_fn p_trace_seg;
static gbuf_start_fn p_gbuf_start;
static gbuf_finish_fn p_gbuf_finish;
static log_mode_fn p_log_mode;

static void resolve(void)
{
    /* dlsym returns void *; POSIX guarantees the conversion to a function pointer. */
    *(void **)&p_trace = dlsym(RTLD_DEFAULT, "dlt_user_trace_network");
    *(void **)&p_trace_trunc = dlsym(RTLD_DEFAULT, "dlt_user_trace_network_truncated");
    *(void **)&p_trace_seg = dlsym(RTLD_DEFAULT, "dlt_user_trace_network_segmented");
    *(void **)&p_gbuf_start = dlsym(RTLD_DEFAULT, "dlt_user_log_write_start_w_given_buffer");
    *(void **)&p_gbuf_finish = dlsym(RTLD_DEFAULT, "dlt_user_log_write_finish_w_given_buffer");
    *(void **)&p_log_mode = dlsym(RTLD_DEFAULT, "dlt_set_log_mode");
}

/* ------------------------------------------------------------------ data */

static char big[2001];      /* 2000 x 'a' */
static char blob[3000];     /* bytes 0..255 repeating */
static char fit[1384];      /* 1383 x 'f': a string that fits exactly */
static char over[1385];     /* 1384 x 'o': one byte too many */
static char utf8buf[4][4][1600]; /* [char width 1..4][k leading 'x'] */
static char longname[200];

static void init_data(void)
{
    static const char *chars[4] = { "y", "\xc3\xa4", "\xe2\x82\xac", "\xf0\x9f\x98\x80" };
    memset(big, 'a', 2000);
    for (size_t i = 0; i < sizeof blob; i++)
        blob[i] = (char)(i & 0xff);
    memset(fit, 'f', sizeof fit - 1);
    memset(over, 'o', sizeof over - 1);
    for (int w = 0; w < 4; w++) {
        for (int k = 0; k < 4; k++) {
            char *p = utf8buf[w][k];
            size_t n = 0, cl = strlen(chars[w]);
            for (int i = 0; i < k; i++)
                p[n++] = 'x';
            while (n + cl < sizeof utf8buf[w][k] - 1) {
                memcpy(p + n, chars[w], cl);
                n += cl;
            }
            p[n] = 0;
        }
    }
    memset(longname, 'N', sizeof longname - 1);
}

/* ------------------------------------------------------------------ families */

static void fam_bool(void)
{
    const char *F = "bool";
    V(cBOOL, F, dlt_user_log_write_bool(&l, 0));
    V(cBOOL, F, dlt_user_log_write_bool(&l, 1));
    V(cBOOL, F, dlt_user_log_write_bool(&l, 0x7f));
    V(cBOOL, F, dlt_user_log_write_bool_attr(&l, 1, "flag"));
    V(cBOOL, F, dlt_user_log_write_bool_attr(&l, 0, NULL));
    V(cBOOL, F, dlt_user_log_write_bool_attr(&l, 1, ""));
}

static void fam_integers(void)
{
    const char *F = "integers";
    V(cINT, F, dlt_user_log_write_int8(&l, INT8_MIN), dlt_user_log_write_int8(&l, INT8_MAX),
      dlt_user_log_write_int8(&l, 0));
    V(cINT, F, dlt_user_log_write_int16(&l, INT16_MIN), dlt_user_log_write_int16(&l, INT16_MAX));
    V(cINT, F, dlt_user_log_write_int32(&l, INT32_MIN), dlt_user_log_write_int32(&l, INT32_MAX));
    V(cINT, F, dlt_user_log_write_int64(&l, INT64_MIN), dlt_user_log_write_int64(&l, INT64_MAX));
    V(cINT, F, dlt_user_log_write_int(&l, INT_MIN), dlt_user_log_write_int(&l, -1));
    V(cINT, F, dlt_user_log_write_uint8(&l, UINT8_MAX), dlt_user_log_write_uint8(&l, 0));
    V(cINT, F, dlt_user_log_write_uint16(&l, UINT16_MAX), dlt_user_log_write_uint16(&l, 0x1234));
    V(cINT, F, dlt_user_log_write_uint32(&l, UINT32_MAX), dlt_user_log_write_uint32(&l, 0x12345678));
    V(cINT, F, dlt_user_log_write_uint64(&l, UINT64_MAX), dlt_user_log_write_uint64(&l, 0x1122334455667788ull));
    V(cINT, F, dlt_user_log_write_uint(&l, UINT_MAX), dlt_user_log_write_uint(&l, 7));
    V(cINT, F, dlt_user_log_write_int8_attr(&l, -8, "n8", "u8"));
    V(cINT, F, dlt_user_log_write_int16_attr(&l, -16, NULL, "u16"));
    V(cINT, F, dlt_user_log_write_int32_attr(&l, -32, "n32", NULL));
    V(cINT, F, dlt_user_log_write_int64_attr(&l, -64, NULL, NULL));
    V(cINT, F, dlt_user_log_write_int_attr(&l, -1, "int", "unit"));
    V(cINT, F, dlt_user_log_write_int_attr(&l, 5, "", ""));
    V(cINT, F, dlt_user_log_write_uint8_attr(&l, 8, "n8", "u8"));
    V(cINT, F, dlt_user_log_write_uint16_attr(&l, 16, "n16", NULL));
    V(cINT, F, dlt_user_log_write_uint32_attr(&l, 32, NULL, "u32"));
    V(cINT, F, dlt_user_log_write_uint64_attr(&l, 64, "name", "unit"));
    V(cINT, F, dlt_user_log_write_uint_attr(&l, UINT_MAX, "uint", "u"));
    V(cINT, F, dlt_user_log_write_uint_attr(&l, 3, NULL, NULL));
    V(cINT, F, dlt_user_log_write_uint32_attr(&l, 1, longname, "unit"));
}

static void fam_floats(void)
{
    const char *F = "floats";
    V(cFLT, F, dlt_user_log_write_float32(&l, 0.0f), dlt_user_log_write_float32(&l, -0.0f));
    V(cFLT, F, dlt_user_log_write_float32(&l, 1.5f), dlt_user_log_write_float32(&l, 3.4028235e38f));
    V(cFLT, F, dlt_user_log_write_float32(&l, INFINITY), dlt_user_log_write_float32(&l, NAN));
    V(cFLT, F, dlt_user_log_write_float64(&l, -2.25), dlt_user_log_write_float64(&l, 1e-300));
    V(cFLT, F, dlt_user_log_write_float64(&l, -INFINITY), dlt_user_log_write_float64(&l, 3.141592653589793));
    V(cFLT, F, dlt_user_log_write_float32_attr(&l, 1.5f, "f", "m"));
    V(cFLT, F, dlt_user_log_write_float32_attr(&l, 2.5f, NULL, "m"));
    V(cFLT, F, dlt_user_log_write_float64_attr(&l, 1.5, "speed", "km/h"));
    V(cFLT, F, dlt_user_log_write_float64_attr(&l, -0.5, "x", NULL));
}

static void fam_formatted(void)
{
    const char *F = "formatted";
    char name[160];
    for (int f = -1; f <= DLT_FORMAT_MAX; f++) {
        DltContextData l;
        snprintf(name, sizeof name, "uint8/16/32/64_formatted type %d", f);
        begin(F, name, "");
        if (dlt_user_log_write_start(&cFMT, &l, DLT_LOG_INFO) == DLT_RETURN_TRUE) {
            (void)dlt_user_log_write_uint8_formatted(&l, 0xa5, (DltFormatType)f);
            (void)dlt_user_log_write_uint16_formatted(&l, 0xa55a, (DltFormatType)f);
            (void)dlt_user_log_write_uint32_formatted(&l, 0xdeadbeef, (DltFormatType)f);
            (void)dlt_user_log_write_uint64_formatted(&l, 0x0123456789abcdefull, (DltFormatType)f);
            (void)dlt_user_log_write_finish(&l);
        }
        pace(1);
        /* Each writer alone too, so that a failing one cannot hide behind another. */
        snprintf(name, sizeof name, "uint8_formatted type %d", f);
        begin(F, name, "");
        if (dlt_user_log_write_start(&cFMT, &l, DLT_LOG_INFO) == DLT_RETURN_TRUE) {
            (void)dlt_user_log_write_uint8_formatted(&l, 0x01, (DltFormatType)f);
            (void)dlt_user_log_write_finish(&l);
        }
        snprintf(name, sizeof name, "uint64_formatted type %d", f);
        begin(F, name, "");
        if (dlt_user_log_write_start(&cFMT, &l, DLT_LOG_INFO) == DLT_RETURN_TRUE) {
            (void)dlt_user_log_write_uint64_formatted(&l, UINT64_MAX, (DltFormatType)f);
            (void)dlt_user_log_write_finish(&l);
        }
        pace(2);
    }
}

static void fam_ptr(void)
{
    const char *F = "ptr";
    V(cPTR, F, dlt_user_log_write_ptr(&l, (void *)0x1122334455667788ull));
    V(cPTR, F, dlt_user_log_write_ptr(&l, NULL));
    V(cPTR, F, dlt_user_log_write_ptr(&l, (void *)(uintptr_t)0xdeadbeef));
}

static void fam_strings(void)
{
    const char *F = "strings";
    V(cSTR, F, dlt_user_log_write_string(&l, "hello"));
    V(cSTR, F, dlt_user_log_write_string(&l, ""));
    V(cSTR, F, dlt_user_log_write_string(&l, NULL));
    V(cSTR, F, dlt_user_log_write_string(&l, "\xc3\xa4 latin bytes \x7f\x01"));
    V(cSTR, F, dlt_user_log_write_sized_string(&l, "abcdef", 3));
    V(cSTR, F, dlt_user_log_write_sized_string(&l, "abcdef", 0));
    V(cSTR, F, dlt_user_log_write_sized_string(&l, "a\0b", 3));
    V(cSTR, F, dlt_user_log_write_constant_string(&l, "constant"));
    V(cSTR, F, dlt_user_log_write_sized_constant_string(&l, "abcdef", 2));
    V(cSTR, F, dlt_user_log_write_utf8_string(&l, "gr\xc3\xbc\xc3\x9f \xe2\x82\xac \xf0\x9f\x98\x80"));
    V(cSTR, F, dlt_user_log_write_utf8_string(&l, ""));
    V(cSTR, F, dlt_user_log_write_sized_utf8_string(&l, "\xc3\xa4\xc3\xb6", 2));
    V(cSTR, F, dlt_user_log_write_constant_utf8_string(&l, "\xe2\x82\xac"));
    V(cSTR, F, dlt_user_log_write_sized_constant_utf8_string(&l, "uvw", 1));
    V(cSTR, F, dlt_user_log_write_string_attr(&l, "value", "name"));
    V(cSTR, F, dlt_user_log_write_string_attr(&l, "value", NULL));
    V(cSTR, F, dlt_user_log_write_string_attr(&l, "value", ""));
    V(cSTR, F, dlt_user_log_write_sized_string_attr(&l, "hello", 2, "n"));
    V(cSTR, F, dlt_user_log_write_constant_string_attr(&l, "c", "cn"));
    V(cSTR, F, dlt_user_log_write_sized_constant_string_attr(&l, "cd", 1, "n"));
    V(cSTR, F, dlt_user_log_write_utf8_string_attr(&l, "\xc3\xa4", "un"));
    V(cSTR, F, dlt_user_log_write_sized_utf8_string_attr(&l, "uv", 1, NULL));
    V(cSTR, F, dlt_user_log_write_constant_utf8_string_attr(&l, "u", "n"));
    V(cSTR, F, dlt_user_log_write_sized_constant_utf8_string_attr(&l, "uvw", 3, "n"));
    V(cSTR, F, dlt_user_log_write_string_attr(&l, "v", longname));
    V(cSTR, F, dlt_user_log_write_sized_string(&l, NULL, 0));
    V(cSTR, F, dlt_user_log_write_string_attr(&l, NULL, "n"));
    V(cSTR, F, dlt_user_log_write_utf8_string(&l, NULL), dlt_user_log_write_constant_string(&l, NULL),
      dlt_user_log_write_uint8(&l, 1));
}

static void fam_raw(void)
{
    const char *F = "raw";
    char name[160];
    V(cRAW, F, dlt_user_log_write_raw(&l, blob, 16));
    V(cRAW, F, dlt_user_log_write_raw(&l, blob, 0));
    V(cRAW, F, dlt_user_log_write_raw(&l, NULL, 0));
    V(cRAW, F, dlt_user_log_write_raw(&l, NULL, 3));
    V(cRAW, F, dlt_user_log_write_raw_attr(&l, NULL, 0, "n"));
    V(cRAW, F, dlt_user_log_write_raw_attr(&l, NULL, 2, "n"));
    V(cRAW, F, dlt_user_log_write_raw_formatted(&l, NULL, 0, DLT_FORMAT_HEX16));
    V(cRAW, F, dlt_user_log_write_raw_formatted_attr(&l, NULL, 0, DLT_FORMAT_BIN8, NULL));
    V(cRAW, F, dlt_user_log_write_raw_formatted(&l, blob, 0, DLT_FORMAT_HEX32));
    V(cRAW, F, dlt_user_log_write_raw_attr(&l, blob, 5, "rawname"));
    V(cRAW, F, dlt_user_log_write_raw_attr(&l, blob, 5, NULL));
    V(cRAW, F, dlt_user_log_write_raw_attr(&l, blob, 0, ""));
    for (int f = -1; f <= DLT_FORMAT_MAX; f++) {
        DltContextData l;
        snprintf(name, sizeof name, "raw_formatted(blob, 7, type %d)", f);
        begin(F, name, "");
        if (dlt_user_log_write_start(&cRAW, &l, DLT_LOG_INFO) == DLT_RETURN_TRUE) {
            (void)dlt_user_log_write_raw_formatted(&l, blob + 100, 7, (DltFormatType)f);
            (void)dlt_user_log_write_finish(&l);
        }
        snprintf(name, sizeof name, "raw_formatted_attr(blob, 3, type %d, \"rf\")", f);
        begin(F, name, "");
        if (dlt_user_log_write_start(&cRAW, &l, DLT_LOG_INFO) == DLT_RETURN_TRUE) {
            (void)dlt_user_log_write_raw_formatted_attr(&l, blob + 200, 3, (DltFormatType)f, "rf");
            (void)dlt_user_log_write_finish(&l);
        }
        snprintf(name, sizeof name, "raw_formatted_attr(blob, 2, type %d, NULL)", f);
        begin(F, name, "");
        if (dlt_user_log_write_start(&cRAW, &l, DLT_LOG_INFO) == DLT_RETURN_TRUE) {
            (void)dlt_user_log_write_raw_formatted_attr(&l, blob + 300, 2, (DltFormatType)f, NULL);
            (void)dlt_user_log_write_finish(&l);
        }
        pace(3);
    }
}

static void fam_multi(void)
{
    const char *F = "multi-arg";
    V(cMULT, F, dlt_user_log_write_string(&l, "s"), dlt_user_log_write_int32(&l, -1),
      dlt_user_log_write_uint8(&l, 2), dlt_user_log_write_bool(&l, 1), dlt_user_log_write_float64(&l, 0.25),
      dlt_user_log_write_raw(&l, blob, 4), dlt_user_log_write_ptr(&l, (void *)0x10),
      dlt_user_log_write_uint16_formatted(&l, 0xbeef, DLT_FORMAT_BIN16),
      dlt_user_log_write_utf8_string_attr(&l, "\xc3\xa4", "u"), dlt_user_log_write_int_attr(&l, 9, "i", "u"),
      dlt_user_log_write_constant_string(&l, "const"), dlt_user_log_write_sized_string(&l, "sized", 3));
    V(cMULT, F, dlt_user_log_write_uint(&l, 1), dlt_user_log_write_int(&l, 2), dlt_user_log_write_uint(&l, 3),
      dlt_user_log_write_string(&l, "three"));
    /* An argument that fails in the middle: the others are still sent. */
    V(cMULT, F, dlt_user_log_write_uint8(&l, 1), dlt_user_log_write_raw(&l, NULL, 4),
      dlt_user_log_write_uint8_formatted(&l, 3, (DltFormatType)9), dlt_user_log_write_uint8(&l, 4));
    /* 260 arguments: noar is 8 bits. */
    {
        DltContextData l;
        begin(F, "260 x dlt_user_log_write_bool", "");
        if (dlt_user_log_write_start(&cMULT, &l, DLT_LOG_INFO) == DLT_RETURN_TRUE) {
            for (int i = 0; i < 260; i++)
                (void)dlt_user_log_write_bool(&l, (uint8_t)(i & 1));
            (void)dlt_user_log_write_finish(&l);
        }
        pace(20);
    }
    /* No argument at all. */
    V(cMULT, F, 0);
}

static void fam_truncation(void)
{
    const char *F = "truncation";
    char name[160];
    /* ASCII strings at and beyond DLT_USER_BUF_MAX_SIZE (1390). */
    VW(cTRNC, F, 10, dlt_user_log_write_string(&l, fit));
    VW(cTRNC, F, 10, dlt_user_log_write_string(&l, over));
    VW(cTRNC, F, 10, dlt_user_log_write_string(&l, big));
    VW(cTRNC, F, 10, dlt_user_log_write_uint32(&l, 1), dlt_user_log_write_string(&l, big));
    VW(cTRNC, F, 10, dlt_user_log_write_sized_string(&l, big, 1500));
    VW(cTRNC, F, 10, dlt_user_log_write_constant_string(&l, big));
    VW(cTRNC, F, 10, dlt_user_log_write_string_attr(&l, big, "name"));
    VW(cTRNC, F, 10, dlt_user_log_write_utf8_string(&l, big));
    VW(cTRNC, F, 10, dlt_user_log_write_string(&l, big), dlt_user_log_write_uint8(&l, 1),
       dlt_user_log_write_string(&l, "x"));
    /* UTF-8 truncation backs off to a character boundary: 1..4 byte characters, shifted by
     * 0..3 leading ASCII bytes; and the same bytes as an ASCII string. */
    for (int w = 0; w < 4; w++) {
        for (int k = 0; k < 4; k++) {
            DltContextData l;
            snprintf(name, sizeof name, "utf8_string(%d-byte chars after %d x 'x')", w + 1, k);
            begin(F, name, "");
            if (dlt_user_log_write_start(&cTRNC, &l, DLT_LOG_INFO) == DLT_RETURN_TRUE) {
                (void)dlt_user_log_write_utf8_string(&l, utf8buf[w][k]);
                (void)dlt_user_log_write_finish(&l);
            }
            snprintf(name, sizeof name, "string(%d-byte chars after %d x 'x')", w + 1, k);
            begin(F, name, "");
            if (dlt_user_log_write_start(&cTRNC, &l, DLT_LOG_INFO) == DLT_RETURN_TRUE) {
                (void)dlt_user_log_write_string(&l, utf8buf[w][k]);
                (void)dlt_user_log_write_finish(&l);
            }
            snprintf(name, sizeof name, "utf8_string_attr(%d-byte chars after %d x 'x', \"nm\")", w + 1, k);
            begin(F, name, "");
            if (dlt_user_log_write_start(&cTRNC, &l, DLT_LOG_INFO) == DLT_RETURN_TRUE) {
                (void)dlt_user_log_write_utf8_string_attr(&l, utf8buf[w][k], "nm");
                (void)dlt_user_log_write_finish(&l);
            }
            pace(30);
        }
    }
    /* Room left for the suffix or not, after raw data. */
    for (int room = 36; room <= 46; room += 2) {
        DltContextData l;
        snprintf(name, sizeof name, "raw(1384 - %d) then string(big) then uint8", room);
        begin(F, name, "");
        if (dlt_user_log_write_start(&cTRNC, &l, DLT_LOG_INFO) == DLT_RETURN_TRUE) {
            (void)dlt_user_log_write_raw(&l, blob, (uint16_t)(1384 - room));
            (void)dlt_user_log_write_string(&l, big);
            (void)dlt_user_log_write_uint8(&l, 1);
            (void)dlt_user_log_write_finish(&l);
        }
        pace(10);
    }
    /* Raw at the limit: 4 + 2 + 1384 = 1390 fits, one more byte does not. */
    VW(cTRNC, F, 10, dlt_user_log_write_raw(&l, blob, 1384));
    VW(cTRNC, F, 10, dlt_user_log_write_raw(&l, blob, 1385));
    VW(cTRNC, F, 10, dlt_user_log_write_raw(&l, blob, 2000));
    VW(cTRNC, F, 10, dlt_user_log_write_raw(&l, blob, 65535));
    VW(cTRNC, F, 10, dlt_user_log_write_raw_attr(&l, blob, 1380, "n"));
    VW(cTRNC, F, 10, dlt_user_log_write_raw_formatted(&l, blob, 1385, DLT_FORMAT_HEX8));
    VW(cTRNC, F, 10, dlt_user_log_write_raw(&l, blob, 1379), dlt_user_log_write_uint8(&l, 5),
       dlt_user_log_write_uint8(&l, 6));
    VW(cTRNC, F, 10, dlt_user_log_write_raw(&l, blob, 1376), dlt_user_log_write_uint64(&l, 5),
       dlt_user_log_write_bool(&l, 1));
    VW(cTRNC, F, 10, dlt_user_log_write_raw(&l, blob, 1370), dlt_user_log_write_float64_attr(&l, 1, "n", "u"),
       dlt_user_log_write_int16(&l, 2));
}

static void fam_levels(void)
{
    const char *F = "levels";
    M(F, "", DLT_LOG(cLVL, DLT_LOG_FATAL, DLT_STRING("fatal")));
    M(F, "", DLT_LOG(cLVL, DLT_LOG_ERROR, DLT_STRING("error")));
    M(F, "", DLT_LOG(cLVL, DLT_LOG_WARN, DLT_STRING("warn")));
    M(F, "", DLT_LOG(cLVL, DLT_LOG_INFO, DLT_STRING("info")));
    M(F, "", DLT_LOG(cLVL, DLT_LOG_DEBUG, DLT_STRING("debug")));
    M(F, "", DLT_LOG(cLVL, DLT_LOG_VERBOSE, DLT_STRING("verbose")));
    M(F, "", DLT_LOG(cLVL, DLT_LOG_DEFAULT, DLT_STRING("default")));
    M(F, "", DLT_LOG(cLVL, DLT_LOG_OFF, DLT_STRING("off")));
    M(F, "", DLT_LOG(cLVL, (DltLogLevelType)7, DLT_STRING("seven")));
    M(F, "", DLT_LOG(cLVL, (DltLogLevelType)-2, DLT_STRING("minus two")));
    /* A context at WARN: INFO and below are filtered in the application. */
    M(F, "", DLT_LOG(cWRN, DLT_LOG_ERROR, DLT_STRING("error on WARN ctx")));
    M(F, "", DLT_LOG(cWRN, DLT_LOG_WARN, DLT_STRING("warn on WARN ctx")));
    M(F, "", DLT_LOG(cWRN, DLT_LOG_INFO, DLT_STRING("info on WARN ctx")));
    M(F, "", DLT_LOG(cWRN, DLT_LOG_DEFAULT, DLT_STRING("default on WARN ctx")));
}

static void fam_macros(void)
{
    const char *F = "macros";
    const char *s = "str";
    char rawb[3] = { 1, 2, 3 };
    M(F, "", DLT_LOG(cMAC, DLT_LOG_INFO, DLT_STRING(s), DLT_SIZED_STRING("sized", 2), DLT_CSTRING("cs"),
                     DLT_SIZED_CSTRING("csized", 3)));
    M(F, "", DLT_LOG(cMAC, DLT_LOG_INFO, DLT_UTF8("\xc3\xa4"), DLT_SIZED_UTF8("\xc3\xa4\xc3\xb6", 2),
                     DLT_CUTF8("\xe2\x82\xac"), DLT_SIZED_CUTF8("uv", 1)));
    M(F, "", DLT_LOG(cMAC, DLT_LOG_INFO, DLT_STRING_ATTR("v", "n"), DLT_SIZED_STRING_ATTR("vw", 1, "n"),
                     DLT_CSTRING_ATTR("c", "n"), DLT_SIZED_CSTRING_ATTR("cd", 2, "n")));
    M(F, "", DLT_LOG(cMAC, DLT_LOG_INFO, DLT_UTF8_ATTR("\xc3\xa4", "n"), DLT_SIZED_UTF8_ATTR("ab", 1, "n"),
                     DLT_CUTF8_ATTR("u", "n"), DLT_SIZED_CUTF8_ATTR("uv", 2, "n")));
    M(F, "", DLT_LOG(cMAC, DLT_LOG_INFO, DLT_BOOL(1), DLT_BOOL_ATTR(0, "b")));
    M(F, "", DLT_LOG(cMAC, DLT_LOG_INFO, DLT_FLOAT32(1.25f), DLT_FLOAT64(-8.5),
                     DLT_FLOAT32_ATTR(2.0f, "f", "u"), DLT_FLOAT64_ATTR(4.0, "d", "u")));
    M(F, "", DLT_LOG(cMAC, DLT_LOG_INFO, DLT_INT(-1), DLT_INT8(-8), DLT_INT16(-16), DLT_INT32(-32),
                     DLT_INT64(-64)));
    M(F, "", DLT_LOG(cMAC, DLT_LOG_INFO, DLT_INT_ATTR(-1, "i", "u"), DLT_INT8_ATTR(-8, "i", "u"),
                     DLT_INT16_ATTR(-16, "i", NULL), DLT_INT32_ATTR(-32, NULL, "u"),
                     DLT_INT64_ATTR(-64, "i", "u")));
    M(F, "", DLT_LOG(cMAC, DLT_LOG_INFO, DLT_UINT(1), DLT_UINT8(8), DLT_UINT16(16), DLT_UINT32(32),
                     DLT_UINT64(64)));
    M(F, "", DLT_LOG(cMAC, DLT_LOG_INFO, DLT_UINT_ATTR(1, "i", "u"), DLT_UINT8_ATTR(8, "i", "u"),
                     DLT_UINT16_ATTR(16, "i", NULL), DLT_UINT32_ATTR(32, NULL, "u"),
                     DLT_UINT64_ATTR(64, "i", "u")));
    M(F, "", DLT_LOG(cMAC, DLT_LOG_INFO, DLT_HEX8(0x12), DLT_HEX16(0x1234), DLT_HEX32(0x12345678),
                     DLT_HEX64(0x123456789abcdef0ull), DLT_BIN8(0x81), DLT_BIN16(0x8001)));
    M(F, "", DLT_LOG(cMAC, DLT_LOG_INFO, DLT_RAW(rawb, 3), DLT_RAW_ATTR(rawb, 2, "r"),
                     DLT_PTR((void *)0xabcdef)));
    M(F, "", DLT_LOG(cMAC, DLT_LOG_WARN));
}

static void fam_timestamps(void)
{
    const char *F = "timestamps";
    M(F, "ts", DLT_LOG_TS(cTS, DLT_LOG_INFO, 0, DLT_STRING("ts 0")));
    M(F, "ts", DLT_LOG_TS(cTS, DLT_LOG_INFO, 1, DLT_STRING("ts 1")));
    M(F, "ts", DLT_LOG_TS(cTS, DLT_LOG_WARN, 0x12345678u, DLT_UINT32(7)));
    M(F, "ts", DLT_LOG_TS(cTS, DLT_LOG_INFO, 0xffffffffu, DLT_STRING("ts max")));
    M(F, "ts", DLT_LOG_TS(cTS, DLT_LOG_INFO, 4242));
    /* DLT_LOG_ID_TS in verbose mode: a verbose message, no id, user timestamp. */
    M(F, "ts", DLT_LOG_ID_TS(cTS, DLT_LOG_INFO, 0x1234, 987654321u, DLT_INT8(-3)));
    {
        DltContextData l;
        begin(F, "write_start + use_timestamp = DLT_USER_TIMESTAMP by hand", "ts");
        if (dlt_user_log_write_start(&cTS, &l, DLT_LOG_INFO) == DLT_RETURN_TRUE) {
            (void)dlt_user_log_write_string(&l, "by hand");
            l.use_timestamp = DLT_USER_TIMESTAMP;
            l.user_timestamp = 0xa5a5a5a5u;
            (void)dlt_user_log_write_finish(&l);
        }
        pace(1);
    }
}

/* Every writer through dlt_user_log_write_start_id; call in non-verbose mode. */
static void nv_writers(const char *F, DltContext *ctxp)
{
#define C (*ctxp)
    NV(C, F, 1, 0);
    NV(C, F, 2, dlt_user_log_write_bool(&l, 1), dlt_user_log_write_bool_attr(&l, 0, "b"));
    NV(C, F, 3, dlt_user_log_write_int8(&l, -8), dlt_user_log_write_int16(&l, -16),
       dlt_user_log_write_int32(&l, -32), dlt_user_log_write_int64(&l, -64), dlt_user_log_write_int(&l, -1));
    NV(C, F, 4, dlt_user_log_write_uint8(&l, 8), dlt_user_log_write_uint16(&l, 16),
       dlt_user_log_write_uint32(&l, 32), dlt_user_log_write_uint64(&l, 64), dlt_user_log_write_uint(&l, 1));
    NV(C, F, 5, dlt_user_log_write_int8_attr(&l, -8, "n", "u"), dlt_user_log_write_int16_attr(&l, -16, "n", "u"),
       dlt_user_log_write_int32_attr(&l, -32, "n", "u"), dlt_user_log_write_int64_attr(&l, -64, "n", "u"),
       dlt_user_log_write_int_attr(&l, -1, "n", "u"));
    NV(C, F, 6, dlt_user_log_write_uint8_attr(&l, 8, "n", "u"), dlt_user_log_write_uint16_attr(&l, 16, NULL, "u"),
       dlt_user_log_write_uint32_attr(&l, 32, "n", NULL), dlt_user_log_write_uint64_attr(&l, 64, "n", "u"),
       dlt_user_log_write_uint_attr(&l, 1, "n", "u"));
    NV(C, F, 7, dlt_user_log_write_float32(&l, 1.5f), dlt_user_log_write_float64(&l, -2.25),
       dlt_user_log_write_float32_attr(&l, 1.5f, "f", "m"), dlt_user_log_write_float64_attr(&l, 1.5, "f", "m"));
    NV(C, F, 8, dlt_user_log_write_uint8_formatted(&l, 0x5a, DLT_FORMAT_HEX8),
       dlt_user_log_write_uint16_formatted(&l, 0x5a5a, DLT_FORMAT_BIN16),
       dlt_user_log_write_uint32_formatted(&l, 0x5a, DLT_FORMAT_HEX32),
       dlt_user_log_write_uint64_formatted(&l, 0x5a, DLT_FORMAT_DEFAULT),
       dlt_user_log_write_uint8_formatted(&l, 0x5a, (DltFormatType)9));
    NV(C, F, 9, dlt_user_log_write_ptr(&l, (void *)0x1122));
    NV(C, F, 10, dlt_user_log_write_string(&l, "str"), dlt_user_log_write_sized_string(&l, "sized", 2),
       dlt_user_log_write_constant_string(&l, "gone"), dlt_user_log_write_sized_constant_string(&l, "gone", 2));
    NV(C, F, 11, dlt_user_log_write_utf8_string(&l, "\xc3\xa4"), dlt_user_log_write_sized_utf8_string(&l, "ab", 1),
       dlt_user_log_write_constant_utf8_string(&l, "gone"),
       dlt_user_log_write_sized_constant_utf8_string(&l, "gone", 1));
    NV(C, F, 12, dlt_user_log_write_string_attr(&l, "v", "n"), dlt_user_log_write_sized_string_attr(&l, "vw", 1, "n"),
       dlt_user_log_write_constant_string_attr(&l, "gone", "n"),
       dlt_user_log_write_sized_constant_string_attr(&l, "gone", 1, "n"));
    NV(C, F, 13, dlt_user_log_write_utf8_string_attr(&l, "\xc3\xa4", "n"),
       dlt_user_log_write_sized_utf8_string_attr(&l, "ab", 1, "n"),
       dlt_user_log_write_constant_utf8_string_attr(&l, "gone", "n"),
       dlt_user_log_write_sized_constant_utf8_string_attr(&l, "gone", 1, "n"));
    NV(C, F, 18, dlt_user_log_write_raw(&l, NULL, 0));
    NV(C, F, 19, dlt_user_log_write_raw(&l, blob, 0), dlt_user_log_write_raw(&l, NULL, 1));
    NV(C, F, 14, dlt_user_log_write_raw(&l, blob, 5), dlt_user_log_write_raw_attr(&l, blob, 3, "r"),
       dlt_user_log_write_raw_formatted(&l, blob, 2, DLT_FORMAT_HEX16),
       dlt_user_log_write_raw_formatted_attr(&l, blob, 2, DLT_FORMAT_BIN8, "r"));
    NVW(C, F, 15, 10, dlt_user_log_write_string(&l, big));
    NVW(C, F, 16, 10, dlt_user_log_write_raw(&l, blob, 1386), dlt_user_log_write_uint8(&l, 1));
    NVW(C, F, 17, 10, dlt_user_log_write_raw(&l, blob, 1390));
    NV(C, F, 0xffffffffu, dlt_user_log_write_uint8(&l, 0xff));
    M(F, "", DLT_LOG_ID(C, DLT_LOG_WARN, 0x01020304, DLT_STRING("id"), DLT_INT(-5), DLT_UINT16(6),
                        DLT_HEX32(7), DLT_RAW(blob, 2), DLT_BOOL(1), DLT_FLOAT32(0.5f)));
    M(F, "", DLT_LOG_ID(C, DLT_LOG_DEFAULT, 77));
    M(F, "", DLT_LOG_ID(C, DLT_LOG_VERBOSE, 78, DLT_UINT8(1)));
    M(F, "", DLT_LOG(C, DLT_LOG_INFO, DLT_STRING("DLT_LOG stays verbose"), DLT_UINT8(1)));
    M(F, "ts", DLT_LOG_ID_TS(C, DLT_LOG_INFO, 99, 0x01020304u, DLT_UINT8(1)));
    M(F, "ts", DLT_LOG_TS(C, DLT_LOG_INFO, 0x0a0b0c0du, DLT_STRING("DLT_LOG_TS stays verbose")));
    M(F, "", dlt_log_string(&C, DLT_LOG_INFO, "one-call string in non-verbose mode"));
    M(F, "", dlt_log_int(&C, DLT_LOG_INFO, 5));
    M(F, "", dlt_log_raw(&C, DLT_LOG_INFO, blob, 4));
#undef C
}

static void fam_nonverbose(void)
{
    const char *F = "non-verbose";
    /* Still verbose: DLT_LOG_ID before dlt_nonverbose_mode drops the id. */
    M(F, "", DLT_LOG_ID(cNV, DLT_LOG_INFO, 1234, DLT_STRING("verbose mode, id dropped")));
    dlt_nonverbose_mode();
    nv_writers(F, &cNV);
    dlt_verbose_mode();
    M(F, "", DLT_LOG_ID(cNV, DLT_LOG_INFO, 4321, DLT_STRING("back in verbose mode")));

    const char *G = "non-verbose-noext";
    dlt_nonverbose_mode();
    dlt_use_extended_header_for_non_verbose(0);
    nv_writers(G, &cNV);
    dlt_use_extended_header_for_non_verbose(1);
    M(G, "", DLT_LOG_ID(cNV, DLT_LOG_INFO, 5, DLT_STRING("extended header back on")));
    dlt_verbose_mode();
    dlt_use_extended_header_for_non_verbose(0);
    M(G, "", DLT_LOG_ID(cNV, DLT_LOG_INFO, 6, DLT_STRING("verbose mode, no-ext flag set")));
    dlt_use_extended_header_for_non_verbose(1);
}

static void fam_headers(void)
{
    const char *F = "header-flags";
    char name[160];
    for (int combo = 0; combo < 8; combo++) {
        int e = combo & 1, s = (combo >> 1) & 1, t = (combo >> 2) & 1;
        DltContextData l;
        dlt_with_ecu_id((int8_t)e);
        dlt_with_session_id((int8_t)s);
        dlt_with_timestamp((int8_t)t);
        snprintf(name, sizeof name, "ecu_id %d session_id %d timestamp %d: verbose", e, s, t);
        begin(F, name, "");
        DLT_LOG(cHDR, DLT_LOG_INFO, DLT_STRING(name));
        snprintf(name, sizeof name, "ecu_id %d session_id %d timestamp %d: user timestamp", e, s, t);
        begin(F, name, "ts");
        DLT_LOG_TS(cHDR, DLT_LOG_WARN, 0x11223344u + (uint32_t)combo, DLT_UINT8((uint8_t)combo));
        snprintf(name, sizeof name, "ecu_id %d session_id %d timestamp %d: non-verbose", e, s, t);
        begin(F, name, "");
        dlt_nonverbose_mode();
        if (dlt_user_log_write_start_id(&cHDR, &l, DLT_LOG_INFO, 100u + (uint32_t)combo) == DLT_RETURN_TRUE) {
            (void)dlt_user_log_write_uint16(&l, (uint16_t)combo);
            (void)dlt_user_log_write_finish(&l);
        }
        snprintf(name, sizeof name, "ecu_id %d session_id %d timestamp %d: non-verbose, no ext header, user ts",
                 e, s, t);
        begin(F, name, "ts");
        dlt_use_extended_header_for_non_verbose(0);
        DLT_LOG_ID_TS(cHDR, DLT_LOG_INFO, 200u + (uint32_t)combo, 0x55667788u, DLT_UINT16((uint16_t)combo));
        snprintf(name, sizeof name, "ecu_id %d session_id %d timestamp %d: non-verbose, no ext header, auto ts",
                 e, s, t);
        begin(F, name, "");
        if (dlt_user_log_write_start_id(&cHDR, &l, DLT_LOG_INFO, 300u + (uint32_t)combo) == DLT_RETURN_TRUE) {
            (void)dlt_user_log_write_string(&l, "noext");
            (void)dlt_user_log_write_finish(&l);
        }
        dlt_use_extended_header_for_non_verbose(1);
        dlt_verbose_mode();
        pace(4);
    }
    dlt_with_ecu_id(1);
    dlt_with_session_id(1);
    dlt_with_timestamp(1);
    M(F, "", DLT_LOG(cHDR, DLT_LOG_INFO, DLT_STRING("all header flags back on")));
}

static void fam_oneshot(void)
{
    const char *F = "one-call";
    M(F, "", dlt_log_string(&cONE, DLT_LOG_INFO, "log_string"));
    M(F, "", dlt_log_string(&cONE, DLT_LOG_FATAL, ""));
    M(F, "", dlt_log_string(&cONE, DLT_LOG_DEFAULT, "default level"));
    M(F, "", dlt_log_string(&cONE, DLT_LOG_INFO, NULL));
    M(F, "", dlt_log_string(&cONE, DLT_LOG_INFO, big));
    M(F, "", dlt_log_string_int(&cONE, DLT_LOG_WARN, "int", INT_MIN));
    M(F, "", dlt_log_string_uint(&cONE, DLT_LOG_ERROR, "uint", UINT_MAX));
    M(F, "", dlt_log_int(&cONE, DLT_LOG_INFO, -7));
    M(F, "", dlt_log_uint(&cONE, DLT_LOG_DEBUG, 7));
    M(F, "", dlt_log_raw(&cONE, DLT_LOG_INFO, blob, 10));
    M(F, "", dlt_log_raw(&cONE, DLT_LOG_INFO, blob, 0));
    M(F, "", dlt_log_raw(&cONE, DLT_LOG_INFO, NULL, 0));
    M(F, "", dlt_log_raw(&cONE, DLT_LOG_INFO, NULL, 4));
    M(F, "", dlt_log_raw(&cONE, DLT_LOG_INFO, blob, 1384));
    M(F, "", dlt_log_raw(&cONE, DLT_LOG_INFO, blob, 1385));
    M(F, "", dlt_log_raw(&cONE, DLT_LOG_VERBOSE, blob, 2000));
    M(F, "", dlt_log_string(&cWRN, DLT_LOG_INFO, "filtered by the context level"));
    M(F, "", dlt_log_int(&cONE, (DltLogLevelType)9, 1));
    M(F, "", DLT_LOG_STRING(cONE, DLT_LOG_INFO, "DLT_LOG_STRING"));
    M(F, "", DLT_LOG_STRING_INT(cONE, DLT_LOG_INFO, "DLT_LOG_STRING_INT", -1));
    M(F, "", DLT_LOG_STRING_UINT(cONE, DLT_LOG_INFO, "DLT_LOG_STRING_UINT", 1));
    M(F, "", DLT_LOG_UINT(cONE, DLT_LOG_INFO, 42));
    M(F, "", DLT_LOG_INT(cONE, DLT_LOG_INFO, -42));
    M(F, "", DLT_LOG_RAW(cONE, DLT_LOG_INFO, blob, 8));
    M(F, "", DLT_LOG_STRING(cWRN, DLT_LOG_DEBUG, "filtered"));
}

static void fam_marker(void)
{
    const char *F = "marker";
    begin(F, "dlt_log_marker(), then two messages", "marker");
    (void)dlt_log_marker();
    DLT_LOG(cMARK, DLT_LOG_INFO, DLT_STRING("lost-on-reference"), DLT_UINT8(1));
    DLT_LOG(cMARK, DLT_LOG_INFO, DLT_STRING("after the marker"), DLT_UINT8(2));
    pace(3);
    begin(F, "DLT_LOG_MARKER(), then two messages", "marker");
    DLT_LOG_MARKER();
    DLT_LOG(cMARK, DLT_LOG_INFO, DLT_STRING("lost-on-reference"), DLT_UINT8(3));
    DLT_LOG(cMARK, DLT_LOG_INFO, DLT_STRING("after the marker"), DLT_UINT8(4));
    pace(3);
    M(F, "", DLT_LOG(cMARK, DLT_LOG_INFO, DLT_STRING("no marker")));
}

/* One network trace case; fn is the name of the function it needs. */
static void nw_case(const char *name, const char *fn, const char *flags, int which, DltContext *c,
                    DltNetworkTraceType type, uint16_t hlen, void *hdr, uint16_t plen, void *pl, int allow)
{
    char fl[96];
    int have = which == 0 ? p_trace != NULL : which == 1 ? p_trace_trunc != NULL : p_trace_seg != NULL;
    if (!have) {
        snprintf(fl, sizeof fl, "%s%smissing:%s", flags, *flags ? "," : "", fn);
        begin("network-trace", name, fl);
        return;
    }
    begin("network-trace", name, flags);
    if (which == 0)
        (void)p_trace(c, type, hlen, hdr, plen, pl);
    else if (which == 1)
        (void)p_trace_trunc(c, type, hlen, hdr, plen, pl, allow);
    else
        (void)p_trace_seg(c, type, hlen, hdr, plen, pl);
    pace(plen > 500 ? 20 : 1);
}

static void fam_network(void)
{
    static const char *T = "dlt_user_trace_network";
    static const char *TT = "dlt_user_trace_network_truncated";
    static const char *TS = "dlt_user_trace_network_segmented";
    char name[160];
    char hdr[8] = { 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x0 };
    for (int type = 0; type <= DLT_NW_TRACE_MAX; type++) {
        snprintf(name, sizeof name, "trace_network(type %d, hdr 4, payload 8)", type);
        nw_case(name, T, "", 0, &cNWT, (DltNetworkTraceType)type, 4, hdr, 8, blob + type, 0);
    }
    nw_case("trace_network(hdr 0 NULL, payload 16)", T, "", 0, &cNWT, DLT_NW_TRACE_CAN, 0, NULL, 16, blob, 0);
    nw_case("trace_network(hdr 4, payload 0 NULL)", T, "", 0, &cNWT, DLT_NW_TRACE_CAN, 4, hdr, 0, NULL, 0);
    nw_case("trace_network(hdr 4, payload 1000)", T, "", 0, &cNWT, DLT_NW_TRACE_IPC, 4, hdr, 1000, blob, 0);
    const uint16_t sizes[] = { 1374, 1375, 1380, 1384, 1385, 2000, 4000 };
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        snprintf(name, sizeof name, "trace_network(hdr 4, payload %u)", sizes[i]);
        nw_case(name, T, "", 0, &cNWT, DLT_NW_TRACE_FLEXRAY, 4, hdr, sizes[i], blob, 0);
        snprintf(name, sizeof name, "trace_network_truncated(hdr 4, payload %u, allow 0)", sizes[i]);
        nw_case(name, TT, "", 1, &cNWT, DLT_NW_TRACE_FLEXRAY, 4, hdr, sizes[i], blob, 0);
        snprintf(name, sizeof name, "trace_network_truncated(hdr 4, payload %u, allow 1)", sizes[i]);
        nw_case(name, TT, "", 1, &cNWT, DLT_NW_TRACE_FLEXRAY, 4, hdr, sizes[i], blob, 1);
    }
    nw_case("trace_network_truncated(hdr 1500, payload 10, allow 1)", TT, "", 1, &cNWT, DLT_NW_TRACE_MOST,
            1500, blob, 10, blob, 1);
    nw_case("trace_network on a context with trace status OFF", T, "", 0, &cNWOFF, DLT_NW_TRACE_CAN, 4, hdr,
            8, blob, 0);
    nw_case("trace_network on a context with trace status OFF, payload 2000", T, "", 0, &cNWOFF,
            DLT_NW_TRACE_CAN, 4, hdr, 2000, blob, 0);
    nw_case("trace_network_segmented(hdr 4, payload 100): one normal message", TS, "", 2, &cNWT,
            DLT_NW_TRACE_CAN, 4, hdr, 100, blob, 0);
    /* Segmented: start message now, chunks and end from the library's own thread: wait for
     * them so that they stay inside this case. */
    nw_case("trace_network_segmented(hdr 4, payload 2500)", TS, "nwseg", 2, &cNWT, DLT_NW_TRACE_IPC,
            4, hdr, 2500, blob, 0);
    if (p_trace_seg)
        usleep(400000);
    nw_case("trace_network_segmented(hdr 6, payload 1390)", TS, "nwseg", 2, &cNWT, DLT_NW_TRACE_CAN, 6, hdr,
            1390, blob, 0);
    if (p_trace_seg)
        usleep(400000);
}

static void fam_given_buffer(void)
{
    const char *F = "given-buffer";
    /* A pre-encoded verbose payload: uint32 0x01020304 and string "gb". */
    static char payload[] = { 0x43, 0, 0, 0, 0x04, 0x03, 0x02, 0x01,
                              0x00, 0x02, 0, 0, 0x03, 0, 'g', 'b', 0 };
    struct { const char *name; size_t size; int32_t args; int nv; } cases[] = {
        { "given buffer: uint32 + string, 2 args", sizeof payload, 2, 0 },
        { "given buffer: first 8 bytes, 1 arg", 8, 1, 0 },
        { "given buffer: size 0", 0, 1, 0 },
        { "given buffer: args 0", sizeof payload, 0, 0 },
        { "given buffer: size 1391", 1391, 1, 0 },
        { "given buffer in non-verbose mode", sizeof payload, 2, 1 },
    };
    static char bigbuf[1391];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        DltContextData l;
        if (!p_gbuf_start || !p_gbuf_finish) {
            begin(F, cases[i].name,
                  !p_gbuf_start ? "missing:dlt_user_log_write_start_w_given_buffer"
                                : "missing:dlt_user_log_write_finish_w_given_buffer");
            continue;
        }
        begin(F, cases[i].name, "");
        if (cases[i].nv)
            dlt_nonverbose_mode();
        char *buf = cases[i].size > sizeof payload ? bigbuf : payload;
        if (p_gbuf_start(&cGBUF, &l, DLT_LOG_INFO, buf, cases[i].size, cases[i].args) == DLT_RETURN_TRUE)
            (void)p_gbuf_finish(&l);
        if (cases[i].nv)
            dlt_verbose_mode();
        pace(1);
    }
}

static void fam_log_mode(void)
{
    const char *F = "log-mode";
    /* The 2.18.8 daemon rejects LOG_MODE and stops parsing that read: keep it alone. */
    if (!p_log_mode) {
        begin(F, "dlt_set_log_mode(DLT_USER_MODE_EXTERNAL), then a message", "missing:dlt_set_log_mode");
        begin(F, "dlt_set_log_mode(7), then a message", "missing:dlt_set_log_mode");
        return;
    }
    begin(F, "dlt_set_log_mode(DLT_USER_MODE_EXTERNAL), then a message", "");
    usleep(50000);
    (void)p_log_mode(DLT_USER_MODE_EXTERNAL);
    usleep(50000);
    DLT_LOG(cMODE, DLT_LOG_INFO, DLT_STRING("after dlt_set_log_mode"));
    begin(F, "dlt_set_log_mode(7), then a message", "");
    (void)p_log_mode((DltUserLogMode)7);
    usleep(50000);
    DLT_LOG(cMODE, DLT_LOG_INFO, DLT_STRING("after invalid dlt_set_log_mode"));
}

/* Run with DLT_DISABLE_EXTENDED_HEADER_FOR_NONVERBOSE=1. */
static void fam_noext_env(void)
{
    const char *F = "noext-env";
    dlt_nonverbose_mode();
    NV(cNV, F, 1, dlt_user_log_write_uint32(&l, 0xabcdef01));
    NV(cNV, F, 2, dlt_user_log_write_string(&l, "no extended header"), dlt_user_log_write_bool(&l, 1));
    NV(cNV, F, 3, dlt_user_log_write_raw(&l, blob, 6), dlt_user_log_write_float64(&l, 2.5),
       dlt_user_log_write_int16_attr(&l, -2, "n", "u"), dlt_user_log_write_constant_string(&l, "gone"));
    M(F, "ts", DLT_LOG_ID_TS(cNV, DLT_LOG_WARN, 4, 0xcafe0001u, DLT_UINT8(4)));
    M(F, "", DLT_LOG(cNV, DLT_LOG_INFO, DLT_STRING("DLT_LOG: verbose, extended header")));
    dlt_use_extended_header_for_non_verbose(1);
    NV(cNV, F, 5, dlt_user_log_write_uint8(&l, 5));
    dlt_use_extended_header_for_non_verbose(0);
    NV(cNV, F, 6, dlt_user_log_write_uint8(&l, 6));
    dlt_verbose_mode();
    NV(cNV, F, 7, dlt_user_log_write_uint8(&l, 7));
}

/* ------------------------------------------------------------------ main */

int main(int argc, char **argv)
{
    int noext = 0;
    int opt;
    while ((opt = getopt(argc, argv, "m:")) != -1) {
        if (opt == 'm' && strcmp(optarg, "main") == 0)
            noext = 0;
        else if (opt == 'm' && strcmp(optarg, "noext") == 0)
            noext = 1;
        else {
            fprintf(stderr, "usage: wire-probe [-m main|noext]\n");
            return 2;
        }
    }
    init_data();
    resolve();

    if (dlt_register_app("WIRE", "wire conformance probe") < DLT_RETURN_OK) {
        fprintf(stderr, "wire-probe: dlt_register_app failed\n");
        return 1;
    }
    reg(&cCASE, "CASE", DLT_LOG_INFO, DLT_TRACE_STATUS_OFF);
    reg(&cBOOL, "BOOL", DLT_LOG_VERBOSE, DLT_TRACE_STATUS_OFF);
    reg(&cINT, "INT", DLT_LOG_VERBOSE, DLT_TRACE_STATUS_OFF);
    reg(&cFLT, "FLT", DLT_LOG_VERBOSE, DLT_TRACE_STATUS_OFF);
    reg(&cFMT, "FMT", DLT_LOG_VERBOSE, DLT_TRACE_STATUS_OFF);
    reg(&cPTR, "PTR", DLT_LOG_VERBOSE, DLT_TRACE_STATUS_OFF);
    reg(&cSTR, "STR", DLT_LOG_VERBOSE, DLT_TRACE_STATUS_OFF);
    reg(&cRAW, "RAW", DLT_LOG_VERBOSE, DLT_TRACE_STATUS_OFF);
    reg(&cMULT, "MULT", DLT_LOG_VERBOSE, DLT_TRACE_STATUS_OFF);
    reg(&cTRNC, "TRNC", DLT_LOG_VERBOSE, DLT_TRACE_STATUS_OFF);
    reg(&cLVL, "LVL", DLT_LOG_VERBOSE, DLT_TRACE_STATUS_OFF);
    reg(&cWRN, "WRN", DLT_LOG_WARN, DLT_TRACE_STATUS_OFF);
    reg(&cMAC, "MAC", DLT_LOG_VERBOSE, DLT_TRACE_STATUS_OFF);
    reg(&cTS, "TS", DLT_LOG_VERBOSE, DLT_TRACE_STATUS_OFF);
    reg(&cNV, "NV", DLT_LOG_VERBOSE, DLT_TRACE_STATUS_OFF);
    reg(&cHDR, "HDR", DLT_LOG_VERBOSE, DLT_TRACE_STATUS_OFF);
    reg(&cONE, "ONE", DLT_LOG_INFO, DLT_TRACE_STATUS_OFF);
    reg(&cMARK, "MARK", DLT_LOG_VERBOSE, DLT_TRACE_STATUS_OFF);
    reg(&cNWT, "NWT", DLT_LOG_VERBOSE, DLT_TRACE_STATUS_ON);
    reg(&cNWOFF, "NWOF", DLT_LOG_VERBOSE, DLT_TRACE_STATUS_OFF);
    reg(&cGBUF, "GBUF", DLT_LOG_VERBOSE, DLT_TRACE_STATUS_OFF);
    reg(&cMODE, "MODE", DLT_LOG_VERBOSE, DLT_TRACE_STATUS_OFF);

    if (noext) {
        fam_noext_env();
    } else {
        fam_bool();
        fam_integers();
        fam_floats();
        fam_formatted();
        fam_ptr();
        fam_strings();
        fam_raw();
        fam_multi();
        fam_truncation();
        fam_levels();
        fam_macros();
        fam_timestamps();
        fam_nonverbose();
        fam_headers();
        fam_oneshot();
        fam_marker();
        fam_network();
        fam_given_buffer();
        fam_log_mode();
    }
    begin(noext ? "end-noext" : "end", "end", "");
    printf("CASES %u\n", g_cases);
    fflush(stdout);

    DltContext *all[] = { &cCASE, &cBOOL, &cINT, &cFLT, &cFMT, &cPTR, &cSTR, &cRAW, &cMULT, &cTRNC, &cLVL,
                          &cWRN, &cMAC, &cTS, &cNV, &cHDR, &cONE, &cMARK, &cNWT, &cNWOFF, &cGBUF, &cMODE };
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        (void)dlt_unregister_context(all[i]);
    (void)dlt_unregister_app();
    (void)dlt_free();
    return 0;
}
