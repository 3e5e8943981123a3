/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: bounded multi-producer single-consumer ring of variable-size
 * records, after Dmitry Vyukov's bounded queue.
 *
 * The ring is an array of 64-byte cells, each with its own sequence number.
 * A record occupies k consecutive cells (a small header, then its bytes,
 * possibly wrapping past the end of the array).  The single consumer frees
 * cells strictly in order, so a producer needs to look at one cell only: if
 * the last cell it wants is free for this lap, all cells before it are too.
 * One CAS on the enqueue position claims the k cells; one release store on
 * the first cell's sequence publishes the record.  The consumer owns the
 * dequeue position outright (no CAS).
 *
 * Caveat inherited from the algorithm: a producer stalled between its claim
 * and its publish holds back every later record until it resumes.  Producers
 * therefore never wait on the ring: a full ring is reported and the caller
 * counts the drop. */
#ifndef DLTNG_RING_HPP
#define DLTNG_RING_HPP

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace dltng {

class Ring {
public:
    static constexpr std::size_t kCellSize = 64;
    static constexpr std::size_t kMinCells = 64;

    /* Allocate a ring of about capacity_bytes (rounded up to a power of two
     * cells).  Returns false if memory is short. */
    bool init(std::size_t capacity_bytes) noexcept;
    void destroy() noexcept;
    bool initialised() const noexcept { return seq_ != nullptr; }

    std::size_t cell_count() const noexcept { return cells_; }
    /* Largest record (in bytes) that can ever be stored. */
    std::size_t max_record() const noexcept;
    /* Cells a record of len bytes occupies. */
    static std::size_t cells_for(std::size_t len) noexcept;

    /* Producer side, any thread.  Copies len bytes as one record carrying
     * two words for the consumer (tag, aux).  reserve_cells cells must remain
     * free after the record (headroom kept for more important records).
     * Never waits: false if full. */
    bool try_push(const void *data, std::uint32_t len, std::uint32_t tag, std::uint32_t aux = 0,
                  std::size_t reserve_cells = 0) noexcept;

    /* Consumer side, the one worker thread only. */
    /* Is a complete record at the head?  Fills its length and words. */
    bool peek(std::uint32_t *len, std::uint32_t *tag, std::uint32_t *aux = nullptr) const noexcept;
    /* Like peek's readiness test, but sequentially consistent: pairs with
     * producers' publish so a sleeping consumer cannot miss a record. */
    bool head_ready_seq_cst() const noexcept;
    /* Copy the head record (peek must have succeeded) and free its cells. */
    void pop(void *dst) noexcept;
    /* Drop the head record without copying it. */
    void discard() noexcept;

    /* Positions count cells ever claimed / ever consumed; used for flush
     * tickets ("everything claimed before now has been consumed"). */
    std::uint64_t enqueue_position() const noexcept
    {
        return enqueue_pos_.load(std::memory_order_acquire);
    }
    std::uint64_t dequeue_position() const noexcept
    {
        return dequeue_pub_.load(std::memory_order_acquire);
    }

private:
    struct RecordHeader {
        std::uint32_t len;
        std::uint32_t tag;
        std::uint32_t aux;
    };
    static constexpr std::size_t kHeaderSize = sizeof(RecordHeader);

    void copy_in(std::uint64_t pos, const void *src, std::size_t offset, std::size_t n) noexcept;
    void copy_out(std::uint64_t pos, void *dst, std::size_t offset, std::size_t n) const noexcept;
    void release(std::uint32_t len) noexcept;

    /* Producers contend on this line only. */
    alignas(64) std::atomic<std::uint64_t> enqueue_pos_{0};
    /* Consumer-private; dequeue_pub_ mirrors it for flush waiters. */
    alignas(64) std::uint64_t dequeue_pos_ = 0;
    std::atomic<std::uint64_t> dequeue_pub_{0};
    /* Read-mostly geometry. */
    alignas(64) std::atomic<std::uint64_t> *seq_ = nullptr;
    unsigned char *data_ = nullptr;
    std::uint64_t mask_ = 0;
    std::size_t cells_ = 0;
};

} // namespace dltng

#endif
