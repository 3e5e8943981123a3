/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the MPSC ring (see ring.hpp for the algorithm). */
#include "lib/ring.hpp"

#include <cstdlib>
#include <cstring>
#include <new>

namespace dltng {

std::size_t Ring::cells_for(std::size_t len) noexcept
{
    return (len + kHeaderSize + kCellSize - 1) / kCellSize;
}

std::size_t Ring::max_record() const noexcept
{
    return cells_ * kCellSize - kHeaderSize;
}

bool Ring::init(std::size_t capacity_bytes) noexcept
{
    std::size_t cells = kMinCells;
    while (cells * kCellSize < capacity_bytes && cells < (std::size_t{1} << 30))
        cells <<= 1;

    void *seq_mem = nullptr;
    void *data_mem = nullptr;
    if (posix_memalign(&seq_mem, 64, cells * sizeof(std::atomic<std::uint64_t>)) != 0)
        return false;
    if (posix_memalign(&data_mem, 64, cells * kCellSize) != 0) {
        std::free(seq_mem);
        return false;
    }
    auto *seq = static_cast<std::atomic<std::uint64_t> *>(seq_mem);
    /* Cell i is free for position i. */
    for (std::size_t i = 0; i < cells; ++i)
        new (&seq[i]) std::atomic<std::uint64_t>(i);

    seq_ = seq;
    data_ = static_cast<unsigned char *>(data_mem);
    cells_ = cells;
    mask_ = cells - 1;
    enqueue_pos_.store(0, std::memory_order_relaxed);
    dequeue_pos_ = 0;
    dequeue_pub_.store(0, std::memory_order_relaxed);
    return true;
}

void Ring::destroy() noexcept
{
    std::free(seq_);
    std::free(data_);
    seq_ = nullptr;
    data_ = nullptr;
    cells_ = 0;
    mask_ = 0;
}

void Ring::copy_in(std::uint64_t pos, const void *src, std::size_t offset, std::size_t n) noexcept
{
    const std::size_t total = cells_ * kCellSize;
    std::size_t at = static_cast<std::size_t>((pos & mask_) * kCellSize + offset) % total;
    const std::size_t first = n < total - at ? n : total - at;
    std::memcpy(data_ + at, src, first);
    if (first < n)
        std::memcpy(data_, static_cast<const unsigned char *>(src) + first, n - first);
}

void Ring::copy_out(std::uint64_t pos, void *dst, std::size_t offset, std::size_t n) const noexcept
{
    const std::size_t total = cells_ * kCellSize;
    std::size_t at = static_cast<std::size_t>((pos & mask_) * kCellSize + offset) % total;
    const std::size_t first = n < total - at ? n : total - at;
    std::memcpy(dst, data_ + at, first);
    if (first < n)
        std::memcpy(static_cast<unsigned char *>(dst) + first, data_, n - first);
}

bool Ring::try_push(const void *data, std::uint32_t len, std::uint32_t tag, std::uint32_t aux,
                    std::size_t reserve_cells) noexcept
{
    const std::size_t k = cells_for(len);
    if (k + reserve_cells > cells_)
        return false;

    std::uint64_t pos = enqueue_pos_.load(std::memory_order_relaxed);
    for (;;) {
        const std::uint64_t last = pos + k - 1 + reserve_cells;
        /* acquire: pairs with the consumer's release of this cell, so its
         * reads of the old record happen before our writes (and, the
         * consumer freeing in order, before our writes to earlier cells). */
        const std::uint64_t seq = seq_[last & mask_].load(std::memory_order_acquire);
        const auto dif = static_cast<std::int64_t>(seq - last);
        if (dif == 0) {
            /* relaxed is enough: the cells were proven free above, and the
             * data is published by the release store below. */
            if (enqueue_pos_.compare_exchange_weak(pos, pos + k, std::memory_order_relaxed,
                                                   std::memory_order_relaxed))
                break;
        } else if (dif < 0) {
            /* The cell still holds a record of the previous lap: full,
             * unless our view of the enqueue position was stale. */
            const std::uint64_t now = enqueue_pos_.load(std::memory_order_relaxed);
            if (now == pos)
                return false;
            pos = now;
        } else {
            pos = enqueue_pos_.load(std::memory_order_relaxed);
        }
    }

    const RecordHeader header{len, tag, aux};
    copy_in(pos, &header, 0, kHeaderSize);
    copy_in(pos, data, kHeaderSize, len);
    /* seq_cst (not just release): publishes the record, and orders it before
     * the producer's later read of the worker's sleeping flag (Dekker pair
     * with the worker; see Worker::sleep). */
    seq_[pos & mask_].store(pos + 1, std::memory_order_seq_cst);
    return true;
}

bool Ring::peek(std::uint32_t *len, std::uint32_t *tag, std::uint32_t *aux) const noexcept
{
    /* acquire: pairs with the producer's publish so the bytes are visible. */
    if (seq_[dequeue_pos_ & mask_].load(std::memory_order_acquire) != dequeue_pos_ + 1)
        return false;
    RecordHeader header;
    copy_out(dequeue_pos_, &header, 0, kHeaderSize);
    *len = header.len;
    *tag = header.tag;
    if (aux)
        *aux = header.aux;
    return true;
}

bool Ring::head_ready_seq_cst() const noexcept
{
    return seq_[dequeue_pos_ & mask_].load(std::memory_order_seq_cst) == dequeue_pos_ + 1;
}

void Ring::release(std::uint32_t len) noexcept
{
    const std::size_t k = cells_for(len);
    for (std::size_t i = 0; i < k; ++i) {
        const std::uint64_t p = dequeue_pos_ + i;
        /* release: our reads of the record complete before a producer of
         * the next lap may overwrite the cell. */
        seq_[p & mask_].store(p + cells_, std::memory_order_release);
    }
    dequeue_pos_ += k;
    /* release: flush waiters that see the new position also see that every
     * record before it has left the ring. */
    dequeue_pub_.store(dequeue_pos_, std::memory_order_release);
}

void Ring::pop(void *dst) noexcept
{
    RecordHeader header;
    copy_out(dequeue_pos_, &header, 0, kHeaderSize);
    copy_out(dequeue_pos_, dst, kHeaderSize, header.len);
    release(header.len);
}

void Ring::discard() noexcept
{
    RecordHeader header;
    copy_out(dequeue_pos_, &header, 0, kHeaderSize);
    release(header.len);
}

} // namespace dltng
