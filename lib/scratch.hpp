/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: per-thread scratch buffers in which messages are built before
 * they are copied into the ring (build first, then claim, copy, publish).
 *
 * Each thread owns a few slots used as a stack: write_start takes the slot
 * at the current depth, write_finish pops back to that slot.  A signal
 * handler that logs while its thread is between start and finish simply
 * takes the next slot and, finishing before the interrupted code resumes,
 * returns the depth to where it was: no atomics needed.  A start that is
 * never finished (an app bug) leaks one level; the deepest slot is then
 * reused, so logging keeps working.
 *
 * The thread-local part is one pointer (initial-exec TLS stays tiny, so the
 * library can still be dlopen()ed); the slots are heap memory allocated at
 * the thread's first message and freed when the thread exits. */
#ifndef DLTNG_SCRATCH_HPP
#define DLTNG_SCRATCH_HPP

#include <cstddef>
#include <cstdint>

#include "lib/wire.hpp"

namespace dltng {

inline constexpr int kScratchSlots = 4;
/* Headroom in front of the payload for the headers written at finish. */
inline constexpr std::size_t kScratchHeadroom = wire::kMaxHeaderSize;

/* Call once before any thread logs (creates the thread-exit key). */
bool scratch_setup() noexcept;

/* A payload buffer of at least capacity bytes with kScratchHeadroom bytes
 * writable in front of it; nullptr if memory is short. */
unsigned char *scratch_acquire(std::int32_t capacity) noexcept;
/* Capacity of this thread's slots (0 if it has none).  Writers bound
 * themselves by it too, so a dlt_init with a larger DLT_LOG_MSG_BUF_LEN in
 * another thread can never make an open message overrun its slot. */
std::int32_t scratch_capacity() noexcept;
/* Is payload one of this thread's slots? */
bool scratch_owns(const unsigned char *payload) noexcept;
/* Give back the slot that owns payload; false if payload is not a slot of
 * this thread (then nothing changes). */
bool scratch_release(const unsigned char *payload) noexcept;
/* Slots this thread has in use (messages open, nested ones included). */
int scratch_depth() noexcept;

} // namespace dltng

#endif
