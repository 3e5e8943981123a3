/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: application logging API (contexts, registration, message writers). Written for libdlt-ng; declarations follow the COVESA DLT 2.18.8 ABI. */

/*
 * The public user API of libdlt.so.2.
 *
 * Applications compile parts of the library into themselves: the DLT_LOG*
 * macros (dlt_user_macros.h) allocate a DltContextData on their stack and
 * read DltContext.log_level_ptr / trace_status_ptr, and
 * dlt_user_is_logLevel_enabled() is an inline function in 2.18.8.  For that
 * reason every structure here keeps the exact 2.18.8 layout, including the
 * internal DltUser record, which is laid out as in the Debian build
 * (network trace enabled, no shared memory, no test hooks, FIFO IPC).
 *
 * DLT_NG_EXPORTED_IS_LOGLEVEL_ENABLED: when defined before inclusion,
 * dlt_user_is_logLevel_enabled() is declared as an ordinary external
 * function instead of being defined inline.  libdlt-ng defines it while
 * building the exported copy of that function (newer upstream headers
 * import it from the library).
 */

#ifndef DLT_USER_H
#define DLT_USER_H

/* The Debian libdlt is built with network trace support, and the header
 * hard-wires that switch so DltUser gets its message queue members. */
#ifndef DLT_NETWORK_TRACE_ENABLE
#define DLT_NETWORK_TRACE_ENABLE
#endif

/* 0: the convenience macros of dlt_user_macros.h are provided. */
#define DLT_DISABLE_MACRO 0

#ifdef DLT_NETWORK_TRACE_ENABLE
#   include <mqueue.h>
#else
#   include <sys/types.h>
#   include <fcntl.h>
#endif
#include <pthread.h>
#if !defined(__WIN32__)
#   include <semaphore.h>
#endif

#include "dlt_types.h"
#include "dlt_shm.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Maximum payload of one log message (also the injection buffer size). */
#define DLT_USER_BUF_MAX_SIZE 1390

/* Resend buffer: a maximal message plus room for the headers. */
#define DLT_USER_RESENDBUF_MAX_SIZE (DLT_USER_BUF_MAX_SIZE + 100)

/*
 * Legacy locking helpers.  They refer to a semaphore named dlt_mutex which
 * neither upstream nor libdlt-ng declares or exports; a source that uses
 * them must provide that object itself (and <errno.h>).
 */
#define DLT_SEM_LOCK() do { \
        while ((sem_wait(&dlt_mutex) == -1) && (errno == EINTR)) \
            continue; \
    } while (0)
#define DLT_SEM_FREE() { sem_post(&dlt_mutex); }

/* ------------------------------------------------------------------------
 * Types shared with applications
 * ------------------------------------------------------------------------ */

/*
 * Handle of one logging context.  Applications own the storage (usually a
 * global declared with DLT_DECLARE_CONTEXT); the library fills it in
 * dlt_register_context*().  32 bytes on LP64.
 */
typedef struct
{
    char contextID[DLT_ID_SIZE];    /* context id, NUL padded */
    int32_t log_level_pos;          /* slot in the library's context table */
    int8_t *log_level_ptr;          /* current level; read by inline code */
    int8_t *trace_status_ptr;       /* current trace status; read by macros */
    uint8_t mcnt;                   /* per-context message counter */
} DltContext;

/*
 * State of one message under construction.  DLT_LOG* keep it as an
 * uninitialised stack variable named log_local; dlt_user_log_write_start*
 * initialises every member.  56 bytes on LP64.
 */
typedef struct
{
    DltContext *handle;             /* context the message belongs to */
    unsigned char *buffer;          /* payload being assembled */
    int32_t size;                   /* payload bytes used */
    int32_t log_level;
    int32_t trace_status;           /* also the network trace type */
    int32_t args_num;               /* arguments written so far */
    char *context_description;
    DltTimestampType use_timestamp; /* set to DLT_USER_TIMESTAMP by DLT_LOG_TS */
    uint32_t user_timestamp;        /* caller timestamp in 0.1 ms units */
    int8_t verbose_mode;
} DltContextData;

/* One registered injection (service id -> callback). */
typedef struct
{
    uint32_t service_id;
    int (*injection_callback)(uint32_t service_id, void *data, uint32_t length);
    int (*injection_callback_with_id)(uint32_t service_id, void *data, uint32_t length, void *priv_data);
    void *data;                     /* priv_data handed to the _with_id variant */
} DltUserInjectionCallback;

/* Log level change notification record. */
typedef struct
{
    char contextID[DLT_ID_SIZE];
    int8_t log_level;
    int8_t trace_status;
    void (*log_level_changed_callback)(char context_id[DLT_ID_SIZE], uint8_t log_level, uint8_t trace_status);
} DltUserLogLevelChangedCallback;

/* Per-context entry of the library's context table (64 bytes on LP64). */
typedef struct
{
    char contextID[DLT_ID_SIZE];
    int8_t log_level;               /* storage behind DltContext.log_level_ptr */
    int8_t *log_level_ptr;
    int8_t trace_status;            /* storage behind DltContext.trace_status_ptr */
    int8_t *trace_status_ptr;
    char *context_description;
    DltUserInjectionCallback *injection_table;
    uint32_t nrcallbacks;           /* entries in injection_table */
    void (*log_level_changed_callback)(char context_id[DLT_ID_SIZE], uint8_t log_level, uint8_t trace_status);
} dlt_ll_ts_type;

/* One "APID:CTID:LL" item of the DLT_INITIAL_LOG_LEVEL environment variable. */
typedef struct
{
    char appId[DLT_ID_SIZE];
    char ctxId[DLT_ID_SIZE];
    int8_t ll;
} dlt_env_ll_item;

/* Growable array of dlt_env_ll_item. */
typedef struct
{
    dlt_env_ll_item *item;
    size_t array_size;              /* allocated entries */
    size_t num_elem;                /* used entries */
} dlt_env_ll_set;

/*
 * Process-wide state of the library.  Not used by applications; kept with
 * the 2.18.8 layout because it is part of the installed interface.
 */
typedef struct
{
    char ecuID[DLT_ID_SIZE];
    char appID[DLT_ID_SIZE];
    int dlt_log_handle;             /* FIFO towards the daemon, or file */
    int dlt_user_handle;            /* own FIFO, daemon -> application */
#ifdef DLT_NETWORK_TRACE_ENABLE
    mqd_t dlt_segmented_queue_read_handle;
    mqd_t dlt_segmented_queue_write_handle;
    pthread_t dlt_segmented_nwt_handle;
#endif
    int8_t dlt_is_file;             /* writing to a file (dlt_init_file) */
    unsigned int filesize_max;
    dlt_ll_ts_type *dlt_ll_ts;      /* context table */
    uint32_t dlt_ll_ts_max_num_entries;
    uint32_t dlt_ll_ts_num_entries;
    int8_t overflow;
    uint32_t overflow_counter;      /* messages lost since last report */
    char *application_description;
    DltReceiver receiver;           /* reads the own FIFO */
    int8_t verbose_mode;
    int8_t use_extended_header_for_non_verbose;
    int8_t with_session_id;
    int8_t with_timestamp;
    int8_t with_ecu_id;
    int8_t enable_local_print;
    int8_t local_print_mode;
    int8_t disable_injection_msg;
    int8_t log_state;               /* -1 unknown, 0 no client, 1 client connected */
    DltBuffer startup_buffer;       /* ring buffer while the daemon is unreachable */
    uint8_t *resend_buffer;
    uint32_t timeout_at_exit_handler; /* in 0.1 ms */
    dlt_env_ll_set initial_ll_set;
#ifdef DLT_SHM_ENABLE
    DltShm dlt_shm;
#endif
#ifdef DLT_TEST_ENABLE
    int corrupt_user_header;
    int corrupt_message_size;
    int16_t corrupt_message_size_size;
#endif
#if defined DLT_LIB_USE_UNIX_SOCKET_IPC || defined DLT_LIB_USE_VSOCK_IPC
    DltUserConnectionState connection_state;
#endif
    uint16_t log_buf_len;           /* payload limit (DLT_USER_BUF_MAX_SIZE by default) */
} DltUser;

/* Injection callback signatures as plain typedefs. */
typedef int (*dlt_injection_callback_id)(uint32_t, void *, uint32_t, void *);
typedef int (*dlt_injection_callback)(uint32_t, void *, uint32_t);

/* ------------------------------------------------------------------------
 * Building a message: start, add arguments, finish
 * ------------------------------------------------------------------------ */

/* Verbose message; returns DLT_RETURN_TRUE when the caller should continue. */
DltReturnValue dlt_user_log_write_start(DltContext *handle, DltContextData *log, DltLogLevelType loglevel);

/* Message with id; non-verbose when the library is in non-verbose mode. */
DltReturnValue dlt_user_log_write_start_id(DltContext *handle,
                                           DltContextData *log,
                                           DltLogLevelType loglevel,
                                           uint32_t messageid);

/* Message whose already encoded payload is supplied by the caller. */
DltReturnValue dlt_user_log_write_start_w_given_buffer(DltContext *handle,
                                                       DltContextData *log,
                                                       DltLogLevelType loglevel,
                                                       char *buffer,
                                                       size_t size,
                                                       int32_t args_num);

DltReturnValue dlt_user_log_write_finish(DltContextData *log);
DltReturnValue dlt_user_log_write_finish_w_given_buffer(DltContextData *log);

/* bool */
DltReturnValue dlt_user_log_write_bool(DltContextData *log, uint8_t data);
DltReturnValue dlt_user_log_write_bool_attr(DltContextData *log, uint8_t data, const char *name);

/* floating point */
DltReturnValue dlt_user_log_write_float32(DltContextData *log, float32_t data);
DltReturnValue dlt_user_log_write_float64(DltContextData *log, double data);
DltReturnValue dlt_user_log_write_float32_attr(DltContextData *log, float32_t data, const char *name, const char *unit);
DltReturnValue dlt_user_log_write_float64_attr(DltContextData *log, float64_t data, const char *name, const char *unit);

/* unsigned integers */
DltReturnValue dlt_user_log_write_uint(DltContextData *log, unsigned int data);
DltReturnValue dlt_user_log_write_uint8(DltContextData *log, uint8_t data);
DltReturnValue dlt_user_log_write_uint16(DltContextData *log, uint16_t data);
DltReturnValue dlt_user_log_write_uint32(DltContextData *log, uint32_t data);
DltReturnValue dlt_user_log_write_uint64(DltContextData *log, uint64_t data);
DltReturnValue dlt_user_log_write_uint_attr(DltContextData *log, unsigned int data, const char *name, const char *unit);
DltReturnValue dlt_user_log_write_uint8_attr(DltContextData *log, uint8_t data, const char *name, const char *unit);
DltReturnValue dlt_user_log_write_uint16_attr(DltContextData *log, uint16_t data, const char *name, const char *unit);
DltReturnValue dlt_user_log_write_uint32_attr(DltContextData *log, uint32_t data, const char *name, const char *unit);
DltReturnValue dlt_user_log_write_uint64_attr(DltContextData *log, uint64_t data, const char *name, const char *unit);
DltReturnValue dlt_user_log_write_uint8_formatted(DltContextData *log, uint8_t data, DltFormatType type);
DltReturnValue dlt_user_log_write_uint16_formatted(DltContextData *log, uint16_t data, DltFormatType type);
DltReturnValue dlt_user_log_write_uint32_formatted(DltContextData *log, uint32_t data, DltFormatType type);
DltReturnValue dlt_user_log_write_uint64_formatted(DltContextData *log, uint64_t data, DltFormatType type);

/* pointer value (hex, pointer sized) */
DltReturnValue dlt_user_log_write_ptr(DltContextData *log, void *data);

/* signed integers */
DltReturnValue dlt_user_log_write_int(DltContextData *log, int data);
DltReturnValue dlt_user_log_write_int8(DltContextData *log, int8_t data);
DltReturnValue dlt_user_log_write_int16(DltContextData *log, int16_t data);
DltReturnValue dlt_user_log_write_int32(DltContextData *log, int32_t data);
DltReturnValue dlt_user_log_write_int64(DltContextData *log, int64_t data);
DltReturnValue dlt_user_log_write_int_attr(DltContextData *log, int data, const char *name, const char *unit);
DltReturnValue dlt_user_log_write_int8_attr(DltContextData *log, int8_t data, const char *name, const char *unit);
DltReturnValue dlt_user_log_write_int16_attr(DltContextData *log, int16_t data, const char *name, const char *unit);
DltReturnValue dlt_user_log_write_int32_attr(DltContextData *log, int32_t data, const char *name, const char *unit);
DltReturnValue dlt_user_log_write_int64_attr(DltContextData *log, int64_t data, const char *name, const char *unit);

/* strings: ASCII / UTF-8, NUL terminated / sized, variable / constant */
DltReturnValue dlt_user_log_write_string(DltContextData *log, const char *text);
DltReturnValue dlt_user_log_write_sized_string(DltContextData *log, const char *text, uint16_t length);
DltReturnValue dlt_user_log_write_constant_string(DltContextData *log, const char *text);
DltReturnValue dlt_user_log_write_sized_constant_string(DltContextData *log, const char *text, uint16_t length);
DltReturnValue dlt_user_log_write_utf8_string(DltContextData *log, const char *text);
DltReturnValue dlt_user_log_write_sized_utf8_string(DltContextData *log, const char *text, uint16_t length);
DltReturnValue dlt_user_log_write_constant_utf8_string(DltContextData *log, const char *text);
DltReturnValue dlt_user_log_write_sized_constant_utf8_string(DltContextData *log, const char *text, uint16_t length);
DltReturnValue dlt_user_log_write_string_attr(DltContextData *log, const char *text, const char *name);
DltReturnValue dlt_user_log_write_sized_string_attr(DltContextData *log, const char *text, uint16_t length, const char *name);
DltReturnValue dlt_user_log_write_constant_string_attr(DltContextData *log, const char *text, const char *name);
DltReturnValue dlt_user_log_write_sized_constant_string_attr(DltContextData *log, const char *text, uint16_t length,
                                                             const char *name);
DltReturnValue dlt_user_log_write_utf8_string_attr(DltContextData *log, const char *text, const char *name);
DltReturnValue dlt_user_log_write_sized_utf8_string_attr(DltContextData *log, const char *text, uint16_t length,
                                                         const char *name);
DltReturnValue dlt_user_log_write_constant_utf8_string_attr(DltContextData *log, const char *text, const char *name);
DltReturnValue dlt_user_log_write_sized_constant_utf8_string_attr(DltContextData *log, const char *text,
                                                                  uint16_t length, const char *name);

/* raw bytes */
DltReturnValue dlt_user_log_write_raw(DltContextData *log, void *data, uint16_t length);
DltReturnValue dlt_user_log_write_raw_formatted(DltContextData *log, void *data, uint16_t length, DltFormatType type);
DltReturnValue dlt_user_log_write_raw_attr(DltContextData *log, const void *data, uint16_t length, const char *name);
DltReturnValue dlt_user_log_write_raw_formatted_attr(DltContextData *log, const void *data, uint16_t length,
                                                     DltFormatType type, const char *name);

/* ------------------------------------------------------------------------
 * Network trace
 * ------------------------------------------------------------------------ */

DltReturnValue dlt_user_trace_network(DltContext *handle,
                                      DltNetworkTraceType nw_trace_type,
                                      uint16_t header_len,
                                      void *header,
                                      uint16_t payload_len,
                                      void *payload);

DltReturnValue dlt_user_trace_network_truncated(DltContext *handle,
                                                DltNetworkTraceType nw_trace_type,
                                                uint16_t header_len,
                                                void *header,
                                                uint16_t payload_len,
                                                void *payload,
                                                int allow_truncate);

DltReturnValue dlt_user_trace_network_segmented(DltContext *handle,
                                                DltNetworkTraceType nw_trace_type,
                                                uint16_t header_len,
                                                void *header,
                                                uint16_t payload_len,
                                                void *payload);

/* ------------------------------------------------------------------------
 * Life cycle and registration
 *
 * dlt_init(), dlt_free(), dlt_get_log_state() and dlt_log_marker() keep the
 * unprototyped "()" declarators of 2.18.8 for source compatibility (in C++
 * these mean "(void)" anyway).
 * ------------------------------------------------------------------------ */

DltReturnValue dlt_init();
DltReturnValue dlt_init_file(const char *name);
DltReturnValue dlt_set_filesize_max(unsigned int filesize);
DltReturnValue dlt_free();

/* Compares against the library's own version; only warns on mismatch. */
DltReturnValue dlt_check_library_version(const char *user_major_version, const char *user_minor_version);

DltReturnValue dlt_register_app(const char *apid, const char *description);
DltReturnValue dlt_unregister_app(void);
DltReturnValue dlt_unregister_app_flush_buffered_logs(void);
DltReturnValue dlt_get_appid(char *appid);

DltReturnValue dlt_register_context(DltContext *handle, const char *contextid, const char *description);
DltReturnValue dlt_register_context_ll_ts(DltContext *handle,
                                          const char *contextid,
                                          const char *description,
                                          int loglevel,
                                          int tracestatus);
DltReturnValue dlt_register_context_llccb(DltContext *handle,
                                          const char *contextid,
                                          const char *description,
                                          void (*dlt_log_level_changed_callback)(char context_id[DLT_ID_SIZE],
                                                                                 uint8_t log_level,
                                                                                 uint8_t trace_status));
DltReturnValue dlt_unregister_context(DltContext *handle);

int dlt_set_resend_timeout_atexit(uint32_t timeout_in_milliseconds);
DltReturnValue dlt_set_log_mode(DltUserLogMode mode);
int dlt_get_log_state();

DltReturnValue dlt_register_injection_callback(DltContext *handle, uint32_t service_id,
                                               int (*dlt_injection_callback)(uint32_t service_id,
                                                                             void *data,
                                                                             uint32_t length));
DltReturnValue dlt_register_injection_callback_with_id(DltContext *handle, uint32_t service_id,
                                                       int (*dlt_injection_callback)(uint32_t service_id,
                                                                                     void *data,
                                                                                     uint32_t length,
                                                                                     void *priv_data),
                                                       void *priv);
DltReturnValue dlt_register_log_level_changed_callback(DltContext *handle,
                                                       void (*dlt_log_level_changed_callback)(
                                                           char context_id[DLT_ID_SIZE],
                                                           uint8_t log_level,
                                                           uint8_t trace_status));

/* ------------------------------------------------------------------------
 * Header options and modes
 * ------------------------------------------------------------------------ */

DltReturnValue dlt_verbose_mode(void);
DltReturnValue dlt_user_check_library_version(const char *user_major_version, const char *user_minor_version);
DltReturnValue dlt_nonverbose_mode(void);
DltReturnValue dlt_use_extended_header_for_non_verbose(int8_t use_extended_header_for_non_verbose);
DltReturnValue dlt_with_session_id(int8_t with_session_id);
DltReturnValue dlt_with_timestamp(int8_t with_timestamp);
DltReturnValue dlt_with_ecu_id(int8_t with_ecu_id);
DltReturnValue dlt_set_application_ll_ts_limit(DltLogLevelType loglevel, DltTraceStatusType tracestatus);

/* ------------------------------------------------------------------------
 * DLT_INITIAL_LOG_LEVEL parsing
 * ------------------------------------------------------------------------ */

int dlt_env_adjust_ll_from_env(dlt_env_ll_set const *const ll_set,
                               char const *const apid,
                               char const *const ctid,
                               int const ll);
int dlt_env_extract_ll_set(char **const env, dlt_env_ll_set *const ll_set);
void dlt_env_free_ll_set(dlt_env_ll_set *const ll_set);

/* ------------------------------------------------------------------------
 * Local print
 * ------------------------------------------------------------------------ */

DltReturnValue dlt_enable_local_print(void);
DltReturnValue dlt_disable_local_print(void);

/* ------------------------------------------------------------------------
 * One-shot convenience calls (verbose mode only)
 * ------------------------------------------------------------------------ */

DltReturnValue dlt_log_string(DltContext *handle, DltLogLevelType loglevel, const char *text);
DltReturnValue dlt_log_string_int(DltContext *handle, DltLogLevelType loglevel, const char *text, int data);
DltReturnValue dlt_log_string_uint(DltContext *handle, DltLogLevelType loglevel, const char *text, unsigned int data);
DltReturnValue dlt_log_int(DltContext *handle, DltLogLevelType loglevel, int data);
DltReturnValue dlt_log_uint(DltContext *handle, DltLogLevelType loglevel, unsigned int data);
DltReturnValue dlt_log_raw(DltContext *handle, DltLogLevelType loglevel, void *data, uint16_t length);
DltReturnValue dlt_log_marker();

/* ------------------------------------------------------------------------
 * Buffer control
 * ------------------------------------------------------------------------ */

DltReturnValue dlt_user_check_buffer(int *total_size, int *used_size);
int dlt_user_atexit_blow_out_user_buffer(void);
DltReturnValue dlt_user_log_resend_buffer(void);

/* ------------------------------------------------------------------------
 * Level check
 *
 * DLT_RETURN_WRONG_PARAMETER  level outside [DLT_LOG_DEFAULT, DLT_LOG_VERBOSE]
 *                             or no context / no level pointer,
 * DLT_RETURN_TRUE             level enabled (level <= current and not OFF),
 * DLT_RETURN_LOGGING_DISABLED otherwise.
 * ------------------------------------------------------------------------ */

#ifdef DLT_NG_EXPORTED_IS_LOGLEVEL_ENABLED
DltReturnValue dlt_user_is_logLevel_enabled(DltContext *handle, DltLogLevelType loglevel);
#else
static inline DltReturnValue dlt_user_is_logLevel_enabled(DltContext *handle, DltLogLevelType loglevel)
{
    if ((loglevel < DLT_LOG_DEFAULT) || (loglevel >= DLT_LOG_MAX))
        return DLT_RETURN_WRONG_PARAMETER;

    if ((handle == NULL) || (handle->log_level_ptr == NULL))
        return DLT_RETURN_WRONG_PARAMETER;

    if ((loglevel != DLT_LOG_OFF) && (loglevel <= *handle->log_level_ptr))
        return DLT_RETURN_TRUE;

    return DLT_RETURN_LOGGING_DISABLED;
}
#endif

#ifdef DLT_TEST_ENABLE
/* fault injection hooks of test builds (not exported by release builds) */
void dlt_user_test_corrupt_user_header(int enable);
void dlt_user_test_corrupt_message_size(int enable, int16_t size);
#endif

/* ------------------------------------------------------------------------
 * Layout guards (LP64 x86-64): these structures are compiled into
 * applications, so a change here would be an ABI break.
 * ------------------------------------------------------------------------ */

#if defined(__x86_64__) && !defined(__ILP32__) && defined(__GNUC__)
#   if defined(__cplusplus) && (__cplusplus >= 201103L)
#      define DLT_NG_LAYOUT_ASSERT_(cond, msg) static_assert(cond, msg)
#   elif !defined(__cplusplus) && defined(__STDC_VERSION__) && (__STDC_VERSION__ >= 201112L)
#      define DLT_NG_LAYOUT_ASSERT_(cond, msg) _Static_assert(cond, msg)
#   endif
#   ifdef DLT_NG_LAYOUT_ASSERT_
DLT_NG_LAYOUT_ASSERT_(sizeof(DltContext) == 32, "DltContext size");
DLT_NG_LAYOUT_ASSERT_(__builtin_offsetof(DltContext, contextID) == 0, "DltContext.contextID");
DLT_NG_LAYOUT_ASSERT_(__builtin_offsetof(DltContext, log_level_pos) == 4, "DltContext.log_level_pos");
DLT_NG_LAYOUT_ASSERT_(__builtin_offsetof(DltContext, log_level_ptr) == 8, "DltContext.log_level_ptr");
DLT_NG_LAYOUT_ASSERT_(__builtin_offsetof(DltContext, trace_status_ptr) == 16, "DltContext.trace_status_ptr");
DLT_NG_LAYOUT_ASSERT_(__builtin_offsetof(DltContext, mcnt) == 24, "DltContext.mcnt");
DLT_NG_LAYOUT_ASSERT_(sizeof(DltContextData) == 56, "DltContextData size");
DLT_NG_LAYOUT_ASSERT_(__builtin_offsetof(DltContextData, handle) == 0, "DltContextData.handle");
DLT_NG_LAYOUT_ASSERT_(__builtin_offsetof(DltContextData, buffer) == 8, "DltContextData.buffer");
DLT_NG_LAYOUT_ASSERT_(__builtin_offsetof(DltContextData, size) == 16, "DltContextData.size");
DLT_NG_LAYOUT_ASSERT_(__builtin_offsetof(DltContextData, log_level) == 20, "DltContextData.log_level");
DLT_NG_LAYOUT_ASSERT_(__builtin_offsetof(DltContextData, trace_status) == 24, "DltContextData.trace_status");
DLT_NG_LAYOUT_ASSERT_(__builtin_offsetof(DltContextData, args_num) == 28, "DltContextData.args_num");
DLT_NG_LAYOUT_ASSERT_(__builtin_offsetof(DltContextData, context_description) == 32,
                      "DltContextData.context_description");
DLT_NG_LAYOUT_ASSERT_(__builtin_offsetof(DltContextData, use_timestamp) == 40, "DltContextData.use_timestamp");
DLT_NG_LAYOUT_ASSERT_(__builtin_offsetof(DltContextData, user_timestamp) == 44, "DltContextData.user_timestamp");
DLT_NG_LAYOUT_ASSERT_(__builtin_offsetof(DltContextData, verbose_mode) == 48, "DltContextData.verbose_mode");
#      undef DLT_NG_LAYOUT_ASSERT_
#   endif
#endif

#ifdef __cplusplus
}
#endif

/* The convenience macros (DLT_DISABLE_MACRO is 0). */
#if !DLT_DISABLE_MACRO
#   include "dlt_user_macros.h"
#endif

#endif /* DLT_USER_H */
