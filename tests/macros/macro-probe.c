/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the DLT_LOG* macros with their inline level check keep
 * 2.18.8's evaluation rules: CONTEXT, LOGLEVEL and MSGID exactly once
 * whether the level is enabled or not, the arguments (and TS) only when the
 * message is sent, and an unregistered context is harmless.  Prints TAP.
 * The same source is built as C and as C++ (macro-probe-cxx.cpp). */
#include <dlt/dlt.h>
#include <stdio.h>
#include <string.h>

static DltContext ctxs[2];
static int n_ctx, n_level, n_id, n_arg, n_ts;
static int test_no, failed;

static DltContext *context_at(int i)
{
    n_ctx++;
    return &ctxs[i];
}
static DltLogLevelType level(DltLogLevelType l)
{
    n_level++;
    return l;
}
static uint32_t msg_id(uint32_t id)
{
    n_id++;
    return id;
}
static int32_t arg(void)
{
    return n_arg++;
}
static uint32_t ts(void)
{
    n_ts++;
    return 1234;
}

static void reset(void)
{
    n_ctx = n_level = n_id = n_arg = n_ts = 0;
}

static void check(int ok, const char *what)
{
    test_no++;
    if (!ok)
        failed++;
    printf("%s %d - %s (ctx %d, level %d, id %d, args %d, ts %d)\n", ok ? "ok" : "not ok", test_no,
           what, n_ctx, n_level, n_id, n_arg, n_ts);
}

#ifdef __cplusplus
#define AS_LEVEL(x) static_cast<DltLogLevelType>(x)
#else
#define AS_LEVEL(x) ((DltLogLevelType)(x))
#endif

#define CTX (*context_at(0))
#define UNREGISTERED (*context_at(1))

int main(void)
{
    int i = 0;
    printf("1..11\n");
    memset(&ctxs[1], 0, sizeof ctxs[1]);
    dlt_register_app("MACP", "macro probe");
    dlt_register_context_ll_ts(&ctxs[0], "MAC", "macros", DLT_LOG_INFO, DLT_TRACE_STATUS_OFF);

    reset();
    DLT_LOG(CTX, level(DLT_LOG_INFO), DLT_INT32(arg()), DLT_INT32(arg()));
    check(n_ctx == 1 && n_level == 1 && n_arg == 2, "DLT_LOG enabled: context and level once, arguments run");
    reset();
    DLT_LOG(CTX, level(DLT_LOG_DEBUG), DLT_INT32(arg()));
    check(n_ctx == 1 && n_level == 1 && n_arg == 0, "DLT_LOG disabled: context and level once, arguments skipped");
    reset();
    DLT_LOG(CTX, level(DLT_LOG_OFF), DLT_INT32(arg()));
    check(n_ctx == 1 && n_level == 1 && n_arg == 0, "DLT_LOG at DLT_LOG_OFF sends nothing");
    reset();
    DLT_LOG(UNREGISTERED, level(DLT_LOG_FATAL), DLT_INT32(arg()));
    check(n_ctx == 1 && n_level == 1 && n_arg == 0, "DLT_LOG on an unregistered context does nothing");
    reset();
    DLT_LOG(CTX, level(AS_LEVEL(9)), DLT_INT32(arg()));
    check(n_ctx == 1 && n_level == 1 && n_arg == 0, "DLT_LOG with an invalid level sends nothing");
    reset();
    DLT_LOG_TS(CTX, level(DLT_LOG_WARN), ts(), DLT_INT32(arg()));
    check(n_ctx == 1 && n_level == 1 && n_arg == 1 && n_ts == 1, "DLT_LOG_TS enabled: TS and arguments once");
    reset();
    DLT_LOG_TS(CTX, level(DLT_LOG_VERBOSE), ts(), DLT_INT32(arg()));
    check(n_ctx == 1 && n_level == 1 && n_arg == 0 && n_ts == 0, "DLT_LOG_TS disabled: TS and arguments skipped");
    reset();
    DLT_LOG_ID(CTX, level(DLT_LOG_INFO), msg_id(42), DLT_INT32(arg()));
    check(n_ctx == 1 && n_level == 1 && n_id == 1 && n_arg == 1, "DLT_LOG_ID enabled: message id once");
    reset();
    DLT_LOG_ID(CTX, level(DLT_LOG_DEBUG), msg_id(42), DLT_INT32(arg()));
    check(n_ctx == 1 && n_level == 1 && n_id == 1 && n_arg == 0, "DLT_LOG_ID disabled: message id still evaluated once");
    reset();
    DLT_LOG_ID_TS(CTX, level(DLT_LOG_DEBUG), msg_id(42), ts(), DLT_INT32(arg()));
    check(n_ctx == 1 && n_level == 1 && n_id == 1 && n_arg == 0 && n_ts == 0,
          "DLT_LOG_ID_TS disabled: message id once, TS skipped");
    /* An if without braces around the macro, and a loop with it. */
    reset();
    for (i = 0; i < 3; i++)
        if (i != 1)
            DLT_LOG(CTX, level(DLT_LOG_ERROR), DLT_INT32(arg()));
        else
            DLT_LOG(CTX, level(DLT_LOG_DEBUG), DLT_INT32(arg()));
    check(n_ctx == 3 && n_level == 3 && n_arg == 2, "DLT_LOG is one statement (if/else without braces)");

    dlt_unregister_context(&ctxs[0]);
    dlt_unregister_app();
    return failed ? 1 : 0;
}
