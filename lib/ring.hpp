/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: bounded multi-producer single-consumer ring of variable-size
 * records, after Dmitry Vyukov's bounded queue.
 *
 * The ring is an array of 64-byte cells, each with its own sequence number
 * and a small atomic header (length and two words for the consumer; only
 * the first cell of a record uses it).  A record's bytes occupy k
 * consecutive cells, possibly wrapping past the end of the array.  A
 * producer checks that its k cells are free for this lap, claims them with
 * one CAS on the enqueue position, copies, and publishes with one store on
 * the first cell's sequence.
 *
 * Dequeue ("head") position, two regimes:
 *  - plain (the default): the single consumer owns the head outright and
 *    advances it with plain stores after freeing cells in order;
 *  - evictable (once overwrite_oldest was asked for; sticky): whoever wins
 *    the CAS of the head from h owns the record at h.  The consumer then
 *    copies and frees it; an evicting producer just frees it (overwrite
 *    oldest).  Nobody ever reads bytes someone else may be writing: the
 *    consumer's peek reads only atomics, its copy happens after its CAS.
 *    Only the consumer switches regimes (consumer_tick, between records),
 *    so the plain stores and the CASes never mix; producers evict only
 *    after seeing the switch.  Staying evictable costs the consumer one
 *    uncontended CAS per record, which is why it is not the default.
 *
 * Caveat inherited from the algorithm: a producer stalled between its claim
 * and its publish holds back every later record until it resumes.  Nobody
 * waits on that: the consumer sees no record, an evicting producer fails
 * and drops its own record instead.
 *
 * Producers that chose to block for space (overflow mode "block") sleep on
 * a futex word the consumer bumps after freeing cells, only while someone
 * waits (waiters_), and at most once per 1/32 of the ring freed or when it
 * runs dry (a syscall per record would halve the worker's throughput just
 * when it matters).  A waiter the consumer missed sleeps at most one slice
 * (lib/overflow.cpp) before it looks again. */
#ifndef DLTNG_RING_HPP
#define DLTNG_RING_HPP

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "lib/publish_barrier.hpp"

namespace dltng {

class Ring {
public:
    static constexpr std::size_t kCellSize = 64;
    static constexpr std::size_t kMinCells = 64;

    /* Allocate a ring of about capacity_bytes (rounded up to a power of two
     * cells).  Returns false if memory is short. */
    bool init(std::size_t capacity_bytes) noexcept;
    void destroy() noexcept;
    bool initialised() const noexcept { return slot_ != nullptr; }

    std::size_t cell_count() const noexcept { return cells_; }
    /* Largest record (in bytes) that can ever be stored. */
    std::size_t max_record() const noexcept;
    /* Cells a record of len bytes occupies. */
    static std::size_t cells_for(std::size_t len) noexcept
    {
        return len == 0 ? 1 : (len + kCellSize - 1) / kCellSize;
    }

    /* Producer side, any thread.  Copies len bytes as one record carrying
     * three words for the consumer (tag, aux, extra).  reserve_cells cells must remain
     * free after the record (headroom kept for more important records).
     * Never waits.  If evicted is not null and the ring is evictable, the
     * oldest published records are dropped until the record fits; *evicted
     * is increased by their number (also when the push fails in the end:
     * the head record unpublished, or too much contention).  False if the
     * record was not stored.  kPaddedSource: data may be read in whole
     * cells, up to 63 bytes past len (a scratch slot, kScratchTail); a
     * short record is then copied with a few fixed-size moves, no call. */
    template <bool kPaddedSource = false>
    __attribute__((always_inline)) bool try_push(const void *data, std::uint32_t len,
                                                 std::uint32_t tag, std::uint32_t aux = 0,
                                                 std::size_t reserve_cells = 0,
                                                 std::uint64_t *evicted = nullptr,
                                                 std::uint32_t extra = 0) noexcept
    {
        if (__builtin_expect(evicted == nullptr, 1) &&
            try_push_first<kPaddedSource>(data, len, tag, aux, reserve_cells, extra))
            return true;
        return try_push_slow(data, len, tag, aux, reserve_cells, evicted, extra);
    }

    /* Producer side, at a message's start: ask for the cells the next push
     * will most likely claim (their lines, and above all their pages'
     * translations, which a thread that slept has lost), so that the walks
     * run while the message is being built instead of after the claim.
     * A guess: another producer may claim them first (then it was only a
     * useless hint; a prefetch never faults).  Measured on the 2-vCPU VM:
     * a thread's first message after a sleep 10-25 ns faster at p50 and
     * about 100 ns at p99, for 9 instructions. */
    __attribute__((always_inline)) void prefetch_next() const noexcept
    {
        /* relaxed: a hint, any recent value does. */
        const std::uint64_t at = enqueue_pos_.load(std::memory_order_relaxed) & mask_;
        __builtin_prefetch(data_ + at * kCellSize, 1);
        __builtin_prefetch(slot_ + at, 1);
    }

    /* Ask for the evictable regime (any thread; the consumer switches at
     * its next consumer_tick or peek). */
    void request_evictable() noexcept
    {
        /* relaxed: a request; the consumer's switch publishes the rest. */
        if (!want_evictable_.load(std::memory_order_relaxed))
            want_evictable_.store(true, std::memory_order_relaxed);
    }
    /* Has the consumer switched?  Producers evict only after seeing it. */
    bool evictable() const noexcept { return evictable_.load(std::memory_order_acquire); }

    /* Consumer side, the one consumer thread only (the worker; after the
     * worker is joined, the thread that joined it).  Also call
     * consumer_tick() before the first consumer runs to switch at once. */
    /* Between records: apply a pending evictable request, wake blocked
     * producers if cells were freed since the last wake, commit the cells'
     * pages ahead of the producers (prefault_ahead). */
    void consumer_tick() noexcept;
    /* During the first lap, commit the data pages (and slots) up to
     * kPrefaultAhead bytes, or an eighth of the ring if more, past the
     * enqueue position, so that producers write into present pages
     * instead of taking a page fault every 64 cells (a few microseconds
     * each on a VM: the bulk of a fresh process's tail latency).  The
     * ring's memory stays committed lazily: a process that logs little
     * commits little.  One madvise(MADV_POPULATE_WRITE) per kPrefaultStep
     * bytes; it leaves the contents alone, so it may run while producers
     * write nearby.  Nothing once the lap is done, or where the kernel
     * refuses (before 5.14). */
    void prefault_ahead() noexcept;
    static constexpr std::size_t kPrefaultAhead = 256 * 1024;
    static constexpr std::size_t kPrefaultStep = 32 * 1024;
    /* Prefault one lap from where producers are: at init, and in a fork
     * child (plain stores only), where every page is now shared
     * copy-on-write with the parent, so the first write to each faults
     * again. */
    void prefault_restart() noexcept;
    /* Ring byte position (counted like the enqueue position, times the
     * cell size) up to which the pages are known committed (tests). */
    std::uint64_t prefaulted_until() const noexcept { return prefault_until_; }
    /* Is a complete record at the head?  Fills its length and words. */
    bool peek(std::uint32_t *len, std::uint32_t *tag, std::uint32_t *aux = nullptr,
              std::uint32_t *extra = nullptr) noexcept;
    /* Like peek's readiness test, but sequentially consistent: pairs with
     * producers' publish so a sleeping consumer cannot miss a record. */
    bool head_ready_seq_cst() const noexcept;
    /* Copy the record peek returned and free its cells.  False (nothing
     * copied) if a producer evicted it in the meantime: peek again. */
    bool pop(void *dst) noexcept;
    /* Like pop without copying. */
    bool discard() noexcept;

    /* Positions count cells ever claimed / ever consumed (popped or
     * evicted); used for flush tickets ("everything claimed before now has
     * left the ring"). */
    std::uint64_t enqueue_position() const noexcept
    {
        return enqueue_pos_.load(std::memory_order_acquire);
    }
    std::uint64_t dequeue_position() const noexcept
    {
        return head_.load(std::memory_order_acquire);
    }

    /* The barrier between producers' publish and the consumer going to
     * sleep (publish_barrier.hpp); the consumer sets it up and uses its
     * heavy side. */
    PublishBarrier &publish_barrier() noexcept { return publish_barrier_; }

    /* Blocking producers (overflow mode "block"): enter, read the epoch,
     * try to push, wait_space(epoch, ms) if it failed, ..., leave.  The
     * consumer bumps the epoch (and wakes) after freeing cells while
     * anyone is in.  wait_space returns after a wake, a timeout or a
     * signal; callers re-check everything. */
    void waiter_enter() noexcept;
    void waiter_leave() noexcept;
    std::uint32_t space_epoch() const noexcept
    {
        return space_epoch_.load(std::memory_order_seq_cst);
    }
    void wait_space(std::uint32_t epoch, int timeout_ms) noexcept;

private:
    struct Meta {
        std::atomic<std::uint32_t> len;
        std::atomic<std::uint32_t> tag;
        std::atomic<std::uint32_t> aux;
        std::atomic<std::uint32_t> extra; /* in what was the Slot's padding */
    };
    /* A cell's bookkeeping: its sequence number and, for a record's first
     * cell, the record's meta.  Together, so that a push touches one line
     * (and one page) of bookkeeping, not one in each of two arrays. */
    struct Slot {
        std::atomic<std::uint64_t> seq;
        Meta meta;
    };
    static_assert(sizeof(Slot) == 24, "a slot is its sequence number and its meta, no more");
    enum class Evict { kDone, kRetry, kFail };

    /* try_push's first attempt, inline (the logging path): the usual case
     * of free cells and no contention, in the plain regime.  False, with
     * nothing claimed, whenever anything is unusual; try_push_slow then
     * starts over with the whole algorithm. */
    template <bool kPaddedSource>
    __attribute__((always_inline)) bool try_push_first(const void *data, std::uint32_t len,
                                                       std::uint32_t tag, std::uint32_t aux,
                                                       std::size_t reserve_cells,
                                                       std::uint32_t extra) noexcept
    {
        const std::size_t k = cells_for(len);
        /* relaxed: a stale position only makes the free test or the CAS fail. */
        std::uint64_t pos = enqueue_pos_.load(std::memory_order_relaxed);
        const std::uint64_t last = pos + k - 1 + reserve_cells;
        /* acquire: pairs with the release in refresh_free_until, made after
         * an acquire of the freed cell's sequence: the old records' reads
         * happen before our writes.  The usual case reads no sequence
         * number at all: the limit is on the line we CAS anyway, while
         * the sequence of last (headroom included) lies pages ahead, cold
         * whenever the thread slept.  relaxed for the regime flag: see
         * try_push_slow. */
        if (__builtin_expect(last > free_until_.load(std::memory_order_acquire), 0) &&
            !refresh_free_until(pos, last))
            return false;
        if (__builtin_expect(evictable_.load(std::memory_order_relaxed), 0))
            return false;
        /* relaxed: the cells were proven free above; publish() orders the data. */
        if (__builtin_expect(!enqueue_pos_.compare_exchange_strong(
                                 pos, pos + k, std::memory_order_relaxed, std::memory_order_relaxed),
                             0))
            return false;
        fill<kPaddedSource>(pos, k, data, len, tag, aux, extra);
        return true;
    }
    bool try_push_slow(const void *data, std::uint32_t len, std::uint32_t tag, std::uint32_t aux,
                       std::size_t reserve_cells, std::uint64_t *evicted,
                       std::uint32_t extra) noexcept;
    /* try_push_first found last beyond free_until_: is it free (position
     * pos claimed next)?  If so, raise free_until_, further ahead (up to
     * a quarter lap) when that much is free, so the next pushes need no
     * check. */
    bool refresh_free_until(std::uint64_t pos, std::uint64_t last) noexcept;
    static constexpr std::size_t kFreeSlack = 512;
    /* Write a claimed record of len bytes in k cells at pos and publish it. */
    template <bool kPaddedSource = false>
    __attribute__((always_inline)) void fill(std::uint64_t pos, std::size_t k, const void *data,
                                             std::uint32_t len, std::uint32_t tag,
                                             std::uint32_t aux, std::uint32_t extra) noexcept
    {
        /* The geometry once, in registers: the stores and the copy below
         * would make the compiler reload it each time. */
        const std::uint64_t mask = mask_;
        unsigned char *const data_base = data_;
        Slot *const slot_base = slot_;
        const std::size_t at = static_cast<std::size_t>(pos & mask);
        Meta &m = slot_base[at].meta;
        /* relaxed: published by the store on seq below. */
        m.len.store(len, std::memory_order_relaxed);
        m.tag.store(tag, std::memory_order_relaxed);
        m.aux.store(aux, std::memory_order_relaxed);
        m.extra.store(extra, std::memory_order_relaxed);
        unsigned char *const dst = data_base + at * kCellSize;
        if (kPaddedSource && k <= 2 && at + k <= cells_) {
            /* Whole cells: the claimed cells are ours up to their end and
             * the source has the slack, so the bytes past len are harmless
             * (the consumer copies len).  Fixed sizes become inline moves. */
            std::memcpy(dst, data, kCellSize);
            if (k == 2)
                std::memcpy(dst + kCellSize, static_cast<const unsigned char *>(data) + kCellSize,
                            kCellSize);
        } else if (__builtin_expect(at + k <= cells_, 1)) {
            std::memcpy(dst, data, len);
        } else {
            copy_in(pos, data, len);
        }
        /* release: the record's bytes and meta are visible to whoever
         * acquires this sequence number.  Not seq_cst: the Dekker pair
         * with a worker going to sleep is made by the worker's process-wide
         * barrier (publish_barrier.hpp), so producers pay no fence. */
        slot_base[at].seq.store(pos + 1 - at, std::memory_order_release); /* see load_seq */
        publish_barrier_.light();
        /* Ask for the next record's lines now (for writing): the consumer
         * read them a lap ago, and fetching them at the next push would
         * stall that push (its CAS waits for our stores' misses).  Nobody
         * else touches them until they are published.  Past the end of the
         * arrays (a wrap) the hint is useless but harmless: a prefetch
         * never faults. */
        __builtin_prefetch(data_base + (at + k) * kCellSize, 1);
        __builtin_prefetch(data_base + (at + k + 1) * kCellSize, 1);
        __builtin_prefetch(slot_base + at + k, 1);
    }
    /* The sequence number of the cell of position pos.  Stored relative to
     * the cell's index (sequence - index), so that a cell free for its
     * first-lap position holds 0: the slot array needs no initialisation,
     * its zero pages are committed only as the ring gets used. */
    std::uint64_t load_seq(std::uint64_t pos, std::memory_order order) const noexcept
    {
        const std::uint64_t i = pos & mask_;
        return slot_[i].seq.load(order) + i;
    }
    void store_seq(std::uint64_t pos, std::uint64_t seq, std::memory_order order) noexcept
    {
        const std::uint64_t i = pos & mask_;
        slot_[i].seq.store(seq - i, order);
    }
    /* madvise(MADV_POPULATE_WRITE) on the pages holding [from, from + n). */
    bool populate(const void *from, std::size_t n) const noexcept;
    void copy_in(std::uint64_t pos, const void *src, std::size_t n) noexcept;
    void copy_out(std::uint64_t pos, void *dst, std::size_t n) const noexcept;
    void free_cells(std::uint64_t pos, std::size_t k) noexcept;
    bool consume(void *dst) noexcept;
    Evict evict_one(std::uint64_t need_last) noexcept;
    void wake_waiters() noexcept;

    /* Producers contend on this line only. */
    alignas(64) std::atomic<std::uint64_t> enqueue_pos_{0};
    /* Every position up to this one was seen free (in the plain regime,
     * where the head frees cells in order, position p free means every
     * unclaimed position before it is).  Stays true: only claims
     * use free cells up, and they move past it.  Any producer may store a
     * stale, smaller value; that only costs a refresh. */
    std::atomic<std::uint64_t> free_until_{0};
    /* Written by the consumer (and, evictable, by evicting producers). */
    alignas(64) std::atomic<std::uint64_t> head_{0};
    /* Consumer-private. */
    alignas(64) bool cas_head_ = false;  /* evictable regime entered */
    std::uint64_t peek_pos_ = 0;        /* record the last peek returned */
    std::uint32_t peek_len_ = 0;
    std::size_t freed_since_wake_ = 0;
    /* prefault_ahead(): byte positions committed so far, and where to stop
     * (one lap after the start, or after the fork). */
    std::uint64_t prefault_until_ = 0;
    std::uint64_t prefault_limit_ = 0;
    std::uint64_t prefault_ahead_ = kPrefaultAhead;
    std::size_t page_size_ = 4096;
    /* The slow paths: the request for the evictable regime, blocked
     * producers and their futex word. */
    alignas(64) std::atomic<bool> want_evictable_{false};
    std::atomic<std::uint32_t> waiters_{0};
    std::atomic<std::uint32_t> space_epoch_{0}; /* futex word */
    /* Read-mostly geometry. */
    alignas(64) Slot *slot_ = nullptr;
    unsigned char *data_ = nullptr;
    std::uint64_t mask_ = 0;
    std::size_t cells_ = 0;
    PublishBarrier publish_barrier_; /* read by every publish, set at worker start */
    /* Read by every push, written once (the consumer's switch): here, not
     * with waiters_ and space_epoch_, which blocked producers and the
     * consumer write all the time in block mode. */
    std::atomic<bool> evictable_{false};
    std::size_t wake_cells_ = 0; /* wake blocked producers every this many freed cells */
};

} // namespace dltng

#endif
