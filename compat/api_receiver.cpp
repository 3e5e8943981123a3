/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: DltReceiver, the buffered reader of sockets, pipes and serial
 * lines that dlt-receive, dlt-control and python3-dlt use (dlt_receiver_*):
 * receive appends to what is still unread, remove consumes parsed bytes,
 * move_to_begin moves the unread rest to the start of the buffer.  Not on
 * the logging path (the library's own FIFO reader is lib/ipc). */
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

#include "compat/shim.hpp"
#include "lib/diag.hpp"

using dltng::DiagLevel;

namespace {

/* sizeof(DltUserHeader): the "DUH\1" pattern and the message type. */
constexpr unsigned kUserHeaderSize = 8;

void reset(DltReceiver *r, int fd, DltReceiverType type)
{
    r->lastBytesRcvd = 0;
    r->bytesRcvd = 0;
    r->totalBytesRcvd = 0;
    r->backup_buf = nullptr;
    r->fd = fd;
    r->type = type;
    std::memset(&r->addr, 0, sizeof r->addr);
}

} // namespace

DLT_EXPORT DltReturnValue dlt_receiver_init(DltReceiver *receiver, int fd, DltReceiverType type,
                                            int buffersize)
{
    if (!receiver || buffersize <= 0)
        return DLT_RETURN_WRONG_PARAMETER;
    reset(receiver, fd, type);
    receiver->buffersize = buffersize;
    receiver->buffer = static_cast<char *>(std::malloc(static_cast<std::size_t>(buffersize)));
    receiver->buf = receiver->buffer;
    if (!receiver->buffer) {
        dltng::diag(DiagLevel::kError, "Can't allocate memory for receive buffer");
        receiver->buffersize = 0;
        return DLT_RETURN_ERROR;
    }
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_receiver_init_global_buffer(DltReceiver *receiver, int fd,
                                                          DltReceiverType type, char **buffer)
{
    if (!receiver || !buffer)
        return DLT_RETURN_WRONG_PARAMETER;
    /* The caller's buffer, allocated here on first use and shared by all
     * receivers initialised with it. */
    if (!*buffer) {
        *buffer = static_cast<char *>(std::malloc(DLT_RECEIVE_BUFSIZE));
        if (!*buffer) {
            dltng::diag(DiagLevel::kError, "Can't allocate memory for receive buffer");
            return DLT_RETURN_ERROR;
        }
    }
    reset(receiver, fd, type);
    receiver->buffersize = DLT_RECEIVE_BUFSIZE;
    receiver->buffer = *buffer;
    receiver->buf = *buffer;
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_receiver_free(DltReceiver *receiver)
{
    if (!receiver)
        return DLT_RETURN_WRONG_PARAMETER;
    std::free(receiver->buffer);
    std::free(receiver->backup_buf);
    receiver->buffer = nullptr;
    receiver->buf = nullptr;
    receiver->backup_buf = nullptr;
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_receiver_free_global_buffer(DltReceiver *receiver)
{
    if (!receiver)
        return DLT_RETURN_WRONG_PARAMETER;
    /* The buffer belongs to the caller. */
    std::free(receiver->backup_buf);
    receiver->buffer = nullptr;
    receiver->buf = nullptr;
    receiver->backup_buf = nullptr;
    return DLT_RETURN_OK;
}

DLT_EXPORT int dlt_receiver_receive(DltReceiver *receiver)
{
    if (!receiver || !receiver->buffer)
        return -1;
    /* move_to_begin left the unread bytes at the start of the buffer. */
    receiver->buf = receiver->buffer;
    receiver->lastBytesRcvd = receiver->bytesRcvd;
    if (receiver->lastBytesRcvd && receiver->backup_buf) {
        std::memcpy(receiver->buf, receiver->backup_buf,
                    static_cast<std::size_t>(receiver->lastBytesRcvd));
        std::free(receiver->backup_buf);
        receiver->backup_buf = nullptr;
    }
    char *at = receiver->buf + receiver->lastBytesRcvd;
    const std::size_t room = static_cast<std::size_t>(receiver->buffersize - receiver->lastBytesRcvd);
    ssize_t got;
    do {
        if (receiver->type == DLT_RECEIVE_SOCKET) {
            got = recv(receiver->fd, at, room, 0);
        } else if (receiver->type == DLT_RECEIVE_UDP_SOCKET) {
            socklen_t len = sizeof receiver->addr;
            got = recvfrom(receiver->fd, at, room, 0,
                           reinterpret_cast<struct sockaddr *>(&receiver->addr), &len);
        } else {
            got = read(receiver->fd, at, room);
        }
    } while (got < 0 && errno == EINTR);
    if (got <= 0) {
        /* Closed or failed: 0, and nothing held any more, as upstream. */
        receiver->bytesRcvd = 0;
        return 0;
    }
    receiver->totalBytesRcvd += static_cast<int32_t>(got);
    receiver->bytesRcvd = receiver->lastBytesRcvd + static_cast<int32_t>(got);
    return receiver->bytesRcvd;
}

DLT_EXPORT DltReturnValue dlt_receiver_remove(DltReceiver *receiver, int size)
{
    if (!receiver || !receiver->buf)
        return DLT_RETURN_WRONG_PARAMETER;
    if (size > receiver->bytesRcvd || size <= 0) {
        /* Nothing sensible to keep: drop everything. */
        receiver->buf += receiver->bytesRcvd;
        receiver->bytesRcvd = 0;
        return DLT_RETURN_WRONG_PARAMETER;
    }
    receiver->bytesRcvd -= size;
    receiver->buf += size;
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_receiver_move_to_begin(DltReceiver *receiver)
{
    if (!receiver || !receiver->buffer || !receiver->buf)
        return DLT_RETURN_WRONG_PARAMETER;
    if (receiver->buffer != receiver->buf && receiver->bytesRcvd > 0)
        std::memmove(receiver->buffer, receiver->buf, static_cast<std::size_t>(receiver->bytesRcvd));
    receiver->buf = receiver->buffer;
    return DLT_RETURN_OK;
}

DLT_EXPORT int dlt_receiver_check_and_get(DltReceiver *receiver, void *dest, unsigned int to_get,
                                          unsigned int skip_header)
{
    unsigned int min_size = to_get;
    if (skip_header & DLT_RCV_SKIP_HEADER)
        min_size += kUserHeaderSize;
    if (!receiver || !dest || !receiver->buf || receiver->bytesRcvd < 0 ||
        static_cast<unsigned>(receiver->bytesRcvd) < min_size)
        return DLT_RETURN_WRONG_PARAMETER;
    const char *src = receiver->buf;
    if (skip_header & DLT_RCV_SKIP_HEADER)
        src += kUserHeaderSize;
    std::memcpy(dest, src, to_get);
    if ((skip_header & DLT_RCV_REMOVE) &&
        dlt_receiver_remove(receiver, static_cast<int>(min_size)) != DLT_RETURN_OK) {
        dltng::diag(DiagLevel::kWarning, "Can't remove bytes from receiver");
        return DLT_RETURN_ERROR;
    }
    return static_cast<int>(to_get);
}
