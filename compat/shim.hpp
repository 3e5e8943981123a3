/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: shared helpers of the C-ABI shim.  The shim validates C
 * arguments, maps DltContextData to the core's types and back, and turns
 * core Status values into DltReturnValue (same numbers, asserted here). */
#ifndef DLTNG_SHIM_HPP
#define DLTNG_SHIM_HPP

/* The library exports dlt_user_is_logLevel_enabled as a real function (as
 * 2.18.11 does), so our own view of the header declares it extern. */
#define DLT_NG_EXPORTED_IS_LOGLEVEL_ENABLED 1
#include "dlt.h"
#include "dlt_ng.h"

#include "compat/export.h"
#include "lib/encoder.hpp"
#include "lib/runtime.hpp"
#include "lib/scratch.hpp"
#include "lib/status.hpp"

/* Exported by libdlt 2.18.8 but declared in no public header. */
extern "C" {
DltReturnValue dlt_register_context_ll_ts_llccb(
    DltContext *handle, const char *contextid, const char *description, int loglevel,
    int tracestatus, void (*callback)(char context_id[DLT_ID_SIZE], uint8_t log_level,
                                      uint8_t trace_status));
DltReturnValue dlt_user_log_write_start_init(DltContext *handle, DltContextData *log,
                                             DltLogLevelType loglevel, bool is_verbose);
DltReturnValue dlt_user_trace_network_segmented_start(uint32_t *id, DltContext *handle,
                                                      DltNetworkTraceType nw_trace_type,
                                                      uint16_t header_len, void *header,
                                                      uint16_t payload_len);
DltReturnValue dlt_user_trace_network_segmented_segment(uint32_t id, DltContext *handle,
                                                        DltNetworkTraceType nw_trace_type,
                                                        int sequence, uint16_t payload_len,
                                                        void *payload);
DltReturnValue dlt_user_trace_network_segmented_end(uint32_t id, DltContext *handle,
                                                    DltNetworkTraceType nw_trace_type);
}

/* For the few helpers of the logging path that must be inlined into the
 * exported functions (no call, no prologue). */
#define DLTNG_HOT inline __attribute__((always_inline))

namespace dltng::shim {

constexpr bool mirrors(DltReturnValue a, Status b)
{
    return static_cast<int>(a) == static_cast<int>(b);
}
static_assert(mirrors(DLT_RETURN_TRUE, kTrue) && mirrors(DLT_RETURN_OK, kOk) &&
              mirrors(DLT_RETURN_ERROR, kError) && mirrors(DLT_RETURN_PIPE_ERROR, kPipeError) &&
              mirrors(DLT_RETURN_PIPE_FULL, kPipeFull) &&
              mirrors(DLT_RETURN_BUFFER_FULL, kBufferFull) &&
              mirrors(DLT_RETURN_WRONG_PARAMETER, kWrongParameter) &&
              mirrors(DLT_RETURN_USER_BUFFER_FULL, kUserBufferFull) &&
              mirrors(DLT_RETURN_LOGGING_DISABLED, kLoggingDisabled) &&
              mirrors(DLT_RETURN_FILESZERR, kFileSizeError),
              "core Status must mirror DltReturnValue");

/* Message building blocks shared by the writers, network trace and the
 * given-buffer API (compat/api_write.cpp). */
/* Fill log and take a scratch slot; no level check.  DLT_RETURN_TRUE. */
DltReturnValue begin_message(DltContext *handle, DltContextData *log, DltLogLevelType loglevel,
                             bool verbose) noexcept;
/* Headers, ring, release of the slot.  The payload may also be a buffer
 * that is not a scratch slot (given-buffer API): it is copied into one. */
DltReturnValue finish_message(DltContextData *log, unsigned mstp, unsigned mtin) noexcept;
/* Drop a started message without sending it. */
void abandon_message(DltContextData *log) noexcept;

inline DltReturnValue ret(Status s) noexcept
{
    return static_cast<DltReturnValue>(s);
}

/* Arguments are encoded verbose if the message was started verbose
 * (dlt_user_log_write_start) or the process is in verbose mode: upstream
 * leaves verbose_mode 0 after dlt_user_log_write_start_id either way. */
inline bool verbose_message(const DltContextData *log) noexcept
{
    return log->verbose_mode != 0 || runtime().verbose.load(std::memory_order_relaxed);
}

/* The payload of an open message (log and log->buffer checked by the
 * caller), bounded by DLT_LOG_MSG_BUF_LEN and by the thread's slots. */
DLTNG_HOT Payload open_payload(const DltContextData *log) noexcept
{
    return Payload{log->buffer, log->size, scratch_limit(thread_scratch()), log->args_num,
                   verbose_message(log)};
}

DLTNG_HOT void close_payload(DltContextData *log, const Payload &p) noexcept
{
    log->size = p.size;
    log->args_num = p.args_num;
}

/* Run an encoder on the payload of a message between start and finish. */
template <typename Encode>
DLTNG_HOT DltReturnValue with_payload(DltContextData *log, Encode encode) noexcept
{
    if (!log || !log->buffer)
        return DLT_RETURN_WRONG_PARAMETER;
    Payload p = open_payload(log);
    const Status st = encode(p);
    close_payload(log, p);
    return ret(st);
}

} // namespace dltng::shim

#endif
