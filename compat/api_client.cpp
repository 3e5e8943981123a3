/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: DltClient, the daemon client of dlt_client.h that dlt-receive,
 * dlt-control and python3-dlt use: connect over TCP, a UNIX socket, a
 * serial line or UDP multicast, hand every received message to a callback
 * (dlt_client_main_loop), and send control requests.  Messages on the wire
 * and return values follow libdlt 2.18.8 (compared byte for byte in
 * tests/reader/test-client.sh).  Not on the logging path: allocation is
 * fine here. */
#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <termios.h>
#include <unistd.h>

#include <atomic>

#include "compat/shim.hpp"
#include "dlt_client.h"
#include "lib/diag.hpp"

using dltng::DiagLevel;

namespace {

using MessageCallback = int (*)(DltMessage *, void *);
using FetchCallback = bool (*)(void *);

/* Set before dlt_client_main_loop and read by it; a tool registers them
 * once at start, so relaxed ordering is enough. */
std::atomic<MessageCallback> g_message_callback{nullptr};
std::atomic<FetchCallback> g_fetch_callback{nullptr};

/* Ids of control messages whose caller gave none. */
constexpr char kDummyApid[] = "CA1";
constexpr char kDummyCtid[] = "CC1";
/* The application and context ids upstream puts on the level setters. */
constexpr char kSetterApid[] = "APP";
constexpr char kSetterCtid[] = "CON";
/* Interface name of the set requests ("remote"). */
constexpr char kCom[] = "remo";

constexpr int kStorageSize = sizeof(DltStorageHeader);

/* Write all of data, restarting after signals; false on error. */
bool write_all(int fd, const void *data, std::size_t size, bool socket)
{
    const char *p = static_cast<const char *>(data);
    while (size > 0) {
        const ssize_t n = socket ? send(fd, p, size, MSG_NOSIGNAL) : write(fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

/* A request with the setters' ids, or (queries) with none: "CA1"/"CC1".
 * dlt_client_send_ctrl_msg only reads ids and payload despite its char *. */
DltReturnValue send_request(DltClient *client, const void *req, std::size_t size, bool named_ids)
{
    char empty[1] = "";
    return dlt_client_send_ctrl_msg(client, named_ids ? const_cast<char *>(kSetterApid) : empty,
                                    named_ids ? const_cast<char *>(kSetterCtid) : empty,
                                    static_cast<uint8_t *>(const_cast<void *>(req)),
                                    static_cast<uint32_t>(size));
}

char *dup_string(const char *s)
{
    return s ? strdup(s) : nullptr;
}

DltReturnValue connect_tcp(DltClient *client, int verbose)
{
    char port[16];
    std::snprintf(port, sizeof port, "%d", client->port);
    struct addrinfo hints;
    std::memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    struct addrinfo *list = nullptr;
    const int rv = getaddrinfo(client->servIP, port, &hints, &list);
    if (rv != 0) {
        dltng::diag(DiagLevel::kError, "getaddrinfo: %s", gai_strerror(rv));
        return DLT_RETURN_ERROR;
    }
    int fd = -1;
    for (struct addrinfo *a = list; a; a = a->ai_next) {
        fd = socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0)
            continue;
        if (connect(fd, a->ai_addr, a->ai_addrlen) == 0)
            break;
        close(fd);
        fd = -1;
    }
    freeaddrinfo(list);
    if (fd < 0) {
        dltng::diag(DiagLevel::kError, "ERROR: failed to connect! %s", std::strerror(errno));
        return DLT_RETURN_ERROR;
    }
    client->sock = fd;
    if (verbose)
        std::printf("Connected to DLT daemon (%s)\n", client->servIP);
    return DLT_RETURN_OK;
}

DltReturnValue connect_unix(DltClient *client, int verbose)
{
    if (!client->socketPath)
        return DLT_RETURN_ERROR;
    const int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        dltng::diag(DiagLevel::kError, "socket() failed! %s", std::strerror(errno));
        return DLT_RETURN_ERROR;
    }
    struct sockaddr_un addr;
    std::memset(&addr, 0, sizeof addr);
    addr.sun_family = AF_UNIX;
    std::strncpy(addr.sun_path, client->socketPath, sizeof addr.sun_path - 1);
    if (connect(fd, reinterpret_cast<struct sockaddr *>(&addr), sizeof addr) != 0) {
        dltng::diag(DiagLevel::kError, "ERROR: (unix) connect() failed! %s", std::strerror(errno));
        close(fd);
        return DLT_RETURN_ERROR;
    }
    client->sock = fd;
    if (verbose)
        std::printf("Connected to DLT daemon (%s)\n", client->socketPath);
    return DLT_RETURN_OK;
}

DltReturnValue connect_serial(DltClient *client, int verbose)
{
    if (!client->serialDevice)
        return DLT_RETURN_ERROR;
    const int fd = open(client->serialDevice, O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        dltng::diag(DiagLevel::kError, "ERROR: Failed to open device %s", client->serialDevice);
        return DLT_RETURN_ERROR;
    }
    if (dlt_setup_serial(fd, client->baudrate) < DLT_RETURN_OK) {
        dltng::diag(DiagLevel::kError, "ERROR: Failed to configure serial device %s",
                    client->serialDevice);
        close(fd);
        return DLT_RETURN_ERROR;
    }
    client->sock = fd;
    if (verbose)
        std::printf("Connected to %s\n", client->serialDevice);
    return DLT_RETURN_OK;
}

DltReturnValue connect_udp(DltClient *client, int verbose)
{
    if (!client->servIP)
        return DLT_RETURN_ERROR;
    const int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        dltng::diag(DiagLevel::kError, "ERROR: socket error: %s", std::strerror(errno));
        return DLT_RETURN_ERROR;
    }
    const int yes = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    struct sockaddr_in addr;
    std::memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    addr.sin_port = htons(static_cast<uint16_t>(client->port));
    struct ip_mreq mreq;
    std::memset(&mreq, 0, sizeof mreq);
    mreq.imr_multiaddr.s_addr = inet_addr(client->servIP);
    mreq.imr_interface.s_addr = client->hostip ? inet_addr(client->hostip) : htonl(INADDR_ANY);
    if (bind(fd, reinterpret_cast<struct sockaddr *>(&addr), sizeof addr) != 0 ||
        setsockopt(fd, IPPROTO_IP, IP_ADD_MEMBERSHIP, &mreq, sizeof mreq) != 0) {
        dltng::diag(DiagLevel::kError, "ERROR: multicast setup failed: %s", std::strerror(errno));
        close(fd);
        return DLT_RETURN_ERROR;
    }
    client->sock = fd;
    if (verbose)
        std::printf("Connected to multicast group %s\n", client->servIP);
    return DLT_RETURN_OK;
}

} // namespace

/* ---- serial line helpers (dlt_common.h) ---- */

DLT_EXPORT speed_t dlt_convert_serial_speed(int baudrate)
{
    switch (baudrate) {
    case 50: return B50;
    case 75: return B75;
    case 110: return B110;
    case 134: return B134;
    case 150: return B150;
    case 200: return B200;
    case 300: return B300;
    case 600: return B600;
    case 1200: return B1200;
    case 1800: return B1800;
    case 2400: return B2400;
    case 4800: return B4800;
    case 9600: return B9600;
    case 19200: return B19200;
    case 38400: return B38400;
    case 57600: return B57600;
    case 115200: return B115200;
    case 230400: return B230400;
    case 460800: return B460800;
    case 500000: return B500000;
    case 576000: return B576000;
    case 921600: return B921600;
    case 1000000: return B1000000;
    case 1152000: return B1152000;
    case 1500000: return B1500000;
    case 2000000: return B2000000;
    case 2500000: return B2500000;
    case 3000000: return B3000000;
    case 3500000: return B3500000;
    case 4000000: return B4000000;
    default: return B115200;
    }
}

DLT_EXPORT DltReturnValue dlt_setup_serial(int fd, speed_t speed)
{
    if (fd < 0)
        return DLT_RETURN_WRONG_PARAMETER;
    struct termios t;
    if (tcgetattr(fd, &t) != 0)
        return DLT_RETURN_ERROR;
    /* Raw 8N1, no flow control, reads return what is there. */
    cfmakeraw(&t);
    t.c_cflag |= CLOCAL | CREAD;
    t.c_cflag &= ~(CSTOPB | PARENB | CRTSCTS);
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    if (cfsetispeed(&t, speed) != 0 || cfsetospeed(&t, speed) != 0 ||
        tcsetattr(fd, TCSANOW, &t) != 0)
        return DLT_RETURN_ERROR;
    return DLT_RETURN_OK;
}

/* ---- set up, connect, tear down ---- */

DLT_EXPORT void dlt_client_register_message_callback(int (*registerd_callback)(DltMessage *message,
                                                                                void *data))
{
    g_message_callback.store(registerd_callback, std::memory_order_relaxed);
}

DLT_EXPORT void dlt_client_register_fetch_next_message_callback(bool (*registerd_callback)(void *data))
{
    g_fetch_callback.store(registerd_callback, std::memory_order_relaxed);
}

DLT_EXPORT int dlt_client_init_port(DltClient *client, int port, int verbose)
{
    if (verbose && port != DLT_DAEMON_TCP_PORT)
        std::printf("Init dlt client struct with port %d\n", port);
    if (!client)
        return DLT_RETURN_ERROR;
    client->sock = -1;
    client->servIP = nullptr;
    client->serialDevice = nullptr;
    client->baudrate = B115200;
    client->port = port;
    client->socketPath = nullptr;
    client->mode = DLT_CLIENT_MODE_TCP;
    client->receiver.buffer = nullptr;
    client->receiver.buf = nullptr;
    client->receiver.backup_buf = nullptr;
    client->hostip = nullptr;
    client->send_serial_header = 0;
    client->resync_serial_header = 0;
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_client_init(DltClient *client, int verbose)
{
    if (verbose)
        std::printf("Init dlt client struct with default port: %d.\n", DLT_DAEMON_TCP_PORT);
    if (!client)
        return DLT_RETURN_ERROR;
    int port = DLT_DAEMON_TCP_PORT;
    if (const char *env = std::getenv("DLT_DAEMON_TCP_PORT")) {
        port = std::atoi(env);
        if (port < 1 || port > 65535) {
            dltng::diag(DiagLevel::kError, "%s: Specified port is out of possible range: %d.",
                        __func__, port);
            return DLT_RETURN_ERROR;
        }
    }
    return static_cast<DltReturnValue>(dlt_client_init_port(client, port, verbose));
}

DLT_EXPORT DltReturnValue dlt_client_connect(DltClient *client, int verbose)
{
    if (!client)
        return DLT_RETURN_ERROR;
    DltReturnValue rc;
    DltReceiverType type = DLT_RECEIVE_SOCKET;
    switch (client->mode) {
    case DLT_CLIENT_MODE_TCP: rc = connect_tcp(client, verbose); break;
    case DLT_CLIENT_MODE_SERIAL:
        rc = connect_serial(client, verbose);
        type = DLT_RECEIVE_FD;
        break;
    case DLT_CLIENT_MODE_UNIX: rc = connect_unix(client, verbose); break;
    case DLT_CLIENT_MODE_UDP_MULTICAST:
        rc = connect_udp(client, verbose);
        type = DLT_RECEIVE_UDP_SOCKET;
        break;
    default:
        dltng::diag(DiagLevel::kError, "ERROR: Mode not supported: %d", client->mode);
        return DLT_RETURN_ERROR;
    }
    if (rc != DLT_RETURN_OK)
        return rc;
    if (dlt_receiver_init(&client->receiver, client->sock, type, DLT_RECEIVE_BUFSIZE) !=
        DLT_RETURN_OK) {
        dltng::diag(DiagLevel::kError, "ERROR initializing receiver");
        return DLT_RETURN_ERROR;
    }
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_client_cleanup(DltClient *client, int verbose)
{
    if (verbose)
        std::printf("Cleanup dlt client\n");
    if (!client)
        return DLT_RETURN_WRONG_PARAMETER;
    /* The descriptor number stays in sock, as upstream leaves it. */
    if (client->sock != -1)
        close(client->sock);
    DltReturnValue rc = DLT_RETURN_OK;
    if (dlt_receiver_free(&client->receiver) != DLT_RETURN_OK) {
        dltng::diag(DiagLevel::kWarning, "Failed to free receiver");
        rc = DLT_RETURN_ERROR;
    }
    std::free(client->serialDevice);
    std::free(client->servIP);
    std::free(client->socketPath);
    std::free(client->hostip);
    client->serialDevice = nullptr;
    client->servIP = nullptr;
    client->socketPath = nullptr;
    client->hostip = nullptr;
    return rc;
}

DLT_EXPORT DltReturnValue dlt_client_main_loop(DltClient *client, void *data, int verbose)
{
    if (!client)
        return DLT_RETURN_WRONG_PARAMETER;
    DltMessage msg;
    if (dlt_message_init(&msg, verbose) != DLT_RETURN_OK)
        return DLT_RETURN_ERROR;
    bool fetch_next = true;
    while (fetch_next) {
        if (dlt_receiver_receive(&client->receiver) <= 0) {
            /* The daemon closed the connection (or reading failed). */
            dlt_message_free(&msg, verbose);
            return DLT_RETURN_TRUE;
        }
        /* Every complete message in the buffer goes to the callback. */
        while (dlt_message_read(&msg, reinterpret_cast<uint8_t *>(client->receiver.buf),
                                static_cast<unsigned>(client->receiver.bytesRcvd),
                                client->resync_serial_header, verbose) ==
               DLT_MESSAGE_ERROR_OK) {
            if (MessageCallback cb = g_message_callback.load(std::memory_order_relaxed))
                cb(&msg, data);
            int used = msg.headersize - kStorageSize + msg.datasize + msg.resync_offset;
            if (msg.found_serialheader)
                used += static_cast<int>(sizeof dltSerialHeader);
            if (dlt_receiver_remove(&client->receiver, used) != DLT_RETURN_OK) {
                dlt_message_free(&msg, verbose);
                return DLT_RETURN_ERROR;
            }
        }
        if (dlt_receiver_move_to_begin(&client->receiver) != DLT_RETURN_OK) {
            dlt_message_free(&msg, verbose);
            return DLT_RETURN_ERROR;
        }
        if (FetchCallback cb = g_fetch_callback.load(std::memory_order_relaxed))
            fetch_next = cb(data);
    }
    dlt_message_free(&msg, verbose);
    return DLT_RETURN_OK;
}

/* ---- sending ---- */

DLT_EXPORT DltReturnValue dlt_client_send_message_to_socket(DltClient *client, DltMessage *msg)
{
    if (!client || !msg || client->sock < 0)
        return DLT_RETURN_WRONG_PARAMETER;
    const bool sock = client->mode != DLT_CLIENT_MODE_SERIAL;
    if ((client->send_serial_header &&
         !write_all(client->sock, dltSerialHeader, sizeof dltSerialHeader, sock)) ||
        !write_all(client->sock, msg->headerbuffer + kStorageSize,
                   static_cast<std::size_t>(msg->headersize - kStorageSize), sock) ||
        !write_all(client->sock, msg->databuffer, static_cast<std::size_t>(msg->datasize), sock)) {
        dltng::diag(DiagLevel::kWarning, "Sending message failed");
        return DLT_RETURN_ERROR;
    }
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_client_send_ctrl_msg(DltClient *client, char *apid, char *ctid,
                                                   uint8_t *payload, uint32_t size)
{
    if (!client || !apid || !ctid || (!payload && size))
        return DLT_RETURN_ERROR;
    DltMessage msg;
    if (dlt_message_init(&msg, 0) != DLT_RETURN_OK)
        return DLT_RETURN_ERROR;
    msg.datasize = static_cast<int32_t>(size);
    msg.databuffer = static_cast<uint8_t *>(std::malloc(size ? size : 1));
    if (!msg.databuffer)
        return DLT_RETURN_ERROR;
    msg.databuffersize = msg.datasize;
    if (size)
        std::memcpy(msg.databuffer, payload, size);
    msg.storageheader = reinterpret_cast<DltStorageHeader *>(msg.headerbuffer);
    dlt_set_storageheader(msg.storageheader, "");
    msg.standardheader = reinterpret_cast<DltStandardHeader *>(msg.headerbuffer + kStorageSize);
    msg.standardheader->htyp = DLT_HTYP_WEID | DLT_HTYP_WTMS | DLT_HTYP_UEH |
                               DLT_HTYP_PROTOCOL_VERSION1;
#if (BYTE_ORDER == BIG_ENDIAN)
    msg.standardheader->htyp |= DLT_HTYP_MSBF;
#endif
    msg.standardheader->mcnt = 0;
    dlt_set_id(msg.headerextra.ecu, client->ecuid);
    msg.headerextra.tmsp = dlt_uptime();
    dlt_message_set_extraparameters(&msg, 0);
    const int extra = DLT_STANDARD_HEADER_EXTRA_SIZE(msg.standardheader->htyp);
    msg.extendedheader = reinterpret_cast<DltExtendedHeader *>(
        msg.headerbuffer + kStorageSize + sizeof(DltStandardHeader) + extra);
    msg.extendedheader->msin = DLT_MSIN_CONTROL_REQUEST;
    msg.extendedheader->noar = 1;
    dlt_set_id(msg.extendedheader->apid, apid[0] ? apid : kDummyApid);
    dlt_set_id(msg.extendedheader->ctid, ctid[0] ? ctid : kDummyCtid);
    msg.headersize = static_cast<int32_t>(kStorageSize + sizeof(DltStandardHeader) + extra +
                                          sizeof(DltExtendedHeader));
    const uint32_t len = static_cast<uint32_t>(msg.headersize - kStorageSize) + size;
    if (len > UINT16_MAX) {
        dltng::diag(DiagLevel::kError, "Critical: Huge injection message discarded!");
        dlt_message_free(&msg, 0);
        return DLT_RETURN_ERROR;
    }
    msg.standardheader->len = DLT_HTOBE_16(static_cast<uint16_t>(len));
    DltReturnValue rc = dlt_client_send_message_to_socket(client, &msg);
    if (rc == DLT_RETURN_OK) {
        uint32_t id = 0;
        if (size >= sizeof id)
            std::memcpy(&id, payload, sizeof id);
        dltng::diag(DiagLevel::kInfo, "%s: Control message forwarded : %s", __func__,
                    dlt_get_service_name(id));
    } else {
        rc = DLT_RETURN_ERROR;
    }
    dlt_message_free(&msg, 0);
    return rc;
}

DLT_EXPORT DltReturnValue dlt_client_send_inject_msg(DltClient *client, char *apid, char *ctid,
                                                     uint32_t serviceID, uint8_t *buffer,
                                                     uint32_t size)
{
    if (!client || (!buffer && size))
        return DLT_RETURN_ERROR;
    /* service id, data length, data */
    const std::size_t total = 2 * sizeof(uint32_t) + size;
    uint8_t *payload = static_cast<uint8_t *>(std::malloc(total));
    if (!payload)
        return DLT_RETURN_ERROR;
    std::memcpy(payload, &serviceID, sizeof serviceID);
    std::memcpy(payload + sizeof serviceID, &size, sizeof size);
    if (size)
        std::memcpy(payload + 2 * sizeof(uint32_t), buffer, size);
    const DltReturnValue rc =
        dlt_client_send_ctrl_msg(client, apid, ctid, payload, static_cast<uint32_t>(total));
    std::free(payload);
    return rc == DLT_RETURN_OK ? DLT_RETURN_OK : DLT_RETURN_ERROR;
}

DLT_EXPORT DltReturnValue dlt_client_send_log_level(DltClient *client, char *apid, char *ctid,
                                                    uint8_t logLevel)
{
    if (!client) /* NULL ids are empty ids (dlt-control -l LEVEL) */
        return DLT_RETURN_ERROR;
    DltServiceSetLogLevel req;
    std::memset(&req, 0, sizeof req);
    req.service_id = DLT_SERVICE_ID_SET_LOG_LEVEL;
    dlt_set_id(req.apid, apid);
    dlt_set_id(req.ctid, ctid);
    req.log_level = logLevel;
    dlt_set_id(req.com, kCom);
    return send_request(client, &req, sizeof req, true) == DLT_RETURN_OK
               ? DLT_RETURN_OK
               : DLT_RETURN_ERROR;
}

DLT_EXPORT DltReturnValue dlt_client_send_trace_status(DltClient *client, char *apid, char *ctid,
                                                       uint8_t traceStatus)
{
    if (!client) /* NULL ids are empty ids (dlt-control -l LEVEL) */
        return DLT_RETURN_ERROR;
    DltServiceSetLogLevel req; /* the same layout, the status in log_level */
    std::memset(&req, 0, sizeof req);
    req.service_id = DLT_SERVICE_ID_SET_TRACE_STATUS;
    dlt_set_id(req.apid, apid);
    dlt_set_id(req.ctid, ctid);
    req.log_level = traceStatus;
    dlt_set_id(req.com, kCom);
    return send_request(client, &req, sizeof req, true) == DLT_RETURN_OK
               ? DLT_RETURN_OK
               : DLT_RETURN_ERROR;
}

namespace {

DltReturnValue send_level(DltClient *client, uint32_t service, uint8_t level)
{
    if (!client)
        return DLT_RETURN_ERROR;
    DltServiceSetDefaultLogLevel req;
    std::memset(&req, 0, sizeof req);
    req.service_id = service;
    req.log_level = level;
    dlt_set_id(req.com, kCom);
    return send_request(client, &req, sizeof req, true) == DLT_RETURN_OK
               ? DLT_RETURN_OK
               : DLT_RETURN_ERROR;
}

DltReturnValue send_service(DltClient *client, uint32_t service, bool named_ids)
{
    if (!client)
        return DLT_RETURN_ERROR;
    return send_request(client, &service, sizeof service, named_ids) ==
                   DLT_RETURN_OK
               ? DLT_RETURN_OK
               : DLT_RETURN_ERROR;
}

} // namespace

DLT_EXPORT DltReturnValue dlt_client_send_default_log_level(DltClient *client, uint8_t defaultLogLevel)
{
    return send_level(client, DLT_SERVICE_ID_SET_DEFAULT_LOG_LEVEL, defaultLogLevel);
}

DLT_EXPORT DltReturnValue dlt_client_send_all_log_level(DltClient *client, uint8_t LogLevel)
{
    return send_level(client, DLT_SERVICE_ID_SET_ALL_LOG_LEVEL, LogLevel);
}

DLT_EXPORT DltReturnValue dlt_client_send_default_trace_status(DltClient *client,
                                                               uint8_t defaultTraceStatus)
{
    return send_level(client, DLT_SERVICE_ID_SET_DEFAULT_TRACE_STATUS, defaultTraceStatus);
}

DLT_EXPORT DltReturnValue dlt_client_send_all_trace_status(DltClient *client, uint8_t traceStatus)
{
    return send_level(client, DLT_SERVICE_ID_SET_ALL_TRACE_STATUS, traceStatus);
}

DLT_EXPORT DltReturnValue dlt_client_send_timing_pakets(DltClient *client, uint8_t timingPakets)
{
    if (!client)
        return DLT_RETURN_ERROR;
    DltServiceSetVerboseMode req;
    req.service_id = DLT_SERVICE_ID_SET_TIMING_PACKETS;
    req.new_status = timingPakets;
    return send_request(client, &req, sizeof req, true) == DLT_RETURN_OK
               ? DLT_RETURN_OK
               : DLT_RETURN_ERROR;
}

DLT_EXPORT DltReturnValue dlt_client_send_store_config(DltClient *client)
{
    return send_service(client, DLT_SERVICE_ID_STORE_CONFIG, true);
}

DLT_EXPORT DltReturnValue dlt_client_send_reset_to_factory_default(DltClient *client)
{
    return send_service(client, DLT_SERVICE_ID_RESET_TO_FACTORY_DEFAULT, true);
}

DLT_EXPORT int dlt_client_get_log_info(DltClient *client)
{
    if (!client)
        return DLT_RETURN_WRONG_PARAMETER;
    DltServiceGetLogInfoRequest req;
    std::memset(&req, 0, sizeof req);
    req.service_id = DLT_SERVICE_ID_GET_LOG_INFO;
    req.options = 7; /* everything: levels, trace status and descriptions */
    dlt_set_id(req.com, kCom);
    return send_request(client, &req, sizeof req, false) == DLT_RETURN_OK ? DLT_RETURN_OK
                                                                          : DLT_RETURN_ERROR;
}

DLT_EXPORT DltReturnValue dlt_client_get_default_log_level(DltClient *client)
{
    if (!client)
        return DLT_RETURN_WRONG_PARAMETER;
    return send_service(client, DLT_SERVICE_ID_GET_DEFAULT_LOG_LEVEL, false);
}

DLT_EXPORT int dlt_client_get_software_version(DltClient *client)
{
    if (!client)
        return DLT_RETURN_WRONG_PARAMETER;
    return send_service(client, DLT_SERVICE_ID_GET_SOFTWARE_VERSION, false);
}

/* ---- configuration ---- */

DLT_EXPORT DltReturnValue dlt_client_setbaudrate(DltClient *client, int baudrate)
{
    if (!client)
        return DLT_RETURN_WRONG_PARAMETER;
    client->baudrate = dlt_convert_serial_speed(baudrate);
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_client_set_mode(DltClient *client, DltClientMode mode)
{
    if (!client)
        return DLT_RETURN_WRONG_PARAMETER;
    client->mode = mode;
    return DLT_RETURN_OK;
}

namespace {

int set_string(char **field, const char *value, const char *what)
{
    std::free(*field);
    *field = dup_string(value);
    if (!*field) {
        dltng::diag(DiagLevel::kError, "ERROR: failed to duplicate %s", what);
        return DLT_RETURN_ERROR;
    }
    return DLT_RETURN_OK;
}

} // namespace

DLT_EXPORT int dlt_client_set_server_ip(DltClient *client, char *ipaddr)
{
    if (!client)
        return DLT_RETURN_ERROR;
    return set_string(&client->servIP, ipaddr, "server IP");
}

DLT_EXPORT int dlt_client_set_host_if_address(DltClient *client, char *hostip)
{
    if (!client)
        return DLT_RETURN_ERROR;
    return set_string(&client->hostip, hostip, "UDP interface address");
}

DLT_EXPORT int dlt_client_set_serial_device(DltClient *client, char *serial_device)
{
    if (!client)
        return DLT_RETURN_ERROR;
    return set_string(&client->serialDevice, serial_device, "serial device");
}

DLT_EXPORT int dlt_client_set_socket_path(DltClient *client, char *socket_path)
{
    if (!client)
        return DLT_RETURN_ERROR;
    return set_string(&client->socketPath, socket_path, "socket path");
}
