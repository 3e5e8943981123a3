/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: dlt_user_check_buffer, the fill level of the message queue.
 * Upstream reports its startup buffer (messages the daemon FIFO could not
 * take yet); libdlt-ng reports its message ring, which holds every message
 * not yet written to the daemon. */
#include <climits>
#include <cstdint>

#include "compat/shim.hpp"

using namespace dltng;

DLT_EXPORT DltReturnValue dlt_user_check_buffer(int *total_size, int *used_size)
{
    if (!total_size || !used_size)
        return DLT_RETURN_WRONG_PARAMETER;
    /* Not started (or freed): nothing queued to report.  Upstream blocks
     * for ever when called before the library is initialised. */
    if (!running()) {
        *total_size = 0;
        *used_size = 0;
        return DLT_RETURN_OK;
    }
    const Ring &ring = runtime().ring;
    /* Dequeue first: the enqueue position read later is never behind it. */
    const std::uint64_t out = ring.dequeue_position();
    const std::uint64_t in = ring.enqueue_position();
    const std::uint64_t cells = in > out ? in - out : 0;
    const std::uint64_t total = static_cast<std::uint64_t>(ring.cell_count()) * Ring::kCellSize;
    const std::uint64_t used = cells * Ring::kCellSize;
    *total_size = total > INT_MAX ? INT_MAX : static_cast<int>(total);
    *used_size = used > INT_MAX ? INT_MAX : static_cast<int>(used);
    return DLT_RETURN_OK;
}
