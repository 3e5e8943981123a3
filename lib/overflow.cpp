/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: overflow modes and priority headroom (see overflow.hpp). */
#include "lib/overflow.hpp"

#include "lib/clock.hpp"
#include "lib/runtime.hpp"
#include "lib/scratch.hpp"
#include "lib/wire.hpp"

namespace dltng {
namespace {

/* Longest single sleep: a wake-up the worker skipped (it wakes blocked
 * producers every 1/32 of the ring freed, or when it runs dry) costs at
 * most this much. */
constexpr int kWaitSliceMs = 5;

} // namespace

void apply_overflow_mode(Runtime &r, OverflowMode mode, std::int32_t block_timeout_ms) noexcept
{
    if (block_timeout_ms >= 0)
        r.overflow.block_timeout_ms.store(block_timeout_ms, std::memory_order_relaxed);
    r.overflow.stalled_at.store(UINT64_MAX, std::memory_order_relaxed);
    if (mode == OverflowMode::kOverwriteOldest)
        r.ring.request_evictable();
    r.overflow.mode.store(static_cast<int>(mode), std::memory_order_relaxed);
    if (mode == OverflowMode::kOverwriteOldest && running())
        r.worker.wake(); /* switch the ring's regime now, not at the next record */
}

bool push_blocking(Runtime &r, const unsigned char *record, std::uint32_t len, std::uint32_t tag,
                   std::uint32_t ctx, std::size_t reserve, std::uint32_t stamp_hi) noexcept
{
    /* The worker would wait for itself; a nested message (signal handler,
     * logging while building) may wait for cells its own thread holds. */
    if (r.worker.is_worker_thread() || scratch_depth() > 1)
        return false;
    const std::int32_t timeout = r.overflow.block_timeout_ms.load(std::memory_order_relaxed);
    if (timeout <= 0)
        return false;
    Ring &ring = r.ring;
    /* No progress since a wait last timed out: do not wait again. */
    if (r.overflow.stalled_at.load(std::memory_order_relaxed) == ring.dequeue_position())
        return false;

    const std::int64_t deadline = monotonic_ms() + timeout;
    bool stored = false;
    ring.waiter_enter();
    for (;;) {
        const std::uint32_t epoch = ring.space_epoch();
        if (ring.try_push(record, len, tag, ctx, reserve, nullptr, stamp_hi)) {
            stored = true;
            break;
        }
        /* Make sure it is draining: wake(), not notify(), which would not
         * reach a worker napping between rounds (Worker::sleep). */
        r.worker.wake();
        const std::int64_t left = deadline - monotonic_ms();
        if (left <= 0)
            break;
        ring.wait_space(epoch, left < kWaitSliceMs ? static_cast<int>(left) : kWaitSliceMs);
    }
    ring.waiter_leave();
    if (!stored)
        r.overflow.stalled_at.store(ring.dequeue_position(), std::memory_order_relaxed);
    else if (r.overflow.stalled_at.load(std::memory_order_relaxed) != UINT64_MAX)
        r.overflow.stalled_at.store(UINT64_MAX, std::memory_order_relaxed);
    return stored;
}

} // namespace dltng
