/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the asymmetric publish barrier (see publish_barrier.hpp). */
#include "lib/publish_barrier.hpp"

#include <linux/membarrier.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace dltng {

namespace {

long membarrier(int cmd) noexcept
{
    return syscall(SYS_membarrier, cmd, 0u, 0);
}

} // namespace

void PublishBarrier::setup() noexcept
{
    const long supported = membarrier(MEMBARRIER_CMD_QUERY);
    const bool ok = supported > 0 && (supported & MEMBARRIER_CMD_PRIVATE_EXPEDITED) &&
                    membarrier(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED) == 0;
    /* relaxed: see light_; turning false is always safe. */
    light_.store(ok, std::memory_order_relaxed);
}

bool PublishBarrier::heavy() noexcept
{
    /* Our own full barrier first: also all that is needed while producers
     * fence themselves. */
    std::atomic_thread_fence(std::memory_order_seq_cst);
    if (!light_.load(std::memory_order_relaxed))
        return true;
    if (membarrier(MEMBARRIER_CMD_PRIVATE_EXPEDITED) == 0)
        return true;
    /* relaxed: from now on producers fence; one that saw true a moment ago
     * may still miss us, hence the caller's bounded sleep. */
    light_.store(false, std::memory_order_relaxed);
    return false;
}

} // namespace dltng
