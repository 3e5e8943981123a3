/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: what submit() does when the ring is full (issue 5).
 *
 *  - drop_newest (default, as upstream): the new message is refused
 *    (DLT_RETURN_BUFFER_FULL) and counted;
 *  - overwrite_oldest: the oldest queued messages are evicted (each counted
 *    once) until the new one fits; if the oldest is still being written by
 *    its producer the new one is dropped instead (counted), never waited for;
 *  - block: the producer sleeps until the worker has freed room, at most
 *    the block timeout, then drops (counted).  Never on the worker thread
 *    (it would wait for itself) nor for a message built while another one
 *    of the same thread is open (a signal handler, a nested log call: the
 *    outer one may hold the very cells we wait for): those drop.
 *
 * Priority headroom (every mode): messages below ERROR may not use the last
 * 1/16 of the ring, so a burst of INFO/DEBUG never takes the room a FATAL
 * or ERROR message needs.  Control messages (marker, log level changes)
 * count as important; messages without an extended header cannot be
 * classified and count as ordinary ones. */
#ifndef DLTNG_OVERFLOW_HPP
#define DLTNG_OVERFLOW_HPP

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "lib/config.hpp"
#include "lib/status.hpp"
#include "lib/wire.hpp"

namespace dltng {

struct Runtime;

/* The live setting (environment at dlt_init, or the API, which wins). */
struct OverflowPolicy {
    /* relaxed everywhere: each is read on its own; a producer that sees a
     * mode a moment late behaves as the previous mode did. */
    std::atomic<int> mode{static_cast<int>(OverflowMode::kDropNewest)};
    std::atomic<std::int32_t> block_timeout_ms{kDefaultBlockTimeoutMs};
    /* Set by dlt_ng_set_overflow_mode: dlt_init then leaves them alone. */
    std::atomic<bool> mode_by_api{false};
    std::atomic<bool> timeout_by_api{false};
    /* Dequeue position when a block wait last timed out: while the worker
     * has made no progress since, producers drop at once instead of each
     * waiting the full timeout (no daemon: keep the app responsive). */
    std::atomic<std::uint64_t> stalled_at{UINT64_MAX};
};

/* Ring cells kept free for FATAL/ERROR and control messages. */
inline std::size_t priority_headroom(std::size_t ring_cells) noexcept
{
    return ring_cells / 16;
}

/* Is this finished record (user header first) FATAL, ERROR or control?
 * Inline: it runs for every message, and reads three bytes. */
inline bool important_record(const unsigned char *record, std::size_t len) noexcept
{
    constexpr std::size_t kStd = sizeof(wire::UserHeader);
    if (len < kStd + sizeof(wire::StandardHeader))
        return true;
    wire::UserHeader uh;
    std::memcpy(&uh, record, sizeof uh);
    if (uh.message != wire::kLog)
        return true; /* a control message to the daemon */
    const std::uint8_t htyp = record[kStd];
    if (!(htyp & wire::kHtypUseExtendedHeader))
        return false; /* cannot tell: an ordinary message */
    /* The extended header follows the standard header and its extras. */
    const std::size_t at = kStd + sizeof(wire::StandardHeader) +
                           ((htyp & wire::kHtypWithEcuId) ? 4 : 0) +
                           ((htyp & wire::kHtypWithSessionId) ? 4 : 0) +
                           ((htyp & wire::kHtypWithTimestamp) ? 4 : 0);
    if (at >= len)
        return false;
    const std::uint8_t msin = record[at];
    /* MSTP log (0) with MTIN 1 (FATAL) or 2 (ERROR). */
    return ((msin >> 1) & 0x07) == wire::kTypeLog && ((msin >> 4) == 1 || (msin >> 4) == 2);
}

/* Apply a mode (from the environment or the API): stores it and, for
 * overwrite_oldest, asks the ring's consumer to switch regimes.  Any
 * thread; wakes the worker if it runs. */
void apply_overflow_mode(Runtime &r, OverflowMode mode, std::int32_t block_timeout_ms) noexcept;

/* The ring is full for record: block mode's wait.  True if the record was
 * stored in the end.  stamp_hi: see submit(). */
bool push_blocking(Runtime &r, const unsigned char *record, std::uint32_t len, std::uint32_t tag,
                   std::uint32_t ctx, std::size_t reserve,
                   std::uint32_t stamp_hi = 0) noexcept;

} // namespace dltng

#endif
