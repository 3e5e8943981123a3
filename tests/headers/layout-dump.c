/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: ABI dump of the public DLT headers (layouts, constants, macro behaviour, prototypes). Written for libdlt-ng; declarations follow the COVESA DLT 2.18.8 ABI. */

/*
 * Compiled once against the reference headers (COVESA DLT 2.18.8, Debian
 * libdlt-dev) and once against the libdlt-ng headers; check-layout.sh runs
 * both programs and diffs what they print.  Nothing here links against a
 * DLT library: the functions the macros call are replaced by recording
 * stand-ins defined below, so the program also shows what each macro
 * expands to at run time.
 *
 * Compiled as C it prints
 *   - sizeof / alignment of every public type and the offset and size of
 *     every structure member,
 *   - the value of every enumerator and every numeric macro, with the
 *     width and signedness of the macro's type, and every string macro,
 *   - which upstream macro names are defined at all,
 *   - results of the function-like macros over their whole input domain
 *     (hashed) and traces of the logging macros.
 * Compiled as C++ it additionally prints the mangled type of every
 * member, every declared function and every data object (typeid), which
 * pins down the exact prototypes, and the underlying type of each enum.
 *
 * Configuration switches understood by the headers (DLT_SHM_ENABLE,
 * DLT_TEST_ENABLE, DLT_LIB_USE_FIFO_IPC, DLT_UNIT_TESTS, ...) may be set on
 * the command line; the dump follows them.
 */

#include <dlt.h>
#include <dlt_common.h>
#include <dlt_user.h>
#include <dlt_user_macros.h>
#include <dlt_protocol.h>
#include <dlt_types.h>
#include <dlt_version.h>
#include <dlt_client.h>
#include <dlt_filetransfer.h>
#include <dlt_common_api.h>
#include <dlt_shm.h>
#include <dlt_offline_trace.h>

#include <errno.h>
#include <semaphore.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

#ifdef __cplusplus
#   include <typeinfo>
#   include <type_traits>
#   define TNAME(...) (typeid(__VA_ARGS__).name())
#else
#   define TNAME(...) "-"
#endif

/* ------------------------------------------------------------------------
 * output helpers
 * ------------------------------------------------------------------------ */

static void out_type(const char *name, size_t size, size_t align, const char *tname)
{
    printf("type %s size=%zu align=%zu cxx=%s\n", name, size, align, tname);
}

static void out_field(const char *type, const char *field, size_t off, size_t size, const char *tname)
{
    printf("field %s.%s off=%zu size=%zu cxx=%s\n", type, field, off, size, tname);
}

#define S(T) out_type(#T, sizeof(T), __alignof__(T), TNAME(T))
#ifdef __cplusplus
#   define F(T, f) out_field(#T, #f, offsetof(T, f), sizeof(((T *)0)->f), TNAME(decltype(T::f)))
#else
#   define F(T, f) out_field(#T, #f, offsetof(T, f), sizeof(((T *)0)->f), "-")
#endif

/* enum type: size, alignment, signedness of the type itself */
#ifdef __cplusplus
#   define ET(T) printf("enumtype %s size=%zu align=%zu underlying=%s\n", #T, sizeof(T), \
                        __alignof__(T), typeid(std::underlying_type<T>::type).name())
#else
#   define ET(T) printf("enumtype %s size=%zu align=%zu signed=%d\n", #T, sizeof(T), \
                        __alignof__(T), (int)((T)-1 < 0))
#endif

/* enumerator value */
#define EV(E) printf("enum %s = %lld size=%zu\n", #E, (long long)(E), sizeof(E))

/* numeric macro: value, width and signedness of its type */
#define NV(M) printf("macro %s = %lld size=%zu signed=%d\n", #M, (long long)(M), sizeof(M), \
                     (int)(((M) - (M) - 1) < 0))

/* string macro */
#define SV(M) printf("string %s = \"%s\" size=%zu\n", #M, M, sizeof(M))

#define STR2_(x) #x
#define STR_(x) STR2_(x)

/* FNV-1a over a sequence of 64-bit values */
static unsigned long long hash_step(unsigned long long h, long long v)
{
    int i;
    for (i = 0; i < 8; i++) {
        h ^= (unsigned long long)((unsigned long long)v >> (8 * i)) & 0xffu;
        h *= 1099511628211ull;
    }
    return h;
}

/* evaluate EXPR (using variable i) for i in [LO, HI] and print a digest;
 * also print the width and signedness of the expression's type */
#define SWEEP(NAME, LO, HI, EXPR) \
    do { \
        unsigned long long h_ = 14695981039346656037ull; \
        long long i; \
        for (i = (LO); i <= (HI); i++) \
            h_ = hash_step(h_, (long long)(EXPR)); \
        i = 0; \
        printf("sweep %s [%lld..%lld] hash=%016llx size=%zu signed=%d\n", NAME, (long long)(LO), \
               (long long)(HI), h_, sizeof(EXPR), (int)(((EXPR) - (EXPR) - 1) < 0)); \
    } while (0)

/* ------------------------------------------------------------------------
 * recording stand-ins for the library functions the macros call
 * ------------------------------------------------------------------------ */

static DltReturnValue g_ret = DLT_RETURN_OK;   /* what every stand-in returns */
static DltReturnValue g_start_ret = DLT_RETURN_TRUE;
static DltContext *g_expect_ctx;
static int g_seq;
static int g_known_obj;

static const char *ptrname(const void *p)
{
    if (p == NULL) return "NULL";
    if (p == (const void *)&g_known_obj) return "&known";
    if (p == (const void *)g_expect_ctx) return "&ctx";
    return "other";
}

static const char *sz(const char *s)
{
    return s ? s : "(null)";
}

static void rec(const char *fn, const char *fmt, ...)
{
    va_list ap;
    printf("  call#%d %s(", ++g_seq, fn);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf(")\n");
}

static void rec_log(DltContextData *log, const char *fn, const char *fmt, ...)
{
    va_list ap;
    if (log == NULL) {
        printf("  call#%d %s(log=NULL)\n", ++g_seq, fn);
        return;
    }
    log->args_num++;
    printf("  call#%d %s(log{handle=%s,arg=%d} ", ++g_seq, fn, ptrname(log->handle), (int)log->args_num);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf(")\n");
}

static void start_fill(DltContext *handle, DltContextData *log, DltLogLevelType ll)
{
    if (log == NULL) return;
    memset(log, 0x5a, sizeof(*log));
    log->handle = handle;
    log->buffer = NULL;
    log->size = 0;
    log->log_level = ll;
    log->trace_status = 0;
    log->args_num = 0;
    log->context_description = NULL;
    log->use_timestamp = DLT_AUTO_TIMESTAMP;
    log->user_timestamp = 0;
    log->verbose_mode = 1;
}

DltReturnValue dlt_user_log_write_start(DltContext *handle, DltContextData *log, DltLogLevelType loglevel)
{
    rec("dlt_user_log_write_start", "%s, log, %d -> %d", ptrname(handle), (int)loglevel, (int)g_start_ret);
    start_fill(handle, log, loglevel);
    return g_start_ret;
}

DltReturnValue dlt_user_log_write_start_id(DltContext *handle, DltContextData *log, DltLogLevelType loglevel,
                                           uint32_t messageid)
{
    rec("dlt_user_log_write_start_id", "%s, log, %d, %u -> %d", ptrname(handle), (int)loglevel,
        (unsigned)messageid, (int)g_start_ret);
    start_fill(handle, log, loglevel);
    return g_start_ret;
}

DltReturnValue dlt_user_log_write_finish(DltContextData *log)
{
    rec("dlt_user_log_write_finish", "handle=%s args=%d use_ts=%d user_ts=%u", ptrname(log->handle),
        (int)log->args_num, (int)log->use_timestamp, (unsigned)log->user_timestamp);
    return g_ret;
}

#define STR_WRITER(NAME) \
    DltReturnValue NAME(DltContextData *log, const char *text) \
    { rec_log(log, #NAME, "\"%s\"", sz(text)); return g_ret; }
#define SIZED_WRITER(NAME) \
    DltReturnValue NAME(DltContextData *log, const char *text, uint16_t length) \
    { rec_log(log, #NAME, "\"%s\", %u", sz(text), (unsigned)length); return g_ret; }
#define STR_ATTR_WRITER(NAME) \
    DltReturnValue NAME(DltContextData *log, const char *text, const char *name) \
    { rec_log(log, #NAME, "\"%s\", \"%s\"", sz(text), sz(name)); return g_ret; }
#define SIZED_ATTR_WRITER(NAME) \
    DltReturnValue NAME(DltContextData *log, const char *text, uint16_t length, const char *name) \
    { rec_log(log, #NAME, "\"%s\", %u, \"%s\"", sz(text), (unsigned)length, sz(name)); return g_ret; }

STR_WRITER(dlt_user_log_write_string)
STR_WRITER(dlt_user_log_write_constant_string)
STR_WRITER(dlt_user_log_write_utf8_string)
STR_WRITER(dlt_user_log_write_constant_utf8_string)
SIZED_WRITER(dlt_user_log_write_sized_string)
SIZED_WRITER(dlt_user_log_write_sized_constant_string)
SIZED_WRITER(dlt_user_log_write_sized_utf8_string)
SIZED_WRITER(dlt_user_log_write_sized_constant_utf8_string)
STR_ATTR_WRITER(dlt_user_log_write_string_attr)
STR_ATTR_WRITER(dlt_user_log_write_constant_string_attr)
STR_ATTR_WRITER(dlt_user_log_write_utf8_string_attr)
STR_ATTR_WRITER(dlt_user_log_write_constant_utf8_string_attr)
SIZED_ATTR_WRITER(dlt_user_log_write_sized_string_attr)
SIZED_ATTR_WRITER(dlt_user_log_write_sized_constant_string_attr)
SIZED_ATTR_WRITER(dlt_user_log_write_sized_utf8_string_attr)
SIZED_ATTR_WRITER(dlt_user_log_write_sized_constant_utf8_string_attr)

#define INT_WRITER(NAME, T, FMT, CAST) \
    DltReturnValue NAME(DltContextData *log, T data) \
    { rec_log(log, #NAME, FMT, (CAST)data); return g_ret; }
#define INT_ATTR_WRITER(NAME, T, FMT, CAST) \
    DltReturnValue NAME(DltContextData *log, T data, const char *name, const char *unit) \
    { rec_log(log, #NAME, FMT ", \"%s\", \"%s\"", (CAST)data, sz(name), sz(unit)); return g_ret; }
#define INT_FMT_WRITER(NAME, T, FMT, CAST) \
    DltReturnValue NAME(DltContextData *log, T data, DltFormatType type) \
    { rec_log(log, #NAME, FMT ", fmt=%d", (CAST)data, (int)type); return g_ret; }

INT_WRITER(dlt_user_log_write_bool, uint8_t, "%u", unsigned)
INT_WRITER(dlt_user_log_write_int, int, "%lld", long long)
INT_WRITER(dlt_user_log_write_int8, int8_t, "%lld", long long)
INT_WRITER(dlt_user_log_write_int16, int16_t, "%lld", long long)
INT_WRITER(dlt_user_log_write_int32, int32_t, "%lld", long long)
INT_WRITER(dlt_user_log_write_int64, int64_t, "%lld", long long)
INT_WRITER(dlt_user_log_write_uint, unsigned int, "%llu", unsigned long long)
INT_WRITER(dlt_user_log_write_uint8, uint8_t, "%llu", unsigned long long)
INT_WRITER(dlt_user_log_write_uint16, uint16_t, "%llu", unsigned long long)
INT_WRITER(dlt_user_log_write_uint32, uint32_t, "%llu", unsigned long long)
INT_WRITER(dlt_user_log_write_uint64, uint64_t, "%llu", unsigned long long)
INT_WRITER(dlt_user_log_write_float32, float32_t, "%.9g", double)
INT_WRITER(dlt_user_log_write_float64, double, "%.17g", double)
INT_ATTR_WRITER(dlt_user_log_write_int_attr, int, "%lld", long long)
INT_ATTR_WRITER(dlt_user_log_write_int8_attr, int8_t, "%lld", long long)
INT_ATTR_WRITER(dlt_user_log_write_int16_attr, int16_t, "%lld", long long)
INT_ATTR_WRITER(dlt_user_log_write_int32_attr, int32_t, "%lld", long long)
INT_ATTR_WRITER(dlt_user_log_write_int64_attr, int64_t, "%lld", long long)
INT_ATTR_WRITER(dlt_user_log_write_uint_attr, unsigned int, "%llu", unsigned long long)
INT_ATTR_WRITER(dlt_user_log_write_uint8_attr, uint8_t, "%llu", unsigned long long)
INT_ATTR_WRITER(dlt_user_log_write_uint16_attr, uint16_t, "%llu", unsigned long long)
INT_ATTR_WRITER(dlt_user_log_write_uint32_attr, uint32_t, "%llu", unsigned long long)
INT_ATTR_WRITER(dlt_user_log_write_uint64_attr, uint64_t, "%llu", unsigned long long)
INT_ATTR_WRITER(dlt_user_log_write_float32_attr, float32_t, "%.9g", double)
INT_ATTR_WRITER(dlt_user_log_write_float64_attr, float64_t, "%.17g", double)
INT_FMT_WRITER(dlt_user_log_write_uint8_formatted, uint8_t, "%llu", unsigned long long)
INT_FMT_WRITER(dlt_user_log_write_uint16_formatted, uint16_t, "%llu", unsigned long long)
INT_FMT_WRITER(dlt_user_log_write_uint32_formatted, uint32_t, "%llu", unsigned long long)
INT_FMT_WRITER(dlt_user_log_write_uint64_formatted, uint64_t, "%llu", unsigned long long)

DltReturnValue dlt_user_log_write_bool_attr(DltContextData *log, uint8_t data, const char *name)
{
    rec_log(log, "dlt_user_log_write_bool_attr", "%u, \"%s\"", (unsigned)data, sz(name));
    return g_ret;
}

DltReturnValue dlt_user_log_write_ptr(DltContextData *log, void *data)
{
    rec_log(log, "dlt_user_log_write_ptr", "%s", ptrname(data));
    return g_ret;
}

DltReturnValue dlt_user_log_write_raw(DltContextData *log, void *data, uint16_t length)
{
    rec_log(log, "dlt_user_log_write_raw", "%s, %u", ptrname(data), (unsigned)length);
    return g_ret;
}

DltReturnValue dlt_user_log_write_raw_attr(DltContextData *log, const void *data, uint16_t length, const char *name)
{
    rec_log(log, "dlt_user_log_write_raw_attr", "%s, %u, \"%s\"", ptrname(data), (unsigned)length, sz(name));
    return g_ret;
}

DltReturnValue dlt_check_library_version(const char *user_major_version, const char *user_minor_version)
{
    rec("dlt_check_library_version", "\"%s\", \"%s\"", sz(user_major_version), sz(user_minor_version));
    return g_ret;
}

DltReturnValue dlt_register_app(const char *apid, const char *description)
{
    rec("dlt_register_app", "\"%s\", \"%s\"", sz(apid), sz(description));
    return g_ret;
}

DltReturnValue dlt_unregister_app(void)
{
    rec("dlt_unregister_app", "");
    return g_ret;
}

DltReturnValue dlt_unregister_app_flush_buffered_logs(void)
{
    rec("dlt_unregister_app_flush_buffered_logs", "");
    return g_ret;
}

DltReturnValue dlt_get_appid(char *appid)
{
    rec("dlt_get_appid", "%s", appid ? "buf" : "NULL");
    if (appid) memcpy(appid, "APID", 4);
    return g_ret;
}

DltReturnValue dlt_register_context(DltContext *handle, const char *contextid, const char *description)
{
    rec("dlt_register_context", "%s, \"%s\", \"%s\"", ptrname(handle), sz(contextid), sz(description));
    return g_ret;
}

DltReturnValue dlt_register_context_ll_ts(DltContext *handle, const char *contextid, const char *description,
                                          int loglevel, int tracestatus)
{
    rec("dlt_register_context_ll_ts", "%s, \"%s\", \"%s\", %d, %d", ptrname(handle), sz(contextid),
        sz(description), loglevel, tracestatus);
    return g_ret;
}

static void ll_cb(char context_id[DLT_ID_SIZE], uint8_t log_level, uint8_t trace_status)
{
    (void)context_id; (void)log_level; (void)trace_status;
}

static int inj_cb(uint32_t service_id, void *data, uint32_t length)
{
    (void)service_id; (void)data; (void)length;
    return 0;
}

static int inj_cb_id(uint32_t service_id, void *data, uint32_t length, void *priv)
{
    (void)service_id; (void)data; (void)length; (void)priv;
    return 0;
}

DltReturnValue dlt_register_context_llccb(DltContext *handle, const char *contextid, const char *description,
                                          void (*dlt_log_level_changed_callback)(char context_id[DLT_ID_SIZE],
                                                                                 uint8_t log_level,
                                                                                 uint8_t trace_status))
{
    rec("dlt_register_context_llccb", "%s, \"%s\", \"%s\", cb=%s", ptrname(handle), sz(contextid),
        sz(description), dlt_log_level_changed_callback == ll_cb ? "ll_cb" : "?");
    return g_ret;
}

DltReturnValue dlt_unregister_context(DltContext *handle)
{
    rec("dlt_unregister_context", "%s", ptrname(handle));
    return g_ret;
}

DltReturnValue dlt_register_injection_callback(DltContext *handle, uint32_t service_id,
                                               int (*dlt_injection_callback)(uint32_t service_id, void *data,
                                                                             uint32_t length))
{
    rec("dlt_register_injection_callback", "%s, %u, cb=%s", ptrname(handle), (unsigned)service_id,
        dlt_injection_callback == inj_cb ? "inj_cb" : "?");
    return g_ret;
}

DltReturnValue dlt_register_injection_callback_with_id(DltContext *handle, uint32_t service_id,
                                                       int (*dlt_injection_callback)(uint32_t service_id,
                                                                                     void *data,
                                                                                     uint32_t length,
                                                                                     void *priv_data),
                                                       void *priv)
{
    rec("dlt_register_injection_callback_with_id", "%s, %u, cb=%s, %s", ptrname(handle), (unsigned)service_id,
        dlt_injection_callback == inj_cb_id ? "inj_cb_id" : "?", ptrname(priv));
    return g_ret;
}

DltReturnValue dlt_register_log_level_changed_callback(DltContext *handle,
                                                       void (*dlt_log_level_changed_callback)(
                                                           char context_id[DLT_ID_SIZE],
                                                           uint8_t log_level,
                                                           uint8_t trace_status))
{
    rec("dlt_register_log_level_changed_callback", "%s, cb=%s", ptrname(handle),
        dlt_log_level_changed_callback == ll_cb ? "ll_cb" : "?");
    return g_ret;
}

#define NW_ARGS_FMT "%s, %d, %u, %s, %u, %s"
#define NW_ARGS ptrname(handle), (int)nw_trace_type, (unsigned)header_len, ptrname(header), \
    (unsigned)payload_len, ptrname(payload)

DltReturnValue dlt_user_trace_network(DltContext *handle, DltNetworkTraceType nw_trace_type, uint16_t header_len,
                                      void *header, uint16_t payload_len, void *payload)
{
    rec("dlt_user_trace_network", NW_ARGS_FMT, NW_ARGS);
    return g_ret;
}

DltReturnValue dlt_user_trace_network_truncated(DltContext *handle, DltNetworkTraceType nw_trace_type,
                                                uint16_t header_len, void *header, uint16_t payload_len,
                                                void *payload, int allow_truncate)
{
    rec("dlt_user_trace_network_truncated", NW_ARGS_FMT ", %d", NW_ARGS, allow_truncate);
    return g_ret;
}

DltReturnValue dlt_user_trace_network_segmented(DltContext *handle, DltNetworkTraceType nw_trace_type,
                                                uint16_t header_len, void *header, uint16_t payload_len,
                                                void *payload)
{
    rec("dlt_user_trace_network_segmented", NW_ARGS_FMT, NW_ARGS);
    return g_ret;
}

DltReturnValue dlt_log_string(DltContext *handle, DltLogLevelType loglevel, const char *text)
{
    rec("dlt_log_string", "%s, %d, \"%s\"", ptrname(handle), (int)loglevel, sz(text));
    return g_ret;
}

DltReturnValue dlt_log_string_int(DltContext *handle, DltLogLevelType loglevel, const char *text, int data)
{
    rec("dlt_log_string_int", "%s, %d, \"%s\", %d", ptrname(handle), (int)loglevel, sz(text), data);
    return g_ret;
}

DltReturnValue dlt_log_string_uint(DltContext *handle, DltLogLevelType loglevel, const char *text, unsigned int data)
{
    rec("dlt_log_string_uint", "%s, %d, \"%s\", %u", ptrname(handle), (int)loglevel, sz(text), data);
    return g_ret;
}

DltReturnValue dlt_log_int(DltContext *handle, DltLogLevelType loglevel, int data)
{
    rec("dlt_log_int", "%s, %d, %d", ptrname(handle), (int)loglevel, data);
    return g_ret;
}

DltReturnValue dlt_log_uint(DltContext *handle, DltLogLevelType loglevel, unsigned int data)
{
    rec("dlt_log_uint", "%s, %d, %u", ptrname(handle), (int)loglevel, data);
    return g_ret;
}

DltReturnValue dlt_log_raw(DltContext *handle, DltLogLevelType loglevel, void *data, uint16_t length)
{
    rec("dlt_log_raw", "%s, %d, %s, %u", ptrname(handle), (int)loglevel, ptrname(data), (unsigned)length);
    return g_ret;
}

DltReturnValue dlt_log_marker(void)
{
    rec("dlt_log_marker", "");
    return g_ret;
}

DltReturnValue dlt_verbose_mode(void)
{
    rec("dlt_verbose_mode", "");
    return g_ret;
}

DltReturnValue dlt_nonverbose_mode(void)
{
    rec("dlt_nonverbose_mode", "");
    return g_ret;
}

DltReturnValue dlt_set_application_ll_ts_limit(DltLogLevelType loglevel, DltTraceStatusType tracestatus)
{
    rec("dlt_set_application_ll_ts_limit", "%d, %d", (int)loglevel, (int)tracestatus);
    return g_ret;
}

DltReturnValue dlt_enable_local_print(void)
{
    rec("dlt_enable_local_print", "");
    return g_ret;
}

DltReturnValue dlt_disable_local_print(void)
{
    rec("dlt_disable_local_print", "");
    return g_ret;
}

DltReturnValue dlt_vlog(int prio, const char *format, ...)
{
    va_list ap;
    const char *arg;
    va_start(ap, format);
    arg = va_arg(ap, const char *);
    va_end(ap);
    rec("dlt_vlog", "%d, \"%s\", \"%s\"", prio, format, sz(arg));
    return g_ret;
}

void dlt_clean_string(char *text, int length)
{
    rec("dlt_clean_string", "\"%.*s\", %d", length, text, length);
}

/* needed by DLT_SEM_LOCK / DLT_SEM_FREE; no header declares it */
sem_t dlt_mutex;

/* macros usable at file scope */
DLT_DECLARE_CONTEXT(g_ctx)
DLT_IMPORT_CONTEXT(g_ctx)

/* referenced by upstream's DLT_SIZED_UTF8_ATTR expansion */
static const char *ATTR = "attr";

/* ------------------------------------------------------------------------
 * sections
 * ------------------------------------------------------------------------ */

static void dump_types(void)
{
    puts("# types");
S(DltClient);
    F(DltClient, receiver);
    F(DltClient, sock);
    F(DltClient, servIP);
    F(DltClient, hostip);
    F(DltClient, port);
    F(DltClient, serialDevice);
    F(DltClient, socketPath);
    F(DltClient, ecuid);
    F(DltClient, baudrate);
    F(DltClient, mode);
    F(DltClient, send_serial_header);
    F(DltClient, resync_serial_header);
    S(DltStorageHeader);
    F(DltStorageHeader, pattern);
    F(DltStorageHeader, seconds);
    F(DltStorageHeader, microseconds);
    F(DltStorageHeader, ecu);
    S(DltStandardHeader);
    F(DltStandardHeader, htyp);
    F(DltStandardHeader, mcnt);
    F(DltStandardHeader, len);
    S(DltStandardHeaderExtra);
    F(DltStandardHeaderExtra, ecu);
    F(DltStandardHeaderExtra, seid);
    F(DltStandardHeaderExtra, tmsp);
    S(DltExtendedHeader);
    F(DltExtendedHeader, msin);
    F(DltExtendedHeader, noar);
    F(DltExtendedHeader, apid);
    F(DltExtendedHeader, ctid);
    S(DltMessage);
    F(DltMessage, found_serialheader);
    F(DltMessage, resync_offset);
    F(DltMessage, headersize);
    F(DltMessage, datasize);
    F(DltMessage, headerbuffer);
    F(DltMessage, databuffer);
    F(DltMessage, databuffersize);
    F(DltMessage, storageheader);
    F(DltMessage, standardheader);
    F(DltMessage, headerextra);
    F(DltMessage, extendedheader);
    S(DltServiceGetLogInfoRequest);
    F(DltServiceGetLogInfoRequest, service_id);
    F(DltServiceGetLogInfoRequest, options);
    F(DltServiceGetLogInfoRequest, apid);
    F(DltServiceGetLogInfoRequest, ctid);
    F(DltServiceGetLogInfoRequest, com);
    S(DltServiceGetDefaultLogLevelRequest);
    F(DltServiceGetDefaultLogLevelRequest, service_id);
    S(ContextIDsInfoType);
    F(ContextIDsInfoType, context_id);
    F(ContextIDsInfoType, log_level);
    F(ContextIDsInfoType, trace_status);
    F(ContextIDsInfoType, len_context_description);
    F(ContextIDsInfoType, context_description);
    S(AppIDsType);
    F(AppIDsType, app_id);
    F(AppIDsType, count_context_ids);
    F(AppIDsType, context_id_info);
    F(AppIDsType, len_app_description);
    F(AppIDsType, app_description);
    S(LogInfoType);
    F(LogInfoType, count_app_ids);
    F(LogInfoType, app_ids);
    S(DltServiceGetLogInfoResponse);
    F(DltServiceGetLogInfoResponse, service_id);
    F(DltServiceGetLogInfoResponse, status);
    F(DltServiceGetLogInfoResponse, log_info_type);
    F(DltServiceGetLogInfoResponse, com);
    S(DltServiceSetLogLevel);
    F(DltServiceSetLogLevel, service_id);
    F(DltServiceSetLogLevel, apid);
    F(DltServiceSetLogLevel, ctid);
    F(DltServiceSetLogLevel, log_level);
    F(DltServiceSetLogLevel, com);
    S(DltServiceSetDefaultLogLevel);
    F(DltServiceSetDefaultLogLevel, service_id);
    F(DltServiceSetDefaultLogLevel, log_level);
    F(DltServiceSetDefaultLogLevel, com);
    S(DltServiceSetVerboseMode);
    F(DltServiceSetVerboseMode, service_id);
    F(DltServiceSetVerboseMode, new_status);
    S(DltServiceSetCommunicationInterfaceStatus);
    F(DltServiceSetCommunicationInterfaceStatus, service_id);
    F(DltServiceSetCommunicationInterfaceStatus, com);
    F(DltServiceSetCommunicationInterfaceStatus, new_status);
    S(DltServiceSetCommunicationMaximumBandwidth);
    F(DltServiceSetCommunicationMaximumBandwidth, service_id);
    F(DltServiceSetCommunicationMaximumBandwidth, com);
    F(DltServiceSetCommunicationMaximumBandwidth, max_bandwidth);
    S(DltServiceResponse);
    F(DltServiceResponse, service_id);
    F(DltServiceResponse, status);
    S(DltServiceGetDefaultLogLevelResponse);
    F(DltServiceGetDefaultLogLevelResponse, service_id);
    F(DltServiceGetDefaultLogLevelResponse, status);
    F(DltServiceGetDefaultLogLevelResponse, log_level);
    S(DltServiceMessageBufferOverflowResponse);
    F(DltServiceMessageBufferOverflowResponse, service_id);
    F(DltServiceMessageBufferOverflowResponse, status);
    F(DltServiceMessageBufferOverflowResponse, overflow);
    F(DltServiceMessageBufferOverflowResponse, overflow_counter);
    S(DltServiceGetSoftwareVersion);
    F(DltServiceGetSoftwareVersion, service_id);
    S(DltServiceGetSoftwareVersionResponse);
    F(DltServiceGetSoftwareVersionResponse, service_id);
    F(DltServiceGetSoftwareVersionResponse, status);
    F(DltServiceGetSoftwareVersionResponse, length);
    F(DltServiceGetSoftwareVersionResponse, payload);
    S(DltServiceUnregisterContext);
    F(DltServiceUnregisterContext, service_id);
    F(DltServiceUnregisterContext, status);
    F(DltServiceUnregisterContext, apid);
    F(DltServiceUnregisterContext, ctid);
    F(DltServiceUnregisterContext, comid);
    S(DltServiceConnectionInfo);
    F(DltServiceConnectionInfo, service_id);
    F(DltServiceConnectionInfo, status);
    F(DltServiceConnectionInfo, state);
    F(DltServiceConnectionInfo, comid);
    S(DltServiceTimezone);
    F(DltServiceTimezone, service_id);
    F(DltServiceTimezone, status);
    F(DltServiceTimezone, timezone);
    F(DltServiceTimezone, isdst);
    S(DltServiceMarker);
    F(DltServiceMarker, service_id);
    F(DltServiceMarker, status);
    S(DltServiceOfflineLogstorage);
    F(DltServiceOfflineLogstorage, service_id);
    F(DltServiceOfflineLogstorage, mount_point);
    F(DltServiceOfflineLogstorage, connection_type);
    F(DltServiceOfflineLogstorage, comid);
    S(DltServicePassiveNodeConnect);
    F(DltServicePassiveNodeConnect, service_id);
    F(DltServicePassiveNodeConnect, connection_status);
    F(DltServicePassiveNodeConnect, node_id);
    S(DltServicePassiveNodeConnectionInfo);
    F(DltServicePassiveNodeConnectionInfo, service_id);
    F(DltServicePassiveNodeConnectionInfo, status);
    F(DltServicePassiveNodeConnectionInfo, num_connections);
    F(DltServicePassiveNodeConnectionInfo, connection_status);
    F(DltServicePassiveNodeConnectionInfo, node_id);
    S(DltFilter);
    F(DltFilter, apid);
    F(DltFilter, ctid);
    F(DltFilter, log_level);
    F(DltFilter, payload_max);
    F(DltFilter, payload_min);
    F(DltFilter, counter);
    S(DltFile);
    F(DltFile, handle);
    F(DltFile, index);
    F(DltFile, counter);
    F(DltFile, counter_total);
    F(DltFile, position);
    F(DltFile, file_length);
    F(DltFile, file_position);
    F(DltFile, error_messages);
    F(DltFile, filter);
    F(DltFile, filter_counter);
    F(DltFile, msg);
    S(DltReceiver);
    F(DltReceiver, lastBytesRcvd);
    F(DltReceiver, bytesRcvd);
    F(DltReceiver, totalBytesRcvd);
    F(DltReceiver, buffer);
    F(DltReceiver, buf);
    F(DltReceiver, backup_buf);
    F(DltReceiver, fd);
    F(DltReceiver, type);
    F(DltReceiver, buffersize);
    F(DltReceiver, addr);
    S(DltBuffer);
    F(DltBuffer, shm);
    F(DltBuffer, size);
    F(DltBuffer, mem);
    F(DltBuffer, min_size);
    F(DltBuffer, max_size);
    F(DltBuffer, step_size);
    S(DltBufferHead);
    F(DltBufferHead, write);
    F(DltBufferHead, read);
    F(DltBufferHead, count);
    S(DltBufferBlockHead);
    F(DltBufferBlockHead, head);
    F(DltBufferBlockHead, status);
    F(DltBufferBlockHead, size);
    S(DltBindAddress_t);
    F(DltBindAddress_t, ip);
    F(DltBindAddress_t, next);
    S(DltOfflineTrace);
    F(DltOfflineTrace, directory);
    F(DltOfflineTrace, filename);
    F(DltOfflineTrace, fileSize);
    F(DltOfflineTrace, maxSize);
    F(DltOfflineTrace, filenameTimestampBased);
    F(DltOfflineTrace, ohandle);
    S(DltShm);
    F(DltShm, shmfd);
    F(DltShm, sem);
    F(DltShm, buffer);
    S(DltShmBlockHead);
    F(DltShmBlockHead, head);
    F(DltShmBlockHead, status);
    F(DltShmBlockHead, size);
    S(DltContext);
    F(DltContext, contextID);
    F(DltContext, log_level_pos);
    F(DltContext, log_level_ptr);
    F(DltContext, trace_status_ptr);
    F(DltContext, mcnt);
    S(DltContextData);
    F(DltContextData, handle);
    F(DltContextData, buffer);
    F(DltContextData, size);
    F(DltContextData, log_level);
    F(DltContextData, trace_status);
    F(DltContextData, args_num);
    F(DltContextData, context_description);
    F(DltContextData, use_timestamp);
    F(DltContextData, user_timestamp);
    F(DltContextData, verbose_mode);
    S(DltUserInjectionCallback);
    F(DltUserInjectionCallback, service_id);
    F(DltUserInjectionCallback, injection_callback);
    F(DltUserInjectionCallback, injection_callback_with_id);
    F(DltUserInjectionCallback, data);
    S(DltUserLogLevelChangedCallback);
    F(DltUserLogLevelChangedCallback, contextID);
    F(DltUserLogLevelChangedCallback, log_level);
    F(DltUserLogLevelChangedCallback, trace_status);
    F(DltUserLogLevelChangedCallback, log_level_changed_callback);
    S(dlt_ll_ts_type);
    F(dlt_ll_ts_type, contextID);
    F(dlt_ll_ts_type, log_level);
    F(dlt_ll_ts_type, log_level_ptr);
    F(dlt_ll_ts_type, trace_status);
    F(dlt_ll_ts_type, trace_status_ptr);
    F(dlt_ll_ts_type, context_description);
    F(dlt_ll_ts_type, injection_table);
    F(dlt_ll_ts_type, nrcallbacks);
    F(dlt_ll_ts_type, log_level_changed_callback);
    S(dlt_env_ll_item);
    F(dlt_env_ll_item, appId);
    F(dlt_env_ll_item, ctxId);
    F(dlt_env_ll_item, ll);
    S(dlt_env_ll_set);
    F(dlt_env_ll_set, item);
    F(dlt_env_ll_set, array_size);
    F(dlt_env_ll_set, num_elem);
    S(DltUser);
    F(DltUser, ecuID);
    F(DltUser, appID);
    F(DltUser, dlt_log_handle);
    F(DltUser, dlt_user_handle);
#ifdef DLT_NETWORK_TRACE_ENABLE
    F(DltUser, dlt_segmented_queue_read_handle);
    F(DltUser, dlt_segmented_queue_write_handle);
    F(DltUser, dlt_segmented_nwt_handle);
#endif
    F(DltUser, dlt_is_file);
    F(DltUser, filesize_max);
    F(DltUser, dlt_ll_ts);
    F(DltUser, dlt_ll_ts_max_num_entries);
    F(DltUser, dlt_ll_ts_num_entries);
    F(DltUser, overflow);
    F(DltUser, overflow_counter);
    F(DltUser, application_description);
    F(DltUser, receiver);
    F(DltUser, verbose_mode);
    F(DltUser, use_extended_header_for_non_verbose);
    F(DltUser, with_session_id);
    F(DltUser, with_timestamp);
    F(DltUser, with_ecu_id);
    F(DltUser, enable_local_print);
    F(DltUser, local_print_mode);
    F(DltUser, disable_injection_msg);
    F(DltUser, log_state);
    F(DltUser, startup_buffer);
    F(DltUser, resend_buffer);
    F(DltUser, timeout_at_exit_handler);
    F(DltUser, initial_ll_set);
#ifdef DLT_SHM_ENABLE
    F(DltUser, dlt_shm);
#endif
#ifdef DLT_TEST_ENABLE
    F(DltUser, corrupt_user_header);
    F(DltUser, corrupt_message_size);
    F(DltUser, corrupt_message_size_size);
#endif
#if defined DLT_LIB_USE_UNIX_SOCKET_IPC || defined DLT_LIB_USE_VSOCK_IPC
    F(DltUser, connection_state);
#endif
    F(DltUser, log_buf_len);
    S(ID4);
    S(float32_t);
    S(float64_t);
    S(dlt_injection_callback);
    S(dlt_injection_callback_id);
    S(DltReturnValue);
    S(DltLogLevelType);
    S(DltFormatType);
    S(DltTraceStatusType);
    S(DltNetworkTraceType);
    S(DltUserLogMode);
    S(DltTimestampType);
    S(DltReceiverType);
    S(DltClientMode);
    S(enum dlt_services);
    S(enum dlt_user_services);
    S(struct sDltMessage);
    S(struct sDltFile);
    S(struct DltBindAddress);
#if defined DLT_LIB_USE_UNIX_SOCKET_IPC || defined DLT_LIB_USE_VSOCK_IPC
    S(DltUserConnectionState);
#endif
}

static void dump_enums(void)
{
    puts("# enums");
    ET(DltClientMode);
    EV(DLT_CLIENT_MODE_UNDEFINED);
    EV(DLT_CLIENT_MODE_TCP);
    EV(DLT_CLIENT_MODE_SERIAL);
    EV(DLT_CLIENT_MODE_UNIX);
    EV(DLT_CLIENT_MODE_UDP_MULTICAST);
    EV(DLT_LOG_TO_CONSOLE);
    EV(DLT_LOG_TO_SYSLOG);
    EV(DLT_LOG_TO_FILE);
    EV(DLT_LOG_TO_STDERR);
    EV(DLT_LOG_DROPPED);
    ET(DltReceiverType);
    EV(DLT_RECEIVE_SOCKET);
    EV(DLT_RECEIVE_UDP_SOCKET);
    EV(DLT_RECEIVE_FD);
    ET(enum dlt_services);
    EV(DLT_SERVICE_ID);
    EV(DLT_SERVICE_ID_SET_LOG_LEVEL);
    EV(DLT_SERVICE_ID_SET_TRACE_STATUS);
    EV(DLT_SERVICE_ID_GET_LOG_INFO);
    EV(DLT_SERVICE_ID_GET_DEFAULT_LOG_LEVEL);
    EV(DLT_SERVICE_ID_STORE_CONFIG);
    EV(DLT_SERVICE_ID_RESET_TO_FACTORY_DEFAULT);
    EV(DLT_SERVICE_ID_SET_COM_INTERFACE_STATUS);
    EV(DLT_SERVICE_ID_SET_COM_INTERFACE_MAX_BANDWIDTH);
    EV(DLT_SERVICE_ID_SET_VERBOSE_MODE);
    EV(DLT_SERVICE_ID_SET_MESSAGE_FILTERING);
    EV(DLT_SERVICE_ID_SET_TIMING_PACKETS);
    EV(DLT_SERVICE_ID_GET_LOCAL_TIME);
    EV(DLT_SERVICE_ID_USE_ECU_ID);
    EV(DLT_SERVICE_ID_USE_SESSION_ID);
    EV(DLT_SERVICE_ID_USE_TIMESTAMP);
    EV(DLT_SERVICE_ID_USE_EXTENDED_HEADER);
    EV(DLT_SERVICE_ID_SET_DEFAULT_LOG_LEVEL);
    EV(DLT_SERVICE_ID_SET_DEFAULT_TRACE_STATUS);
    EV(DLT_SERVICE_ID_GET_SOFTWARE_VERSION);
    EV(DLT_SERVICE_ID_MESSAGE_BUFFER_OVERFLOW);
    EV(DLT_SERVICE_ID_LAST_ENTRY);
    ET(enum dlt_user_services);
    EV(DLT_USER_SERVICE_ID);
    EV(DLT_SERVICE_ID_UNREGISTER_CONTEXT);
    EV(DLT_SERVICE_ID_CONNECTION_INFO);
    EV(DLT_SERVICE_ID_TIMEZONE);
    EV(DLT_SERVICE_ID_MARKER);
    EV(DLT_SERVICE_ID_OFFLINE_LOGSTORAGE);
    EV(DLT_SERVICE_ID_PASSIVE_NODE_CONNECT);
    EV(DLT_SERVICE_ID_PASSIVE_NODE_CONNECTION_STATUS);
    EV(DLT_SERVICE_ID_SET_ALL_LOG_LEVEL);
    EV(DLT_SERVICE_ID_SET_ALL_TRACE_STATUS);
    EV(DLT_SERVICE_ID_RESERVED_B);
    EV(DLT_SERVICE_ID_RESERVED_C);
    EV(DLT_SERVICE_ID_RESERVED_D);
    EV(DLT_SERVICE_ID_RESERVED_E);
    EV(DLT_USER_SERVICE_ID_LAST_ENTRY);
    ET(DltReturnValue);
    EV(DLT_RETURN_FILESZERR);
    EV(DLT_RETURN_LOGGING_DISABLED);
    EV(DLT_RETURN_USER_BUFFER_FULL);
    EV(DLT_RETURN_WRONG_PARAMETER);
    EV(DLT_RETURN_BUFFER_FULL);
    EV(DLT_RETURN_PIPE_FULL);
    EV(DLT_RETURN_PIPE_ERROR);
    EV(DLT_RETURN_ERROR);
    EV(DLT_RETURN_OK);
    EV(DLT_RETURN_TRUE);
    ET(DltLogLevelType);
    EV(DLT_LOG_DEFAULT);
    EV(DLT_LOG_OFF);
    EV(DLT_LOG_FATAL);
    EV(DLT_LOG_ERROR);
    EV(DLT_LOG_WARN);
    EV(DLT_LOG_INFO);
    EV(DLT_LOG_DEBUG);
    EV(DLT_LOG_VERBOSE);
    EV(DLT_LOG_MAX);
    ET(DltFormatType);
    EV(DLT_FORMAT_DEFAULT);
    EV(DLT_FORMAT_HEX8);
    EV(DLT_FORMAT_HEX16);
    EV(DLT_FORMAT_HEX32);
    EV(DLT_FORMAT_HEX64);
    EV(DLT_FORMAT_BIN8);
    EV(DLT_FORMAT_BIN16);
    EV(DLT_FORMAT_MAX);
    ET(DltTraceStatusType);
    EV(DLT_TRACE_STATUS_DEFAULT);
    EV(DLT_TRACE_STATUS_OFF);
    EV(DLT_TRACE_STATUS_ON);
    EV(DLT_TRACE_STATUS_MAX);
    ET(DltNetworkTraceType);
    EV(DLT_NW_TRACE_IPC);
    EV(DLT_NW_TRACE_CAN);
    EV(DLT_NW_TRACE_FLEXRAY);
    EV(DLT_NW_TRACE_MOST);
    EV(DLT_NW_TRACE_RESERVED0);
    EV(DLT_NW_TRACE_RESERVED1);
    EV(DLT_NW_TRACE_RESERVED2);
    EV(DLT_NW_TRACE_USER_DEFINED0);
    EV(DLT_NW_TRACE_USER_DEFINED1);
    EV(DLT_NW_TRACE_USER_DEFINED2);
    EV(DLT_NW_TRACE_USER_DEFINED3);
    EV(DLT_NW_TRACE_USER_DEFINED4);
    EV(DLT_NW_TRACE_USER_DEFINED5);
    EV(DLT_NW_TRACE_USER_DEFINED6);
    EV(DLT_NW_TRACE_RESEND);
    EV(DLT_NW_TRACE_MAX);
    ET(DltUserLogMode);
    EV(DLT_USER_MODE_UNDEFINED);
    EV(DLT_USER_MODE_OFF);
    EV(DLT_USER_MODE_EXTERNAL);
    EV(DLT_USER_MODE_INTERNAL);
    EV(DLT_USER_MODE_BOTH);
    EV(DLT_USER_MODE_MAX);
#if defined DLT_LIB_USE_UNIX_SOCKET_IPC || defined DLT_LIB_USE_VSOCK_IPC
    ET(DltUserConnectionState);
    EV(DLT_USER_NOT_CONNECTED);
    EV(DLT_USER_CONNECTED);
    EV(DLT_USER_RETRY_CONNECT);
#endif
    ET(DltTimestampType);
    EV(DLT_AUTO_TIMESTAMP);
    EV(DLT_USER_TIMESTAMP);
}

static void dump_macro_presence(void)
{
    puts("# macro presence");
#ifdef BIG_ENDIAN
    puts("defined BIG_ENDIAN");
#endif
#ifdef BYTE_ORDER
    puts("defined BYTE_ORDER");
#endif
#ifdef DLT_BETOH_16
    puts("defined DLT_BETOH_16");
#endif
#ifdef DLT_BETOH_32
    puts("defined DLT_BETOH_32");
#endif
#ifdef DLT_BETOH_64
    puts("defined DLT_BETOH_64");
#endif
#ifdef DLT_BIN16
    puts("defined DLT_BIN16");
#endif
#ifdef DLT_BIN8
    puts("defined DLT_BIN8");
#endif
#ifdef DLT_BOOL
    puts("defined DLT_BOOL");
#endif
#ifdef DLT_BOOL_ATTR
    puts("defined DLT_BOOL_ATTR");
#endif
#ifdef DLT_BUFFER_HEAD
    puts("defined DLT_BUFFER_HEAD");
#endif
#ifdef DLT_CLIENT_H
    puts("defined DLT_CLIENT_H");
#endif
#ifdef DLT_COMMON_API_H
    puts("defined DLT_COMMON_API_H");
#endif
#ifdef DLT_COMMON_H
    puts("defined DLT_COMMON_H");
#endif
#ifdef DLT_CONNECTION_STATUS_CONNECTED
    puts("defined DLT_CONNECTION_STATUS_CONNECTED");
#endif
#ifdef DLT_CONNECTION_STATUS_DISCONNECTED
    puts("defined DLT_CONNECTION_STATUS_DISCONNECTED");
#endif
#ifdef DLT_CONTROL_REQUEST
    puts("defined DLT_CONTROL_REQUEST");
#endif
#ifdef DLT_CONTROL_RESPONSE
    puts("defined DLT_CONTROL_RESPONSE");
#endif
#ifdef DLT_CONTROL_TIME
    puts("defined DLT_CONTROL_TIME");
#endif
#ifdef DLT_CONVERT_TEXTBUFSIZE
    puts("defined DLT_CONVERT_TEXTBUFSIZE");
#endif
#ifdef DLT_CSTRING
    puts("defined DLT_CSTRING");
#endif
#ifdef DLT_CSTRING_ATTR
    puts("defined DLT_CSTRING_ATTR");
#endif
#ifdef DLT_CUTF8
    puts("defined DLT_CUTF8");
#endif
#ifdef DLT_CUTF8_ATTR
    puts("defined DLT_CUTF8_ATTR");
#endif
#ifdef DLT_DAEMON_TCP_PORT
    puts("defined DLT_DAEMON_TCP_PORT");
#endif
#ifdef DLT_DECLARE_CONTEXT
    puts("defined DLT_DECLARE_CONTEXT");
#endif
#ifdef DLT_DISABLE_LOCAL_PRINT
    puts("defined DLT_DISABLE_LOCAL_PRINT");
#endif
#ifdef DLT_DISABLE_MACRO
    puts("defined DLT_DISABLE_MACRO");
#endif
#ifdef DLT_ENABLE_LOCAL_PRINT
    puts("defined DLT_ENABLE_LOCAL_PRINT");
#endif
#ifdef DLT_ENDIAN_GET_16
    puts("defined DLT_ENDIAN_GET_16");
#endif
#ifdef DLT_ENDIAN_GET_32
    puts("defined DLT_ENDIAN_GET_32");
#endif
#ifdef DLT_ENDIAN_GET_64
    puts("defined DLT_ENDIAN_GET_64");
#endif
#ifdef DLT_ENTRY_MAX
    puts("defined DLT_ENTRY_MAX");
#endif
#ifdef DLT_FD_INIT
    puts("defined DLT_FD_INIT");
#endif
#ifdef DLT_FD_MINIMUM
    puts("defined DLT_FD_MINIMUM");
#endif
#ifdef DLT_FILETRANSFER_ERROR_FILE_COMPLETE
    puts("defined DLT_FILETRANSFER_ERROR_FILE_COMPLETE");
#endif
#ifdef DLT_FILETRANSFER_ERROR_FILE_COMPLETE1
    puts("defined DLT_FILETRANSFER_ERROR_FILE_COMPLETE1");
#endif
#ifdef DLT_FILETRANSFER_ERROR_FILE_COMPLETE2
    puts("defined DLT_FILETRANSFER_ERROR_FILE_COMPLETE2");
#endif
#ifdef DLT_FILETRANSFER_ERROR_FILE_COMPLETE3
    puts("defined DLT_FILETRANSFER_ERROR_FILE_COMPLETE3");
#endif
#ifdef DLT_FILETRANSFER_ERROR_FILE_DATA
    puts("defined DLT_FILETRANSFER_ERROR_FILE_DATA");
#endif
#ifdef DLT_FILETRANSFER_ERROR_FILE_DATA_USER_BUFFER_FAILED
    puts("defined DLT_FILETRANSFER_ERROR_FILE_DATA_USER_BUFFER_FAILED");
#endif
#ifdef DLT_FILETRANSFER_ERROR_FILE_END
    puts("defined DLT_FILETRANSFER_ERROR_FILE_END");
#endif
#ifdef DLT_FILETRANSFER_ERROR_FILE_HEAD
    puts("defined DLT_FILETRANSFER_ERROR_FILE_HEAD");
#endif
#ifdef DLT_FILETRANSFER_ERROR_INFO_ABOUT
    puts("defined DLT_FILETRANSFER_ERROR_INFO_ABOUT");
#endif
#ifdef DLT_FILETRANSFER_ERROR_PACKAGE_COUNT
    puts("defined DLT_FILETRANSFER_ERROR_PACKAGE_COUNT");
#endif
#ifdef DLT_FILETRANSFER_FILE_SERIAL_NUMBER
    puts("defined DLT_FILETRANSFER_FILE_SERIAL_NUMBER");
#endif
#ifdef DLT_FILETRANSFER_H
    puts("defined DLT_FILETRANSFER_H");
#endif
#ifdef DLT_FILTER_MAX
    puts("defined DLT_FILTER_MAX");
#endif
#ifdef DLT_FLOAT32
    puts("defined DLT_FLOAT32");
#endif
#ifdef DLT_FLOAT32_ATTR
    puts("defined DLT_FLOAT32_ATTR");
#endif
#ifdef DLT_FLOAT64
    puts("defined DLT_FLOAT64");
#endif
#ifdef DLT_FLOAT64_ATTR
    puts("defined DLT_FLOAT64_ATTR");
#endif
#ifdef DLT_GET_APPID
    puts("defined DLT_GET_APPID");
#endif
#ifdef DLT_GET_LOG_INFO_HEADER
    puts("defined DLT_GET_LOG_INFO_HEADER");
#endif
#ifdef DLT_GET_MSIN_MSTP
    puts("defined DLT_GET_MSIN_MSTP");
#endif
#ifdef DLT_GET_MSIN_MTIN
    puts("defined DLT_GET_MSIN_MTIN");
#endif
#ifdef DLT_H
    puts("defined DLT_H");
#endif
#ifdef DLT_HEADER_SHOW_ALL
    puts("defined DLT_HEADER_SHOW_ALL");
#endif
#ifdef DLT_HEADER_SHOW_APID
    puts("defined DLT_HEADER_SHOW_APID");
#endif
#ifdef DLT_HEADER_SHOW_CTID
    puts("defined DLT_HEADER_SHOW_CTID");
#endif
#ifdef DLT_HEADER_SHOW_ECUID
    puts("defined DLT_HEADER_SHOW_ECUID");
#endif
#ifdef DLT_HEADER_SHOW_MSGCNT
    puts("defined DLT_HEADER_SHOW_MSGCNT");
#endif
#ifdef DLT_HEADER_SHOW_MSGSUBTYPE
    puts("defined DLT_HEADER_SHOW_MSGSUBTYPE");
#endif
#ifdef DLT_HEADER_SHOW_MSGTYPE
    puts("defined DLT_HEADER_SHOW_MSGTYPE");
#endif
#ifdef DLT_HEADER_SHOW_NOARG
    puts("defined DLT_HEADER_SHOW_NOARG");
#endif
#ifdef DLT_HEADER_SHOW_NONE
    puts("defined DLT_HEADER_SHOW_NONE");
#endif
#ifdef DLT_HEADER_SHOW_TIME
    puts("defined DLT_HEADER_SHOW_TIME");
#endif
#ifdef DLT_HEADER_SHOW_TMSTP
    puts("defined DLT_HEADER_SHOW_TMSTP");
#endif
#ifdef DLT_HEADER_SHOW_VNVSTATUS
    puts("defined DLT_HEADER_SHOW_VNVSTATUS");
#endif
#ifdef DLT_HEX16
    puts("defined DLT_HEX16");
#endif
#ifdef DLT_HEX32
    puts("defined DLT_HEX32");
#endif
#ifdef DLT_HEX64
    puts("defined DLT_HEX64");
#endif
#ifdef DLT_HEX8
    puts("defined DLT_HEX8");
#endif
#ifdef DLT_HTOBE_16
    puts("defined DLT_HTOBE_16");
#endif
#ifdef DLT_HTOBE_32
    puts("defined DLT_HTOBE_32");
#endif
#ifdef DLT_HTOBE_64
    puts("defined DLT_HTOBE_64");
#endif
#ifdef DLT_HTOLE_16
    puts("defined DLT_HTOLE_16");
#endif
#ifdef DLT_HTOLE_32
    puts("defined DLT_HTOLE_32");
#endif
#ifdef DLT_HTOLE_64
    puts("defined DLT_HTOLE_64");
#endif
#ifdef DLT_HTYP_MSBF
    puts("defined DLT_HTYP_MSBF");
#endif
#ifdef DLT_HTYP_PROTOCOL_VERSION1
    puts("defined DLT_HTYP_PROTOCOL_VERSION1");
#endif
#ifdef DLT_HTYP_UEH
    puts("defined DLT_HTYP_UEH");
#endif
#ifdef DLT_HTYP_VERS
    puts("defined DLT_HTYP_VERS");
#endif
#ifdef DLT_HTYP_WEID
    puts("defined DLT_HTYP_WEID");
#endif
#ifdef DLT_HTYP_WSID
    puts("defined DLT_HTYP_WSID");
#endif
#ifdef DLT_HTYP_WTMS
    puts("defined DLT_HTYP_WTMS");
#endif
#ifdef DLT_ID_SIZE
    puts("defined DLT_ID_SIZE");
#endif
#ifdef DLT_IMPORT_CONTEXT
    puts("defined DLT_IMPORT_CONTEXT");
#endif
#ifdef DLT_INT
    puts("defined DLT_INT");
#endif
#ifdef DLT_INT16
    puts("defined DLT_INT16");
#endif
#ifdef DLT_INT16_ATTR
    puts("defined DLT_INT16_ATTR");
#endif
#ifdef DLT_INT32
    puts("defined DLT_INT32");
#endif
#ifdef DLT_INT32_ATTR
    puts("defined DLT_INT32_ATTR");
#endif
#ifdef DLT_INT64
    puts("defined DLT_INT64");
#endif
#ifdef DLT_INT64_ATTR
    puts("defined DLT_INT64_ATTR");
#endif
#ifdef DLT_INT8
    puts("defined DLT_INT8");
#endif
#ifdef DLT_INT8_ATTR
    puts("defined DLT_INT8_ATTR");
#endif
#ifdef DLT_INT_ATTR
    puts("defined DLT_INT_ATTR");
#endif
#ifdef DLT_IPC_PATH_MAX
    puts("defined DLT_IPC_PATH_MAX");
#endif
#ifdef DLT_IP_SIZE
    puts("defined DLT_IP_SIZE");
#endif
#ifdef DLT_IS_HTYP_MSBF
    puts("defined DLT_IS_HTYP_MSBF");
#endif
#ifdef DLT_IS_HTYP_UEH
    puts("defined DLT_IS_HTYP_UEH");
#endif
#ifdef DLT_IS_HTYP_WEID
    puts("defined DLT_IS_HTYP_WEID");
#endif
#ifdef DLT_IS_HTYP_WSID
    puts("defined DLT_IS_HTYP_WSID");
#endif
#ifdef DLT_IS_HTYP_WTMS
    puts("defined DLT_IS_HTYP_WTMS");
#endif
#ifdef DLT_IS_LOG_LEVEL_ENABLED
    puts("defined DLT_IS_LOG_LEVEL_ENABLED");
#endif
#ifdef DLT_IS_MSIN_VERB
    puts("defined DLT_IS_MSIN_VERB");
#endif
#ifdef DLT_LETOH_16
    puts("defined DLT_LETOH_16");
#endif
#ifdef DLT_LETOH_32
    puts("defined DLT_LETOH_32");
#endif
#ifdef DLT_LETOH_64
    puts("defined DLT_LETOH_64");
#endif
#ifdef DLT_LINE_LEN
    puts("defined DLT_LINE_LEN");
#endif
#ifdef DLT_LOG
    puts("defined DLT_LOG");
#endif
#ifdef DLT_LOG0
    puts("defined DLT_LOG0");
#endif
#ifdef DLT_LOG1
    puts("defined DLT_LOG1");
#endif
#ifdef DLT_LOG10
    puts("defined DLT_LOG10");
#endif
#ifdef DLT_LOG11
    puts("defined DLT_LOG11");
#endif
#ifdef DLT_LOG12
    puts("defined DLT_LOG12");
#endif
#ifdef DLT_LOG13
    puts("defined DLT_LOG13");
#endif
#ifdef DLT_LOG14
    puts("defined DLT_LOG14");
#endif
#ifdef DLT_LOG15
    puts("defined DLT_LOG15");
#endif
#ifdef DLT_LOG16
    puts("defined DLT_LOG16");
#endif
#ifdef DLT_LOG2
    puts("defined DLT_LOG2");
#endif
#ifdef DLT_LOG3
    puts("defined DLT_LOG3");
#endif
#ifdef DLT_LOG4
    puts("defined DLT_LOG4");
#endif
#ifdef DLT_LOG5
    puts("defined DLT_LOG5");
#endif
#ifdef DLT_LOG6
    puts("defined DLT_LOG6");
#endif
#ifdef DLT_LOG7
    puts("defined DLT_LOG7");
#endif
#ifdef DLT_LOG8
    puts("defined DLT_LOG8");
#endif
#ifdef DLT_LOG9
    puts("defined DLT_LOG9");
#endif
#ifdef DLT_LOG_ID
    puts("defined DLT_LOG_ID");
#endif
#ifdef DLT_LOG_ID0
    puts("defined DLT_LOG_ID0");
#endif
#ifdef DLT_LOG_ID1
    puts("defined DLT_LOG_ID1");
#endif
#ifdef DLT_LOG_ID10
    puts("defined DLT_LOG_ID10");
#endif
#ifdef DLT_LOG_ID11
    puts("defined DLT_LOG_ID11");
#endif
#ifdef DLT_LOG_ID12
    puts("defined DLT_LOG_ID12");
#endif
#ifdef DLT_LOG_ID13
    puts("defined DLT_LOG_ID13");
#endif
#ifdef DLT_LOG_ID14
    puts("defined DLT_LOG_ID14");
#endif
#ifdef DLT_LOG_ID15
    puts("defined DLT_LOG_ID15");
#endif
#ifdef DLT_LOG_ID16
    puts("defined DLT_LOG_ID16");
#endif
#ifdef DLT_LOG_ID2
    puts("defined DLT_LOG_ID2");
#endif
#ifdef DLT_LOG_ID3
    puts("defined DLT_LOG_ID3");
#endif
#ifdef DLT_LOG_ID4
    puts("defined DLT_LOG_ID4");
#endif
#ifdef DLT_LOG_ID5
    puts("defined DLT_LOG_ID5");
#endif
#ifdef DLT_LOG_ID6
    puts("defined DLT_LOG_ID6");
#endif
#ifdef DLT_LOG_ID7
    puts("defined DLT_LOG_ID7");
#endif
#ifdef DLT_LOG_ID8
    puts("defined DLT_LOG_ID8");
#endif
#ifdef DLT_LOG_ID9
    puts("defined DLT_LOG_ID9");
#endif
#ifdef DLT_LOG_ID_TS
    puts("defined DLT_LOG_ID_TS");
#endif
#ifdef DLT_LOG_INT
    puts("defined DLT_LOG_INT");
#endif
#ifdef DLT_LOG_MARKER
    puts("defined DLT_LOG_MARKER");
#endif
#ifdef DLT_LOG_RAW
    puts("defined DLT_LOG_RAW");
#endif
#ifdef DLT_LOG_STRING
    puts("defined DLT_LOG_STRING");
#endif
#ifdef DLT_LOG_STRING_INT
    puts("defined DLT_LOG_STRING_INT");
#endif
#ifdef DLT_LOG_STRING_UINT
    puts("defined DLT_LOG_STRING_UINT");
#endif
#ifdef DLT_LOG_TS
    puts("defined DLT_LOG_TS");
#endif
#ifdef DLT_LOG_UINT
    puts("defined DLT_LOG_UINT");
#endif
#ifdef DLT_MAINTAIN_LOGSTORAGE_LOGLEVEL_OFF
    puts("defined DLT_MAINTAIN_LOGSTORAGE_LOGLEVEL_OFF");
#endif
#ifdef DLT_MAINTAIN_LOGSTORAGE_LOGLEVEL_ON
    puts("defined DLT_MAINTAIN_LOGSTORAGE_LOGLEVEL_ON");
#endif
#ifdef DLT_MAINTAIN_LOGSTORAGE_LOGLEVEL_UNDEF
    puts("defined DLT_MAINTAIN_LOGSTORAGE_LOGLEVEL_UNDEF");
#endif
#ifdef DLT_MESSAGE_BUFFER_NO_OVERFLOW
    puts("defined DLT_MESSAGE_BUFFER_NO_OVERFLOW");
#endif
#ifdef DLT_MESSAGE_BUFFER_OVERFLOW
    puts("defined DLT_MESSAGE_BUFFER_OVERFLOW");
#endif
#ifdef DLT_MESSAGE_ERROR_CONTENT
    puts("defined DLT_MESSAGE_ERROR_CONTENT");
#endif
#ifdef DLT_MESSAGE_ERROR_OK
    puts("defined DLT_MESSAGE_ERROR_OK");
#endif
#ifdef DLT_MESSAGE_ERROR_SIZE
    puts("defined DLT_MESSAGE_ERROR_SIZE");
#endif
#ifdef DLT_MESSAGE_ERROR_UNKNOWN
    puts("defined DLT_MESSAGE_ERROR_UNKNOWN");
#endif
#ifdef DLT_MOUNT_PATH_MAX
    puts("defined DLT_MOUNT_PATH_MAX");
#endif
#ifdef DLT_MSG_IS_CONTROL
    puts("defined DLT_MSG_IS_CONTROL");
#endif
#ifdef DLT_MSG_IS_CONTROL_REQUEST
    puts("defined DLT_MSG_IS_CONTROL_REQUEST");
#endif
#ifdef DLT_MSG_IS_CONTROL_RESPONSE
    puts("defined DLT_MSG_IS_CONTROL_RESPONSE");
#endif
#ifdef DLT_MSG_IS_CONTROL_TIME
    puts("defined DLT_MSG_IS_CONTROL_TIME");
#endif
#ifdef DLT_MSG_IS_NONVERBOSE
    puts("defined DLT_MSG_IS_NONVERBOSE");
#endif
#ifdef DLT_MSG_IS_NW_TRACE
    puts("defined DLT_MSG_IS_NW_TRACE");
#endif
#ifdef DLT_MSG_IS_TRACE_MOST
    puts("defined DLT_MSG_IS_TRACE_MOST");
#endif
#ifdef DLT_MSG_READ_ID
    puts("defined DLT_MSG_READ_ID");
#endif
#ifdef DLT_MSG_READ_NULL
    puts("defined DLT_MSG_READ_NULL");
#endif
#ifdef DLT_MSG_READ_STRING
    puts("defined DLT_MSG_READ_STRING");
#endif
#ifdef DLT_MSG_READ_VALUE
    puts("defined DLT_MSG_READ_VALUE");
#endif
#ifdef DLT_MSIN_CONTROL_REQUEST
    puts("defined DLT_MSIN_CONTROL_REQUEST");
#endif
#ifdef DLT_MSIN_CONTROL_RESPONSE
    puts("defined DLT_MSIN_CONTROL_RESPONSE");
#endif
#ifdef DLT_MSIN_CONTROL_TIME
    puts("defined DLT_MSIN_CONTROL_TIME");
#endif
#ifdef DLT_MSIN_MSTP
    puts("defined DLT_MSIN_MSTP");
#endif
#ifdef DLT_MSIN_MSTP_SHIFT
    puts("defined DLT_MSIN_MSTP_SHIFT");
#endif
#ifdef DLT_MSIN_MTIN
    puts("defined DLT_MSIN_MTIN");
#endif
#ifdef DLT_MSIN_MTIN_SHIFT
    puts("defined DLT_MSIN_MTIN_SHIFT");
#endif
#ifdef DLT_MSIN_VERB
    puts("defined DLT_MSIN_VERB");
#endif
#ifdef DLT_NETWORK_TRACE_ENABLE
    puts("defined DLT_NETWORK_TRACE_ENABLE");
#endif
#ifdef DLT_NONVERBOSE_MODE
    puts("defined DLT_NONVERBOSE_MODE");
#endif
#ifdef DLT_OFFLINETRACE_FILENAME_BASE
    puts("defined DLT_OFFLINETRACE_FILENAME_BASE");
#endif
#ifdef DLT_OFFLINETRACE_FILENAME_EXT
    puts("defined DLT_OFFLINETRACE_FILENAME_EXT");
#endif
#ifdef DLT_OFFLINETRACE_FILENAME_INDEX_DELI
    puts("defined DLT_OFFLINETRACE_FILENAME_INDEX_DELI");
#endif
#ifdef DLT_OFFLINETRACE_FILENAME_TIMESTAMP_DELI
    puts("defined DLT_OFFLINETRACE_FILENAME_TIMESTAMP_DELI");
#endif
#ifdef DLT_OFFLINE_TRACE_H
    puts("defined DLT_OFFLINE_TRACE_H");
#endif
#ifdef DLT_OUTPUT_ASCII
    puts("defined DLT_OUTPUT_ASCII");
#endif
#ifdef DLT_OUTPUT_ASCII_LIMITED
    puts("defined DLT_OUTPUT_ASCII_LIMITED");
#endif
#ifdef DLT_OUTPUT_HEX
    puts("defined DLT_OUTPUT_HEX");
#endif
#ifdef DLT_OUTPUT_MIXED_FOR_HTML
    puts("defined DLT_OUTPUT_MIXED_FOR_HTML");
#endif
#ifdef DLT_OUTPUT_MIXED_FOR_PLAIN
    puts("defined DLT_OUTPUT_MIXED_FOR_PLAIN");
#endif
#ifdef DLT_PACKED
    puts("defined DLT_PACKED");
#endif
#ifdef DLT_PATH_MAX
    puts("defined DLT_PATH_MAX");
#endif
#ifdef DLT_PROTOCOL_H
    puts("defined DLT_PROTOCOL_H");
#endif
#ifdef DLT_PTR
    puts("defined DLT_PTR");
#endif
#ifdef DLT_RAW
    puts("defined DLT_RAW");
#endif
#ifdef DLT_RAW_ATTR
    puts("defined DLT_RAW_ATTR");
#endif
#ifdef DLT_RCV_NONE
    puts("defined DLT_RCV_NONE");
#endif
#ifdef DLT_RCV_REMOVE
    puts("defined DLT_RCV_REMOVE");
#endif
#ifdef DLT_RCV_SKIP_HEADER
    puts("defined DLT_RCV_SKIP_HEADER");
#endif
#ifdef DLT_RECEIVE_BUFSIZE
    puts("defined DLT_RECEIVE_BUFSIZE");
#endif
#ifdef DLT_REGISTER_APP
    puts("defined DLT_REGISTER_APP");
#endif
#ifdef DLT_REGISTER_CONTEXT
    puts("defined DLT_REGISTER_CONTEXT");
#endif
#ifdef DLT_REGISTER_CONTEXT_APP
    puts("defined DLT_REGISTER_CONTEXT_APP");
#endif
#ifdef DLT_REGISTER_CONTEXT_LLCCB
    puts("defined DLT_REGISTER_CONTEXT_LLCCB");
#endif
#ifdef DLT_REGISTER_CONTEXT_LL_TS
    puts("defined DLT_REGISTER_CONTEXT_LL_TS");
#endif
#ifdef DLT_REGISTER_INJECTION_CALLBACK
    puts("defined DLT_REGISTER_INJECTION_CALLBACK");
#endif
#ifdef DLT_REGISTER_INJECTION_CALLBACK_WITH_ID
    puts("defined DLT_REGISTER_INJECTION_CALLBACK_WITH_ID");
#endif
#ifdef DLT_REGISTER_LOG_LEVEL_CHANGED_CALLBACK
    puts("defined DLT_REGISTER_LOG_LEVEL_CHANGED_CALLBACK");
#endif
#ifdef DLT_SCOD_ASCII
    puts("defined DLT_SCOD_ASCII");
#endif
#ifdef DLT_SCOD_BIN
    puts("defined DLT_SCOD_BIN");
#endif
#ifdef DLT_SCOD_HEX
    puts("defined DLT_SCOD_HEX");
#endif
#ifdef DLT_SCOD_UTF8
    puts("defined DLT_SCOD_UTF8");
#endif
#ifdef DLT_SEM_FREE
    puts("defined DLT_SEM_FREE");
#endif
#ifdef DLT_SEM_LOCK
    puts("defined DLT_SEM_LOCK");
#endif
#ifdef DLT_SERVICE_ID_CALLSW_CINJECTION
    puts("defined DLT_SERVICE_ID_CALLSW_CINJECTION");
#endif
#ifdef DLT_SERVICE_RESPONSE_ERROR
    puts("defined DLT_SERVICE_RESPONSE_ERROR");
#endif
#ifdef DLT_SERVICE_RESPONSE_LAST
    puts("defined DLT_SERVICE_RESPONSE_LAST");
#endif
#ifdef DLT_SERVICE_RESPONSE_NOT_SUPPORTED
    puts("defined DLT_SERVICE_RESPONSE_NOT_SUPPORTED");
#endif
#ifdef DLT_SERVICE_RESPONSE_OK
    puts("defined DLT_SERVICE_RESPONSE_OK");
#endif
#ifdef DLT_SERVICE_RESPONSE_PERM_DENIED
    puts("defined DLT_SERVICE_RESPONSE_PERM_DENIED");
#endif
#ifdef DLT_SERVICE_RESPONSE_WARNING
    puts("defined DLT_SERVICE_RESPONSE_WARNING");
#endif
#ifdef DLT_SET_APPLICATION_LL_TS_LIMIT
    puts("defined DLT_SET_APPLICATION_LL_TS_LIMIT");
#endif
#ifdef DLT_SHM_H
    puts("defined DLT_SHM_H");
#endif
#ifdef DLT_SHM_SEM_FREE
    puts("defined DLT_SHM_SEM_FREE");
#endif
#ifdef DLT_SHM_SEM_GET
    puts("defined DLT_SHM_SEM_GET");
#endif
#ifdef DLT_SHM_SIZE
    puts("defined DLT_SHM_SIZE");
#endif
#ifdef DLT_SIZED_CSTRING
    puts("defined DLT_SIZED_CSTRING");
#endif
#ifdef DLT_SIZED_CSTRING_ATTR
    puts("defined DLT_SIZED_CSTRING_ATTR");
#endif
#ifdef DLT_SIZED_CUTF8
    puts("defined DLT_SIZED_CUTF8");
#endif
#ifdef DLT_SIZED_CUTF8_ATTR
    puts("defined DLT_SIZED_CUTF8_ATTR");
#endif
#ifdef DLT_SIZED_STRING
    puts("defined DLT_SIZED_STRING");
#endif
#ifdef DLT_SIZED_STRING_ATTR
    puts("defined DLT_SIZED_STRING_ATTR");
#endif
#ifdef DLT_SIZED_UTF8
    puts("defined DLT_SIZED_UTF8");
#endif
#ifdef DLT_SIZED_UTF8_ATTR
    puts("defined DLT_SIZED_UTF8_ATTR");
#endif
#ifdef DLT_SIZE_WEID
    puts("defined DLT_SIZE_WEID");
#endif
#ifdef DLT_SIZE_WSID
    puts("defined DLT_SIZE_WSID");
#endif
#ifdef DLT_SIZE_WTMS
    puts("defined DLT_SIZE_WTMS");
#endif
#ifdef DLT_STANDARD_HEADER_EXTRA_SIZE
    puts("defined DLT_STANDARD_HEADER_EXTRA_SIZE");
#endif
#ifdef DLT_STATIC
    puts("defined DLT_STATIC");
#endif
#ifdef DLT_STRING
    puts("defined DLT_STRING");
#endif
#ifdef DLT_STRING_ATTR
    puts("defined DLT_STRING_ATTR");
#endif
#ifdef DLT_SWAP_16
    puts("defined DLT_SWAP_16");
#endif
#ifdef DLT_SWAP_32
    puts("defined DLT_SWAP_32");
#endif
#ifdef DLT_SWAP_64
    puts("defined DLT_SWAP_64");
#endif
#ifdef DLT_TRACE_FUNCTION_IN
    puts("defined DLT_TRACE_FUNCTION_IN");
#endif
#ifdef DLT_TRACE_FUNCTION_OUT
    puts("defined DLT_TRACE_FUNCTION_OUT");
#endif
#ifdef DLT_TRACE_NETWORK
    puts("defined DLT_TRACE_NETWORK");
#endif
#ifdef DLT_TRACE_NETWORK_SEGMENTED
    puts("defined DLT_TRACE_NETWORK_SEGMENTED");
#endif
#ifdef DLT_TRACE_NETWORK_TRUNCATED
    puts("defined DLT_TRACE_NETWORK_TRUNCATED");
#endif
#ifdef DLT_TRACE_NW_END
    puts("defined DLT_TRACE_NW_END");
#endif
#ifdef DLT_TRACE_NW_SEGMENT
    puts("defined DLT_TRACE_NW_SEGMENT");
#endif
#ifdef DLT_TRACE_NW_START
    puts("defined DLT_TRACE_NW_START");
#endif
#ifdef DLT_TRACE_NW_TRUNCATED
    puts("defined DLT_TRACE_NW_TRUNCATED");
#endif
#ifdef DLT_TRACE_STATE
    puts("defined DLT_TRACE_STATE");
#endif
#ifdef DLT_TRACE_VARIABLE
    puts("defined DLT_TRACE_VARIABLE");
#endif
#ifdef DLT_TRACE_VFB
    puts("defined DLT_TRACE_VFB");
#endif
#ifdef DLT_TYLE_128BIT
    puts("defined DLT_TYLE_128BIT");
#endif
#ifdef DLT_TYLE_16BIT
    puts("defined DLT_TYLE_16BIT");
#endif
#ifdef DLT_TYLE_32BIT
    puts("defined DLT_TYLE_32BIT");
#endif
#ifdef DLT_TYLE_64BIT
    puts("defined DLT_TYLE_64BIT");
#endif
#ifdef DLT_TYLE_8BIT
    puts("defined DLT_TYLE_8BIT");
#endif
#ifdef DLT_TYPES_H
    puts("defined DLT_TYPES_H");
#endif
#ifdef DLT_TYPE_APP_TRACE
    puts("defined DLT_TYPE_APP_TRACE");
#endif
#ifdef DLT_TYPE_CONTROL
    puts("defined DLT_TYPE_CONTROL");
#endif
#ifdef DLT_TYPE_INFO_ARAY
    puts("defined DLT_TYPE_INFO_ARAY");
#endif
#ifdef DLT_TYPE_INFO_BOOL
    puts("defined DLT_TYPE_INFO_BOOL");
#endif
#ifdef DLT_TYPE_INFO_FIXP
    puts("defined DLT_TYPE_INFO_FIXP");
#endif
#ifdef DLT_TYPE_INFO_FLOA
    puts("defined DLT_TYPE_INFO_FLOA");
#endif
#ifdef DLT_TYPE_INFO_RAWD
    puts("defined DLT_TYPE_INFO_RAWD");
#endif
#ifdef DLT_TYPE_INFO_SCOD
    puts("defined DLT_TYPE_INFO_SCOD");
#endif
#ifdef DLT_TYPE_INFO_SINT
    puts("defined DLT_TYPE_INFO_SINT");
#endif
#ifdef DLT_TYPE_INFO_STRG
    puts("defined DLT_TYPE_INFO_STRG");
#endif
#ifdef DLT_TYPE_INFO_STRU
    puts("defined DLT_TYPE_INFO_STRU");
#endif
#ifdef DLT_TYPE_INFO_TRAI
    puts("defined DLT_TYPE_INFO_TRAI");
#endif
#ifdef DLT_TYPE_INFO_TYLE
    puts("defined DLT_TYPE_INFO_TYLE");
#endif
#ifdef DLT_TYPE_INFO_UINT
    puts("defined DLT_TYPE_INFO_UINT");
#endif
#ifdef DLT_TYPE_INFO_VARI
    puts("defined DLT_TYPE_INFO_VARI");
#endif
#ifdef DLT_TYPE_LOG
    puts("defined DLT_TYPE_LOG");
#endif
#ifdef DLT_TYPE_NW_TRACE
    puts("defined DLT_TYPE_NW_TRACE");
#endif
#ifdef DLT_UINT
    puts("defined DLT_UINT");
#endif
#ifdef DLT_UINT16
    puts("defined DLT_UINT16");
#endif
#ifdef DLT_UINT16_ATTR
    puts("defined DLT_UINT16_ATTR");
#endif
#ifdef DLT_UINT32
    puts("defined DLT_UINT32");
#endif
#ifdef DLT_UINT32_ATTR
    puts("defined DLT_UINT32_ATTR");
#endif
#ifdef DLT_UINT64
    puts("defined DLT_UINT64");
#endif
#ifdef DLT_UINT64_ATTR
    puts("defined DLT_UINT64_ATTR");
#endif
#ifdef DLT_UINT8
    puts("defined DLT_UINT8");
#endif
#ifdef DLT_UINT8_ATTR
    puts("defined DLT_UINT8_ATTR");
#endif
#ifdef DLT_UINT_ATTR
    puts("defined DLT_UINT_ATTR");
#endif
#ifdef DLT_UNREGISTER_APP
    puts("defined DLT_UNREGISTER_APP");
#endif
#ifdef DLT_UNREGISTER_APP_FLUSH_BUFFERED_LOGS
    puts("defined DLT_UNREGISTER_APP_FLUSH_BUFFERED_LOGS");
#endif
#ifdef DLT_UNREGISTER_CONTEXT
    puts("defined DLT_UNREGISTER_CONTEXT");
#endif
#ifdef DLT_USER_BUF_MAX_SIZE
    puts("defined DLT_USER_BUF_MAX_SIZE");
#endif
#ifdef DLT_USER_H
    puts("defined DLT_USER_H");
#endif
#ifdef DLT_USER_MACROS_H
    puts("defined DLT_USER_MACROS_H");
#endif
#ifdef DLT_USER_RESENDBUF_MAX_SIZE
    puts("defined DLT_USER_RESENDBUF_MAX_SIZE");
#endif
#ifdef DLT_UTF8
    puts("defined DLT_UTF8");
#endif
#ifdef DLT_UTF8_ATTR
    puts("defined DLT_UTF8_ATTR");
#endif
#ifdef DLT_VERBOSE_MODE
    puts("defined DLT_VERBOSE_MODE");
#endif
#ifdef GET_LOG_INFO_LENGTH
    puts("defined GET_LOG_INFO_LENGTH");
#endif
#ifdef GET_LOG_INFO_STATUS_MAX
    puts("defined GET_LOG_INFO_STATUS_MAX");
#endif
#ifdef GET_LOG_INFO_STATUS_MIN
    puts("defined GET_LOG_INFO_STATUS_MIN");
#endif
#ifdef GET_LOG_INFO_STATUS_NO_MATCHING_CTX
    puts("defined GET_LOG_INFO_STATUS_NO_MATCHING_CTX");
#endif
#ifdef GET_LOG_INFO_STATUS_RESP_DATA_OVERFLOW
    puts("defined GET_LOG_INFO_STATUS_RESP_DATA_OVERFLOW");
#endif
#ifdef LITTLE_ENDIAN
    puts("defined LITTLE_ENDIAN");
#endif
#ifdef LOG_ALERT
    puts("defined LOG_ALERT");
#endif
#ifdef LOG_CRIT
    puts("defined LOG_CRIT");
#endif
#ifdef LOG_DAEMON
    puts("defined LOG_DAEMON");
#endif
#ifdef LOG_DEBUG
    puts("defined LOG_DEBUG");
#endif
#ifdef LOG_EMERG
    puts("defined LOG_EMERG");
#endif
#ifdef LOG_ERR
    puts("defined LOG_ERR");
#endif
#ifdef LOG_INFO
    puts("defined LOG_INFO");
#endif
#ifdef LOG_NOTICE
    puts("defined LOG_NOTICE");
#endif
#ifdef LOG_PID
    puts("defined LOG_PID");
#endif
#ifdef LOG_WARNING
    puts("defined LOG_WARNING");
#endif
#ifdef NULL
    puts("defined NULL");
#endif
#ifdef PRINTF_FORMAT
    puts("defined PRINTF_FORMAT");
#endif
#ifdef PRINT_FUNCTION_VERBOSE
    puts("defined PRINT_FUNCTION_VERBOSE");
#endif
#ifdef PURE_FUNCTION
    puts("defined PURE_FUNCTION");
#endif
#ifdef SERVICE_OPT_LENGTH
    puts("defined SERVICE_OPT_LENGTH");
#endif
#ifdef UINT16_MAX
    puts("defined UINT16_MAX");
#endif
#ifdef _DLT_PACKAGE_MAJOR_VERSION
    puts("defined _DLT_PACKAGE_MAJOR_VERSION");
#endif
#ifdef _DLT_PACKAGE_MINOR_VERSION
    puts("defined _DLT_PACKAGE_MINOR_VERSION");
#endif
#ifdef _DLT_PACKAGE_PATCH_LEVEL
    puts("defined _DLT_PACKAGE_PATCH_LEVEL");
#endif
#ifdef _DLT_PACKAGE_REVISION
    puts("defined _DLT_PACKAGE_REVISION");
#endif
#ifdef _DLT_PACKAGE_VERSION
    puts("defined _DLT_PACKAGE_VERSION");
#endif
#ifdef _DLT_PACKAGE_VERSION_STATE
    puts("defined _DLT_PACKAGE_VERSION_STATE");
#endif
#ifdef _DLT_SHM_ENABLE
    puts("defined _DLT_SHM_ENABLE");
#endif
#ifdef _DLT_SYSTEMD_ENABLE
    puts("defined _DLT_SYSTEMD_ENABLE");
#endif
#ifdef _DLT_SYSTEMD_WATCHDOG_ENABLE
    puts("defined _DLT_SYSTEMD_WATCHDOG_ENABLE");
#endif
#ifdef _DLT_TEST_ENABLE
    puts("defined _DLT_TEST_ENABLE");
#endif
#ifdef __DLT_VERSION_H_
    puts("defined __DLT_VERSION_H_");
#endif
#ifdef __func__
    puts("defined __func__");
#endif
}

static void dump_macro_values(void)
{
    puts("# macro values");
#ifdef BIG_ENDIAN
    NV(BIG_ENDIAN);
#endif
#ifdef BYTE_ORDER
    NV(BYTE_ORDER);
#endif
#ifdef DLT_CONNECTION_STATUS_CONNECTED
    NV(DLT_CONNECTION_STATUS_CONNECTED);
#endif
#ifdef DLT_CONNECTION_STATUS_DISCONNECTED
    NV(DLT_CONNECTION_STATUS_DISCONNECTED);
#endif
#ifdef DLT_CONTROL_REQUEST
    NV(DLT_CONTROL_REQUEST);
#endif
#ifdef DLT_CONTROL_RESPONSE
    NV(DLT_CONTROL_RESPONSE);
#endif
#ifdef DLT_CONTROL_TIME
    NV(DLT_CONTROL_TIME);
#endif
#ifdef DLT_CONVERT_TEXTBUFSIZE
    NV(DLT_CONVERT_TEXTBUFSIZE);
#endif
#ifdef DLT_DAEMON_TCP_PORT
    NV(DLT_DAEMON_TCP_PORT);
#endif
#ifdef DLT_DISABLE_MACRO
    NV(DLT_DISABLE_MACRO);
#endif
#ifdef DLT_ENTRY_MAX
    NV(DLT_ENTRY_MAX);
#endif
#ifdef DLT_FD_INIT
    NV(DLT_FD_INIT);
#endif
#ifdef DLT_FD_MINIMUM
    NV(DLT_FD_MINIMUM);
#endif
#ifdef DLT_FILETRANSFER_ERROR_FILE_COMPLETE
    NV(DLT_FILETRANSFER_ERROR_FILE_COMPLETE);
#endif
#ifdef DLT_FILETRANSFER_ERROR_FILE_COMPLETE1
    NV(DLT_FILETRANSFER_ERROR_FILE_COMPLETE1);
#endif
#ifdef DLT_FILETRANSFER_ERROR_FILE_COMPLETE2
    NV(DLT_FILETRANSFER_ERROR_FILE_COMPLETE2);
#endif
#ifdef DLT_FILETRANSFER_ERROR_FILE_COMPLETE3
    NV(DLT_FILETRANSFER_ERROR_FILE_COMPLETE3);
#endif
#ifdef DLT_FILETRANSFER_ERROR_FILE_DATA
    NV(DLT_FILETRANSFER_ERROR_FILE_DATA);
#endif
#ifdef DLT_FILETRANSFER_ERROR_FILE_DATA_USER_BUFFER_FAILED
    NV(DLT_FILETRANSFER_ERROR_FILE_DATA_USER_BUFFER_FAILED);
#endif
#ifdef DLT_FILETRANSFER_ERROR_FILE_END
    NV(DLT_FILETRANSFER_ERROR_FILE_END);
#endif
#ifdef DLT_FILETRANSFER_ERROR_FILE_HEAD
    NV(DLT_FILETRANSFER_ERROR_FILE_HEAD);
#endif
#ifdef DLT_FILETRANSFER_ERROR_INFO_ABOUT
    NV(DLT_FILETRANSFER_ERROR_INFO_ABOUT);
#endif
#ifdef DLT_FILETRANSFER_ERROR_PACKAGE_COUNT
    NV(DLT_FILETRANSFER_ERROR_PACKAGE_COUNT);
#endif
#ifdef DLT_FILETRANSFER_FILE_SERIAL_NUMBER
    NV(DLT_FILETRANSFER_FILE_SERIAL_NUMBER);
#endif
#ifdef DLT_FILTER_MAX
    NV(DLT_FILTER_MAX);
#endif
#ifdef DLT_GET_LOG_INFO_HEADER
    NV(DLT_GET_LOG_INFO_HEADER);
#endif
#ifdef DLT_HEADER_SHOW_ALL
    NV(DLT_HEADER_SHOW_ALL);
#endif
#ifdef DLT_HEADER_SHOW_APID
    NV(DLT_HEADER_SHOW_APID);
#endif
#ifdef DLT_HEADER_SHOW_CTID
    NV(DLT_HEADER_SHOW_CTID);
#endif
#ifdef DLT_HEADER_SHOW_ECUID
    NV(DLT_HEADER_SHOW_ECUID);
#endif
#ifdef DLT_HEADER_SHOW_MSGCNT
    NV(DLT_HEADER_SHOW_MSGCNT);
#endif
#ifdef DLT_HEADER_SHOW_MSGSUBTYPE
    NV(DLT_HEADER_SHOW_MSGSUBTYPE);
#endif
#ifdef DLT_HEADER_SHOW_MSGTYPE
    NV(DLT_HEADER_SHOW_MSGTYPE);
#endif
#ifdef DLT_HEADER_SHOW_NOARG
    NV(DLT_HEADER_SHOW_NOARG);
#endif
#ifdef DLT_HEADER_SHOW_NONE
    NV(DLT_HEADER_SHOW_NONE);
#endif
#ifdef DLT_HEADER_SHOW_TIME
    NV(DLT_HEADER_SHOW_TIME);
#endif
#ifdef DLT_HEADER_SHOW_TMSTP
    NV(DLT_HEADER_SHOW_TMSTP);
#endif
#ifdef DLT_HEADER_SHOW_VNVSTATUS
    NV(DLT_HEADER_SHOW_VNVSTATUS);
#endif
#ifdef DLT_HTYP_MSBF
    NV(DLT_HTYP_MSBF);
#endif
#ifdef DLT_HTYP_PROTOCOL_VERSION1
    NV(DLT_HTYP_PROTOCOL_VERSION1);
#endif
#ifdef DLT_HTYP_UEH
    NV(DLT_HTYP_UEH);
#endif
#ifdef DLT_HTYP_VERS
    NV(DLT_HTYP_VERS);
#endif
#ifdef DLT_HTYP_WEID
    NV(DLT_HTYP_WEID);
#endif
#ifdef DLT_HTYP_WSID
    NV(DLT_HTYP_WSID);
#endif
#ifdef DLT_HTYP_WTMS
    NV(DLT_HTYP_WTMS);
#endif
#ifdef DLT_ID_SIZE
    NV(DLT_ID_SIZE);
#endif
#ifdef DLT_IPC_PATH_MAX
    NV(DLT_IPC_PATH_MAX);
#endif
#ifdef DLT_LINE_LEN
    NV(DLT_LINE_LEN);
#endif
#ifdef DLT_MAINTAIN_LOGSTORAGE_LOGLEVEL_OFF
    NV(DLT_MAINTAIN_LOGSTORAGE_LOGLEVEL_OFF);
#endif
#ifdef DLT_MAINTAIN_LOGSTORAGE_LOGLEVEL_ON
    NV(DLT_MAINTAIN_LOGSTORAGE_LOGLEVEL_ON);
#endif
#ifdef DLT_MAINTAIN_LOGSTORAGE_LOGLEVEL_UNDEF
    NV(DLT_MAINTAIN_LOGSTORAGE_LOGLEVEL_UNDEF);
#endif
#ifdef DLT_MESSAGE_BUFFER_NO_OVERFLOW
    NV(DLT_MESSAGE_BUFFER_NO_OVERFLOW);
#endif
#ifdef DLT_MESSAGE_BUFFER_OVERFLOW
    NV(DLT_MESSAGE_BUFFER_OVERFLOW);
#endif
#ifdef DLT_MESSAGE_ERROR_CONTENT
    NV(DLT_MESSAGE_ERROR_CONTENT);
#endif
#ifdef DLT_MESSAGE_ERROR_OK
    NV(DLT_MESSAGE_ERROR_OK);
#endif
#ifdef DLT_MESSAGE_ERROR_SIZE
    NV(DLT_MESSAGE_ERROR_SIZE);
#endif
#ifdef DLT_MESSAGE_ERROR_UNKNOWN
    NV(DLT_MESSAGE_ERROR_UNKNOWN);
#endif
#ifdef DLT_MOUNT_PATH_MAX
    NV(DLT_MOUNT_PATH_MAX);
#endif
#ifdef DLT_MSIN_CONTROL_REQUEST
    NV(DLT_MSIN_CONTROL_REQUEST);
#endif
#ifdef DLT_MSIN_CONTROL_RESPONSE
    NV(DLT_MSIN_CONTROL_RESPONSE);
#endif
#ifdef DLT_MSIN_CONTROL_TIME
    NV(DLT_MSIN_CONTROL_TIME);
#endif
#ifdef DLT_MSIN_MSTP
    NV(DLT_MSIN_MSTP);
#endif
#ifdef DLT_MSIN_MSTP_SHIFT
    NV(DLT_MSIN_MSTP_SHIFT);
#endif
#ifdef DLT_MSIN_MTIN
    NV(DLT_MSIN_MTIN);
#endif
#ifdef DLT_MSIN_MTIN_SHIFT
    NV(DLT_MSIN_MTIN_SHIFT);
#endif
#ifdef DLT_MSIN_VERB
    NV(DLT_MSIN_VERB);
#endif
#ifdef DLT_OUTPUT_ASCII
    NV(DLT_OUTPUT_ASCII);
#endif
#ifdef DLT_OUTPUT_ASCII_LIMITED
    NV(DLT_OUTPUT_ASCII_LIMITED);
#endif
#ifdef DLT_OUTPUT_HEX
    NV(DLT_OUTPUT_HEX);
#endif
#ifdef DLT_OUTPUT_MIXED_FOR_HTML
    NV(DLT_OUTPUT_MIXED_FOR_HTML);
#endif
#ifdef DLT_OUTPUT_MIXED_FOR_PLAIN
    NV(DLT_OUTPUT_MIXED_FOR_PLAIN);
#endif
#ifdef DLT_PATH_MAX
    NV(DLT_PATH_MAX);
#endif
#ifdef DLT_RCV_NONE
    NV(DLT_RCV_NONE);
#endif
#ifdef DLT_RCV_REMOVE
    NV(DLT_RCV_REMOVE);
#endif
#ifdef DLT_RCV_SKIP_HEADER
    NV(DLT_RCV_SKIP_HEADER);
#endif
#ifdef DLT_RECEIVE_BUFSIZE
    NV(DLT_RECEIVE_BUFSIZE);
#endif
#ifdef DLT_SCOD_ASCII
    NV(DLT_SCOD_ASCII);
#endif
#ifdef DLT_SCOD_BIN
    NV(DLT_SCOD_BIN);
#endif
#ifdef DLT_SCOD_HEX
    NV(DLT_SCOD_HEX);
#endif
#ifdef DLT_SCOD_UTF8
    NV(DLT_SCOD_UTF8);
#endif
#ifdef DLT_SERVICE_ID_CALLSW_CINJECTION
    NV(DLT_SERVICE_ID_CALLSW_CINJECTION);
#endif
#ifdef DLT_SERVICE_RESPONSE_ERROR
    NV(DLT_SERVICE_RESPONSE_ERROR);
#endif
#ifdef DLT_SERVICE_RESPONSE_LAST
    NV(DLT_SERVICE_RESPONSE_LAST);
#endif
#ifdef DLT_SERVICE_RESPONSE_NOT_SUPPORTED
    NV(DLT_SERVICE_RESPONSE_NOT_SUPPORTED);
#endif
#ifdef DLT_SERVICE_RESPONSE_OK
    NV(DLT_SERVICE_RESPONSE_OK);
#endif
#ifdef DLT_SERVICE_RESPONSE_PERM_DENIED
    NV(DLT_SERVICE_RESPONSE_PERM_DENIED);
#endif
#ifdef DLT_SERVICE_RESPONSE_WARNING
    NV(DLT_SERVICE_RESPONSE_WARNING);
#endif
#ifdef DLT_SHM_SIZE
    NV(DLT_SHM_SIZE);
#endif
#ifdef DLT_SIZE_WEID
    NV(DLT_SIZE_WEID);
#endif
#ifdef DLT_SIZE_WSID
    NV(DLT_SIZE_WSID);
#endif
#ifdef DLT_SIZE_WTMS
    NV(DLT_SIZE_WTMS);
#endif
#ifdef DLT_TRACE_FUNCTION_IN
    NV(DLT_TRACE_FUNCTION_IN);
#endif
#ifdef DLT_TRACE_FUNCTION_OUT
    NV(DLT_TRACE_FUNCTION_OUT);
#endif
#ifdef DLT_TRACE_STATE
    NV(DLT_TRACE_STATE);
#endif
#ifdef DLT_TRACE_VARIABLE
    NV(DLT_TRACE_VARIABLE);
#endif
#ifdef DLT_TRACE_VFB
    NV(DLT_TRACE_VFB);
#endif
#ifdef DLT_TYLE_128BIT
    NV(DLT_TYLE_128BIT);
#endif
#ifdef DLT_TYLE_16BIT
    NV(DLT_TYLE_16BIT);
#endif
#ifdef DLT_TYLE_32BIT
    NV(DLT_TYLE_32BIT);
#endif
#ifdef DLT_TYLE_64BIT
    NV(DLT_TYLE_64BIT);
#endif
#ifdef DLT_TYLE_8BIT
    NV(DLT_TYLE_8BIT);
#endif
#ifdef DLT_TYPE_APP_TRACE
    NV(DLT_TYPE_APP_TRACE);
#endif
#ifdef DLT_TYPE_CONTROL
    NV(DLT_TYPE_CONTROL);
#endif
#ifdef DLT_TYPE_INFO_ARAY
    NV(DLT_TYPE_INFO_ARAY);
#endif
#ifdef DLT_TYPE_INFO_BOOL
    NV(DLT_TYPE_INFO_BOOL);
#endif
#ifdef DLT_TYPE_INFO_FIXP
    NV(DLT_TYPE_INFO_FIXP);
#endif
#ifdef DLT_TYPE_INFO_FLOA
    NV(DLT_TYPE_INFO_FLOA);
#endif
#ifdef DLT_TYPE_INFO_RAWD
    NV(DLT_TYPE_INFO_RAWD);
#endif
#ifdef DLT_TYPE_INFO_SCOD
    NV(DLT_TYPE_INFO_SCOD);
#endif
#ifdef DLT_TYPE_INFO_SINT
    NV(DLT_TYPE_INFO_SINT);
#endif
#ifdef DLT_TYPE_INFO_STRG
    NV(DLT_TYPE_INFO_STRG);
#endif
#ifdef DLT_TYPE_INFO_STRU
    NV(DLT_TYPE_INFO_STRU);
#endif
#ifdef DLT_TYPE_INFO_TRAI
    NV(DLT_TYPE_INFO_TRAI);
#endif
#ifdef DLT_TYPE_INFO_TYLE
    NV(DLT_TYPE_INFO_TYLE);
#endif
#ifdef DLT_TYPE_INFO_UINT
    NV(DLT_TYPE_INFO_UINT);
#endif
#ifdef DLT_TYPE_INFO_VARI
    NV(DLT_TYPE_INFO_VARI);
#endif
#ifdef DLT_TYPE_LOG
    NV(DLT_TYPE_LOG);
#endif
#ifdef DLT_TYPE_NW_TRACE
    NV(DLT_TYPE_NW_TRACE);
#endif
#ifdef DLT_USER_BUF_MAX_SIZE
    NV(DLT_USER_BUF_MAX_SIZE);
#endif
#ifdef DLT_USER_RESENDBUF_MAX_SIZE
    NV(DLT_USER_RESENDBUF_MAX_SIZE);
#endif
#ifdef GET_LOG_INFO_LENGTH
    NV(GET_LOG_INFO_LENGTH);
#endif
#ifdef GET_LOG_INFO_STATUS_MAX
    NV(GET_LOG_INFO_STATUS_MAX);
#endif
#ifdef GET_LOG_INFO_STATUS_MIN
    NV(GET_LOG_INFO_STATUS_MIN);
#endif
#ifdef GET_LOG_INFO_STATUS_NO_MATCHING_CTX
    NV(GET_LOG_INFO_STATUS_NO_MATCHING_CTX);
#endif
#ifdef GET_LOG_INFO_STATUS_RESP_DATA_OVERFLOW
    NV(GET_LOG_INFO_STATUS_RESP_DATA_OVERFLOW);
#endif
#ifdef LITTLE_ENDIAN
    NV(LITTLE_ENDIAN);
#endif
#ifdef SERVICE_OPT_LENGTH
    NV(SERVICE_OPT_LENGTH);
#endif
#ifdef DLT_BUFFER_HEAD
    SV(DLT_BUFFER_HEAD);
#endif
#ifdef DLT_OFFLINETRACE_FILENAME_BASE
    SV(DLT_OFFLINETRACE_FILENAME_BASE);
#endif
#ifdef DLT_OFFLINETRACE_FILENAME_EXT
    SV(DLT_OFFLINETRACE_FILENAME_EXT);
#endif
#ifdef DLT_OFFLINETRACE_FILENAME_INDEX_DELI
    SV(DLT_OFFLINETRACE_FILENAME_INDEX_DELI);
#endif
#ifdef DLT_OFFLINETRACE_FILENAME_TIMESTAMP_DELI
    SV(DLT_OFFLINETRACE_FILENAME_TIMESTAMP_DELI);
#endif
#ifdef DLT_TRACE_NW_END
    SV(DLT_TRACE_NW_END);
#endif
#ifdef DLT_TRACE_NW_SEGMENT
    SV(DLT_TRACE_NW_SEGMENT);
#endif
#ifdef DLT_TRACE_NW_START
    SV(DLT_TRACE_NW_START);
#endif
#ifdef DLT_TRACE_NW_TRUNCATED
    SV(DLT_TRACE_NW_TRUNCATED);
#endif
#ifdef _DLT_PACKAGE_MAJOR_VERSION
    SV(_DLT_PACKAGE_MAJOR_VERSION);
#endif
#ifdef _DLT_PACKAGE_MINOR_VERSION
    SV(_DLT_PACKAGE_MINOR_VERSION);
#endif
#ifdef _DLT_PACKAGE_PATCH_LEVEL
    SV(_DLT_PACKAGE_PATCH_LEVEL);
#endif
#ifdef _DLT_PACKAGE_REVISION
    SV(_DLT_PACKAGE_REVISION);
#endif
#ifdef _DLT_PACKAGE_VERSION
    SV(_DLT_PACKAGE_VERSION);
#endif
#ifdef _DLT_PACKAGE_VERSION_STATE
    SV(_DLT_PACKAGE_VERSION_STATE);
#endif
#ifdef _DLT_SHM_ENABLE
    SV(_DLT_SHM_ENABLE);
#endif
#ifdef _DLT_SYSTEMD_ENABLE
    SV(_DLT_SYSTEMD_ENABLE);
#endif
#ifdef _DLT_SYSTEMD_WATCHDOG_ENABLE
    SV(_DLT_SYSTEMD_WATCHDOG_ENABLE);
#endif
#ifdef _DLT_TEST_ENABLE
    SV(_DLT_TEST_ENABLE);
#endif
    printf("expansion DLT_STATIC = [%s]\n", STR_(DLT_STATIC));
    printf("expansion DLT_DISABLE_MACRO = [%s]\n", STR_(DLT_DISABLE_MACRO));
    printf("expansion DLT_NETWORK_TRACE_ENABLE = [%s]\n", STR_(DLT_NETWORK_TRACE_ENABLE));
    printf("macro DLT_IP_SIZE = %d\n", (int)DLT_IP_SIZE);
}

#ifdef __cplusplus
#define PROTO(fn) printf("proto %s %s\n", #fn, typeid(&fn).name())
static void dump_prototypes(void)
{
    puts("# prototypes");
    PROTO(dlt_buffer_check_size);
    PROTO(dlt_buffer_copy);
    PROTO(dlt_buffer_free_dynamic);
    PROTO(dlt_buffer_free_static);
    PROTO(dlt_buffer_get_message_count);
    PROTO(dlt_buffer_get_total_size);
    PROTO(dlt_buffer_get_used_size);
    PROTO(dlt_buffer_info);
    PROTO(dlt_buffer_init_dynamic);
    PROTO(dlt_buffer_init_static_client);
    PROTO(dlt_buffer_init_static_server);
    PROTO(dlt_buffer_pull);
    PROTO(dlt_buffer_push);
    PROTO(dlt_buffer_push3);
    PROTO(dlt_buffer_remove);
    PROTO(dlt_buffer_status);
    PROTO(dlt_check_envvar);
    PROTO(dlt_check_library_version);
    PROTO(dlt_check_rcv_data_size);
    PROTO(dlt_check_storageheader);
    PROTO(dlt_clean_string);
    PROTO(dlt_client_cleanup);
    PROTO(dlt_client_cleanup_get_log_info);
    PROTO(dlt_client_connect);
    PROTO(dlt_client_get_default_log_level);
    PROTO(dlt_client_get_log_info);
    PROTO(dlt_client_get_software_version);
    PROTO(dlt_client_init);
    PROTO(dlt_client_init_port);
    PROTO(dlt_client_main_loop);
    PROTO(dlt_client_parse_get_log_info_resp_text);
    PROTO(dlt_client_register_fetch_next_message_callback);
    PROTO(dlt_client_register_message_callback);
    PROTO(dlt_client_send_all_log_level);
    PROTO(dlt_client_send_all_trace_status);
    PROTO(dlt_client_send_ctrl_msg);
    PROTO(dlt_client_send_default_log_level);
    PROTO(dlt_client_send_default_trace_status);
    PROTO(dlt_client_send_inject_msg);
    PROTO(dlt_client_send_log_level);
    PROTO(dlt_client_send_message_to_socket);
    PROTO(dlt_client_send_reset_to_factory_default);
    PROTO(dlt_client_send_store_config);
    PROTO(dlt_client_send_timing_pakets);
    PROTO(dlt_client_send_trace_status);
    PROTO(dlt_client_set_host_if_address);
    PROTO(dlt_client_set_mode);
    PROTO(dlt_client_set_serial_device);
    PROTO(dlt_client_set_server_ip);
    PROTO(dlt_client_set_socket_path);
    PROTO(dlt_client_setbaudrate);
    PROTO(dlt_convert_serial_speed);
    PROTO(dlt_disable_local_print);
    PROTO(dlt_enable_local_print);
    PROTO(dlt_env_adjust_ll_from_env);
    PROTO(dlt_env_extract_ll_set);
    PROTO(dlt_env_free_ll_set);
    PROTO(dlt_execute_command);
    PROTO(dlt_file_close);
    PROTO(dlt_file_free);
    PROTO(dlt_file_init);
    PROTO(dlt_file_message);
    PROTO(dlt_file_open);
    PROTO(dlt_file_quick_parsing);
    PROTO(dlt_file_read);
    PROTO(dlt_file_read_data);
    PROTO(dlt_file_read_header);
    PROTO(dlt_file_read_header_extended);
    PROTO(dlt_file_read_header_raw);
    PROTO(dlt_file_read_raw);
    PROTO(dlt_file_set_filter);
    PROTO(dlt_filter_add);
    PROTO(dlt_filter_delete);
    PROTO(dlt_filter_find);
    PROTO(dlt_filter_free);
    PROTO(dlt_filter_init);
    PROTO(dlt_filter_load);
    PROTO(dlt_filter_save);
    PROTO(dlt_free);
    PROTO(dlt_get_appid);
    PROTO(dlt_get_log_state);
    PROTO(dlt_get_major_version);
    PROTO(dlt_get_minor_version);
    PROTO(dlt_get_service_name);
    PROTO(dlt_get_version);
    PROTO(dlt_getloginfo_conv_ascii_to_id);
    PROTO(dlt_getloginfo_conv_ascii_to_int16_t);
    PROTO(dlt_getloginfo_conv_ascii_to_uint16_t);
    PROTO(dlt_getloginfo_free);
    PROTO(dlt_getloginfo_init);
    PROTO(dlt_hex_ascii_to_binary);
    PROTO(dlt_init);
    PROTO(dlt_init_common);
    PROTO(dlt_init_file);
    PROTO(dlt_log);
    PROTO(dlt_log_free);
    PROTO(dlt_log_init);
    PROTO(dlt_log_int);
    PROTO(dlt_log_marker);
    PROTO(dlt_log_raw);
    PROTO(dlt_log_set_filename);
    PROTO(dlt_log_set_level);
    PROTO(dlt_log_string);
    PROTO(dlt_log_string_int);
    PROTO(dlt_log_string_uint);
    PROTO(dlt_log_uint);
    PROTO(dlt_message_argument_print);
    PROTO(dlt_message_filter_check);
    PROTO(dlt_message_free);
    PROTO(dlt_message_get_extraparameters);
    PROTO(dlt_message_header);
    PROTO(dlt_message_header_flags);
    PROTO(dlt_message_init);
    PROTO(dlt_message_payload);
    PROTO(dlt_message_print_ascii);
    PROTO(dlt_message_print_header);
    PROTO(dlt_message_print_hex);
    PROTO(dlt_message_print_mixed_html);
    PROTO(dlt_message_print_mixed_plain);
    PROTO(dlt_message_read);
    PROTO(dlt_message_set_extraparameters);
    PROTO(dlt_nonverbose_mode);
    PROTO(dlt_offline_trace_file_name);
    PROTO(dlt_offline_trace_free);
    PROTO(dlt_offline_trace_get_idx_of_log_file);
    PROTO(dlt_offline_trace_get_total_size);
    PROTO(dlt_offline_trace_init);
    PROTO(dlt_offline_trace_storage_dir_info);
    PROTO(dlt_offline_trace_write);
    PROTO(dlt_print_char_string);
    PROTO(dlt_print_hex);
    PROTO(dlt_print_hex_string);
    PROTO(dlt_print_id);
    PROTO(dlt_print_mixed_string);
    PROTO(dlt_print_with_attributes);
    PROTO(dlt_receiver_check_and_get);
    PROTO(dlt_receiver_free);
    PROTO(dlt_receiver_free_global_buffer);
    PROTO(dlt_receiver_init);
    PROTO(dlt_receiver_init_global_buffer);
    PROTO(dlt_receiver_move_to_begin);
    PROTO(dlt_receiver_receive);
    PROTO(dlt_receiver_remove);
    PROTO(dlt_register_app);
    PROTO(dlt_register_context);
    PROTO(dlt_register_context_ll_ts);
    PROTO(dlt_register_context_llccb);
    PROTO(dlt_register_injection_callback);
    PROTO(dlt_register_injection_callback_with_id);
    PROTO(dlt_register_log_level_changed_callback);
    PROTO(dlt_set_application_ll_ts_limit);
    PROTO(dlt_set_filesize_max);
    PROTO(dlt_set_id);
    PROTO(dlt_set_log_mode);
    PROTO(dlt_set_loginfo_parse_service_id);
    PROTO(dlt_set_resend_timeout_atexit);
    PROTO(dlt_set_storageheader);
    PROTO(dlt_setup_serial);
    PROTO(dlt_shm_copy);
    PROTO(dlt_shm_free_client);
    PROTO(dlt_shm_free_server);
    PROTO(dlt_shm_get_message_count);
    PROTO(dlt_shm_get_total_size);
    PROTO(dlt_shm_get_used_size);
    PROTO(dlt_shm_info);
    PROTO(dlt_shm_init_client);
    PROTO(dlt_shm_init_server);
    PROTO(dlt_shm_pull);
    PROTO(dlt_shm_push);
    PROTO(dlt_shm_recover);
    PROTO(dlt_shm_remove);
    PROTO(dlt_shm_reset);
    PROTO(dlt_shm_status);
    PROTO(dlt_strnlen_s);
    PROTO(dlt_unregister_app);
    PROTO(dlt_unregister_app_flush_buffered_logs);
    PROTO(dlt_unregister_context);
    PROTO(dlt_uptime);
    PROTO(dlt_use_extended_header_for_non_verbose);
    PROTO(dlt_user_atexit_blow_out_user_buffer);
    PROTO(dlt_user_check_buffer);
    PROTO(dlt_user_check_library_version);
    PROTO(dlt_user_is_logLevel_enabled);
    PROTO(dlt_user_log_file_complete);
    PROTO(dlt_user_log_file_data);
    PROTO(dlt_user_log_file_end);
    PROTO(dlt_user_log_file_header);
    PROTO(dlt_user_log_file_header_alias);
    PROTO(dlt_user_log_file_infoAbout);
    PROTO(dlt_user_log_file_packagesCount);
    PROTO(dlt_user_log_resend_buffer);
    PROTO(dlt_user_log_write_bool);
    PROTO(dlt_user_log_write_bool_attr);
    PROTO(dlt_user_log_write_constant_string);
    PROTO(dlt_user_log_write_constant_string_attr);
    PROTO(dlt_user_log_write_constant_utf8_string);
    PROTO(dlt_user_log_write_constant_utf8_string_attr);
    PROTO(dlt_user_log_write_finish);
    PROTO(dlt_user_log_write_finish_w_given_buffer);
    PROTO(dlt_user_log_write_float32);
    PROTO(dlt_user_log_write_float32_attr);
    PROTO(dlt_user_log_write_float64);
    PROTO(dlt_user_log_write_float64_attr);
    PROTO(dlt_user_log_write_int);
    PROTO(dlt_user_log_write_int16);
    PROTO(dlt_user_log_write_int16_attr);
    PROTO(dlt_user_log_write_int32);
    PROTO(dlt_user_log_write_int32_attr);
    PROTO(dlt_user_log_write_int64);
    PROTO(dlt_user_log_write_int64_attr);
    PROTO(dlt_user_log_write_int8);
    PROTO(dlt_user_log_write_int8_attr);
    PROTO(dlt_user_log_write_int_attr);
    PROTO(dlt_user_log_write_ptr);
    PROTO(dlt_user_log_write_raw);
    PROTO(dlt_user_log_write_raw_attr);
    PROTO(dlt_user_log_write_raw_formatted);
    PROTO(dlt_user_log_write_raw_formatted_attr);
    PROTO(dlt_user_log_write_sized_constant_string);
    PROTO(dlt_user_log_write_sized_constant_string_attr);
    PROTO(dlt_user_log_write_sized_constant_utf8_string);
    PROTO(dlt_user_log_write_sized_constant_utf8_string_attr);
    PROTO(dlt_user_log_write_sized_string);
    PROTO(dlt_user_log_write_sized_string_attr);
    PROTO(dlt_user_log_write_sized_utf8_string);
    PROTO(dlt_user_log_write_sized_utf8_string_attr);
    PROTO(dlt_user_log_write_start);
    PROTO(dlt_user_log_write_start_id);
    PROTO(dlt_user_log_write_start_w_given_buffer);
    PROTO(dlt_user_log_write_string);
    PROTO(dlt_user_log_write_string_attr);
    PROTO(dlt_user_log_write_uint);
    PROTO(dlt_user_log_write_uint16);
    PROTO(dlt_user_log_write_uint16_attr);
    PROTO(dlt_user_log_write_uint16_formatted);
    PROTO(dlt_user_log_write_uint32);
    PROTO(dlt_user_log_write_uint32_attr);
    PROTO(dlt_user_log_write_uint32_formatted);
    PROTO(dlt_user_log_write_uint64);
    PROTO(dlt_user_log_write_uint64_attr);
    PROTO(dlt_user_log_write_uint64_formatted);
    PROTO(dlt_user_log_write_uint8);
    PROTO(dlt_user_log_write_uint8_attr);
    PROTO(dlt_user_log_write_uint8_formatted);
    PROTO(dlt_user_log_write_uint_attr);
    PROTO(dlt_user_log_write_utf8_string);
    PROTO(dlt_user_log_write_utf8_string_attr);
    PROTO(dlt_user_printf);
    PROTO(dlt_user_trace_network);
    PROTO(dlt_user_trace_network_segmented);
    PROTO(dlt_user_trace_network_truncated);
    PROTO(dlt_verbose_mode);
    PROTO(dlt_vlog);
    PROTO(dlt_vnlog);
    PROTO(dlt_with_ecu_id);
    PROTO(dlt_with_session_id);
    PROTO(dlt_with_timestamp);
#if defined DLT_DAEMON_USE_FIFO_IPC || defined DLT_LIB_USE_FIFO_IPC
    PROTO(dlt_log_set_fifo_basedir);
#endif
#ifdef DLT_TEST_ENABLE
    PROTO(dlt_user_test_corrupt_user_header);
    PROTO(dlt_user_test_corrupt_message_size);
#endif
    puts("# data objects");
    printf("data dltSerialHeader %s\n", typeid(&dltSerialHeader).name());
    printf("data dltSerialHeaderChar %s\n", typeid(&dltSerialHeaderChar).name());
    printf("data dlt_service_names %s\n", typeid(&dlt_service_names).name());
    printf("data dlt_user_service_names %s\n", typeid(&dlt_user_service_names).name());
#if defined DLT_DAEMON_USE_FIFO_IPC || defined DLT_LIB_USE_FIFO_IPC
    printf("data dltFifoBaseDir %s\n", typeid(&dltFifoBaseDir).name());
#endif
#ifdef DLT_SHM_ENABLE
    printf("data dltShmName %s\n", typeid(&dltShmName).name());
#endif
}
#endif

/* ------------------------------------------------------------------------
 * function-like macros of dlt_protocol.h / dlt_common.h
 * ------------------------------------------------------------------------ */

static void dump_value_macros(void)
{
    uint16_t u16 = 0x1234;
    uint32_t u32 = 0x12345678u;
    uint64_t u64 = 0x0123456789abcdefull;
    int16_t s16 = -2;
    int32_t s32 = -3;
    int si = -4;

    puts("# function-like value macros");
    SWEEP("DLT_IS_HTYP_UEH", 0, 255, DLT_IS_HTYP_UEH(i));
    SWEEP("DLT_IS_HTYP_MSBF", 0, 255, DLT_IS_HTYP_MSBF(i));
    SWEEP("DLT_IS_HTYP_WEID", 0, 255, DLT_IS_HTYP_WEID(i));
    SWEEP("DLT_IS_HTYP_WSID", 0, 255, DLT_IS_HTYP_WSID(i));
    SWEEP("DLT_IS_HTYP_WTMS", 0, 255, DLT_IS_HTYP_WTMS(i));
    SWEEP("DLT_IS_HTYP_UEH(uint8)", 0, 255, DLT_IS_HTYP_UEH((uint8_t)i));
    SWEEP("DLT_IS_MSIN_VERB", 0, 255, DLT_IS_MSIN_VERB(i));
    SWEEP("DLT_GET_MSIN_MSTP", 0, 255, DLT_GET_MSIN_MSTP(i));
    SWEEP("DLT_GET_MSIN_MTIN", 0, 255, DLT_GET_MSIN_MTIN(i));
    SWEEP("DLT_GET_MSIN_MSTP(uint8)", 0, 255, DLT_GET_MSIN_MSTP((uint8_t)i));
    SWEEP("DLT_GET_MSIN_MTIN(uint8)", 0, 255, DLT_GET_MSIN_MTIN((uint8_t)i));
    SWEEP("DLT_STANDARD_HEADER_EXTRA_SIZE", 0, 255, DLT_STANDARD_HEADER_EXTRA_SIZE(i));
    SWEEP("DLT_STANDARD_HEADER_EXTRA_SIZE(uint8)", 0, 255, DLT_STANDARD_HEADER_EXTRA_SIZE((uint8_t)i));
    SWEEP("DLT_SWAP_16", 0, 65535, DLT_SWAP_16((uint16_t)i));
    SWEEP("DLT_SWAP_16(int)", -70000, 70000, DLT_SWAP_16((int)i));
    SWEEP("DLT_SWAP_32", -70000, 70000, DLT_SWAP_32((uint32_t)(i * 2654435761u)));
    SWEEP("DLT_SWAP_32(int32)", -70000, 70000, DLT_SWAP_32((int32_t)(i * 40503)));
    SWEEP("DLT_SWAP_64", -70000, 70000, DLT_SWAP_64((uint64_t)i * 0x9e3779b97f4a7c15ull));
    SWEEP("DLT_SWAP_64(int64)", -70000, 70000, DLT_SWAP_64((int64_t)i * 0x7f4a7c15ll));
    SWEEP("DLT_HTOBE_16", 0, 65535, DLT_HTOBE_16((uint16_t)i));
    SWEEP("DLT_HTOLE_16", 0, 65535, DLT_HTOLE_16((uint16_t)i));
    SWEEP("DLT_BETOH_16", 0, 65535, DLT_BETOH_16((uint16_t)i));
    SWEEP("DLT_LETOH_16", 0, 65535, DLT_LETOH_16((uint16_t)i));
    SWEEP("DLT_HTOBE_32", -70000, 70000, DLT_HTOBE_32((uint32_t)(i * 2654435761u)));
    SWEEP("DLT_HTOLE_32", -70000, 70000, DLT_HTOLE_32((uint32_t)(i * 2654435761u)));
    SWEEP("DLT_BETOH_32", -70000, 70000, DLT_BETOH_32((uint32_t)(i * 2654435761u)));
    SWEEP("DLT_LETOH_32", -70000, 70000, DLT_LETOH_32((uint32_t)(i * 2654435761u)));
    SWEEP("DLT_HTOBE_64", -70000, 70000, DLT_HTOBE_64((uint64_t)i * 0x9e3779b97f4a7c15ull));
    SWEEP("DLT_HTOLE_64", -70000, 70000, DLT_HTOLE_64((uint64_t)i * 0x9e3779b97f4a7c15ull));
    SWEEP("DLT_BETOH_64", -70000, 70000, DLT_BETOH_64((uint64_t)i * 0x9e3779b97f4a7c15ull));
    SWEEP("DLT_LETOH_64", -70000, 70000, DLT_LETOH_64((uint64_t)i * 0x9e3779b97f4a7c15ull));
    SWEEP("DLT_ENDIAN_GET_16", 0, 1023, DLT_ENDIAN_GET_16(i & 0x3, (uint16_t)(i * 977)));
    SWEEP("DLT_ENDIAN_GET_32", 0, 1023, DLT_ENDIAN_GET_32(i & 0x3, (uint32_t)(i * 2654435761u)));
    SWEEP("DLT_ENDIAN_GET_64", 0, 1023, DLT_ENDIAN_GET_64(i & 0x3, (uint64_t)i * 0x9e3779b97f4a7c15ull));

    /* single values with their exact types */
    printf("value DLT_SWAP_16(u16) = %lld size=%zu\n", (long long)DLT_SWAP_16(u16), sizeof(DLT_SWAP_16(u16)));
    printf("value DLT_SWAP_16(s16) = %lld size=%zu\n", (long long)DLT_SWAP_16(s16), sizeof(DLT_SWAP_16(s16)));
    printf("value DLT_SWAP_32(u32) = %lld size=%zu\n", (long long)DLT_SWAP_32(u32), sizeof(DLT_SWAP_32(u32)));
    printf("value DLT_SWAP_32(s32) = %lld size=%zu\n", (long long)DLT_SWAP_32(s32), sizeof(DLT_SWAP_32(s32)));
    printf("value DLT_SWAP_32(si) = %lld size=%zu\n", (long long)DLT_SWAP_32(si), sizeof(DLT_SWAP_32(si)));
    printf("value DLT_SWAP_64(u64) = %llu size=%zu\n", (unsigned long long)DLT_SWAP_64(u64),
           sizeof(DLT_SWAP_64(u64)));
    printf("value DLT_SWAP_64(si) = %llu size=%zu\n", (unsigned long long)DLT_SWAP_64(si),
           sizeof(DLT_SWAP_64(si)));
    printf("value DLT_BETOH_16(u16) = %lld size=%zu\n", (long long)DLT_BETOH_16(u16), sizeof(DLT_BETOH_16(u16)));
    printf("value DLT_LETOH_16(u16) = %lld size=%zu\n", (long long)DLT_LETOH_16(u16), sizeof(DLT_LETOH_16(u16)));
    printf("value DLT_HTOBE_32(u32) = %lld size=%zu\n", (long long)DLT_HTOBE_32(u32), sizeof(DLT_HTOBE_32(u32)));
    printf("value DLT_HTOLE_64(u64) = %llu size=%zu\n", (unsigned long long)DLT_HTOLE_64(u64),
           sizeof(DLT_HTOLE_64(u64)));
    printf("value DLT_SIZE_WSID size=%zu, DLT_SIZE_WTMS size=%zu\n", sizeof(DLT_SIZE_WSID), sizeof(DLT_SIZE_WTMS));
}

/* DLT_MSG_IS_* over every (htyp, msin) combination */
static void dump_msg_macros(void)
{
    DltMessage msg;
    DltStandardHeader sh;
    DltExtendedHeader eh;
    DltMessage *m = &msg;
    unsigned long long h[7];
    int k, htyp, msin;

    puts("# DLT_MSG_IS_* macros");
    memset(&msg, 0, sizeof(msg));
    memset(&eh, 0, sizeof(eh));
    msg.standardheader = &sh;
    msg.extendedheader = &eh;
    for (k = 0; k < 7; k++)
        h[k] = 14695981039346656037ull;
    for (htyp = 0; htyp < 256; htyp++) {
        for (msin = 0; msin < 256; msin++) {
            sh.htyp = (uint8_t)htyp;
            eh.msin = (uint8_t)msin;
            h[0] = hash_step(h[0], DLT_MSG_IS_CONTROL(m));
            h[1] = hash_step(h[1], DLT_MSG_IS_CONTROL_REQUEST(m));
            h[2] = hash_step(h[2], DLT_MSG_IS_CONTROL_RESPONSE(m));
            h[3] = hash_step(h[3], DLT_MSG_IS_CONTROL_TIME(m));
            h[4] = hash_step(h[4], DLT_MSG_IS_NW_TRACE(m));
            h[5] = hash_step(h[5], DLT_MSG_IS_TRACE_MOST(m));
            h[6] = hash_step(h[6], DLT_MSG_IS_NONVERBOSE(m));
        }
    }
    printf("msgmacro DLT_MSG_IS_CONTROL %016llx size=%zu\n", h[0], sizeof(DLT_MSG_IS_CONTROL(m)));
    printf("msgmacro DLT_MSG_IS_CONTROL_REQUEST %016llx size=%zu\n", h[1], sizeof(DLT_MSG_IS_CONTROL_REQUEST(m)));
    printf("msgmacro DLT_MSG_IS_CONTROL_RESPONSE %016llx size=%zu\n", h[2],
           sizeof(DLT_MSG_IS_CONTROL_RESPONSE(m)));
    printf("msgmacro DLT_MSG_IS_CONTROL_TIME %016llx size=%zu\n", h[3], sizeof(DLT_MSG_IS_CONTROL_TIME(m)));
    printf("msgmacro DLT_MSG_IS_NW_TRACE %016llx size=%zu\n", h[4], sizeof(DLT_MSG_IS_NW_TRACE(m)));
    printf("msgmacro DLT_MSG_IS_TRACE_MOST %016llx size=%zu\n", h[5], sizeof(DLT_MSG_IS_TRACE_MOST(m)));
    printf("msgmacro DLT_MSG_IS_NONVERBOSE %016llx size=%zu\n", h[6], sizeof(DLT_MSG_IS_NONVERBOSE(m)));
}

/* payload cursor macros, success and failure paths */
static void dump_read_macros(void)
{
    static const uint8_t data[32] = {
        0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 'A', 'B', 'C', 'D', 'h', 'e', 'l', 'l',
        'o', 0, 'x', 'y', 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff, 0x01, 0x02, 0x03, 0x04, 0x05
    };
    int32_t lens[] = { -5, -1, 0, 1, 2, 3, 4, 5, 7, 8, 9, 32 };
    size_t n;

    puts("# DLT_MSG_READ_* macros");
    for (n = 0; n < sizeof(lens) / sizeof(lens[0]); n++) {
        uint8_t *src = (uint8_t *)data;
        int32_t length = lens[n];
        uint32_t v32 = 0xdeadbeefu;
        uint16_t v16 = 0xbeefu;
        uint64_t v64 = 0;
        DLT_MSG_READ_VALUE(v32, src, length, uint32_t);
        printf("READ_VALUE u32 len=%d -> v=%08x len=%d off=%d\n", (int)lens[n], (unsigned)v32, (int)length,
               (int)(src - data));
        DLT_MSG_READ_VALUE(v16, src, length, uint16_t);
        printf("  then u16 -> v=%04x len=%d off=%d\n", (unsigned)v16, (int)length, (int)(src - data));
        DLT_MSG_READ_VALUE(v64, src, length, uint64_t);
        printf("  then u64 -> v=%016llx len=%d off=%d\n", (unsigned long long)v64, (int)length,
               (int)(src - data));
    }
    for (n = 0; n < sizeof(lens) / sizeof(lens[0]); n++) {
        uint8_t *src = (uint8_t *)data + 8;
        int32_t length = lens[n];
        char id[DLT_ID_SIZE + 1] = "____";
        DLT_MSG_READ_ID(id, src, length);
        printf("READ_ID len=%d -> id=%s len=%d off=%d\n", (int)lens[n], id, (int)length, (int)(src - data));
    }
    for (n = 0; n < sizeof(lens) / sizeof(lens[0]); n++) {
        int dlens[] = { 0, 3, 6, 20 };
        size_t d;
        for (d = 0; d < sizeof(dlens) / sizeof(dlens[0]); d++) {
            int slens[] = { -1, 0, 3, 6 };
            size_t s;
            for (s = 0; s < sizeof(slens) / sizeof(slens[0]); s++) {
                uint8_t *src = (uint8_t *)data + 12;
                int32_t maxlength = lens[n];
                int length = slens[s];
                int dstlength = dlens[d];
                char dst[32];
                memset(dst, '#', sizeof(dst));
                dst[31] = 0;
                g_seq = 0;
                DLT_MSG_READ_STRING(dst, src, maxlength, dstlength, length);
                printf("READ_STRING max=%d dstlen=%d len=%d -> max=%d off=%d dst=%.8s\n", (int)lens[n], dlens[d],
                       slens[s], (int)maxlength, (int)(src - data), dst);
            }
        }
    }
    for (n = 0; n < sizeof(lens) / sizeof(lens[0]); n++) {
        int nl[] = { -2, 0, 3, 9 };
        size_t k;
        for (k = 0; k < sizeof(nl) / sizeof(nl[0]); k++) {
            uint8_t *src = (uint8_t *)data;
            int32_t maxlength = lens[n];
            int32_t length = nl[k];
            DLT_MSG_READ_NULL(src, maxlength, length);
            printf("READ_NULL max=%d len=%d -> max=%d len=%d off=%d\n", (int)lens[n], (int)nl[k], (int)maxlength,
                   (int)length, (int)(src - data));
        }
    }
}

typedef struct
{
    char c;
    uint32_t v;
} DLT_PACKED packed_probe_t;

static void print_function_verbose_probe(int verbose)
{
    PRINT_FUNCTION_VERBOSE(verbose);
}

static void dump_misc_macros(void)
{
    sem_t s;
    int val = -1;

    puts("# misc macros");
    g_seq = 0;
    print_function_verbose_probe(0);
    print_function_verbose_probe(1);

    sem_init(&dlt_mutex, 0, 1);
    DLT_SEM_LOCK();
    sem_getvalue(&dlt_mutex, &val);
    printf("DLT_SEM_LOCK -> %d\n", val);
    DLT_SEM_FREE();
    sem_getvalue(&dlt_mutex, &val);
    printf("DLT_SEM_FREE -> %d\n", val);
    sem_destroy(&dlt_mutex);

    sem_init(&s, 0, 2);
    DLT_SHM_SEM_GET(&s);
    sem_getvalue(&s, &val);
    printf("DLT_SHM_SEM_GET -> %d\n", val);
    DLT_SHM_SEM_FREE(&s);
    sem_getvalue(&s, &val);
    printf("DLT_SHM_SEM_FREE -> %d\n", val);
    sem_destroy(&s);

    printf("DLT_PACKED probe size=%zu align=%zu\n", sizeof(packed_probe_t), __alignof__(packed_probe_t));
}

/* ------------------------------------------------------------------------
 * logging macros
 * ------------------------------------------------------------------------ */

static int g_side_effects;

static int side_effect(int v)
{
    g_side_effects++;
    return v;
}

#define SCENARIO(title) \
    do { \
        g_seq = 0; \
        g_side_effects = 0; \
        printf("scenario %s\n", title); \
    } while (0)
#define SCENARIO_END() printf("  side_effects=%d\n", g_side_effects)

static void all_args_log(DltContext *ctx, int idx)
{
    char rawbuf[4] = { 1, 2, 3, 4 };
    (void)rawbuf;
    g_expect_ctx = ctx;
    switch (idx) {
    case 0:
        DLT_LOG(*ctx, DLT_LOG_WARN,
                DLT_STRING("s"), DLT_SIZED_STRING("sized", 3), DLT_CSTRING("cs"), DLT_SIZED_CSTRING("csized", 2),
                DLT_UTF8("u"), DLT_SIZED_UTF8("usized", 4), DLT_CUTF8("cu"), DLT_SIZED_CUTF8("cusized", 1),
                DLT_STRING_ATTR("sa", "n1"), DLT_SIZED_STRING_ATTR("ssa", 2, "n2"),
                DLT_CSTRING_ATTR("csa", "n3"), DLT_SIZED_CSTRING_ATTR("cssa", 3, "n4"),
                DLT_UTF8_ATTR("ua", "n5"), DLT_SIZED_UTF8_ATTR("usa", 1, ATTR),
                DLT_CUTF8_ATTR("cua", "n7"), DLT_SIZED_CUTF8_ATTR("cusa", 2, "n8"));
        break;
    case 1:
        DLT_LOG(*ctx, DLT_LOG_INFO,
                DLT_BOOL(1), DLT_BOOL(0), DLT_BOOL_ATTR(1, "b"),
                DLT_FLOAT32(1.5f), DLT_FLOAT64(-2.25), DLT_FLOAT32_ATTR(3.5f, "f", "m"),
                DLT_FLOAT64_ATTR(4.75, "d", "s"),
                DLT_INT(-1), DLT_INT8(-2), DLT_INT16(-3), DLT_INT32(-4), DLT_INT64(-5),
                DLT_INT_ATTR(-6, "i", "u"), DLT_INT8_ATTR(-7, "i8", NULL), DLT_INT16_ATTR(-8, NULL, "u16"),
                DLT_INT32_ATTR(-9, "i32", "x"), DLT_INT64_ATTR(-10, "i64", "y"));
        break;
    case 2:
        DLT_LOG(*ctx, DLT_LOG_DEBUG,
                DLT_UINT(1), DLT_UINT8(2), DLT_UINT16(3), DLT_UINT32(4), DLT_UINT64(5),
                DLT_UINT_ATTR(6, "a", "b"), DLT_UINT8_ATTR(7, "c", "d"), DLT_UINT16_ATTR(8, "e", "f"),
                DLT_UINT32_ATTR(9, "g", "h"), DLT_UINT64_ATTR(10, "i", "j"),
                DLT_HEX8(0x12), DLT_HEX16(0x1234), DLT_HEX32(0x12345678), DLT_HEX64(0x123456789abcdefull),
                DLT_BIN8(0x5), DLT_BIN16(0x505),
                DLT_RAW(&g_known_obj, 4), DLT_RAW_ATTR(&g_known_obj, 2, "raw"), DLT_PTR(&g_known_obj),
                DLT_PTR(NULL));
        break;
    case 3:
        /* arguments may refer to the macro's locals */
        DLT_LOG(*ctx, DLT_LOG_ERROR, DLT_INT(dlt_local), DLT_INT(log_local.args_num), DLT_INT(log_local.args_num),
                DLT_UINT32((uint32_t)log_local.log_level));
        break;
    case 4:
        /* no arguments at all */
        DLT_LOG(*ctx, DLT_LOG_FATAL);
        break;
    default:
        break;
    }
}

static void dump_log_macros(void)
{
    DltContext ctx;
    DltContext ctxs[2];
    DltContext *pctx = &ctx;
    int8_t level = DLT_LOG_INFO;
    int8_t status = DLT_TRACE_STATUS_OFF;
    DltReturnValue rets[] = { DLT_RETURN_TRUE, DLT_RETURN_OK, DLT_RETURN_LOGGING_DISABLED, DLT_RETURN_ERROR,
                              DLT_RETURN_WRONG_PARAMETER };
    size_t r;
    int k;
    uint64_t big_ts = 0x1234567890ull;
    char appid[5] = "____";

    puts("# logging macros");
    memset(&ctx, 0, sizeof(ctx));
    memset(ctxs, 0, sizeof(ctxs));
    ctx.log_level_ptr = &level;
    ctx.trace_status_ptr = &status;
    g_expect_ctx = &ctx;

    for (r = 0; r < sizeof(rets) / sizeof(rets[0]); r++) {
        g_start_ret = rets[r];
        for (k = 0; k < 5; k++) {
            char title[64];
            snprintf(title, sizeof(title), "DLT_LOG args#%d start=%d", k, (int)rets[r]);
            SCENARIO(title);
            all_args_log(&ctx, k);
            SCENARIO_END();
        }

        SCENARIO("DLT_LOG side effects");
        DLT_LOG(ctx, DLT_LOG_INFO, DLT_INT(side_effect(1)), DLT_STRING("x"), DLT_INT(side_effect(2)));
        SCENARIO_END();

        SCENARIO("DLT_LOG_TS");
        DLT_LOG_TS(ctx, DLT_LOG_INFO, 12345, DLT_INT(side_effect(7)));
        DLT_LOG_TS(ctx, DLT_LOG_INFO, 1.5 + 2.7, DLT_STRING("float ts expression"));
        DLT_LOG_TS(ctx, DLT_LOG_INFO, big_ts + 1, DLT_STRING("wide ts"));
        DLT_LOG_TS(ctx, DLT_LOG_INFO, side_effect(99));
        SCENARIO_END();

        SCENARIO("DLT_LOG_ID");
        DLT_LOG_ID(ctx, DLT_LOG_WARN, 4711, DLT_INT(side_effect(3)), DLT_UINT8(4));
        DLT_LOG_ID(ctx, DLT_LOG_WARN, 4712);
        SCENARIO_END();

        SCENARIO("DLT_LOG_ID_TS");
        DLT_LOG_ID_TS(ctx, DLT_LOG_VERBOSE, 815, 777, DLT_INT(side_effect(5)));
        DLT_LOG_ID_TS(ctx, DLT_LOG_VERBOSE, 816, 0.5 + 0.75, DLT_INT(6));
        DLT_LOG_ID_TS(ctx, DLT_LOG_VERBOSE, 817, big_ts * 3);
        SCENARIO_END();

        SCENARIO("DLT_LOG with context expressions");
        g_expect_ctx = &ctxs[1];
        DLT_LOG(ctxs[1], DLT_LOG_INFO, DLT_STRING("array element"));
        g_expect_ctx = &ctx;
        DLT_LOG(*pctx, DLT_LOG_INFO, DLT_STRING("dereferenced pointer"));
        if (r == 0)
            DLT_LOG(ctx, DLT_LOG_INFO, DLT_STRING("if branch"));
        else
            DLT_LOG(ctx, DLT_LOG_INFO, DLT_STRING("else branch"));
        SCENARIO_END();

        SCENARIO("common api DLT_LOGn");
        DLT_LOG0(ctx, DLT_LOG_INFO);
        DLT_LOG1(ctx, DLT_LOG_INFO, DLT_INT(1));
        DLT_LOG2(ctx, DLT_LOG_INFO, DLT_INT(1), DLT_INT(2));
        DLT_LOG3(ctx, DLT_LOG_INFO, DLT_INT(1), DLT_INT(2), DLT_INT(3));
        DLT_LOG4(ctx, DLT_LOG_INFO, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4));
        DLT_LOG5(ctx, DLT_LOG_INFO, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5));
        DLT_LOG6(ctx, DLT_LOG_INFO, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5), DLT_INT(6));
        DLT_LOG7(ctx, DLT_LOG_INFO, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5), DLT_INT(6),
                 DLT_INT(7));
        DLT_LOG8(ctx, DLT_LOG_INFO, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5), DLT_INT(6),
                 DLT_INT(7), DLT_INT(8));
        DLT_LOG9(ctx, DLT_LOG_INFO, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5), DLT_INT(6),
                 DLT_INT(7), DLT_INT(8), DLT_INT(9));
        DLT_LOG10(ctx, DLT_LOG_INFO, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5), DLT_INT(6),
                  DLT_INT(7), DLT_INT(8), DLT_INT(9), DLT_INT(10));
        DLT_LOG11(ctx, DLT_LOG_INFO, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5), DLT_INT(6),
                  DLT_INT(7), DLT_INT(8), DLT_INT(9), DLT_INT(10), DLT_INT(11));
        DLT_LOG12(ctx, DLT_LOG_INFO, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5), DLT_INT(6),
                  DLT_INT(7), DLT_INT(8), DLT_INT(9), DLT_INT(10), DLT_INT(11), DLT_INT(12));
        DLT_LOG13(ctx, DLT_LOG_INFO, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5), DLT_INT(6),
                  DLT_INT(7), DLT_INT(8), DLT_INT(9), DLT_INT(10), DLT_INT(11), DLT_INT(12), DLT_INT(13));
        DLT_LOG14(ctx, DLT_LOG_INFO, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5), DLT_INT(6),
                  DLT_INT(7), DLT_INT(8), DLT_INT(9), DLT_INT(10), DLT_INT(11), DLT_INT(12), DLT_INT(13),
                  DLT_INT(14));
        DLT_LOG15(ctx, DLT_LOG_INFO, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5), DLT_INT(6),
                  DLT_INT(7), DLT_INT(8), DLT_INT(9), DLT_INT(10), DLT_INT(11), DLT_INT(12), DLT_INT(13),
                  DLT_INT(14), DLT_INT(15));
        DLT_LOG16(ctx, DLT_LOG_INFO, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5), DLT_INT(6),
                  DLT_INT(7), DLT_INT(8), DLT_INT(9), DLT_INT(10), DLT_INT(11), DLT_INT(12), DLT_INT(13),
                  DLT_INT(14), DLT_INT(15), DLT_INT(16));
        SCENARIO_END();

        SCENARIO("common api DLT_LOG_IDn");
        DLT_LOG_ID0(ctx, DLT_LOG_INFO, 100);
        DLT_LOG_ID1(ctx, DLT_LOG_INFO, 101, DLT_INT(1));
        DLT_LOG_ID2(ctx, DLT_LOG_INFO, 102, DLT_INT(1), DLT_INT(2));
        DLT_LOG_ID3(ctx, DLT_LOG_INFO, 103, DLT_INT(1), DLT_INT(2), DLT_INT(3));
        DLT_LOG_ID4(ctx, DLT_LOG_INFO, 104, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4));
        DLT_LOG_ID5(ctx, DLT_LOG_INFO, 105, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5));
        DLT_LOG_ID6(ctx, DLT_LOG_INFO, 106, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5), DLT_INT(6));
        DLT_LOG_ID7(ctx, DLT_LOG_INFO, 107, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5), DLT_INT(6),
                    DLT_INT(7));
        DLT_LOG_ID8(ctx, DLT_LOG_INFO, 108, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5), DLT_INT(6),
                    DLT_INT(7), DLT_INT(8));
        DLT_LOG_ID9(ctx, DLT_LOG_INFO, 109, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5), DLT_INT(6),
                    DLT_INT(7), DLT_INT(8), DLT_INT(9));
        DLT_LOG_ID10(ctx, DLT_LOG_INFO, 110, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5),
                     DLT_INT(6), DLT_INT(7), DLT_INT(8), DLT_INT(9), DLT_INT(10));
        DLT_LOG_ID11(ctx, DLT_LOG_INFO, 111, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5),
                     DLT_INT(6), DLT_INT(7), DLT_INT(8), DLT_INT(9), DLT_INT(10), DLT_INT(11));
        DLT_LOG_ID12(ctx, DLT_LOG_INFO, 112, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5),
                     DLT_INT(6), DLT_INT(7), DLT_INT(8), DLT_INT(9), DLT_INT(10), DLT_INT(11), DLT_INT(12));
        DLT_LOG_ID13(ctx, DLT_LOG_INFO, 113, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5),
                     DLT_INT(6), DLT_INT(7), DLT_INT(8), DLT_INT(9), DLT_INT(10), DLT_INT(11), DLT_INT(12),
                     DLT_INT(13));
        DLT_LOG_ID14(ctx, DLT_LOG_INFO, 114, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5),
                     DLT_INT(6), DLT_INT(7), DLT_INT(8), DLT_INT(9), DLT_INT(10), DLT_INT(11), DLT_INT(12),
                     DLT_INT(13), DLT_INT(14));
        DLT_LOG_ID15(ctx, DLT_LOG_INFO, 115, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5),
                     DLT_INT(6), DLT_INT(7), DLT_INT(8), DLT_INT(9), DLT_INT(10), DLT_INT(11), DLT_INT(12),
                     DLT_INT(13), DLT_INT(14), DLT_INT(15));
        DLT_LOG_ID16(ctx, DLT_LOG_INFO, 116, DLT_INT(1), DLT_INT(2), DLT_INT(3), DLT_INT(4), DLT_INT(5),
                     DLT_INT(6), DLT_INT(7), DLT_INT(8), DLT_INT(9), DLT_INT(10), DLT_INT(11), DLT_INT(12),
                     DLT_INT(13), DLT_INT(14), DLT_INT(15), DLT_INT(16));
        SCENARIO_END();
    }
    g_start_ret = DLT_RETURN_TRUE;

    SCENARIO("registration macros");
    DLT_REGISTER_APP("APP1", "application");
    DLT_REGISTER_CONTEXT(ctx, "CTX1", "context");
    DLT_REGISTER_CONTEXT_APP(ctx, "CTX2", "APPX", "context via app");
    DLT_REGISTER_CONTEXT_LL_TS(ctx, "CTX3", "ll ts", DLT_LOG_DEBUG, DLT_TRACE_STATUS_ON);
    DLT_REGISTER_CONTEXT_LLCCB(ctx, "CTX4", "llccb", ll_cb);
    DLT_REGISTER_INJECTION_CALLBACK(ctx, 0x1000, inj_cb);
    DLT_REGISTER_INJECTION_CALLBACK_WITH_ID(ctx, 0x1001, inj_cb_id, &g_known_obj);
    DLT_REGISTER_LOG_LEVEL_CHANGED_CALLBACK(ctx, ll_cb);
    DLT_GET_APPID(appid);
    printf("  appid=%s\n", appid);
    DLT_UNREGISTER_CONTEXT(ctx);
    DLT_UNREGISTER_APP();
    DLT_UNREGISTER_APP_FLUSH_BUFFERED_LOGS();
    g_expect_ctx = &g_ctx;
    DLT_REGISTER_CONTEXT(g_ctx, "GCTX", "global context");
    g_expect_ctx = &ctx;
    SCENARIO_END();

    SCENARIO("mode macros");
    DLT_VERBOSE_MODE();
    DLT_NONVERBOSE_MODE();
    DLT_SET_APPLICATION_LL_TS_LIMIT(DLT_LOG_WARN, DLT_TRACE_STATUS_OFF);
    DLT_ENABLE_LOCAL_PRINT();
    DLT_DISABLE_LOCAL_PRINT();
    DLT_LOG_MARKER();
    SCENARIO_END();

    {
        int8_t statuses[] = { -1, 0, 1, 2 };
        size_t s;
        for (s = 0; s <= sizeof(statuses); s++) {
            char title[64];
            if (s < sizeof(statuses)) {
                status = statuses[s];
                ctx.trace_status_ptr = &status;
                snprintf(title, sizeof(title), "network trace status=%d", (int)status);
            } else {
                ctx.trace_status_ptr = NULL;
                snprintf(title, sizeof(title), "network trace status=NULL");
            }
            SCENARIO(title);
            DLT_TRACE_NETWORK(ctx, DLT_NW_TRACE_CAN, 4, &g_known_obj, 8, NULL);
            DLT_TRACE_NETWORK_TRUNCATED(ctx, DLT_NW_TRACE_FLEXRAY, 2, NULL, 3, &g_known_obj);
            DLT_TRACE_NETWORK_SEGMENTED(ctx, DLT_NW_TRACE_MOST, 1, &g_known_obj, 65535, &g_known_obj);
            SCENARIO_END();
        }
        ctx.trace_status_ptr = &status;
    }

    /* level gated one-shots and the inline level check */
    {
        int lv, cur;
        char rawbuf[3] = { 1, 2, 3 };
        for (cur = -2; cur <= 8; cur++) {
            char title[64];
            level = (int8_t)cur;
            snprintf(title, sizeof(title), "one-shots current level=%d", cur);
            SCENARIO(title);
            for (lv = -4; lv <= 7; lv++) {
                DltLogLevelType l = (DltLogLevelType)lv;
                DLT_LOG_STRING(ctx, l, "str");
                DLT_LOG_STRING_INT(ctx, l, "str", -lv);
                DLT_LOG_STRING_UINT(ctx, l, "str", (unsigned)lv);
                DLT_LOG_INT(ctx, l, lv);
                DLT_LOG_UINT(ctx, l, (unsigned)(lv + 10));
                DLT_LOG_RAW(ctx, l, rawbuf, 3);
                printf("  enabled(%d)=%d direct=%d\n", lv, (int)DLT_IS_LOG_LEVEL_ENABLED(ctx, l),
                       (int)dlt_user_is_logLevel_enabled(&ctx, l));
            }
            SCENARIO_END();
        }
        ctx.log_level_ptr = NULL;
        SCENARIO("one-shots without level pointer");
        for (lv = -4; lv <= 7; lv++) {
            DltLogLevelType l = (DltLogLevelType)lv;
            DLT_LOG_STRING(ctx, l, "str");
            printf("  enabled(%d)=%d direct=%d null-handle=%d\n", lv, (int)DLT_IS_LOG_LEVEL_ENABLED(ctx, l),
                   (int)dlt_user_is_logLevel_enabled(&ctx, l), (int)dlt_user_is_logLevel_enabled(NULL, l));
        }
        SCENARIO_END();
        ctx.log_level_ptr = &level;
    }
}

int main(void)
{
    setvbuf(stdout, NULL, _IOFBF, 1 << 16);
#ifdef __cplusplus
    puts("# language C++");
#else
    puts("# language C");
#endif
    dump_types();
    dump_enums();
    dump_macro_presence();
    dump_macro_values();
#ifdef __cplusplus
    dump_prototypes();
#endif
    dump_value_macros();
    dump_msg_macros();
    dump_read_macros();
    dump_misc_macros();
    dump_log_macros();
    return 0;
}
