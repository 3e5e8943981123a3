/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the MPSC ring (see ring.hpp for the algorithm). */
#include "lib/ring.hpp"

#include <climits>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <linux/futex.h>
#include <new>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace dltng {
namespace {

/* How long an evicting producer keeps finding the cells it needs claimed
 * by someone who is freeing them right now (the consumer copying the head
 * record) before it drops its own record instead. */
constexpr unsigned kBusyRetries = 256;

/* madvise advice (Linux 5.14); older headers lack the name. */
#ifdef MADV_POPULATE_WRITE
constexpr int kMadvPopulateWrite = MADV_POPULATE_WRITE;
#else
constexpr int kMadvPopulateWrite = 23;
#endif

static_assert(sizeof(std::atomic<std::uint32_t>) == sizeof(std::uint32_t) &&
                  std::atomic<std::uint32_t>::is_always_lock_free,
              "the futex word must be a plain 32-bit word");

} // namespace

std::size_t Ring::max_record() const noexcept
{
    return cells_ * kCellSize;
}

bool Ring::init(std::size_t capacity_bytes) noexcept
{
    std::size_t cells = kMinCells;
    while (cells * kCellSize < capacity_bytes && cells < (std::size_t{1} << 30))
        cells <<= 1;

    /* Both arrays are mappings of their own: page-aligned for
     * prefault_ahead(), whatever malloc would have done with them, and
     * zero-filled, which is how the slots start (see load_seq): nothing is
     * written here, so a process that logs little never commits the
     * ring's full size, data or bookkeeping. */
    const std::size_t data_bytes = cells * kCellSize;
    const std::size_t slot_bytes = cells * sizeof(Slot);
    void *data_mem = mmap(nullptr, data_bytes, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (data_mem == MAP_FAILED)
        return false;
    void *slot_mem = mmap(nullptr, slot_bytes, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (slot_mem == MAP_FAILED) {
        munmap(data_mem, data_bytes);
        return false;
    }
    /* Trivial construction (C++17 atomics): the zero bytes are the value.
     * A zero sequence is "free for the first lap" in every cell. */
    auto *slot = static_cast<Slot *>(slot_mem);
    for (std::size_t i = 0; i < cells; ++i)
        new (&slot[i]) Slot;
    slot_ = slot;
    data_ = static_cast<unsigned char *>(data_mem);
    cells_ = cells;
    mask_ = cells - 1;
    wake_cells_ = cells / 32;
    enqueue_pos_.store(0, std::memory_order_relaxed);
    free_until_.store(0, std::memory_order_relaxed); /* position 0 is free */
    head_.store(0, std::memory_order_relaxed);
    freed_since_wake_ = 0;
    prefault_restart(); /* one lap from position 0 */
    /* Ahead of the producers by more than the priority headroom (a
     * sixteenth of the ring) plus kFreeSlack: how far they read. */
    prefault_ahead_ = data_bytes / 8 > kPrefaultAhead ? data_bytes / 8 : kPrefaultAhead;
    page_size_ = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    return true;
}

void Ring::destroy() noexcept
{
    if (slot_)
        munmap(slot_, cells_ * sizeof(Slot));
    if (data_)
        munmap(data_, cells_ * kCellSize);
    slot_ = nullptr;
    data_ = nullptr;
    cells_ = 0;
    mask_ = 0;
}

void Ring::copy_in(std::uint64_t pos, const void *src, std::size_t n) noexcept
{
    const std::size_t total = cells_ * kCellSize;
    const std::size_t at = static_cast<std::size_t>(pos & mask_) * kCellSize;
    const std::size_t first = n < total - at ? n : total - at;
    std::memcpy(data_ + at, src, first);
    if (first < n)
        std::memcpy(data_, static_cast<const unsigned char *>(src) + first, n - first);
}

void Ring::copy_out(std::uint64_t pos, void *dst, std::size_t n) const noexcept
{
    const std::size_t total = cells_ * kCellSize;
    const std::size_t at = static_cast<std::size_t>(pos & mask_) * kCellSize;
    const std::size_t first = n < total - at ? n : total - at;
    std::memcpy(dst, data_ + at, first);
    if (first < n)
        std::memcpy(static_cast<unsigned char *>(dst) + first, data_, n - first);
}

void Ring::free_cells(std::uint64_t pos, std::size_t k) noexcept
{
    for (std::size_t i = 0; i < k; ++i) {
        const std::uint64_t p = pos + i;
        /* release: our use of the old record (the consumer's reads) is
         * complete before a producer of the next lap may overwrite it. */
        store_seq(p, p + cells_, std::memory_order_release);
    }
}

Ring::Evict Ring::evict_one(std::uint64_t need_last) noexcept
{
    std::uint64_t h = head_.load(std::memory_order_relaxed);
    /* Everything we need was already taken off the ring; its owner is still
     * freeing the cells.  Not an eviction; the caller retries briefly. */
    if (static_cast<std::int64_t>(h - need_last) > 0)
        return Evict::kRetry;
    /* acquire: pairs with the publish, so the record's length is the one
     * its producer wrote. */
    if (load_seq(h, std::memory_order_acquire) != h + 1) {
        /* The head moved on (retry), or its record is claimed but not yet
         * published (a producer inside its copy, or stalled): never wait
         * for it. */
        return head_.load(std::memory_order_relaxed) != h ? Evict::kRetry : Evict::kFail;
    }
    /* relaxed: a length from a later lap would mean the head moved past h,
     * and then the CAS below fails. */
    const std::size_t k = cells_for(slot_[h & mask_].meta.len.load(std::memory_order_relaxed));
    /* relaxed: winning the CAS only transfers ownership of cells h..h+k-1;
     * we free them with release stores and never read their bytes. */
    if (!head_.compare_exchange_strong(h, h + k, std::memory_order_relaxed,
                                       std::memory_order_relaxed))
        return Evict::kRetry;
    free_cells(h, k);
    return Evict::kDone;
}

bool Ring::refresh_free_until(std::uint64_t pos, std::uint64_t last) noexcept
{
    if (last - pos >= cells_) /* k + reserve_cells > cells_: never fits */
        return false;
    /* kFreeSlack cells past what this push needs (a quarter lap at most):
     * within the pages prefault_ahead() commits, which the headroom plus
     * this stays inside (during the first lap, reading further would
     * fault). */
    const std::uint64_t ahead = last + (cells_ / 4 < kFreeSlack ? cells_ / 4 : kFreeSlack);
    const std::uint64_t candidates[2] = {ahead > last ? ahead : last, last};
    for (const std::uint64_t p : candidates) {
        /* acquire: pairs with the release that freed the cell (see
         * try_push_first).  The regime flag after it, as in try_push_slow:
         * an out-of-order free would show the flag set. */
        if (load_seq(p, std::memory_order_acquire) == p) {
            if (evictable_.load(std::memory_order_relaxed))
                return false;
            /* release: hands the acquire above on to whoever uses it. */
            free_until_.store(p, std::memory_order_release);
            return true;
        }
        if (p == last)
            break;
    }
    return false;
}

bool Ring::try_push_slow(const void *data, std::uint32_t len, std::uint32_t tag,
                         std::uint32_t aux, std::size_t reserve_cells,
                         std::uint64_t *evicted, std::uint32_t extra) noexcept
{
    const std::size_t k = cells_for(len);
    if (k + reserve_cells > cells_)
        return false;

    std::size_t evict_budget = cells_ + kBusyRetries; /* bounds the work of one push */
    unsigned busy = 0;
    std::uint64_t pos = enqueue_pos_.load(std::memory_order_relaxed);
    for (;;) {
        const std::uint64_t last = pos + k - 1 + reserve_cells;
        /* acquire: pairs with the release that freed this cell, so the old
         * record's reads happen before our writes. */
        std::uint64_t seq = load_seq(last, std::memory_order_acquire);
        auto dif = static_cast<std::int64_t>(seq - last);
        /* Cells are freed in order in the plain regime, but evicting
         * producers and the consumer free concurrently in the evictable one:
         * there, check every cell of the record (acquire as above).
         * relaxed is enough for the flag: whoever freed `last` out of order
         * saw it set before (the consumer set it; an evictor acquired it),
         * and our acquire of that free orders the flag's store before this
         * load; a plain-regime free of `last` implies the earlier ones. */
        if (dif == 0 && evictable_.load(std::memory_order_relaxed)) {
            for (std::size_t i = 0; i < k; ++i) {
                const std::uint64_t p = pos + i;
                if (load_seq(p, std::memory_order_acquire) != p) {
                    dif = -1;
                    break;
                }
            }
        }
        if (dif == 0) {
            /* relaxed is enough: the cells were proven free above, and the
             * data is published by the store below. */
            if (enqueue_pos_.compare_exchange_weak(pos, pos + k, std::memory_order_relaxed,
                                                   std::memory_order_relaxed))
                break;
        } else if (dif < 0) {
            /* The cell still holds a record of the previous lap: full,
             * unless our view of the enqueue position was stale. */
            const std::uint64_t now = enqueue_pos_.load(std::memory_order_relaxed);
            if (now != pos) {
                pos = now;
                continue;
            }
            /* acquire: pairs with consumer_tick's release; from here on the
             * consumer claims records by CAS too. */
            if (!evicted || evict_budget == 0 || !evictable_.load(std::memory_order_acquire))
                return false;
            --evict_budget;
            switch (evict_one(last - cells_)) {
            case Evict::kDone:
                ++*evicted;
                break;
            case Evict::kRetry:
                if (++busy > kBusyRetries)
                    return false;
                break;
            case Evict::kFail:
                return false;
            }
            pos = enqueue_pos_.load(std::memory_order_relaxed);
        } else {
            pos = enqueue_pos_.load(std::memory_order_relaxed);
        }
    }

    fill(pos, k, data, len, tag, aux, extra);
    return true;
}

void Ring::consumer_tick() noexcept
{
    if (!cas_head_ && want_evictable_.load(std::memory_order_relaxed)) {
        cas_head_ = true;
        /* release: a producer that sees the flag also sees our last plain
         * store of the head; from now on we claim by CAS as it does. */
        evictable_.store(true, std::memory_order_release);
    }
    if (freed_since_wake_ != 0)
        wake_waiters();
    prefault_ahead();
}

void Ring::prefault_ahead() noexcept
{
    if (prefault_until_ >= prefault_limit_)
        return;
    /* relaxed: a stale position only makes us populate a little less. */
    const std::uint64_t claimed = enqueue_pos_.load(std::memory_order_relaxed) * kCellSize;
    if (claimed + prefault_ahead_ <= prefault_until_)
        return;
    std::uint64_t until = claimed + prefault_ahead_ + kPrefaultStep - 1;
    /* Whole steps: with one-cell records a call every 512 records, not one
     * per round. */
    until -= until % kPrefaultStep;
    if (until > prefault_limit_)
        until = prefault_limit_;
    if (prefault_until_ < claimed)
        prefault_until_ = claimed - claimed % kPrefaultStep; /* producers were faster */
    const std::size_t total = cells_ * kCellSize;
    while (prefault_until_ < until) {
        /* The range may wrap past the end of the array: one round per side.
         * The cells' slots too: present since init() wrote them, except in
         * a fork child (copy-on-write). */
        const std::size_t at = static_cast<std::size_t>(prefault_until_ % total);
        std::size_t n = static_cast<std::size_t>(until - prefault_until_);
        if (n > total - at)
            n = total - at;
        const std::size_t cell = at / kCellSize;
        const std::size_t cells = n / kCellSize;
        if (!populate(data_ + at, n) || !populate(slot_ + cell, cells * sizeof *slot_)) {
            prefault_until_ = prefault_limit_; /* not here: page faults it is */
            return;
        }
        prefault_until_ += n;
    }
}

bool Ring::populate(const void *from, std::size_t n) const noexcept
{
    const auto start = reinterpret_cast<std::uintptr_t>(from);
    const std::uintptr_t page = start - start % page_size_;
    return madvise(reinterpret_cast<void *>(page), n + (start - page), kMadvPopulateWrite) == 0;
}

void Ring::prefault_restart() noexcept
{
    /* relaxed: only this thread exists in the child. */
    const std::uint64_t claimed = enqueue_pos_.load(std::memory_order_relaxed) * kCellSize;
    prefault_until_ = claimed - claimed % kPrefaultStep;
    prefault_limit_ = prefault_until_ + cells_ * kCellSize;
}

bool Ring::peek(std::uint32_t *len, std::uint32_t *tag, std::uint32_t *aux,
                std::uint32_t *extra) noexcept
{
    if (!cas_head_ && want_evictable_.load(std::memory_order_relaxed))
        consumer_tick();
    /* relaxed: in the plain regime we are the only writer; in the evictable
     * one a stale value only makes the seq test or the pop's CAS fail. */
    const std::uint64_t h = head_.load(std::memory_order_relaxed);
    /* acquire: pairs with the producer's publish so the bytes are visible. */
    if (load_seq(h, std::memory_order_acquire) != h + 1) {
        peek_len_ = UINT32_MAX;
        if (freed_since_wake_ != 0) /* about to idle: let blocked producers in */
            wake_waiters();
        return false;
    }
    const Meta &m = slot_[h & mask_].meta;
    /* relaxed: published with the seq above; a value from a later lap
     * (evictable regime) means the record is gone and pop's CAS fails. */
    peek_pos_ = h;
    peek_len_ = m.len.load(std::memory_order_relaxed);
    *len = peek_len_;
    *tag = m.tag.load(std::memory_order_relaxed);
    if (aux)
        *aux = m.aux.load(std::memory_order_relaxed);
    if (extra)
        *extra = m.extra.load(std::memory_order_relaxed);
    return true;
}

bool Ring::head_ready_seq_cst() const noexcept
{
    const std::uint64_t h = head_.load(std::memory_order_seq_cst);
    return load_seq(h, std::memory_order_seq_cst) == h + 1;
}

bool Ring::consume(void *dst) noexcept
{
    if (peek_len_ == UINT32_MAX)
        return false; /* no successful peek */
    const std::uint64_t h = peek_pos_;
    const std::size_t k = cells_for(peek_len_);
    if (cas_head_) {
        std::uint64_t expected = h;
        /* relaxed: as in evict_one; the bytes were acquired by peek's seq
         * load, and nobody writes them before we free them. */
        if (!head_.compare_exchange_strong(expected, h + k, std::memory_order_relaxed,
                                           std::memory_order_relaxed)) {
            peek_len_ = UINT32_MAX;
            return false; /* evicted since peek */
        }
        if (dst)
            copy_out(h, dst, peek_len_);
        free_cells(h, k);
    } else {
        if (dst)
            copy_out(h, dst, peek_len_);
        free_cells(h, k);
        /* release: flush waiters that see the new position also see that
         * every record before it has left the ring. */
        head_.store(h + k, std::memory_order_release);
    }
    peek_len_ = UINT32_MAX;
    freed_since_wake_ += k;
    if (freed_since_wake_ >= wake_cells_)
        wake_waiters();
    return true;
}

bool Ring::pop(void *dst) noexcept
{
    return consume(dst);
}

bool Ring::discard() noexcept
{
    return consume(nullptr);
}

void Ring::wake_waiters() noexcept
{
    freed_since_wake_ = 0;
    /* seq_cst fence: Dekker pair with waiter_enter's fence: either we see
     * the waiter here, or its push after entering sees the cells we freed. */
    std::atomic_thread_fence(std::memory_order_seq_cst);
    /* relaxed: ordered by the fence above. */
    if (waiters_.load(std::memory_order_relaxed) == 0)
        return;
    /* relaxed: the futex word only needs to change; the syscall orders. */
    space_epoch_.fetch_add(1, std::memory_order_relaxed);
    syscall(SYS_futex, reinterpret_cast<std::uint32_t *>(&space_epoch_), FUTEX_WAKE_PRIVATE,
            INT_MAX, nullptr, nullptr, 0);
}

void Ring::waiter_enter() noexcept
{
    /* relaxed + seq_cst fence: see wake_waiters. */
    waiters_.fetch_add(1, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_seq_cst);
}

void Ring::waiter_leave() noexcept
{
    /* relaxed: a waiter that left only costs the consumer a useless wake. */
    waiters_.fetch_sub(1, std::memory_order_relaxed);
}

void Ring::wait_space(std::uint32_t epoch, int timeout_ms) noexcept
{
    if (timeout_ms <= 0)
        return;
    timespec ts;
    ts.tv_sec = timeout_ms / 1000;
    ts.tv_nsec = static_cast<long>(timeout_ms % 1000) * 1000000L;
    /* Returns at once if the consumer bumped the epoch since we read it. */
    syscall(SYS_futex, reinterpret_cast<std::uint32_t *>(&space_epoch_), FUTEX_WAIT_PRIVATE,
            epoch, &ts, nullptr, 0);
}

} // namespace dltng
