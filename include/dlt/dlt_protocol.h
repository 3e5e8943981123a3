/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: DLT wire protocol constants (header bits, type info, service ids). Written for libdlt-ng; declarations follow the COVESA DLT 2.18.8 ABI. */

/*
 * Numeric constants of the AUTOSAR/COVESA DLT protocol version 1 as used by
 * DLT 2.18.8: flags of the standard header type byte (HTYP), the message
 * info byte of the extended header (MSIN), the verbose-mode argument type
 * info word, and the control service identifiers.
 *
 * This header deliberately includes nothing.
 */

#ifndef DLT_PROTOCOL_H
#define DLT_PROTOCOL_H

/* ---- HTYP: flags in the first byte of the standard header ---- */
#define DLT_HTYP_UEH  0x01  /* an extended header follows */
#define DLT_HTYP_MSBF 0x02  /* payload is big endian */
#define DLT_HTYP_WEID 0x04  /* ECU id present in the extra header */
#define DLT_HTYP_WSID 0x08  /* session id present in the extra header */
#define DLT_HTYP_WTMS 0x10  /* timestamp present in the extra header */
#define DLT_HTYP_VERS 0xe0  /* protocol version field (3 bits) */

#define DLT_IS_HTYP_UEH(htyp)  ((htyp) & DLT_HTYP_UEH)
#define DLT_IS_HTYP_MSBF(htyp) ((htyp) & DLT_HTYP_MSBF)
#define DLT_IS_HTYP_WEID(htyp) ((htyp) & DLT_HTYP_WEID)
#define DLT_IS_HTYP_WSID(htyp) ((htyp) & DLT_HTYP_WSID)
#define DLT_IS_HTYP_WTMS(htyp) ((htyp) & DLT_HTYP_WTMS)

/* version 1 placed into the VERS bits */
#define DLT_HTYP_PROTOCOL_VERSION1 (1 << 5)

/* ---- MSIN: message info byte of the extended header ---- */
#define DLT_MSIN_VERB 0x01  /* verbose payload */
#define DLT_MSIN_MSTP 0x0e  /* message type */
#define DLT_MSIN_MTIN 0xf0  /* message type info */

#define DLT_MSIN_MSTP_SHIFT 1
#define DLT_MSIN_MTIN_SHIFT 4

#define DLT_IS_MSIN_VERB(msin)   ((msin) & DLT_MSIN_VERB)
#define DLT_GET_MSIN_MSTP(msin) (((msin) & DLT_MSIN_MSTP) >> DLT_MSIN_MSTP_SHIFT)
#define DLT_GET_MSIN_MTIN(msin) (((msin) & DLT_MSIN_MTIN) >> DLT_MSIN_MTIN_SHIFT)

/* MSTP values */
#define DLT_TYPE_LOG       0x00
#define DLT_TYPE_APP_TRACE 0x01
#define DLT_TYPE_NW_TRACE  0x02
#define DLT_TYPE_CONTROL   0x03

/* MTIN values for MSTP = application trace */
#define DLT_TRACE_VARIABLE     0x01
#define DLT_TRACE_FUNCTION_IN  0x02
#define DLT_TRACE_FUNCTION_OUT 0x03
#define DLT_TRACE_STATE        0x04
#define DLT_TRACE_VFB          0x05

/* MTIN values for MSTP = log: the DltLogLevelType values (dlt_types.h).
 * MTIN values for MSTP = network trace: DltNetworkTraceType (dlt_types.h). */

/* MTIN values for MSTP = control */
#define DLT_CONTROL_REQUEST    0x01
#define DLT_CONTROL_RESPONSE   0x02
#define DLT_CONTROL_TIME       0x03

/* complete MSIN bytes of (non-verbose) control messages */
#define DLT_MSIN_CONTROL_REQUEST  ((DLT_TYPE_CONTROL << DLT_MSIN_MSTP_SHIFT) | \
                                   (DLT_CONTROL_REQUEST << DLT_MSIN_MTIN_SHIFT))
#define DLT_MSIN_CONTROL_RESPONSE ((DLT_TYPE_CONTROL << DLT_MSIN_MSTP_SHIFT) | \
                                   (DLT_CONTROL_RESPONSE << DLT_MSIN_MTIN_SHIFT))
#define DLT_MSIN_CONTROL_TIME     ((DLT_TYPE_CONTROL << DLT_MSIN_MSTP_SHIFT) | \
                                   (DLT_CONTROL_TIME << DLT_MSIN_MTIN_SHIFT))

/* ---- type info word that precedes every verbose argument ---- */
#define DLT_TYPE_INFO_TYLE 0x0000000f  /* size class, see DLT_TYLE_* */
#define DLT_TYPE_INFO_BOOL 0x00000010
#define DLT_TYPE_INFO_SINT 0x00000020
#define DLT_TYPE_INFO_UINT 0x00000040
#define DLT_TYPE_INFO_FLOA 0x00000080
#define DLT_TYPE_INFO_ARAY 0x00000100
#define DLT_TYPE_INFO_STRG 0x00000200
#define DLT_TYPE_INFO_RAWD 0x00000400
#define DLT_TYPE_INFO_VARI 0x00000800  /* name (and unit) attached */
#define DLT_TYPE_INFO_FIXP 0x00001000  /* quantisation and offset attached */
#define DLT_TYPE_INFO_TRAI 0x00002000  /* trace info attached */
#define DLT_TYPE_INFO_STRU 0x00004000
#define DLT_TYPE_INFO_SCOD 0x00038000  /* string coding / number presentation, see DLT_SCOD_* */

/* TYLE values */
#define DLT_TYLE_8BIT      0x00000001
#define DLT_TYLE_16BIT     0x00000002
#define DLT_TYLE_32BIT     0x00000003
#define DLT_TYLE_64BIT     0x00000004
#define DLT_TYLE_128BIT    0x00000005

/* SCOD values (already shifted into place) */
#define DLT_SCOD_ASCII      0x00000000
#define DLT_SCOD_UTF8       0x00008000
#define DLT_SCOD_HEX        0x00010000
#define DLT_SCOD_BIN        0x00018000

/* ---- control services ---- */

/* service id carried by injection messages for "call software component" */
#define DLT_SERVICE_ID_CALLSW_CINJECTION 0xFFF

/* standard services (AUTOSAR numbering) */
enum dlt_services {
    DLT_SERVICE_ID = 0x00,
    DLT_SERVICE_ID_SET_LOG_LEVEL = 0x01,
    DLT_SERVICE_ID_SET_TRACE_STATUS = 0x02,
    DLT_SERVICE_ID_GET_LOG_INFO = 0x03,
    DLT_SERVICE_ID_GET_DEFAULT_LOG_LEVEL = 0x04,
    DLT_SERVICE_ID_STORE_CONFIG = 0x05,
    DLT_SERVICE_ID_RESET_TO_FACTORY_DEFAULT = 0x06,
    DLT_SERVICE_ID_SET_COM_INTERFACE_STATUS = 0x07,
    DLT_SERVICE_ID_SET_COM_INTERFACE_MAX_BANDWIDTH = 0x08,
    DLT_SERVICE_ID_SET_VERBOSE_MODE = 0x09,
    DLT_SERVICE_ID_SET_MESSAGE_FILTERING = 0x0A,
    DLT_SERVICE_ID_SET_TIMING_PACKETS = 0x0B,
    DLT_SERVICE_ID_GET_LOCAL_TIME = 0x0C,
    DLT_SERVICE_ID_USE_ECU_ID = 0x0D,
    DLT_SERVICE_ID_USE_SESSION_ID = 0x0E,
    DLT_SERVICE_ID_USE_TIMESTAMP = 0x0F,
    DLT_SERVICE_ID_USE_EXTENDED_HEADER = 0x10,
    DLT_SERVICE_ID_SET_DEFAULT_LOG_LEVEL = 0x11,
    DLT_SERVICE_ID_SET_DEFAULT_TRACE_STATUS = 0x12,
    DLT_SERVICE_ID_GET_SOFTWARE_VERSION = 0x13,
    DLT_SERVICE_ID_MESSAGE_BUFFER_OVERFLOW = 0x14,
    DLT_SERVICE_ID_LAST_ENTRY
};

/* COVESA specific services (0xF00 range) */
enum dlt_user_services {
    DLT_USER_SERVICE_ID = 0xF00,
    DLT_SERVICE_ID_UNREGISTER_CONTEXT = 0xF01,
    DLT_SERVICE_ID_CONNECTION_INFO = 0xF02,
    DLT_SERVICE_ID_TIMEZONE = 0xF03,
    DLT_SERVICE_ID_MARKER = 0xF04,
    DLT_SERVICE_ID_OFFLINE_LOGSTORAGE = 0xF05,
    DLT_SERVICE_ID_PASSIVE_NODE_CONNECT = 0xF06,
    DLT_SERVICE_ID_PASSIVE_NODE_CONNECTION_STATUS = 0xF07,
    DLT_SERVICE_ID_SET_ALL_LOG_LEVEL = 0xF08,
    DLT_SERVICE_ID_SET_ALL_TRACE_STATUS = 0xF09,
    DLT_SERVICE_ID_RESERVED_B = 0xF0B,
    DLT_SERVICE_ID_RESERVED_C = 0xF0C,
    DLT_SERVICE_ID_RESERVED_D = 0xF0D,
    DLT_SERVICE_ID_RESERVED_E = 0xF0E,
    DLT_USER_SERVICE_ID_LAST_ENTRY
};

#ifdef __cplusplus
extern "C" {
#endif

/* Printable names, indexed by service id (resp. id - 0xF00). */
extern const char *const dlt_service_names[];
extern const char *const dlt_user_service_names[];

/* Name of a service id from either table, or a placeholder text. */
extern const char *dlt_get_service_name(unsigned int id);

#ifdef __cplusplus
}
#endif

/* status byte of a control response */
#define DLT_SERVICE_RESPONSE_OK            0x00
#define DLT_SERVICE_RESPONSE_NOT_SUPPORTED 0x01
#define DLT_SERVICE_RESPONSE_ERROR         0x02
#define DLT_SERVICE_RESPONSE_PERM_DENIED   0x03
#define DLT_SERVICE_RESPONSE_WARNING       0x04
#define DLT_SERVICE_RESPONSE_LAST          0x05

/* state byte of the CONNECTION_INFO service */
#define DLT_CONNECTION_STATUS_DISCONNECTED 0x01
#define DLT_CONNECTION_STATUS_CONNECTED    0x02

/* option / status values of GET_LOG_INFO */
#define GET_LOG_INFO_STATUS_MIN 3
#define GET_LOG_INFO_STATUS_MAX 7
#define GET_LOG_INFO_STATUS_NO_MATCHING_CTX 8
#define GET_LOG_INFO_STATUS_RESP_DATA_OVERFLOW 9

#endif /* DLT_PROTOCOL_H */
