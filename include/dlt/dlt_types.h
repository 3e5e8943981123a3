/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: basic DLT types and enumerations (return codes, log levels, trace status, ...). Written for libdlt-ng; declarations follow the COVESA DLT 2.18.8 ABI. */

/*
 * Every enumeration below is part of the binary interface: the numeric
 * values travel through function arguments, are stored in structures that
 * applications allocate, and partly appear on the wire.  Do not renumber.
 *
 * The enumerations are anonymous and only reachable through their typedef
 * name, exactly like in upstream; C++ code therefore mangles them by the
 * typedef name.
 */

#ifndef DLT_TYPES_H
#define DLT_TYPES_H

#include <stdint.h>

/* Result codes of nearly every API call.  Negative means failure. */
typedef enum
{
    DLT_RETURN_FILESZERR = -8,          /* file mode: size limit reached */
    DLT_RETURN_LOGGING_DISABLED = -7,   /* level or status filtered the message out */
    DLT_RETURN_USER_BUFFER_FULL = -6,   /* argument does not fit into the message */
    DLT_RETURN_WRONG_PARAMETER = -5,
    DLT_RETURN_BUFFER_FULL = -4,        /* ring buffer exhausted */
    DLT_RETURN_PIPE_FULL = -3,
    DLT_RETURN_PIPE_ERROR = -2,
    DLT_RETURN_ERROR = -1,
    DLT_RETURN_OK = 0,
    DLT_RETURN_TRUE = 1                 /* "go ahead" answer of the write_start calls */
} DltReturnValue;

/* Log levels; higher number means more detail. */
typedef enum
{
    DLT_LOG_DEFAULT = -1,   /* use whatever default applies */
    DLT_LOG_OFF = 0x00,
    DLT_LOG_FATAL = 0x01,
    DLT_LOG_ERROR = 0x02,
    DLT_LOG_WARN = 0x03,
    DLT_LOG_INFO = 0x04,
    DLT_LOG_DEBUG = 0x05,
    DLT_LOG_VERBOSE = 0x06,
    DLT_LOG_MAX             /* first invalid value (range checks) */
} DltLogLevelType;

/* Presentation hints for the *_formatted writers. */
typedef enum
{
    DLT_FORMAT_DEFAULT = 0x00,
    DLT_FORMAT_HEX8 = 0x01,
    DLT_FORMAT_HEX16 = 0x02,
    DLT_FORMAT_HEX32 = 0x03,
    DLT_FORMAT_HEX64 = 0x04,
    DLT_FORMAT_BIN8 = 0x05,
    DLT_FORMAT_BIN16 = 0x06,
    DLT_FORMAT_MAX          /* first invalid value */
} DltFormatType;

/* Trace status of a context (gates the network trace calls). */
typedef enum
{
    DLT_TRACE_STATUS_DEFAULT = -1,
    DLT_TRACE_STATUS_OFF = 0x00,
    DLT_TRACE_STATUS_ON = 0x01,
    DLT_TRACE_STATUS_MAX    /* first invalid value */
} DltTraceStatusType;

/* Network trace kinds; the value becomes the MTIN of a NW_TRACE message. */
typedef enum
{
    DLT_NW_TRACE_IPC = 0x01,
    DLT_NW_TRACE_CAN = 0x02,
    DLT_NW_TRACE_FLEXRAY = 0x03,
    DLT_NW_TRACE_MOST = 0x04,
    DLT_NW_TRACE_RESERVED0 = 0x05,
    DLT_NW_TRACE_RESERVED1 = 0x06,
    DLT_NW_TRACE_RESERVED2 = 0x07,
    DLT_NW_TRACE_USER_DEFINED0 = 0x08,
    DLT_NW_TRACE_USER_DEFINED1 = 0x09,
    DLT_NW_TRACE_USER_DEFINED2 = 0x0A,
    DLT_NW_TRACE_USER_DEFINED3 = 0x0B,
    DLT_NW_TRACE_USER_DEFINED4 = 0x0C,
    DLT_NW_TRACE_USER_DEFINED5 = 0x0D,
    DLT_NW_TRACE_USER_DEFINED6 = 0x0E,
    DLT_NW_TRACE_RESEND = 0x0F,
    DLT_NW_TRACE_MAX        /* first invalid value */
} DltNetworkTraceType;

/* Where the daemon should route the messages of this application. */
typedef enum
{
    DLT_USER_MODE_UNDEFINED = -1,
    DLT_USER_MODE_OFF = 0,
    DLT_USER_MODE_EXTERNAL,     /* 1 */
    DLT_USER_MODE_INTERNAL,     /* 2 */
    DLT_USER_MODE_BOTH,         /* 3 */
    DLT_USER_MODE_MAX           /* first invalid value */
} DltUserLogMode;

/* Log-storage "maintain log level" settings (plain numbers, no enum). */
#define DLT_MAINTAIN_LOGSTORAGE_LOGLEVEL_UNDEF -1
#define DLT_MAINTAIN_LOGSTORAGE_LOGLEVEL_OFF    0
#define DLT_MAINTAIN_LOGSTORAGE_LOGLEVEL_ON     1

/* IEEE single/double precision, as used by the float writers. */
typedef float float32_t;
typedef double float64_t;

#if defined DLT_LIB_USE_UNIX_SOCKET_IPC || defined DLT_LIB_USE_VSOCK_IPC
/* Connection state; only exists for socket based IPC builds. */
typedef enum
{
    DLT_USER_NOT_CONNECTED = 0,
    DLT_USER_CONNECTED,
    DLT_USER_RETRY_CONNECT
} DltUserConnectionState;
#endif

/* Who supplies the timestamp of a message (see DLT_LOG_TS). */
typedef enum
{
    DLT_AUTO_TIMESTAMP = 0,     /* library takes the uptime clock */
    DLT_USER_TIMESTAMP          /* caller provided DltContextData.user_timestamp */
} DltTimestampType;

#endif /* DLT_TYPES_H */
