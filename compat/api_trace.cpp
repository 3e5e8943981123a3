/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: network trace messages (MSTP NW_TRACE, MTIN = trace type).
 *
 * Sent only while the context's trace status is on.  A trace that does not
 * fit one message is either truncated (header, original length, the payload
 * cut to fit) or, with the segmented variant, sent as a start message,
 * 1024-byte chunks and an end message.  Upstream sends the chunks from an
 * extra thread through a POSIX message queue; libdlt-ng queues them all
 * into its ring at once from the calling thread, so no thread and no
 * message queue exist for it. */
#include <cstring>
#include <sys/time.h>

#include "compat/shim.hpp"
#include "lib/wire.hpp"

using namespace dltng;
using dltng::shim::abandon_message;
using dltng::shim::begin_message;
using dltng::shim::finish_message;

namespace {

constexpr uint16_t kSegmentSize = 1024;
/* A raw argument costs its type info and 16-bit length besides its bytes. */
constexpr size_t kRawOverhead = sizeof(uint32_t) + sizeof(uint16_t);

/* Checks shared by every variant: DLT_RETURN_TRUE to go on, else the
 * value to return (DLT_RETURN_OK when tracing is off for the context). */
DltReturnValue trace_allowed(DltContext *handle, DltNetworkTraceType type) noexcept
{
    if (!handle) /* upstream 2.18.8 crashes here */
        return DLT_RETURN_WRONG_PARAMETER;
    if (type < DLT_NW_TRACE_IPC || type >= DLT_NW_TRACE_MAX)
        return DLT_RETURN_WRONG_PARAMETER;
    if (!running())
        return DLT_RETURN_ERROR;
    if (!handle->trace_status_ptr || load_level(handle->trace_status_ptr) != DLT_TRACE_STATUS_ON)
        return DLT_RETURN_OK;
    return DLT_RETURN_TRUE;
}

/* A started verbose NW_TRACE message, or the error to return. */
DltReturnValue begin_trace(DltContext *handle, DltContextData *log,
                           DltNetworkTraceType type) noexcept
{
    const DltReturnValue rc = begin_message(handle, log, DLT_LOG_DEFAULT, true);
    if (rc == DLT_RETURN_TRUE)
        log->trace_status = type; /* the field carries the trace type, as upstream */
    return rc;
}

DltReturnValue finish_trace(DltContextData *log, DltNetworkTraceType type) noexcept
{
    return finish_message(log, wire::kTypeNwTrace, static_cast<unsigned>(type));
}

size_t capacity() noexcept
{
    return static_cast<size_t>(runtime().log_buf_len.load(std::memory_order_relaxed));
}

/* One message of string tag + further arguments written by fill. */
template <typename Fill>
DltReturnValue tagged_trace(DltContext *handle, DltNetworkTraceType type, const char *tag,
                            Fill fill) noexcept
{
    DltContextData log;
    const DltReturnValue rc = begin_trace(handle, &log, type);
    if (rc != DLT_RETURN_TRUE)
        return rc;
    dlt_user_log_write_string(&log, tag);
    fill(&log);
    return finish_trace(&log, type);
}

} // namespace

DLT_EXPORT DltReturnValue dlt_user_trace_network_truncated(DltContext *handle,
                                                           DltNetworkTraceType nw_trace_type,
                                                           uint16_t header_len, void *header,
                                                           uint16_t payload_len, void *payload,
                                                           int allow_truncate)
{
    const DltReturnValue allowed = trace_allowed(handle, nw_trace_type);
    if (allowed != DLT_RETURN_TRUE)
        return allowed;
    DltContextData log;
    const DltReturnValue rc = begin_trace(handle, &log, nw_trace_type);
    if (rc != DLT_RETURN_TRUE)
        return rc;

    /* As upstream: only a trace whose bytes (plus one length field) exceed
     * the buffer is truncated.  Just below that, the two raw arguments may
     * still not fit: then nothing is sent, as upstream. */
    if (header_len + payload_len + sizeof(uint16_t) <= capacity()) {
        /* A missing header is left out, as upstream does. */
        dlt_user_log_write_raw(&log, header, header_len);
        if (dlt_user_log_write_raw(&log, payload, payload_len) == DLT_RETURN_USER_BUFFER_FULL) {
            abandon_message(&log);
            return DLT_RETURN_ERROR;
        }
        return finish_trace(&log, nw_trace_type);
    }
    if (!allow_truncate) {
        abandon_message(&log);
        return DLT_RETURN_ERROR;
    }
    /* "NWTR", header, original payload length, as much payload as fits. */
    dlt_user_log_write_string(&log, "NWTR");
    if (dlt_user_log_write_raw(&log, header, header_len) == DLT_RETURN_USER_BUFFER_FULL) {
        abandon_message(&log); /* not even the header fits: nothing sent */
        return DLT_RETURN_ERROR;
    }
    dlt_user_log_write_uint32(&log, payload_len);
    const size_t used = static_cast<size_t>(log.size) + kRawOverhead;
    if (payload && used < capacity()) {
        const size_t room = capacity() - used;
        dlt_user_log_write_raw(&log, payload,
                               static_cast<uint16_t>(room < payload_len ? room : payload_len));
    }
    return finish_trace(&log, nw_trace_type);
}

DLT_EXPORT DltReturnValue dlt_user_trace_network(DltContext *handle,
                                                 DltNetworkTraceType nw_trace_type,
                                                 uint16_t header_len, void *header,
                                                 uint16_t payload_len, void *payload)
{
    return dlt_user_trace_network_truncated(handle, nw_trace_type, header_len, header, payload_len,
                                            payload, 1);
}

DLT_EXPORT DltReturnValue dlt_user_trace_network_segmented_start(uint32_t *id, DltContext *handle,
                                                                 DltNetworkTraceType nw_trace_type,
                                                                 uint16_t header_len,
                                                                 void *header,
                                                                 uint16_t payload_len)
{
    if (!id)
        return DLT_RETURN_WRONG_PARAMETER;
    const DltReturnValue allowed = trace_allowed(handle, nw_trace_type);
    if (allowed != DLT_RETURN_TRUE)
        return allowed;
    /* Stream id: microseconds of the wall clock, as upstream (vDSO). */
    timeval tv;
    gettimeofday(&tv, nullptr);
    *id = static_cast<uint32_t>(tv.tv_usec);
    const uint32_t stream = *id;
    const auto segments = static_cast<uint16_t>((payload_len + kSegmentSize - 1) / kSegmentSize);
    return tagged_trace(handle, nw_trace_type, "NWST", [&](DltContextData *log) {
        dlt_user_log_write_uint32(log, stream);
        dlt_user_log_write_raw(log, header, header_len);
        dlt_user_log_write_uint32(log, payload_len);
        dlt_user_log_write_uint16(log, segments);
        dlt_user_log_write_uint16(log, kSegmentSize);
    });
}

DLT_EXPORT DltReturnValue dlt_user_trace_network_segmented_segment(uint32_t id, DltContext *handle,
                                                                   DltNetworkTraceType nw_trace_type,
                                                                   int sequence,
                                                                   uint16_t payload_len,
                                                                   void *payload)
{
    const DltReturnValue allowed = trace_allowed(handle, nw_trace_type);
    if (allowed != DLT_RETURN_TRUE)
        return allowed;
    return tagged_trace(handle, nw_trace_type, "NWCH", [&](DltContextData *log) {
        dlt_user_log_write_uint32(log, id);
        dlt_user_log_write_uint16(log, static_cast<uint16_t>(sequence));
        dlt_user_log_write_raw(log, payload, payload_len);
    });
}

DLT_EXPORT DltReturnValue dlt_user_trace_network_segmented_end(uint32_t id, DltContext *handle,
                                                               DltNetworkTraceType nw_trace_type)
{
    const DltReturnValue allowed = trace_allowed(handle, nw_trace_type);
    if (allowed != DLT_RETURN_TRUE)
        return allowed;
    return tagged_trace(handle, nw_trace_type, "NWEN",
                        [&](DltContextData *log) { dlt_user_log_write_uint32(log, id); });
}

DLT_EXPORT DltReturnValue dlt_user_trace_network_segmented(DltContext *handle,
                                                           DltNetworkTraceType nw_trace_type,
                                                           uint16_t header_len, void *header,
                                                           uint16_t payload_len, void *payload)
{
    const DltReturnValue allowed = trace_allowed(handle, nw_trace_type);
    if (allowed != DLT_RETURN_TRUE)
        return allowed;
    /* Small enough for one message: an ordinary trace. */
    if (header_len + payload_len + sizeof(uint16_t) < capacity())
        return dlt_user_trace_network_truncated(handle, nw_trace_type, header_len, header,
                                                payload_len, payload, 1);
    if (!payload)
        return DLT_RETURN_WRONG_PARAMETER;
    uint32_t id;
    DltReturnValue rc = dlt_user_trace_network_segmented_start(&id, handle, nw_trace_type,
                                                               header_len, header, payload_len);
    if (rc < DLT_RETURN_OK)
        return rc;
    const auto *bytes = static_cast<unsigned char *>(payload);
    int sequence = 0;
    for (size_t offset = 0; offset < payload_len; offset += kSegmentSize, ++sequence) {
        const size_t left = payload_len - offset;
        const auto chunk = static_cast<uint16_t>(left < kSegmentSize ? left : kSegmentSize);
        rc = dlt_user_trace_network_segmented_segment(id, handle, nw_trace_type, sequence, chunk,
                                                      const_cast<unsigned char *>(bytes + offset));
        if (rc < DLT_RETURN_OK)
            return rc;
    }
    return dlt_user_trace_network_segmented_end(id, handle, nw_trace_type);
}
