/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: prints what the API returns and what it writes into
 * DltContextData for a table of calls: edge cases, bad input, every argument
 * writer.  Run once on the reference libdlt.so.2 and once on libdlt-ng; the
 * two outputs must be identical (test-api-probe.sh).  No daemon is needed:
 * without one both libraries queue messages and return as if sent. */
#include <dlt/dlt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static DltContextData l;

static void dump(const char *what, int rc)
{
    printf("%-32s rc=%d size=%d args=%d :", what, rc, l.buffer ? l.size : -1,
           l.buffer ? l.args_num : -1);
    for (int i = 0; l.buffer && i < l.size && i < 96; i++)
        printf(" %02x", l.buffer[i]);
    printf("\n");
}

DLT_DECLARE_CONTEXT(ctx)
DLT_DECLARE_CONTEXT(other)
DLT_DECLARE_CONTEXT(never)

/* Start a message on ctx, run one writer, print, finish. */
#define W(name, call)                                                  \
    do {                                                               \
        int rc_ = dlt_user_log_write_start(&ctx, &l, DLT_LOG_INFO);    \
        if (rc_ != DLT_RETURN_TRUE) { printf("%s: start=%d\n", name, rc_); break; } \
        rc_ = (call);                                                  \
        dump(name, rc_);                                               \
        dlt_user_log_write_finish(&l);                                 \
    } while (0)

#define R(name, call) printf("%-32s rc=%d\n", name, (int)(call))

int main(void)
{
    char big[2000];
    memset(big, 'a', sizeof big);
    big[sizeof big - 1] = 0;
    char blob[2000];
    char xyz[] = "xyz", ab[] = "ab";
    memset(blob, 'b', sizeof blob);
    const char *umlauts = "\xc3\xa4\xc3\xa4\xc3\xa4\xc3\xa4xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

    memset(&never, 0, sizeof never);
    R("start on unregistered ctx", dlt_user_log_write_start(&never, &l, DLT_LOG_INFO));
    R("start NULL handle", dlt_user_log_write_start(NULL, &l, DLT_LOG_INFO));
    R("start NULL log", dlt_user_log_write_start(&ctx, NULL, DLT_LOG_INFO));
    R("register ctx before app", dlt_register_context(&ctx, "CTX", "c"));
    printf("ctx: pos=%d ll=%d ts=%d mcnt=%d id=%.4s\n", ctx.log_level_pos, *ctx.log_level_ptr,
           *ctx.trace_status_ptr, ctx.mcnt, ctx.contextID);
    R("register app empty id", dlt_register_app("", "x"));
    R("register app NULL id", dlt_register_app(NULL, "x"));
    R("register app 5-char id", dlt_register_app("PROBE", "probe"));
    char id[5] = {0};
    R("get appid", dlt_get_appid(id));
    printf("appid '%s'\n", id);
    R("get appid NULL", dlt_get_appid(NULL));
    R("register app again", dlt_register_app("PROB", "probe"));
    R("register ctx empty id", dlt_register_context(&other, "", "c"));
    R("register ctx NULL id", dlt_register_context(&other, NULL, "c"));
    R("register ctx NULL handle", dlt_register_context(NULL, "X", "c"));
    R("ll_ts bad level", dlt_register_context_ll_ts(&other, "LL", "c", 9, 0));
    R("ll_ts bad status", dlt_register_context_ll_ts(&other, "LL", "c", 3, 5));
    R("ll_ts -1 -1", dlt_register_context_ll_ts(&other, "LL", "c", -1, -1));
    printf("other: ll=%d ts=%d\n", *other.log_level_ptr, *other.trace_status_ptr);
    R("ll_ts 6 1", dlt_register_context_ll_ts(&other, "LL2", "c", 6, 1));
    printf("other: ll=%d ts=%d mcnt=%d\n", *other.log_level_ptr, *other.trace_status_ptr, other.mcnt);
    R("is enabled VERBOSE on ll 6", dlt_user_is_logLevel_enabled(&other, DLT_LOG_VERBOSE));
    R("is enabled VERBOSE on ll 4", dlt_user_is_logLevel_enabled(&ctx, DLT_LOG_VERBOSE));
    R("is enabled bad level", dlt_user_is_logLevel_enabled(&ctx, 9));
    R("unregister other", dlt_unregister_context(&other));
    printf("other ptr after unregister: %s\n", other.log_level_ptr ? "set" : "NULL");
    R("unregister other again", dlt_unregister_context(&other));
    R("start after unregister", dlt_user_log_write_start(&other, &l, DLT_LOG_INFO));
    R("unregister NULL", dlt_unregister_context(NULL));

    R("start bad level 9", dlt_user_log_write_start(&ctx, &l, 9));
    R("start level -2", dlt_user_log_write_start(&ctx, &l, -2));
    R("start disabled VERBOSE", dlt_user_log_write_start(&ctx, &l, DLT_LOG_VERBOSE));
    printf("handle after disabled start: %s\n", l.handle ? "set" : "NULL");
    R("start OFF", dlt_user_log_write_start(&ctx, &l, DLT_LOG_OFF));
    R("start DEFAULT", dlt_user_log_write_start(&ctx, &l, DLT_LOG_DEFAULT));
    printf("after start: ll=%d ts=%d args=%d size=%d verbose=%d use_ts=%d\n", l.log_level,
           l.trace_status, l.args_num, l.size, l.verbose_mode, l.use_timestamp);
    R("finish", dlt_user_log_write_finish(&l));
    R("finish NULL", dlt_user_log_write_finish(NULL));
    memset(&l, 0, sizeof l);
    R("finish zeroed", dlt_user_log_write_finish(&l));

    W("bool", dlt_user_log_write_bool(&l, 1));
    W("bool_attr", dlt_user_log_write_bool_attr(&l, 1, "b"));
    W("uint8", dlt_user_log_write_uint8(&l, 0xab));
    W("uint16", dlt_user_log_write_uint16(&l, 0xabcd));
    W("uint32", dlt_user_log_write_uint32(&l, 0x12345678));
    W("uint64", dlt_user_log_write_uint64(&l, 0x1122334455667788ull));
    W("uint", dlt_user_log_write_uint(&l, 7));
    W("int8", dlt_user_log_write_int8(&l, -1));
    W("int16", dlt_user_log_write_int16(&l, -2));
    W("int32", dlt_user_log_write_int32(&l, -3));
    W("int64", dlt_user_log_write_int64(&l, -4));
    W("int", dlt_user_log_write_int(&l, 5));
    W("float32", dlt_user_log_write_float32(&l, 1.5f));
    W("float64", dlt_user_log_write_float64(&l, -2.25));
    W("uint8_attr", dlt_user_log_write_uint8_attr(&l, 1, "n", "u"));
    W("uint16_attr", dlt_user_log_write_uint16_attr(&l, 1, "n", NULL));
    W("uint32_attr", dlt_user_log_write_uint32_attr(&l, 1, NULL, "u"));
    W("uint64_attr", dlt_user_log_write_uint64_attr(&l, 1, "name", "unit"));
    W("uint_attr", dlt_user_log_write_uint_attr(&l, 1, "n", "u"));
    W("int8_attr", dlt_user_log_write_int8_attr(&l, -1, "n", "u"));
    W("int16_attr", dlt_user_log_write_int16_attr(&l, -1, "n", "u"));
    W("int32_attr", dlt_user_log_write_int32_attr(&l, -1, "n", "u"));
    W("int64_attr", dlt_user_log_write_int64_attr(&l, -1, "n", "u"));
    W("int_attr", dlt_user_log_write_int_attr(&l, -1, "n", "u"));
    W("float32_attr", dlt_user_log_write_float32_attr(&l, 1.5f, "f", "m"));
    W("float64_attr", dlt_user_log_write_float64_attr(&l, 1.5, "f", "m"));
    for (int f = -1; f <= 7; f++) {
        char name[32];
        snprintf(name, sizeof name, "uint8_formatted %d", f);
        W(name, dlt_user_log_write_uint8_formatted(&l, 0x5a, f));
        snprintf(name, sizeof name, "uint16_formatted %d", f);
        W(name, dlt_user_log_write_uint16_formatted(&l, 0x5a5a, f));
        snprintf(name, sizeof name, "uint32_formatted %d", f);
        W(name, dlt_user_log_write_uint32_formatted(&l, 0x5a, f));
        snprintf(name, sizeof name, "uint64_formatted %d", f);
        W(name, dlt_user_log_write_uint64_formatted(&l, 0x5a, f));
        snprintf(name, sizeof name, "raw_formatted %d", f);
        W(name, dlt_user_log_write_raw_formatted(&l, xyz, 3, f));
        snprintf(name, sizeof name, "raw_formatted_attr %d", f);
        W(name, dlt_user_log_write_raw_formatted_attr(&l, "xyz", 3, f, "r"));
    }
    W("ptr", dlt_user_log_write_ptr(&l, (void *)0x1122));
    W("string", dlt_user_log_write_string(&l, "hi"));
    W("string empty", dlt_user_log_write_string(&l, ""));
    W("string NULL", dlt_user_log_write_string(&l, NULL));
    W("sized_string", dlt_user_log_write_sized_string(&l, "abcdef", 3));
    W("sized_string 0", dlt_user_log_write_sized_string(&l, "abcdef", 0));
    W("constant_string", dlt_user_log_write_constant_string(&l, "cs"));
    W("sized_constant_string", dlt_user_log_write_sized_constant_string(&l, "abcdef", 2));
    W("utf8_string", dlt_user_log_write_utf8_string(&l, "\xc3\xa4"));
    W("sized_utf8_string", dlt_user_log_write_sized_utf8_string(&l, "abc", 2));
    W("constant_utf8_string", dlt_user_log_write_constant_utf8_string(&l, "u"));
    W("sized_constant_utf8_string", dlt_user_log_write_sized_constant_utf8_string(&l, "uv", 1));
    W("string_attr", dlt_user_log_write_string_attr(&l, "hi", "nm"));
    W("string_attr NULL name", dlt_user_log_write_string_attr(&l, "hi", NULL));
    W("sized_string_attr", dlt_user_log_write_sized_string_attr(&l, "hello", 2, "n"));
    W("constant_string_attr", dlt_user_log_write_constant_string_attr(&l, "c", "n"));
    W("sized_constant_string_attr", dlt_user_log_write_sized_constant_string_attr(&l, "cd", 1, "n"));
    W("utf8_string_attr", dlt_user_log_write_utf8_string_attr(&l, "u", "n"));
    W("sized_utf8_string_attr", dlt_user_log_write_sized_utf8_string_attr(&l, "uv", 1, "n"));
    W("constant_utf8_string_attr", dlt_user_log_write_constant_utf8_string_attr(&l, "u", "n"));
    W("sized_constant_utf8_string_attr", dlt_user_log_write_sized_constant_utf8_string_attr(&l, "uv", 2, "n"));
    W("raw", dlt_user_log_write_raw(&l, xyz, 3));
    W("raw NULL", dlt_user_log_write_raw(&l, NULL, 3));
    W("raw 0", dlt_user_log_write_raw(&l, xyz, 0));
    W("raw_attr", dlt_user_log_write_raw_attr(&l, "ab", 2, "nm"));
    W("raw_attr NULL name", dlt_user_log_write_raw_attr(&l, "ab", 2, NULL));
    R("write_string NULL log", dlt_user_log_write_string(NULL, "x"));
    R("write_uint32 NULL log", dlt_user_log_write_uint32(NULL, 1));

    /* Limits and truncation around DLT_USER_BUF_MAX_SIZE (1390). */
    W("string 1999 chars", dlt_user_log_write_string(&l, big));
    W("utf8 1999 chars", dlt_user_log_write_utf8_string(&l, big));
    W("raw 1384 (fits exactly)", dlt_user_log_write_raw(&l, blob, 1384));
    W("raw 1385 (one too many)", dlt_user_log_write_raw(&l, blob, 1385));
    for (int room = 38; room <= 46; room++) {
        for (int utf8 = 0; utf8 <= 1; utf8++) {
            int rc = dlt_user_log_write_start(&ctx, &l, DLT_LOG_INFO);
            rc = dlt_user_log_write_raw(&l, blob, (uint16_t)(1390 - 6 - room));
            rc = utf8 ? dlt_user_log_write_utf8_string(&l, umlauts)
                      : dlt_user_log_write_string(&l, umlauts);
            printf("room %d %s rc=%d size=%d args=%d tail:", room, utf8 ? "utf8" : "ascii", rc,
                   l.size, l.args_num);
            for (int i = 1390 - room; i < l.size; i++)
                printf(" %02x", l.buffer[i]);
            printf("\n");
            rc = dlt_user_log_write_uint8(&l, 1);
            printf("  then uint8 rc=%d size=%d\n", rc, l.size);
            dlt_user_log_write_finish(&l);
        }
    }

    /* Non-verbose mode: DLT_LOG stays verbose, DLT_LOG_ID does not. */
    R("nonverbose_mode", dlt_nonverbose_mode());
    {
        int rc = dlt_user_log_write_start_id(&ctx, &l, DLT_LOG_INFO, 42);
        printf("nv start_id rc=%d size=%d verbose=%d\n", rc, l.size, l.verbose_mode);
        rc = dlt_user_log_write_string(&l, "hi");
        dump("nv string", rc);
        rc = dlt_user_log_write_int32_attr(&l, 5, "n", "u");
        dump("nv int32_attr", rc);
        rc = dlt_user_log_write_string_attr(&l, "a", "n");
        dump("nv string_attr", rc);
        rc = dlt_user_log_write_constant_string(&l, "gone");
        dump("nv constant_string", rc);
        rc = dlt_user_log_write_int(&l, 5);
        dump("nv int", rc);
        rc = dlt_user_log_write_raw_formatted(&l, ab, 2, DLT_FORMAT_HEX8);
        dump("nv raw_formatted", rc);
        rc = dlt_user_log_write_bool_attr(&l, 1, "b");
        dump("nv bool_attr", rc);
        dlt_user_log_write_finish(&l);
        rc = dlt_user_log_write_start(&ctx, &l, DLT_LOG_INFO);
        printf("nv plain start rc=%d verbose=%d\n", rc, l.verbose_mode);
        dlt_user_log_write_finish(&l);
    }
    R("nv log_string", dlt_log_string(&ctx, DLT_LOG_INFO, "x"));
    R("nv log_int", dlt_log_int(&ctx, DLT_LOG_INFO, 1));
    R("verbose_mode", dlt_verbose_mode());
    {
        int rc = dlt_user_log_write_start_id(&ctx, &l, DLT_LOG_INFO, 42);
        printf("v start_id rc=%d size=%d verbose=%d\n", rc, l.size, l.verbose_mode);
        dlt_user_log_write_finish(&l);
    }

    /* One-call helpers. */
    R("log_string", dlt_log_string(&ctx, DLT_LOG_INFO, "x"));
    R("log_string NULL handle", dlt_log_string(NULL, DLT_LOG_INFO, "x"));
    R("log_string NULL text", dlt_log_string(&ctx, DLT_LOG_INFO, NULL));
    R("log_string disabled", dlt_log_string(&ctx, DLT_LOG_VERBOSE, "x"));
    R("log_string bad level", dlt_log_string(&ctx, 8, "x"));
    R("log_string_int", dlt_log_string_int(&ctx, DLT_LOG_INFO, "x", 1));
    R("log_string_uint", dlt_log_string_uint(&ctx, DLT_LOG_INFO, "x", 1));
    R("log_int", dlt_log_int(&ctx, DLT_LOG_INFO, 1));
    R("log_uint", dlt_log_uint(&ctx, DLT_LOG_INFO, 1));
    R("log_raw", dlt_log_raw(&ctx, DLT_LOG_INFO, ab, 2));
    R("log_raw NULL", dlt_log_raw(&ctx, DLT_LOG_INFO, NULL, 2));
    R("log_raw too big", dlt_log_raw(&ctx, DLT_LOG_INFO, blob, 1390));
    R("log_string huge", dlt_log_string(&ctx, DLT_LOG_INFO, big));

    /* Buffer, mode and limit functions, given buffers, network trace. */
    {
        DltContext tr;
        char given[16] = {0x43, 0, 0, 0, 7, 0, 0, 0};
        unsigned char hdr[4] = {1, 2, 3, 4};
        int total, used;
        R("set_log_mode 5", dlt_set_log_mode(5));
        R("set_log_mode -2", dlt_set_log_mode(-2));
        R("set_log_mode BOTH", dlt_set_log_mode(DLT_USER_MODE_BOTH));
        R("check_buffer NULL", dlt_user_check_buffer(NULL, &used));
        R("check_buffer", dlt_user_check_buffer(&total, &used));
        R("set_filesize_max (no file)", dlt_set_filesize_max(100));
        printf("uptime > 0: %d\n", dlt_uptime() > 0);
        R("register TR ll_ts INFO ON", dlt_register_context_ll_ts(&tr, "TR", "trace", DLT_LOG_INFO,
                                                                   DLT_TRACE_STATUS_ON));
        R("app_ll_ts bad level", dlt_set_application_ll_ts_limit(8, 0));
        R("app_ll_ts bad status", dlt_set_application_ll_ts_limit(3, 4));
        R("app_ll_ts WARN ON", dlt_set_application_ll_ts_limit(DLT_LOG_WARN, DLT_TRACE_STATUS_ON));
        printf("after app_ll_ts: ctx %d/%d tr %d/%d\n", *ctx.log_level_ptr, *ctx.trace_status_ptr,
               *tr.log_level_ptr, *tr.trace_status_ptr);
        R("app_ll_ts DEFAULT", dlt_set_application_ll_ts_limit(DLT_LOG_DEFAULT, DLT_TRACE_STATUS_DEFAULT));
        printf("after app_ll_ts: ctx %d/%d\n", *ctx.log_level_ptr, *ctx.trace_status_ptr);
        R("app_ll_ts INFO ON", dlt_set_application_ll_ts_limit(DLT_LOG_INFO, DLT_TRACE_STATUS_ON));
        R("given start", dlt_user_log_write_start_w_given_buffer(&ctx, &l, DLT_LOG_WARN, given, 8, 1));
        printf("given: size=%d args=%d is_given=%d\n", l.size, l.args_num, l.buffer == (unsigned char *)given);
        R("given finish", dlt_user_log_write_finish_w_given_buffer(&l));
        R("given size 0", dlt_user_log_write_start_w_given_buffer(&ctx, &l, DLT_LOG_WARN, given, 0, 1));
        R("given args 0", dlt_user_log_write_start_w_given_buffer(&ctx, &l, DLT_LOG_WARN, given, 8, 0));
        R("given NULL", dlt_user_log_write_start_w_given_buffer(&ctx, &l, DLT_LOG_WARN, NULL, 8, 1));
        R("given too big", dlt_user_log_write_start_w_given_buffer(&ctx, &l, DLT_LOG_WARN, given, 1391, 1));
        R("given finish NULL", dlt_user_log_write_finish_w_given_buffer(NULL));
        R("trace", dlt_user_trace_network(&tr, DLT_NW_TRACE_CAN, 4, hdr, 8, blob));
        R("trace status off", dlt_user_trace_network(&ctx, DLT_NW_TRACE_CAN, 4, hdr, 8, blob));
        R("trace type 0", dlt_user_trace_network(&tr, 0, 4, hdr, 8, blob));
        R("trace type 16", dlt_user_trace_network(&tr, 16, 4, hdr, 8, blob));
        R("trace big", dlt_user_trace_network(&tr, DLT_NW_TRACE_CAN, 4, hdr, 1500, blob));
        R("truncated big no-allow", dlt_user_trace_network_truncated(&tr, DLT_NW_TRACE_CAN, 4, hdr, 1500, blob, 0));
        R("truncated 4+1378 no-allow", dlt_user_trace_network_truncated(&tr, DLT_NW_TRACE_CAN, 4, hdr, 1378, blob, 0));
        R("truncated 4+1376 no-allow", dlt_user_trace_network_truncated(&tr, DLT_NW_TRACE_CAN, 4, hdr, 1376, blob, 0));
        R("segmented big", dlt_user_trace_network_segmented(&tr, DLT_NW_TRACE_CAN, 4, hdr, 1900, blob));
        R("segmented small", dlt_user_trace_network_segmented(&tr, DLT_NW_TRACE_CAN, 4, hdr, 30, blob));
        R("unregister TR", dlt_unregister_context(&tr));
        dlt_env_ll_set set;
        memset(&set, 0, sizeof set);
        char spec[] = "::0;PROB::5;:CTX1:1;PROB:CTX1:verbose";
        char *cursor = spec;
        R("env extract", dlt_env_extract_ll_set(&cursor, &set));
        printf("env: n=%zu consumed=%d adj=%d %d %d %d\n", set.num_elem, (int)(cursor - spec),
               dlt_env_adjust_ll_from_env(&set, "PROB", "CTX1", 4),
               dlt_env_adjust_ll_from_env(&set, "PROB", "XX", 4),
               dlt_env_adjust_ll_from_env(&set, "ZZ", "CTX1", 4),
               dlt_env_adjust_ll_from_env(&set, "Q", "Q", 4));
        dlt_env_free_ll_set(&set);
    }

    /* Settings and versions. */
    R("check_library_version ok", dlt_check_library_version("2", "18"));
    R("check_library_version bad", dlt_check_library_version("2", "17"));
    R("with_session_id 0", dlt_with_session_id(0));
    R("with_timestamp 0", dlt_with_timestamp(0));
    R("with_ecu_id 0", dlt_with_ecu_id(0));
    R("use_extended_header 0", dlt_use_extended_header_for_non_verbose(0));
    R("set_resend_timeout_atexit", dlt_set_resend_timeout_atexit(100));
    R("get_log_state", dlt_get_log_state());
    char ver[16];
    dlt_get_major_version(ver, sizeof ver);
    printf("major %s\n", ver);
    dlt_get_minor_version(ver, sizeof ver);
    printf("minor %s\n", ver);
    char setid[4];
    dlt_set_id(setid, "AB");
    printf("set_id %02x %02x %02x %02x\n", setid[0], setid[1], setid[2], setid[3]);
    dlt_set_id(setid, "ABCDEF");
    printf("set_id %.4s\n", setid);

    R("unregister ctx", dlt_unregister_context(&ctx));
    R("unregister app", dlt_unregister_app());
    R("unregister app again", dlt_unregister_app());
    R("free", dlt_free());
    R("free again", dlt_free());
    R("start after free", dlt_user_log_write_start(&ctx, &l, DLT_LOG_INFO));

    /* A dlt_free/dlt_init cycle reads the environment again. */
    setenv("DLT_LOG_MSG_BUF_LEN", "100", 1);
    R("init again", dlt_init());
    R("register app after init", dlt_register_app("PRB2", "again"));
    R("register ctx after init", dlt_register_context(&ctx, "CTX", "c"));
    W("string 1999 chars, buf len 100", dlt_user_log_write_string(&l, big));
    W("raw 94, buf len 100", dlt_user_log_write_raw(&l, blob, 94));
    W("raw 95, buf len 100", dlt_user_log_write_raw(&l, blob, 95));
    R("unregister app after init", dlt_unregister_app());
    R("free after init", dlt_free());
    return 0;
}
