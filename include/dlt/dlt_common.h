/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: message, file, filter, receiver and buffer helpers shared by library and tools. Written for libdlt-ng; declarations follow the COVESA DLT 2.18.8 ABI. */

/*
 * This is the "common" part of the DLT API.  Besides the wire structures of
 * the standard/extended/storage headers it exposes the helper objects used
 * by dlt-receive, dlt-convert, python3-dlt and similar consumers:
 * DltMessage, DltFile, DltFilter, DltReceiver and DltBuffer.  Their layouts
 * are mirrored field by field from DLT 2.18.8 because callers allocate them
 * (python3-dlt even re-declares them with ctypes).
 *
 * Conditional parts follow the upstream switches as they evaluate in an
 * application build: DLT_UNIT_TESTS, DLT_DAEMON_USE_FIFO_IPC /
 * DLT_LIB_USE_FIFO_IPC, DLT_SHM_ENABLE and DLT_USE_IPv6 are not defined
 * unless the includer defines them.
 */

#ifndef DLT_COMMON_H
#define DLT_COMMON_H

/* System headers applications may rely on receiving through this file. */
#include <netinet/in.h>
#include <stdio.h>
#include <stdbool.h>
#ifdef __linux__
#   include <linux/limits.h>
#   include <sys/socket.h>
#else
#   include <limits.h>
#endif

#if !defined(_MSC_VER)
#   include <unistd.h>
#   include <time.h>
#endif

#if !defined(__WIN32__) && !defined(_MSC_VER)
#   include <termios.h>
#endif

#include "dlt_types.h"
#include "dlt_protocol.h"

/* Function attributes used in the prototypes below. */
#if defined(__GNUC__)
#   define PURE_FUNCTION __attribute__((pure))
#   define PRINTF_FORMAT(a, b) __attribute__((format(printf, a, b)))
#else
#   define PURE_FUNCTION
#   define PRINTF_FORMAT(a, b)
#endif

/* Wire structures have no padding at all. */
#if defined(__MSDOS__) || defined(_MSC_VER)
#   define DLT_PACKED
#else
#   define DLT_PACKED __attribute__((aligned(1), packed))
#endif

/* ------------------------------------------------------------------------
 * Byte order helpers
 * ------------------------------------------------------------------------ */

#define DLT_SWAP_16(value) ((((value) >> 8) & 0xff) | (((value) << 8) & 0xff00))
#define DLT_SWAP_32(value) ((((value) >> 24) & 0xff) | (((value) << 8) & 0xff0000) | \
                            (((value) >> 8) & 0xff00) | (((value) << 24) & 0xff000000))
#define DLT_SWAP_64(value) ((((uint64_t)DLT_SWAP_32((value) & 0xffffffffull)) << 32) | \
                            (DLT_SWAP_32((value) >> 32)))

/*
 * Fallback byte order symbols.  __USE_BSD is no longer set by current
 * glibc, so these come into play whenever the system headers did not
 * already provide the names (e.g. strict ISO modes).
 */
#if !defined __USE_BSD
#   ifndef LITTLE_ENDIAN
#      define LITTLE_ENDIAN 1234
#   endif
#   ifndef BIG_ENDIAN
#      define BIG_ENDIAN 4321
#   endif
#   ifndef BYTE_ORDER
#      define BYTE_ORDER LITTLE_ENDIAN
#   endif
#endif

#if (BYTE_ORDER == BIG_ENDIAN)
#   define DLT_HTOBE_16(x) ((x))
#   define DLT_HTOLE_16(x) DLT_SWAP_16((x))
#   define DLT_BETOH_16(x) ((x))
#   define DLT_LETOH_16(x) DLT_SWAP_16((x))
#   define DLT_HTOBE_32(x) ((x))
#   define DLT_HTOLE_32(x) DLT_SWAP_32((x))
#   define DLT_BETOH_32(x) ((x))
#   define DLT_LETOH_32(x) DLT_SWAP_32((x))
#   define DLT_HTOBE_64(x) ((x))
#   define DLT_HTOLE_64(x) DLT_SWAP_64((x))
#   define DLT_BETOH_64(x) ((x))
#   define DLT_LETOH_64(x) DLT_SWAP_64((x))
#else
#   define DLT_HTOBE_16(x) DLT_SWAP_16((x))
#   define DLT_HTOLE_16(x) ((x))
#   define DLT_BETOH_16(x) DLT_SWAP_16((x))
#   define DLT_LETOH_16(x) ((x))
#   define DLT_HTOBE_32(x) DLT_SWAP_32((x))
#   define DLT_HTOLE_32(x) ((x))
#   define DLT_BETOH_32(x) DLT_SWAP_32((x))
#   define DLT_LETOH_32(x) ((x))
#   define DLT_HTOBE_64(x) DLT_SWAP_64((x))
#   define DLT_HTOLE_64(x) ((x))
#   define DLT_BETOH_64(x) DLT_SWAP_64((x))
#   define DLT_LETOH_64(x) ((x))
#endif

/* Read a payload number whose byte order is given by the MSBF bit of htyp. */
#define DLT_ENDIAN_GET_16(htyp, x) ((((htyp) & DLT_HTYP_MSBF) > 0) ? DLT_BETOH_16(x) : DLT_LETOH_16(x))
#define DLT_ENDIAN_GET_32(htyp, x) ((((htyp) & DLT_HTYP_MSBF) > 0) ? DLT_BETOH_32(x) : DLT_LETOH_32(x))
#define DLT_ENDIAN_GET_64(htyp, x) ((((htyp) & DLT_HTYP_MSBF) > 0) ? DLT_BETOH_64(x) : DLT_LETOH_64(x))

/* syslog priorities for platforms without <syslog.h> */
#if defined(__WIN32__) || defined(_MSC_VER)
#   define LOG_EMERG   0
#   define LOG_ALERT   1
#   define LOG_CRIT    2
#   define LOG_ERR     3
#   define LOG_WARNING 4
#   define LOG_NOTICE  5
#   define LOG_INFO    6
#   define LOG_DEBUG   7
#   define LOG_PID     0x01
#   define LOG_DAEMON  (3 << 3)
#endif

/* Destinations of the internal diagnostic logger (dlt_log_init()). */
enum {
    DLT_LOG_TO_CONSOLE = 0,
    DLT_LOG_TO_SYSLOG = 1,
    DLT_LOG_TO_FILE = 2,
    DLT_LOG_TO_STDERR = 3,
    DLT_LOG_DROPPED = 4
};

/* Default TCP port of dlt-daemon (dlt_client_init() also reads the env). */
#define DLT_DAEMON_TCP_PORT 3490

/* File descriptor conventions */
#define DLT_FD_INIT -1
#define DLT_FD_MINIMUM 3

/* Every DLT identifier (ECU, application, context) has four characters. */
#define DLT_ID_SIZE 4

/* Sizes of the optional extra header fields. */
#define DLT_SIZE_WEID DLT_ID_SIZE
#define DLT_SIZE_WSID (sizeof(uint32_t))
#define DLT_SIZE_WTMS (sizeof(uint32_t))

/* Text buffer size used by the message printers. */
#define DLT_CONVERT_TEXTBUFSIZE  10024

/* GET_LOG_INFO response text parsing */
#define DLT_GET_LOG_INFO_HEADER 18
#define GET_LOG_INFO_LENGTH 13
#define SERVICE_OPT_LENGTH 3

/* Number of extra header bytes announced by an htyp byte. */
#define DLT_STANDARD_HEADER_EXTRA_SIZE(htyp) ((DLT_IS_HTYP_WEID(htyp) ? DLT_SIZE_WEID : 0) + \
                                              (DLT_IS_HTYP_WSID(htyp) ? DLT_SIZE_WSID : 0) + \
                                              (DLT_IS_HTYP_WTMS(htyp) ? DLT_SIZE_WTMS : 0))

#if defined(__MSDOS__) || defined(_MSC_VER)
#   define __func__ __FUNCTION__
#endif

/* Trace the current function name through dlt_vlog() when _verbose is set.
 * (Intentionally an unbraced if, usable as "PRINT_FUNCTION_VERBOSE(v);".) */
#define PRINT_FUNCTION_VERBOSE(_verbose) \
    if (_verbose) \
        dlt_vlog(LOG_INFO, "%s()\n", __func__)

#ifndef NULL
#   define NULL (char *)0
#endif

/* Classification of a parsed DltMessage (MSG is a DltMessage pointer). */
#define DLT_MSG_IS_CONTROL(MSG) \
    ((DLT_IS_HTYP_UEH((MSG)->standardheader->htyp)) && \
     (DLT_GET_MSIN_MSTP((MSG)->extendedheader->msin) == DLT_TYPE_CONTROL))

#define DLT_MSG_IS_CONTROL_REQUEST(MSG) \
    ((DLT_IS_HTYP_UEH((MSG)->standardheader->htyp)) && \
     (DLT_GET_MSIN_MSTP((MSG)->extendedheader->msin) == DLT_TYPE_CONTROL) && \
     (DLT_GET_MSIN_MTIN((MSG)->extendedheader->msin) == DLT_CONTROL_REQUEST))

#define DLT_MSG_IS_CONTROL_RESPONSE(MSG) \
    ((DLT_IS_HTYP_UEH((MSG)->standardheader->htyp)) && \
     (DLT_GET_MSIN_MSTP((MSG)->extendedheader->msin) == DLT_TYPE_CONTROL) && \
     (DLT_GET_MSIN_MTIN((MSG)->extendedheader->msin) == DLT_CONTROL_RESPONSE))

#define DLT_MSG_IS_CONTROL_TIME(MSG) \
    ((DLT_IS_HTYP_UEH((MSG)->standardheader->htyp)) && \
     (DLT_GET_MSIN_MSTP((MSG)->extendedheader->msin) == DLT_TYPE_CONTROL) && \
     (DLT_GET_MSIN_MTIN((MSG)->extendedheader->msin) == DLT_CONTROL_TIME))

#define DLT_MSG_IS_NW_TRACE(MSG) \
    ((DLT_IS_HTYP_UEH((MSG)->standardheader->htyp)) && \
     (DLT_GET_MSIN_MSTP((MSG)->extendedheader->msin) == DLT_TYPE_NW_TRACE))

#define DLT_MSG_IS_TRACE_MOST(MSG) \
    ((DLT_IS_HTYP_UEH((MSG)->standardheader->htyp)) && \
     (DLT_GET_MSIN_MSTP((MSG)->extendedheader->msin) == DLT_TYPE_NW_TRACE) && \
     (DLT_GET_MSIN_MTIN((MSG)->extendedheader->msin) == DLT_NW_TRACE_MOST))

#define DLT_MSG_IS_NONVERBOSE(MSG) \
    (!(DLT_IS_HTYP_UEH((MSG)->standardheader->htyp)) || \
     ((DLT_IS_HTYP_UEH((MSG)->standardheader->htyp)) && \
      (!(DLT_IS_MSIN_VERB((MSG)->extendedheader->msin)))))

/* Overflow flag of the MESSAGE_BUFFER_OVERFLOW service */
#define DLT_MESSAGE_BUFFER_NO_OVERFLOW 0x00
#define DLT_MESSAGE_BUFFER_OVERFLOW    0x01

/* Output flavours of dlt_message_payload() */
#define DLT_OUTPUT_HEX             1
#define DLT_OUTPUT_ASCII           2
#define DLT_OUTPUT_MIXED_FOR_PLAIN 3
#define DLT_OUTPUT_MIXED_FOR_HTML  4
#define DLT_OUTPUT_ASCII_LIMITED   5

/* Capacity of a DltFilter */
#define DLT_FILTER_MAX 30

/*
 * Cursor helpers for payload parsing.  "src" is advanced and "length" is
 * decremented on success; on underflow the remaining length becomes -1.
 * The ID and STRING variants need <string.h> (memcpy) at the call site.
 */
#define DLT_MSG_READ_VALUE(dst, src, length, type) \
    do { \
        if ((length < 0) || ((length) < ((int32_t)sizeof(type)))) { \
            length = -1; \
        } else { \
            dst = *((type *)src); \
            src += sizeof(type); \
            length -= sizeof(type); \
        } \
    } while (0)

#define DLT_MSG_READ_ID(dst, src, length) \
    do { \
        if ((length < 0) || ((length) < DLT_ID_SIZE)) { \
            length = -1; \
        } else { \
            memcpy(dst, src, DLT_ID_SIZE); \
            src += DLT_ID_SIZE; \
            length -= DLT_ID_SIZE; \
        } \
    } while (0)

#define DLT_MSG_READ_STRING(dst, src, maxlength, dstlength, length) \
    do { \
        if ((maxlength < 0) || (length <= 0) || (dstlength < length) || (maxlength < length)) { \
            maxlength = -1; \
        } else { \
            memcpy(dst, src, length); \
            dlt_clean_string(dst, length); \
            dst[length] = 0; \
            src += length; \
            maxlength -= length; \
        } \
    } while (0)

#define DLT_MSG_READ_NULL(src, maxlength, length) \
    do { \
        if (((maxlength) < 0) || ((length) < 0) || ((maxlength) < (length))) { \
            length = -1; \
        } else { \
            src += length; \
            maxlength -= length; \
        } \
    } while (0)

/* Field selection bits of dlt_message_header_flags() */
#define DLT_HEADER_SHOW_NONE       0x0000
#define DLT_HEADER_SHOW_TIME       0x0001
#define DLT_HEADER_SHOW_TMSTP      0x0002
#define DLT_HEADER_SHOW_MSGCNT     0x0004
#define DLT_HEADER_SHOW_ECUID      0x0008
#define DLT_HEADER_SHOW_APID       0x0010
#define DLT_HEADER_SHOW_CTID       0x0020
#define DLT_HEADER_SHOW_MSGTYPE    0x0040
#define DLT_HEADER_SHOW_MSGSUBTYPE 0x0080
#define DLT_HEADER_SHOW_VNVSTATUS  0x0100
#define DLT_HEADER_SHOW_NOARG      0x0200
#define DLT_HEADER_SHOW_ALL        0xFFFF

/* Flags of dlt_receiver_check_and_get() */
#define DLT_RCV_NONE        0
#define DLT_RCV_SKIP_HEADER (1 << 0)
#define DLT_RCV_REMOVE      (1 << 1)

/* Fixed path and size limits */
#define DLT_PATH_MAX 1024
#define DLT_MOUNT_PATH_MAX 1024
#define DLT_ENTRY_MAX 100
#define DLT_IPC_PATH_MAX 100
#define DLT_RECEIVE_BUFSIZE 65535
#define DLT_LINE_LEN 1024

/* First string argument of the network trace message kinds */
#define DLT_TRACE_NW_TRUNCATED "NWTR"
#define DLT_TRACE_NW_START "NWST"
#define DLT_TRACE_NW_SEGMENT "NWCH"
#define DLT_TRACE_NW_END "NWEN"

/* "static" unless unit tests need to reach the internal function. */
#ifdef DLT_UNIT_TESTS
#   define DLT_STATIC
#else
#   define DLT_STATIC static
#endif

/* ------------------------------------------------------------------------
 * Types
 * ------------------------------------------------------------------------ */

/* What kind of descriptor a DltReceiver reads from. */
typedef enum
{
    DLT_RECEIVE_SOCKET,
    DLT_RECEIVE_UDP_SOCKET,
    DLT_RECEIVE_FD
} DltReceiverType;

/* A four character DLT identifier (not NUL terminated). */
typedef char ID4[DLT_ID_SIZE];

/* Storage header written in front of every message in a .dlt file (16 bytes). */
typedef struct
{
    char pattern[DLT_ID_SIZE];  /* "DLT" 0x01 */
    uint32_t seconds;           /* wall clock, seconds since the epoch */
    int32_t microseconds;
    char ecu[DLT_ID_SIZE];
} DLT_PACKED DltStorageHeader;

/* Standard header, present in every message (4 bytes, len is big endian). */
typedef struct
{
    uint8_t htyp;               /* DLT_HTYP_* flags and version */
    uint8_t mcnt;               /* message counter */
    uint16_t len;               /* message length without storage header */
} DLT_PACKED DltStandardHeader;

/* Optional standard header fields, each present only if flagged in htyp. */
typedef struct
{
    char ecu[DLT_ID_SIZE];
    uint32_t seid;              /* session id */
    uint32_t tmsp;              /* uptime in 0.1 ms */
} DLT_PACKED DltStandardHeaderExtra;

/* Extended header, present if DLT_HTYP_UEH is set (10 bytes). */
typedef struct
{
    uint8_t msin;               /* DLT_MSIN_* */
    uint8_t noar;               /* number of arguments */
    char apid[DLT_ID_SIZE];
    char ctid[DLT_ID_SIZE];
} DLT_PACKED DltExtendedHeader;

/* One message as loaded by the dlt_message_* / dlt_file_* helpers. */
typedef struct sDltMessage
{
    int8_t found_serialheader;
    int32_t resync_offset;
    int32_t headersize;         /* all headers including the storage header */
    int32_t datasize;           /* payload bytes */
    uint8_t headerbuffer[sizeof(DltStorageHeader) + sizeof(DltStandardHeader) +
                         sizeof(DltStandardHeaderExtra) + sizeof(DltExtendedHeader)];
    uint8_t *databuffer;        /* payload */
    int32_t databuffersize;     /* allocated size of databuffer */
    DltStorageHeader *storageheader;    /* points into headerbuffer */
    DltStandardHeader *standardheader;  /* points into headerbuffer */
    DltStandardHeaderExtra headerextra; /* decoded (host order) extra fields */
    DltExtendedHeader *extendedheader;  /* points into headerbuffer or NULL */
} DltMessage;

/* ---- control message payloads ---- */

typedef struct
{
    uint32_t service_id;
    uint8_t options;
    char apid[DLT_ID_SIZE];
    char ctid[DLT_ID_SIZE];
    char com[DLT_ID_SIZE];
} DLT_PACKED DltServiceGetLogInfoRequest;

typedef struct
{
    uint32_t service_id;
} DLT_PACKED DltServiceGetDefaultLogLevelRequest;

/* Decoded GET_LOG_INFO response: contexts inside applications. */
typedef struct
{
    char context_id[DLT_ID_SIZE];
    int16_t log_level;
    int16_t trace_status;
    uint16_t len_context_description;
    char *context_description;
} ContextIDsInfoType;

typedef struct
{
    char app_id[DLT_ID_SIZE];
    uint16_t count_context_ids;
    ContextIDsInfoType *context_id_info;
    uint16_t len_app_description;
    char *app_description;
} AppIDsType;

typedef struct
{
    uint16_t count_app_ids;
    AppIDsType *app_ids;
} LogInfoType;

typedef struct
{
    uint32_t service_id;
    uint8_t status;
    LogInfoType log_info_type;
    char com[DLT_ID_SIZE];
} DltServiceGetLogInfoResponse;

typedef struct
{
    uint32_t service_id;
    char apid[DLT_ID_SIZE];
    char ctid[DLT_ID_SIZE];
    uint8_t log_level;
    char com[DLT_ID_SIZE];
} DLT_PACKED DltServiceSetLogLevel;

typedef struct
{
    uint32_t service_id;
    uint8_t log_level;
    char com[DLT_ID_SIZE];
} DLT_PACKED DltServiceSetDefaultLogLevel;

typedef struct
{
    uint32_t service_id;
    uint8_t new_status;
} DLT_PACKED DltServiceSetVerboseMode;

typedef struct
{
    uint32_t service_id;
    char com[DLT_ID_SIZE];
    uint8_t new_status;
} DLT_PACKED DltServiceSetCommunicationInterfaceStatus;

typedef struct
{
    uint32_t service_id;
    char com[DLT_ID_SIZE];
    uint32_t max_bandwidth;
} DLT_PACKED DltServiceSetCommunicationMaximumBandwidth;

/* Generic response: service id plus status. */
typedef struct
{
    uint32_t service_id;
    uint8_t status;
} DLT_PACKED DltServiceResponse;

typedef struct
{
    uint32_t service_id;
    uint8_t status;
    uint8_t log_level;
} DLT_PACKED DltServiceGetDefaultLogLevelResponse;

typedef struct
{
    uint32_t service_id;
    uint8_t status;
    uint8_t overflow;
    uint32_t overflow_counter;
} DLT_PACKED DltServiceMessageBufferOverflowResponse;

typedef struct
{
    uint32_t service_id;
} DLT_PACKED DltServiceGetSoftwareVersion;

typedef struct
{
    uint32_t service_id;
    uint8_t status;
    uint32_t length;            /* bytes behind "payload" */
    char *payload;
} DLT_PACKED DltServiceGetSoftwareVersionResponse;

typedef struct
{
    uint32_t service_id;
    uint8_t status;
    char apid[DLT_ID_SIZE];
    char ctid[DLT_ID_SIZE];
    char comid[DLT_ID_SIZE];
} DLT_PACKED DltServiceUnregisterContext;

typedef struct
{
    uint32_t service_id;
    uint8_t status;
    uint8_t state;              /* DLT_CONNECTION_STATUS_* */
    char comid[DLT_ID_SIZE];
} DLT_PACKED DltServiceConnectionInfo;

typedef struct
{
    uint32_t service_id;
    uint8_t status;
    int32_t timezone;           /* offset to UTC in seconds */
    uint8_t isdst;
} DLT_PACKED DltServiceTimezone;

typedef struct
{
    uint32_t service_id;
    uint8_t status;
} DLT_PACKED DltServiceMarker;

typedef struct
{
    uint32_t service_id;
    char mount_point[DLT_MOUNT_PATH_MAX];
    uint8_t connection_type;
    char comid[DLT_ID_SIZE];
} DLT_PACKED DltServiceOfflineLogstorage;

typedef struct
{
    uint32_t service_id;
    uint32_t connection_status;
    char node_id[DLT_ID_SIZE];
} DLT_PACKED DltServicePassiveNodeConnect;

typedef struct
{
    uint32_t service_id;
    uint8_t status;
    uint32_t num_connections;
    uint8_t connection_status[DLT_ENTRY_MAX];
    char node_id[DLT_ENTRY_MAX];
} DLT_PACKED DltServicePassiveNodeConnectionInfo;

/* ---- helper objects ---- */

/*
 * Filter table; entry i matches when apid/ctid equal (an all-zero id is a
 * wildcard) and the level / payload size bounds fit.
 */
typedef struct
{
    char apid[DLT_FILTER_MAX][DLT_ID_SIZE];
    char ctid[DLT_FILTER_MAX][DLT_ID_SIZE];
    int log_level[DLT_FILTER_MAX];
    int32_t payload_max[DLT_FILTER_MAX];
    int32_t payload_min[DLT_FILTER_MAX];
    int counter;                /* entries in use */
} DltFilter;

/* Random access reader for .dlt files (index of message offsets). */
typedef struct sDltFile
{
    FILE *handle;
    long *index;                /* file offsets of the (filtered) messages */
    int32_t counter;            /* messages passing the filter */
    int32_t counter_total;      /* all messages */
    int32_t position;           /* current message, 0 based */
    uint64_t file_length;
    uint64_t file_position;
    int32_t error_messages;     /* damaged messages seen while indexing */
    DltFilter *filter;          /* NULL = no filtering */
    int32_t filter_counter;
    DltMessage msg;             /* currently loaded message */
} DltFile;

/* Buffered reader for sockets and pipes. */
typedef struct
{
    int32_t lastBytesRcvd;
    int32_t bytesRcvd;          /* bytes currently held */
    int32_t totalBytesRcvd;
    char *buffer;               /* start of the allocation */
    char *buf;                  /* first unread byte */
    char *backup_buf;           /* saved partial message */
    int fd;
    DltReceiverType type;
    int32_t buffersize;
    struct sockaddr_in addr;    /* sender (UDP) */
} DltReceiver;

/* Ring buffer (static memory or growing heap block). */
typedef struct
{
    unsigned char *shm;         /* start of the whole block (incl. head) */
    unsigned int size;          /* usable data bytes */
    unsigned char *mem;         /* start of the data area */
    uint32_t min_size;
    uint32_t max_size;
    uint32_t step_size;
} DltBuffer;

/* Bookkeeping stored at the start of a DltBuffer block. */
typedef struct
{
    int write;
    int read;
    int count;
} DltBufferHead;

/* Marker in front of every ring buffer entry. */
#define DLT_BUFFER_HEAD "SHM"

typedef struct
{
    char head[4];
    unsigned char status;
    int size;
} DltBufferBlockHead;

#ifdef DLT_USE_IPv6
#   define DLT_IP_SIZE (INET6_ADDRSTRLEN)
#else
#   define DLT_IP_SIZE (INET_ADDRSTRLEN)
#endif

/* Singly linked list of addresses the daemon binds to. */
typedef struct DltBindAddress
{
    char ip[DLT_IP_SIZE];
    struct DltBindAddress *next;
} DltBindAddress_t;

/* Outcome codes of dlt_message_read() */
#define DLT_MESSAGE_ERROR_OK       0
#define DLT_MESSAGE_ERROR_UNKNOWN -1
#define DLT_MESSAGE_ERROR_SIZE    -2
#define DLT_MESSAGE_ERROR_CONTENT -3

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * Data objects exported by the library
 * ------------------------------------------------------------------------ */

/* "DLS" 0x01: sync pattern in front of messages on serial lines. */
extern const char dltSerialHeader[DLT_ID_SIZE];
extern char dltSerialHeaderChar[DLT_ID_SIZE];

#if defined DLT_DAEMON_USE_FIFO_IPC || defined DLT_LIB_USE_FIFO_IPC
/* Directory holding the daemon FIFO and the per-application FIFOs. */
extern char dltFifoBaseDir[DLT_PATH_MAX];
#endif

#ifdef DLT_SHM_ENABLE
extern char dltShmName[NAME_MAX + 1];
#endif

/* ------------------------------------------------------------------------
 * Printing and identifier helpers
 * ------------------------------------------------------------------------ */

void dlt_print_hex(uint8_t *ptr, int size);
DltReturnValue dlt_print_hex_string(char *text, int textlength, uint8_t *ptr, int size);
DltReturnValue dlt_print_mixed_string(char *text, int textlength, uint8_t *ptr, int size, int html);
DltReturnValue dlt_print_char_string(char **text, int textlength, uint8_t *ptr, int size);

/* strnlen_s equivalent: 0 for NULL, at most maxsize. */
PURE_FUNCTION size_t dlt_strnlen_s(const char *str, size_t maxsize);

void dlt_print_id(char *text, const char *id);
void dlt_set_id(char *id, const char *text);
void dlt_clean_string(char *text, int length);

/* ------------------------------------------------------------------------
 * Filters
 * ------------------------------------------------------------------------ */

DltReturnValue dlt_filter_init(DltFilter *filter, int verbose);
DltReturnValue dlt_filter_free(DltFilter *filter, int verbose);
DltReturnValue dlt_filter_load(DltFilter *filter, const char *filename, int verbose);
DltReturnValue dlt_filter_save(DltFilter *filter, const char *filename, int verbose);
int dlt_filter_find(DltFilter *filter, const char *apid, const char *ctid, const int log_level,
                    const int32_t payload_min, const int32_t payload_max, int verbose);
DltReturnValue dlt_filter_add(DltFilter *filter, const char *apid, const char *ctid, const int log_level,
                              const int32_t payload_min, const int32_t payload_max, int verbose);
DltReturnValue dlt_filter_delete(DltFilter *filter, const char *apid, const char *ctid, const int log_level,
                                 const int32_t payload_min, const int32_t payload_max, int verbose);

/* ------------------------------------------------------------------------
 * Messages
 * ------------------------------------------------------------------------ */

DltReturnValue dlt_message_init(DltMessage *msg, int verbose);
DltReturnValue dlt_message_free(DltMessage *msg, int verbose);
DltReturnValue dlt_message_header(DltMessage *msg, char *text, size_t textlength, int verbose);
DltReturnValue dlt_message_header_flags(DltMessage *msg, char *text, size_t textlength, int flags, int verbose);
DltReturnValue dlt_message_payload(DltMessage *msg, char *text, size_t textlength, int type, int verbose);
DltReturnValue dlt_message_filter_check(DltMessage *msg, DltFilter *filter, int verbose);
int dlt_message_read(DltMessage *msg, uint8_t *buffer, unsigned int length, int resync, int verbose);
DltReturnValue dlt_message_get_extraparameters(DltMessage *msg, int verbose);
DltReturnValue dlt_message_set_extraparameters(DltMessage *msg, int verbose);

/* ------------------------------------------------------------------------
 * .dlt files
 * ------------------------------------------------------------------------ */

DltReturnValue dlt_file_init(DltFile *file, int verbose);
DltReturnValue dlt_file_set_filter(DltFile *file, DltFilter *filter, int verbose);
DltReturnValue dlt_file_open(DltFile *file, const char *filename, int verbose);
DltReturnValue dlt_file_quick_parsing(DltFile *file, const char *filename, int type, int verbose);
DltReturnValue dlt_file_read(DltFile *file, int verbose);
DltReturnValue dlt_file_read_raw(DltFile *file, int resync, int verbose);
DltReturnValue dlt_file_close(DltFile *file, int verbose);
DltReturnValue dlt_file_read_header(DltFile *file, int verbose);
DltReturnValue dlt_file_read_header_raw(DltFile *file, int resync, int verbose);
DltReturnValue dlt_file_read_header_extended(DltFile *file, int verbose);
DltReturnValue dlt_file_read_data(DltFile *file, int verbose);
DltReturnValue dlt_file_message(DltFile *file, int index, int verbose);
DltReturnValue dlt_file_free(DltFile *file, int verbose);

/* ------------------------------------------------------------------------
 * Internal diagnostic logger
 * ------------------------------------------------------------------------ */

void dlt_log_set_filename(const char *filename);
#if defined DLT_DAEMON_USE_FIFO_IPC || defined DLT_LIB_USE_FIFO_IPC
void dlt_log_set_fifo_basedir(const char *pipe_dir);
#endif
void dlt_log_set_level(int level);
void dlt_print_with_attributes(bool state);
void dlt_log_init(int mode);
int dlt_user_printf(const char *format, ...) PRINTF_FORMAT(1, 2);
DltReturnValue dlt_log(int prio, char *s);
DltReturnValue dlt_vlog(int prio, const char *format, ...) PRINTF_FORMAT(2, 3);
DltReturnValue dlt_vnlog(int prio, size_t size, const char *format, ...) PRINTF_FORMAT(3, 4);
void dlt_log_free(void);

/* ------------------------------------------------------------------------
 * Receiver
 * ------------------------------------------------------------------------ */

DltReturnValue dlt_receiver_init(DltReceiver *receiver, int _fd, DltReceiverType type, int _buffersize);
DltReturnValue dlt_receiver_free(DltReceiver *receiver);
DltReturnValue dlt_receiver_init_global_buffer(DltReceiver *receiver, int fd, DltReceiverType type, char **buffer);
DltReturnValue dlt_receiver_free_global_buffer(DltReceiver *receiver);
int dlt_receiver_receive(DltReceiver *receiver);
DltReturnValue dlt_receiver_remove(DltReceiver *receiver, int size);
DltReturnValue dlt_receiver_move_to_begin(DltReceiver *receiver);
int dlt_receiver_check_and_get(DltReceiver *receiver, void *dest, unsigned int to_get, unsigned int skip_header);

/* ------------------------------------------------------------------------
 * Storage header and size checks
 * ------------------------------------------------------------------------ */

DltReturnValue dlt_set_storageheader(DltStorageHeader *storageheader, const char *ecu);
DltReturnValue dlt_check_storageheader(DltStorageHeader *storageheader);
DltReturnValue dlt_check_rcv_data_size(int received, int required);

/* ------------------------------------------------------------------------
 * Ring buffer
 * ------------------------------------------------------------------------ */

DltReturnValue dlt_buffer_init_static_server(DltBuffer *buf, const unsigned char *ptr, uint32_t size);
DltReturnValue dlt_buffer_init_static_client(DltBuffer *buf, const unsigned char *ptr, uint32_t size);
DltReturnValue dlt_buffer_init_dynamic(DltBuffer *buf, uint32_t min_size, uint32_t max_size, uint32_t step_size);
DltReturnValue dlt_buffer_free_static(DltBuffer *buf);
DltReturnValue dlt_buffer_free_dynamic(DltBuffer *buf);
DltReturnValue dlt_buffer_check_size(DltBuffer *buf, int needed);
DltReturnValue dlt_buffer_push(DltBuffer *buf, const unsigned char *data, unsigned int size);
DltReturnValue dlt_buffer_push3(DltBuffer *buf,
                                const unsigned char *data1, unsigned int size1,
                                const unsigned char *data2, unsigned int size2,
                                const unsigned char *data3, unsigned int size3);
int dlt_buffer_pull(DltBuffer *buf, unsigned char *data, int max_size);
int dlt_buffer_copy(DltBuffer *buf, unsigned char *data, int max_size);
int dlt_buffer_remove(DltBuffer *buf);
void dlt_buffer_info(DltBuffer *buf);
void dlt_buffer_status(DltBuffer *buf);
uint32_t dlt_buffer_get_total_size(DltBuffer *buf);
int dlt_buffer_get_used_size(DltBuffer *buf);
int dlt_buffer_get_message_count(DltBuffer *buf);

/* ------------------------------------------------------------------------
 * Serial line and version strings
 * ------------------------------------------------------------------------ */

#if !defined(__WIN32__)
DltReturnValue dlt_setup_serial(int fd, speed_t speed);
speed_t dlt_convert_serial_speed(int baudrate);
void dlt_get_version(char *buf, size_t size);
void dlt_get_major_version(char *buf, size_t size);
void dlt_get_minor_version(char *buf, size_t size);
#endif

/* ------------------------------------------------------------------------
 * Miscellaneous
 * ------------------------------------------------------------------------ */

DltReturnValue dlt_init_common(void);

/* Monotonic uptime in units of 0.1 ms. */
uint32_t dlt_uptime(void);

DltReturnValue dlt_message_print_header(DltMessage *message, char *text, uint32_t size, int verbose);
DltReturnValue dlt_message_print_hex(DltMessage *message, char *text, uint32_t size, int verbose);
DltReturnValue dlt_message_print_ascii(DltMessage *message, char *text, uint32_t size, int verbose);
DltReturnValue dlt_message_print_mixed_plain(DltMessage *message, char *text, uint32_t size, int verbose);
DltReturnValue dlt_message_print_mixed_html(DltMessage *message, char *text, uint32_t size, int verbose);
DltReturnValue dlt_message_argument_print(DltMessage *msg,
                                          uint32_t type_info,
                                          uint8_t **ptr,
                                          int32_t *datalength,
                                          char *text,
                                          size_t textlength,
                                          int byteLength,
                                          int verbose);

void dlt_check_envvar(void);

int dlt_set_loginfo_parse_service_id(char *resp_text, uint32_t *service_id, uint8_t *service_opt);
int16_t dlt_getloginfo_conv_ascii_to_uint16_t(char *rp, int *rp_count);
int16_t dlt_getloginfo_conv_ascii_to_int16_t(char *rp, int *rp_count);
void dlt_getloginfo_conv_ascii_to_id(char *rp, int *rp_count, char *wp, int len);
void dlt_hex_ascii_to_binary(const char *ptr, uint8_t *binary, int *size);

/* Fork and exec a command (arguments end with NULL); stdout goes to
 * filename unless that is NULL. */
int dlt_execute_command(char *filename, char *command, ...);

#ifdef __cplusplus
}
#endif

#endif /* DLT_COMMON_H */
