/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: convenience macros of the application logging API (DLT_LOG, DLT_STRING, ...). Written for libdlt-ng; declarations follow the COVESA DLT 2.18.8 ABI. */

/*
 * These macros expand inside the application, so their expansion is part of
 * the compatibility contract with DLT 2.18.8:
 *
 *  - DLT_LOG / DLT_LOG_ID (and the _TS variants) open a block with two
 *    locals, "DltContextData log_local" (left uninitialised) and
 *    "int dlt_local", call dlt_user_log_write_start[_id](&CONTEXT,
 *    &log_local, ...) and only if that returns DLT_RETURN_TRUE evaluate the
 *    argument list and call dlt_user_log_write_finish(&log_local).
 *    CONTEXT, LOGLEVEL and MSGID are evaluated exactly once, as in 2.18.8.
 *  - libdlt-ng addition: before that call they compare LOGLEVEL with the
 *    context's level byte inline (as newer upstream versions do), so a
 *    message below the level costs a load and a compare, not a call.  The
 *    call is skipped only where it could not return DLT_RETURN_TRUE (no
 *    level pointer: not registered; level above the context's), and in
 *    those cases it has no effect the application can see (it only writes
 *    log_local, which the block never reads then).  Define
 *    DLT_NG_NO_INLINE_LEVEL_CHECK before including dlt.h for 2.18.8's
 *    exact call sequence (write_start on every message), e.g. when unit
 *    tests replace the library's functions with mocks.
 *  - The _TS variants store DLT_USER_TIMESTAMP and "(uint32_t) TS" into
 *    log_local after the arguments and before finishing.
 *  - Every argument macro (DLT_STRING, DLT_INT, ...) is a single call that
 *    refers to "log_local" by name, so it can only be used inside the
 *    variadic part of DLT_LOG*; several of them are joined by commas.
 *  - The one-shot wrappers (DLT_LOG_STRING, ...) check the level with the
 *    inline dlt_user_is_logLevel_enabled() first, the network trace
 *    wrappers check the context's trace status pointer first.
 *  - Results of the wrapped calls are discarded.
 *
 * Normally reached through dlt_user.h.
 */

#ifndef DLT_USER_MACROS_H
#define DLT_USER_MACROS_H

#include "dlt_version.h"
#include "dlt_types.h"

/* ------------------------------------------------------------------------
 * Context objects
 * ------------------------------------------------------------------------ */

#define DLT_DECLARE_CONTEXT(CONTEXT) \
    DltContext CONTEXT;

#define DLT_IMPORT_CONTEXT(CONTEXT) \
    extern DltContext CONTEXT;

/* ------------------------------------------------------------------------
 * Application and context registration
 * ------------------------------------------------------------------------ */

/* Also reports the header version ("2", "18") to the library first. */
#define DLT_REGISTER_APP(APPID, DESCRIPTION) do { \
        (void)dlt_check_library_version(_DLT_PACKAGE_MAJOR_VERSION, _DLT_PACKAGE_MINOR_VERSION); \
        (void)dlt_register_app(APPID, DESCRIPTION); \
    } while (0)

#define DLT_UNREGISTER_APP() do { \
        (void)dlt_unregister_app(); \
    } while (0)

#define DLT_UNREGISTER_APP_FLUSH_BUFFERED_LOGS() do { \
        (void)dlt_unregister_app_flush_buffered_logs(); \
    } while (0)

#define DLT_GET_APPID(APPID) do { \
        dlt_get_appid(APPID); \
    } while (0)

#define DLT_REGISTER_CONTEXT(CONTEXT, CONTEXTID, DESCRIPTION) do { \
        (void)dlt_register_context(&(CONTEXT), CONTEXTID, DESCRIPTION); \
    } while (0)

#define DLT_REGISTER_CONTEXT_LL_TS(CONTEXT, CONTEXTID, DESCRIPTION, LOGLEVEL, TRACESTATUS) do { \
        (void)dlt_register_context_ll_ts(&(CONTEXT), CONTEXTID, DESCRIPTION, LOGLEVEL, TRACESTATUS); \
    } while (0)

#define DLT_REGISTER_CONTEXT_LLCCB(CONTEXT, CONTEXTID, DESCRIPTION, CBK) do { \
        (void)dlt_register_context_llccb(&(CONTEXT), CONTEXTID, DESCRIPTION, CBK); \
    } while (0)

#define DLT_UNREGISTER_CONTEXT(CONTEXT) do { \
        (void)dlt_unregister_context(&(CONTEXT)); \
    } while (0)

#define DLT_REGISTER_INJECTION_CALLBACK(CONTEXT, SERVICEID, CALLBACK) do { \
        (void)dlt_register_injection_callback(&(CONTEXT), SERVICEID, CALLBACK); \
    } while (0)

#define DLT_REGISTER_INJECTION_CALLBACK_WITH_ID(CONTEXT, SERVICEID, CALLBACK, PRIV_DATA) do { \
        (void)dlt_register_injection_callback_with_id(&(CONTEXT), SERVICEID, CALLBACK, PRIV_DATA); \
    } while (0)

#define DLT_REGISTER_LOG_LEVEL_CHANGED_CALLBACK(CONTEXT, CALLBACK) do { \
        (void)dlt_register_log_level_changed_callback(&(CONTEXT), CALLBACK); \
    } while (0)

/* ------------------------------------------------------------------------
 * Message macros (need variadic macros; not offered for MSVC, as upstream)
 * ------------------------------------------------------------------------ */

#if !defined(_MSC_VER)

/* The inline level check of the DLT_LOG* macros (see the top of this
 * file).  The level byte is written by the library's worker thread, so
 * GCC and clang read it as a relaxed atomic (no data race for the
 * application's sanitizers); other compilers read it plainly, as the
 * inline dlt_user_is_logLevel_enabled() does. */
#if defined(__GNUC__) || defined(__clang__)
#define DLT_NG_LEVEL_BYTE_(PTR) __atomic_load_n((PTR), __ATOMIC_RELAXED)
#else
#define DLT_NG_LEVEL_BYTE_(PTR) (*(PTR))
#endif
#ifdef DLT_NG_NO_INLINE_LEVEL_CHECK
#define DLT_NG_MAY_LOG_(CTXPTR, LEVEL) 1
#else
#define DLT_NG_MAY_LOG_(CTXPTR, LEVEL) \
    ((CTXPTR)->log_level_ptr && (LEVEL) <= DLT_NG_LEVEL_BYTE_((CTXPTR)->log_level_ptr))
#endif
#ifdef __cplusplus
#define DLT_NG_LEVEL_ARG_(LEVEL) static_cast<DltLogLevelType>(LEVEL)
#else
#define DLT_NG_LEVEL_ARG_(LEVEL) ((DltLogLevelType)(LEVEL))
#endif

#define DLT_LOG(CONTEXT, LOGLEVEL, ...) \
    do { \
        DltContextData log_local; \
        int dlt_local; \
        DltContext *dlt_ng_context_ = &(CONTEXT); \
        dlt_local = (LOGLEVEL); \
        if (DLT_NG_MAY_LOG_(dlt_ng_context_, dlt_local)) { \
            dlt_local = dlt_user_log_write_start(dlt_ng_context_, &log_local, \
                                                 DLT_NG_LEVEL_ARG_(dlt_local)); \
            if (dlt_local == DLT_RETURN_TRUE) { \
                __VA_ARGS__; \
                (void)dlt_user_log_write_finish(&log_local); \
            } \
        } \
    } while (0)

/* TS: caller supplied timestamp in 0.1 ms units */
#define DLT_LOG_TS(CONTEXT, LOGLEVEL, TS, ...) \
    do { \
        DltContextData log_local; \
        int dlt_local; \
        DltContext *dlt_ng_context_ = &(CONTEXT); \
        dlt_local = (LOGLEVEL); \
        if (DLT_NG_MAY_LOG_(dlt_ng_context_, dlt_local)) { \
            dlt_local = dlt_user_log_write_start(dlt_ng_context_, &log_local, \
                                                 DLT_NG_LEVEL_ARG_(dlt_local)); \
            if (dlt_local == DLT_RETURN_TRUE) { \
                __VA_ARGS__; \
                log_local.use_timestamp = DLT_USER_TIMESTAMP; \
                log_local.user_timestamp = (uint32_t) TS; \
                (void)dlt_user_log_write_finish(&log_local); \
            } \
        } \
    } while (0)

/* MSGID: message id, used when the library is in non-verbose mode */
#define DLT_LOG_ID(CONTEXT, LOGLEVEL, MSGID, ...) \
    do { \
        DltContextData log_local; \
        int dlt_local; \
        DltContext *dlt_ng_context_ = &(CONTEXT); \
        uint32_t dlt_ng_msgid_; \
        dlt_local = (LOGLEVEL); \
        dlt_ng_msgid_ = (MSGID); \
        if (DLT_NG_MAY_LOG_(dlt_ng_context_, dlt_local)) { \
            dlt_local = dlt_user_log_write_start_id(dlt_ng_context_, &log_local, \
                                                    DLT_NG_LEVEL_ARG_(dlt_local), dlt_ng_msgid_); \
            if (dlt_local == DLT_RETURN_TRUE) { \
                __VA_ARGS__; \
                (void)dlt_user_log_write_finish(&log_local); \
            } \
        } \
    } while (0)

#define DLT_LOG_ID_TS(CONTEXT, LOGLEVEL, MSGID, TS, ...) \
    do { \
        DltContextData log_local; \
        int dlt_local; \
        DltContext *dlt_ng_context_ = &(CONTEXT); \
        uint32_t dlt_ng_msgid_; \
        dlt_local = (LOGLEVEL); \
        dlt_ng_msgid_ = (MSGID); \
        if (DLT_NG_MAY_LOG_(dlt_ng_context_, dlt_local)) { \
            dlt_local = dlt_user_log_write_start_id(dlt_ng_context_, &log_local, \
                                                    DLT_NG_LEVEL_ARG_(dlt_local), dlt_ng_msgid_); \
            if (dlt_local == DLT_RETURN_TRUE) { \
                __VA_ARGS__; \
                log_local.use_timestamp = DLT_USER_TIMESTAMP; \
                log_local.user_timestamp = (uint32_t) TS; \
                (void)dlt_user_log_write_finish(&log_local); \
            } \
        } \
    } while (0)

#endif /* !_MSC_VER */

/* ------------------------------------------------------------------------
 * Argument macros (only valid inside DLT_LOG* argument lists)
 * ------------------------------------------------------------------------ */

/* strings */
#define DLT_STRING(TEXT) \
    (void)dlt_user_log_write_string(&log_local, TEXT)
#define DLT_SIZED_STRING(TEXT, LEN) \
    (void)dlt_user_log_write_sized_string(&log_local, TEXT, LEN)
#define DLT_CSTRING(TEXT) \
    (void)dlt_user_log_write_constant_string(&log_local, TEXT)
#define DLT_SIZED_CSTRING(TEXT, LEN) \
    (void)dlt_user_log_write_sized_constant_string(&log_local, TEXT, LEN)
#define DLT_UTF8(TEXT) \
    (void)dlt_user_log_write_utf8_string(&log_local, TEXT)
#define DLT_SIZED_UTF8(TEXT, LEN) \
    (void)dlt_user_log_write_sized_utf8_string(&log_local, TEXT, LEN)
#define DLT_CUTF8(TEXT) \
    (void)dlt_user_log_write_constant_utf8_string(&log_local, TEXT)
#define DLT_SIZED_CUTF8(TEXT, LEN) \
    (void)dlt_user_log_write_sized_constant_utf8_string(&log_local, TEXT, LEN)

/* strings with a name attribute */
#define DLT_STRING_ATTR(TEXT, NAME) \
    (void)dlt_user_log_write_string_attr(&log_local, TEXT, NAME)
#define DLT_SIZED_STRING_ATTR(TEXT, LEN, NAME) \
    (void)dlt_user_log_write_sized_string_attr(&log_local, TEXT, LEN, NAME)
#define DLT_CSTRING_ATTR(TEXT, NAME) \
    (void)dlt_user_log_write_constant_string_attr(&log_local, TEXT, NAME)
#define DLT_SIZED_CSTRING_ATTR(TEXT, LEN, NAME) \
    (void)dlt_user_log_write_sized_constant_string_attr(&log_local, TEXT, LEN, NAME)
#define DLT_UTF8_ATTR(TEXT, NAME) \
    (void)dlt_user_log_write_utf8_string_attr(&log_local, TEXT, NAME)
/* (upstream 2.18.8 passes an undefined identifier ATTR here; NAME is used) */
#define DLT_SIZED_UTF8_ATTR(TEXT, LEN, NAME) \
    (void)dlt_user_log_write_sized_utf8_string_attr(&log_local, TEXT, LEN, NAME)
#define DLT_CUTF8_ATTR(TEXT, NAME) \
    (void)dlt_user_log_write_constant_utf8_string_attr(&log_local, TEXT, NAME)
#define DLT_SIZED_CUTF8_ATTR(TEXT, LEN, NAME) \
    (void)dlt_user_log_write_sized_constant_utf8_string_attr(&log_local, TEXT, LEN, NAME)

/* bool */
#define DLT_BOOL(BOOL_VAR) \
    (void)dlt_user_log_write_bool(&log_local, BOOL_VAR)
#define DLT_BOOL_ATTR(BOOL_VAR, NAME) \
    (void)dlt_user_log_write_bool_attr(&log_local, BOOL_VAR, NAME)

/* floating point */
#define DLT_FLOAT32(FLOAT32_VAR) \
    (void)dlt_user_log_write_float32(&log_local, FLOAT32_VAR)
#define DLT_FLOAT64(FLOAT64_VAR) \
    (void)dlt_user_log_write_float64(&log_local, FLOAT64_VAR)
#define DLT_FLOAT32_ATTR(FLOAT32_VAR, NAME, UNIT) \
    (void)dlt_user_log_write_float32_attr(&log_local, FLOAT32_VAR, NAME, UNIT)
#define DLT_FLOAT64_ATTR(FLOAT64_VAR, NAME, UNIT) \
    (void)dlt_user_log_write_float64_attr(&log_local, FLOAT64_VAR, NAME, UNIT)

/* signed integers */
#define DLT_INT(INT_VAR) \
    (void)dlt_user_log_write_int(&log_local, INT_VAR)
#define DLT_INT8(INT_VAR) \
    (void)dlt_user_log_write_int8(&log_local, INT_VAR)
#define DLT_INT16(INT_VAR) \
    (void)dlt_user_log_write_int16(&log_local, INT_VAR)
#define DLT_INT32(INT_VAR) \
    (void)dlt_user_log_write_int32(&log_local, INT_VAR)
#define DLT_INT64(INT_VAR) \
    (void)dlt_user_log_write_int64(&log_local, INT_VAR)
#define DLT_INT_ATTR(INT_VAR, NAME, UNIT) \
    (void)dlt_user_log_write_int_attr(&log_local, INT_VAR, NAME, UNIT)
#define DLT_INT8_ATTR(INT_VAR, NAME, UNIT) \
    (void)dlt_user_log_write_int8_attr(&log_local, INT_VAR, NAME, UNIT)
#define DLT_INT16_ATTR(INT_VAR, NAME, UNIT) \
    (void)dlt_user_log_write_int16_attr(&log_local, INT_VAR, NAME, UNIT)
#define DLT_INT32_ATTR(INT_VAR, NAME, UNIT) \
    (void)dlt_user_log_write_int32_attr(&log_local, INT_VAR, NAME, UNIT)
#define DLT_INT64_ATTR(INT_VAR, NAME, UNIT) \
    (void)dlt_user_log_write_int64_attr(&log_local, INT_VAR, NAME, UNIT)

/* unsigned integers */
#define DLT_UINT(UINT_VAR) \
    (void)dlt_user_log_write_uint(&log_local, UINT_VAR)
#define DLT_UINT8(UINT_VAR) \
    (void)dlt_user_log_write_uint8(&log_local, UINT_VAR)
#define DLT_UINT16(UINT_VAR) \
    (void)dlt_user_log_write_uint16(&log_local, UINT_VAR)
#define DLT_UINT32(UINT_VAR) \
    (void)dlt_user_log_write_uint32(&log_local, UINT_VAR)
#define DLT_UINT64(UINT_VAR) \
    (void)dlt_user_log_write_uint64(&log_local, UINT_VAR)
#define DLT_UINT_ATTR(UINT_VAR, NAME, UNIT) \
    (void)dlt_user_log_write_uint_attr(&log_local, UINT_VAR, NAME, UNIT)
#define DLT_UINT8_ATTR(UINT_VAR, NAME, UNIT) \
    (void)dlt_user_log_write_uint8_attr(&log_local, UINT_VAR, NAME, UNIT)
#define DLT_UINT16_ATTR(UINT_VAR, NAME, UNIT) \
    (void)dlt_user_log_write_uint16_attr(&log_local, UINT_VAR, NAME, UNIT)
#define DLT_UINT32_ATTR(UINT_VAR, NAME, UNIT) \
    (void)dlt_user_log_write_uint32_attr(&log_local, UINT_VAR, NAME, UNIT)
#define DLT_UINT64_ATTR(UINT_VAR, NAME, UNIT) \
    (void)dlt_user_log_write_uint64_attr(&log_local, UINT_VAR, NAME, UNIT)

/* unsigned integers shown as hex / binary */
#define DLT_HEX8(UINT_VAR) \
    (void)dlt_user_log_write_uint8_formatted(&log_local, UINT_VAR, DLT_FORMAT_HEX8)
#define DLT_HEX16(UINT_VAR) \
    (void)dlt_user_log_write_uint16_formatted(&log_local, UINT_VAR, DLT_FORMAT_HEX16)
#define DLT_HEX32(UINT_VAR) \
    (void)dlt_user_log_write_uint32_formatted(&log_local, UINT_VAR, DLT_FORMAT_HEX32)
#define DLT_HEX64(UINT_VAR) \
    (void)dlt_user_log_write_uint64_formatted(&log_local, UINT_VAR, DLT_FORMAT_HEX64)
#define DLT_BIN8(UINT_VAR) \
    (void)dlt_user_log_write_uint8_formatted(&log_local, UINT_VAR, DLT_FORMAT_BIN8)
#define DLT_BIN16(UINT_VAR) \
    (void)dlt_user_log_write_uint16_formatted(&log_local, UINT_VAR, DLT_FORMAT_BIN16)

/* raw bytes and pointers */
#define DLT_RAW(BUF, LEN) \
    (void)dlt_user_log_write_raw(&log_local, BUF, LEN)
#define DLT_RAW_ATTR(BUF, LEN, NAME) \
    (void)dlt_user_log_write_raw_attr(&log_local, BUF, LEN, NAME)
#define DLT_PTR(PTR_VAR) \
    (void)dlt_user_log_write_ptr(&log_local, PTR_VAR)

/* ------------------------------------------------------------------------
 * Network trace (only when the context's trace status is ON)
 * ------------------------------------------------------------------------ */

#define DLT_TRACE_NETWORK(CONTEXT, TYPE, HEADERLEN, HEADER, PAYLOADLEN, PAYLOAD) \
    do { \
        if ((CONTEXT).trace_status_ptr && *((CONTEXT).trace_status_ptr) == DLT_TRACE_STATUS_ON) { \
            (void)dlt_user_trace_network(&(CONTEXT), TYPE, HEADERLEN, HEADER, PAYLOADLEN, PAYLOAD); \
        } \
    } while (0)

#define DLT_TRACE_NETWORK_TRUNCATED(CONTEXT, TYPE, HEADERLEN, HEADER, PAYLOADLEN, PAYLOAD) \
    do { \
        if ((CONTEXT).trace_status_ptr && *((CONTEXT).trace_status_ptr) == DLT_TRACE_STATUS_ON) { \
            (void)dlt_user_trace_network_truncated(&(CONTEXT), TYPE, HEADERLEN, HEADER, PAYLOADLEN, PAYLOAD, 1); \
        } \
    } while (0)

#define DLT_TRACE_NETWORK_SEGMENTED(CONTEXT, TYPE, HEADERLEN, HEADER, PAYLOADLEN, PAYLOAD) \
    do { \
        if ((CONTEXT).trace_status_ptr && *((CONTEXT).trace_status_ptr) == DLT_TRACE_STATUS_ON) { \
            (void)dlt_user_trace_network_segmented(&(CONTEXT), TYPE, HEADERLEN, HEADER, PAYLOADLEN, PAYLOAD); \
        } \
    } while (0)

/* ------------------------------------------------------------------------
 * One-shot messages, guarded by the inline level check
 * ------------------------------------------------------------------------ */

#define DLT_LOG_STRING(CONTEXT, LOGLEVEL, TEXT) \
    do { \
        if (dlt_user_is_logLevel_enabled(&CONTEXT, LOGLEVEL) == DLT_RETURN_TRUE) { \
            (void)dlt_log_string(&(CONTEXT), LOGLEVEL, TEXT); \
        } \
    } while (0)

#define DLT_LOG_STRING_INT(CONTEXT, LOGLEVEL, TEXT, INT_VAR) \
    do { \
        if (dlt_user_is_logLevel_enabled(&CONTEXT, LOGLEVEL) == DLT_RETURN_TRUE) { \
            (void)dlt_log_string_int(&(CONTEXT), LOGLEVEL, TEXT, INT_VAR); \
        } \
    } while (0)

#define DLT_LOG_STRING_UINT(CONTEXT, LOGLEVEL, TEXT, UINT_VAR) \
    do { \
        if (dlt_user_is_logLevel_enabled(&CONTEXT, LOGLEVEL) == DLT_RETURN_TRUE) { \
            (void)dlt_log_string_uint(&(CONTEXT), LOGLEVEL, TEXT, UINT_VAR); \
        } \
    } while (0)

#define DLT_LOG_UINT(CONTEXT, LOGLEVEL, UINT_VAR) \
    do { \
        if (dlt_user_is_logLevel_enabled(&CONTEXT, LOGLEVEL) == DLT_RETURN_TRUE) { \
            (void)dlt_log_uint(&(CONTEXT), LOGLEVEL, UINT_VAR); \
        } \
    } while (0)

#define DLT_LOG_INT(CONTEXT, LOGLEVEL, INT_VAR) \
    do { \
        if (dlt_user_is_logLevel_enabled(&CONTEXT, LOGLEVEL) == DLT_RETURN_TRUE) { \
            (void)dlt_log_int(&(CONTEXT), LOGLEVEL, INT_VAR); \
        } \
    } while (0)

#define DLT_LOG_RAW(CONTEXT, LOGLEVEL, BUF, LEN) \
    do { \
        if (dlt_user_is_logLevel_enabled(&CONTEXT, LOGLEVEL) == DLT_RETURN_TRUE) { \
            (void)dlt_log_raw(&(CONTEXT), LOGLEVEL, BUF, LEN); \
        } \
    } while (0)

#define DLT_LOG_MARKER() \
    do { \
        (void)dlt_log_marker(); \
    } while (0)

/* ------------------------------------------------------------------------
 * Global switches
 * ------------------------------------------------------------------------ */

#define DLT_VERBOSE_MODE() do { \
        (void)dlt_verbose_mode(); \
    } while (0)

#define DLT_NONVERBOSE_MODE() do { \
        (void)dlt_nonverbose_mode(); \
    } while (0)

#define DLT_SET_APPLICATION_LL_TS_LIMIT(LOGLEVEL, TRACESTATUS) do { \
        (void)dlt_set_application_ll_ts_limit(LOGLEVEL, TRACESTATUS); \
    } while (0)

#define DLT_ENABLE_LOCAL_PRINT() do { \
        (void)dlt_enable_local_print(); \
    } while (0)

#define DLT_DISABLE_LOCAL_PRINT() do { \
        (void)dlt_disable_local_print(); \
    } while (0)

/* Expression: non-zero when LOGLEVEL is currently enabled for CONTEXT. */
#define DLT_IS_LOG_LEVEL_ENABLED(CONTEXT, LOGLEVEL) \
    (dlt_user_is_logLevel_enabled(&CONTEXT, LOGLEVEL) == DLT_RETURN_TRUE)

#endif /* DLT_USER_MACROS_H */
