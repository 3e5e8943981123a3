/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: client side of the daemon protocol (connect, receive, control messages). Written for libdlt-ng; declarations follow the COVESA DLT 2.18.8 ABI. */

/*
 * Used by dlt-receive, dlt-control and python3-dlt to talk to a dlt-daemon
 * over TCP, a serial line, a UNIX socket or UDP multicast.  DltClient is
 * allocated by the caller (python3-dlt mirrors it with ctypes), so its
 * layout is fixed.
 */

#ifndef DLT_CLIENT_H
#define DLT_CLIENT_H

#include "dlt_types.h"
#include "dlt_common.h"
#include <stdbool.h>

/* Transport of a DltClient. */
typedef enum
{
    DLT_CLIENT_MODE_UNDEFINED = -1,
    DLT_CLIENT_MODE_TCP,            /* 0 */
    DLT_CLIENT_MODE_SERIAL,         /* 1 */
    DLT_CLIENT_MODE_UNIX,           /* 2 */
    DLT_CLIENT_MODE_UDP_MULTICAST   /* 3 */
} DltClientMode;

typedef struct
{
    DltReceiver receiver;       /* incoming data */
    int sock;                   /* connected descriptor */
    char *servIP;               /* TCP: daemon host; UDP: multicast group */
    char *hostip;               /* UDP: local interface address */
    int port;                   /* TCP/UDP port */
    char *serialDevice;
    char *socketPath;           /* UNIX socket path */
    char ecuid[4];              /* ECU id put into control messages */
    speed_t baudrate;           /* serial only */
    DltClientMode mode;
    int send_serial_header;     /* prefix sent messages with "DLS\1" */
    int resync_serial_header;   /* resynchronise on "DLS\1" when reading */
} DltClient;

#ifdef __cplusplus
extern "C" {
#endif

/* Callbacks invoked by dlt_client_main_loop(). */
void dlt_client_register_message_callback(int (*registerd_callback)(DltMessage *message, void *data));
void dlt_client_register_fetch_next_message_callback(bool (*registerd_callback)(void *data));

/* set up / connect / tear down */
int dlt_client_init_port(DltClient *client, int port, int verbose);
DltReturnValue dlt_client_init(DltClient *client, int verbose);
DltReturnValue dlt_client_connect(DltClient *client, int verbose);
DltReturnValue dlt_client_cleanup(DltClient *client, int verbose);
DltReturnValue dlt_client_main_loop(DltClient *client, void *data, int verbose);

/* sending */
DltReturnValue dlt_client_send_message_to_socket(DltClient *client, DltMessage *msg);
DltReturnValue dlt_client_send_ctrl_msg(DltClient *client, char *apid, char *ctid, uint8_t *payload, uint32_t size);
DltReturnValue dlt_client_send_inject_msg(DltClient *client,
                                          char *apid,
                                          char *ctid,
                                          uint32_t serviceID,
                                          uint8_t *buffer,
                                          uint32_t size);
DltReturnValue dlt_client_send_log_level(DltClient *client, char *apid, char *ctid, uint8_t logLevel);

/* queries */
int dlt_client_get_log_info(DltClient *client);
DltReturnValue dlt_client_get_default_log_level(DltClient *client);
int dlt_client_get_software_version(DltClient *client);

/* declared as in 2.18.8; not exported by libdlt.so.2 */
void dlt_getloginfo_init(void);
void dlt_getloginfo_free(void);

DltReturnValue dlt_client_send_trace_status(DltClient *client, char *apid, char *ctid, uint8_t traceStatus);
DltReturnValue dlt_client_send_default_log_level(DltClient *client, uint8_t defaultLogLevel);
DltReturnValue dlt_client_send_all_log_level(DltClient *client, uint8_t LogLevel);
DltReturnValue dlt_client_send_default_trace_status(DltClient *client, uint8_t defaultTraceStatus);
DltReturnValue dlt_client_send_all_trace_status(DltClient *client, uint8_t traceStatus);
DltReturnValue dlt_client_send_timing_pakets(DltClient *client, uint8_t timingPakets);
DltReturnValue dlt_client_send_store_config(DltClient *client);
DltReturnValue dlt_client_send_reset_to_factory_default(DltClient *client);

/* configuration */
DltReturnValue dlt_client_setbaudrate(DltClient *client, int baudrate);
DltReturnValue dlt_client_set_mode(DltClient *client, DltClientMode mode);
int dlt_client_set_server_ip(DltClient *client, char *ipaddr);
int dlt_client_set_host_if_address(DltClient *client, char *hostip);
int dlt_client_set_serial_device(DltClient *client, char *serial_device);
int dlt_client_set_socket_path(DltClient *client, char *socket_path);

/* GET_LOG_INFO response text -> structure, and its release */
DltReturnValue dlt_client_parse_get_log_info_resp_text(DltServiceGetLogInfoResponse *resp, char *resp_text);
int dlt_client_cleanup_get_log_info(DltServiceGetLogInfoResponse *resp);

#ifdef __cplusplus
}
#endif

#endif /* DLT_CLIENT_H */
