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
 * The thread-local part is the bookkeeping itself (depth, limits and where
 * the slots are: 32 bytes, so initial-exec TLS stays small enough for the
 * library to be dlopen()ed); the slots are one heap block allocated at the
 * thread's first message and freed when the thread exits.  The common
 * cases (acquire with big enough slots, release of the top slot) are
 * inline: plain TLS loads and stores, no pointer to follow first (a
 * thread's first message after a sleep pays for each dependent load on a
 * page the TLB forgot). */
#ifndef DLTNG_SCRATCH_HPP
#define DLTNG_SCRATCH_HPP

#include <atomic>
#include <cstddef>
#include <cstdint>

#include "lib/wire.hpp"

namespace dltng {

inline constexpr int kScratchSlots = 4;
/* Headroom in front of the payload for the headers written at finish. */
inline constexpr std::size_t kScratchHeadroom = wire::kMaxHeaderSize;
/* Slack after the payload: the ring may copy a record out of a slot in
 * whole 64-byte cells (Ring::try_push with a padded source), reading up to
 * 63 bytes past its end. */
inline constexpr std::size_t kScratchTail = 64;

inline constexpr std::int32_t kNoSlots = -1;

struct ThreadScratch {
    /* Index of the next free slot; touched only by the owning thread and
     * its signal handlers (compiler barriers suffice). */
    int depth = 0;
    /* Payload bytes each slot holds; kNoSlots before the thread's first
     * message (below any capacity asked for, 0 included, so that the
     * fast path's one compare also catches a thread without slots). */
    std::int32_t capacity = kNoSlots;
    /* What the writers may fill: DLT_LOG_MSG_BUF_LEN as of the latest
     * message start (scratch_set_limit), never more than capacity. */
    std::int32_t limit = 0;
    /* Bytes from one slot to the next in the block. */
    std::uint32_t stride = 0;
    /* The block: kScratchSlots slots, each headroom then payload. */
    unsigned char *block = nullptr;
    /* This thread's entry in the process-wide list of blocks (scratch.cpp),
     * through which a fork child frees those of threads it does not have. */
    struct ScratchNode *node = nullptr;
};
static_assert(sizeof(ThreadScratch) <= 32, "initial-exec TLS must stay small");

/* This thread's slots (capacity kNoSlots before its first message). */
extern __thread ThreadScratch tls_scratch __attribute__((tls_model("initial-exec")));

/* Can tls_scratch be reached from the thread pointer through a known
 * offset (scratch_tls_offset)? */
#if (defined(__x86_64__) || defined(__aarch64__)) && defined(__has_builtin)
#if __has_builtin(__builtin_thread_pointer)
#define DLTNG_SCRATCH_FROM_THREAD_POINTER 1
#endif
#endif

/* Bytes from the calling thread's thread pointer to its tls_scratch: the
 * same in every thread of the process (initial-exec TLS lies at a fixed
 * offset from the thread pointer), so it can be measured once, at load
 * time.  0 where DLTNG_SCRATCH_FROM_THREAD_POINTER is not defined. */
std::int32_t scratch_tls_offset() noexcept;

/* Slot d's payload (d < kScratchSlots). */
inline unsigned char *scratch_payload(const ThreadScratch &s, int d) noexcept
{
    return s.block + static_cast<std::size_t>(d) * s.stride + kScratchHeadroom;
}

/* Call once before any thread logs (creates the thread-exit key). */
bool scratch_setup() noexcept;

/* In the child of a fork, from the atfork child handler (plain stores
 * only): slot sets allocated before this belong to the parent's threads. */
void scratch_after_fork_child() noexcept;
/* In a fork child, at its first use of the library: free the slot sets of
 * the parent's other threads (they do not exist here); this thread's stays. */
void scratch_free_orphans() noexcept;

/* Out-of-line parts of the functions below. */
unsigned char *scratch_acquire_slow(std::int32_t capacity) noexcept;
bool scratch_release_slow(const unsigned char *payload) noexcept;

/* The next slot of s, whose capacity the caller checked. */
inline unsigned char *scratch_take(ThreadScratch &s) noexcept
{
    int d = s.depth;
    if (__builtin_expect(d >= kScratchSlots, 0))
        d = kScratchSlots - 1; /* abandoned starts: reuse the deepest slot */
    s.depth = d + 1;
    /* The depth is taken before the slot is used, even by a signal
     * handler interrupting us right here. */
    std::atomic_signal_fence(std::memory_order_seq_cst);
    return scratch_payload(s, d);
}

/* A payload buffer of at least capacity bytes with kScratchHeadroom bytes
 * writable in front of it; nullptr if memory is short. */
inline unsigned char *scratch_acquire(std::int32_t capacity) noexcept
{
    ThreadScratch &s = tls_scratch;
    if (__builtin_expect(s.capacity < capacity, 0)) /* also: no slots yet */
        return scratch_acquire_slow(capacity);
    return scratch_take(s);
}

/* Capacity of this thread's slots (0 if it has none). */
inline std::int32_t scratch_capacity() noexcept
{
    const std::int32_t c = tls_scratch.capacity;
    return c < 0 ? 0 : c;
}

/* How far the writers may fill a payload of the thread s belongs to (0
 * without slots): DLT_LOG_MSG_BUF_LEN as of the latest message start, and
 * never more than the slots hold, so a dlt_init with a larger
 * DLT_LOG_MSG_BUF_LEN in another thread can never make an open message
 * overrun its slot. */
inline std::int32_t scratch_limit(const ThreadScratch &s) noexcept
{
    return s.limit;
}

/* A message start (after a successful scratch_acquire(capacity)). */
inline void scratch_set_limit(std::int32_t capacity) noexcept
{
    ThreadScratch &s = tls_scratch;
    s.limit = capacity < s.capacity ? capacity : s.capacity;
}

/* Is payload one of this thread's slots? */
bool scratch_owns(const unsigned char *payload) noexcept;

/* Give back the slot that owns payload; false if payload is not a slot of
 * this thread (then nothing changes).  The usual case, the slot on top of
 * the stack, is one compare. */
inline bool scratch_release(const unsigned char *payload) noexcept
{
    ThreadScratch &s = tls_scratch;
    const int top = s.depth - 1;
    if (__builtin_expect(top >= 0 && scratch_payload(s, top) == payload, 1)) {
        /* The slot is done with before the depth gives it back. */
        std::atomic_signal_fence(std::memory_order_seq_cst);
        s.depth = top;
        return true;
    }
    return scratch_release_slow(payload);
}

/* Slots this thread has in use (messages open, nested ones included). */
int scratch_depth() noexcept;

} // namespace dltng

#endif
