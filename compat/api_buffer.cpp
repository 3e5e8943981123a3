/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the queue as upstream exposes it: its fill level, an explicit
 * resend, and the exit-time flush.  In libdlt-ng the queue is the ring and
 * the worker thread sends continuously, so these only observe it or wait
 * for the worker. */
#include "compat/shim.hpp"

using namespace dltng;

namespace {

/* Bytes queued in the ring (cells claimed and not yet consumed). */
int queued_bytes(const Runtime &r) noexcept
{
    const std::uint64_t cells = r.ring.enqueue_position() - r.ring.dequeue_position();
    return static_cast<int>(cells * Ring::kCellSize);
}

/* An explicit resend waits this long for the worker to make progress. */
constexpr int kResendWaitMs = 100;

} // namespace

DLT_EXPORT DltReturnValue dlt_user_check_buffer(int *total_size, int *used_size)
{
    if (!total_size || !used_size)
        return DLT_RETURN_WRONG_PARAMETER;
    const Status st = ensure_init(); /* upstream hangs when called first */
    if (st != kOk)
        return shim::ret(st);
    Runtime &r = runtime();
    *total_size = static_cast<int>(r.ring.cell_count() * Ring::kCellSize);
    *used_size = queued_bytes(r);
    return DLT_RETURN_OK;
}

/* OK once everything queued so far has reached the daemon; ERROR if the
 * worker could not send it (no daemon) within a short wait. */
DLT_EXPORT DltReturnValue dlt_user_log_resend_buffer(void)
{
    if (!running())
        return DLT_RETURN_ERROR;
    return runtime().worker.flush(kResendWaitMs) ? DLT_RETURN_OK : DLT_RETURN_ERROR;
}

/* Waits for the queue to drain (the flush timeout, counted from the last
 * progress) and returns 0, or an upper bound of the messages still queued:
 * the ring cells in use, since each message takes at least one. */
DLT_EXPORT int dlt_user_atexit_blow_out_user_buffer(void)
{
    if (!running())
        return 0;
    Runtime &r = runtime();
    if (r.worker.flush(r.flush_timeout_ms.load(std::memory_order_relaxed)))
        return 0;
    return queued_bytes(r) / static_cast<int>(Ring::kCellSize);
}
