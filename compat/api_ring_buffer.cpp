/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: DltBuffer, the ring buffer of dlt_common.h (dlt_buffer_*) that
 * 2.18.8 exports for the daemon and old applications.  libdlt-ng's own
 * queue is lib/ring; this is a separate, compatible implementation of the
 * upstream format, for callers of the API:
 *
 *   shm:  DltBufferHead {write, read, count}, then `size` data bytes;
 *   each entry: DltBufferBlockHead {"SHM", status 2, size}, then the data,
 *   both wrapping around the end of the data area.
 *
 * A dynamic buffer grows by step_size up to max_size when an entry does not
 * fit, and shrinks back to min_size when it becomes empty.  Behaviour,
 * messages and return values follow libdlt 2.18.8, quirks included
 * (compared in tests/reader/test-buffer.sh): growing an empty buffer moves
 * its write position to the old size.  Not on the logging path; a
 * DltBuffer is not thread-safe (callers lock, as upstream's do). */
#include <cstdlib>
#include <cstring>

#include "compat/shim.hpp"
#include "lib/diag.hpp"

using dltng::DiagLevel;

/* Exported by libdlt 2.18.8 but declared in no public header. */
extern "C" {
void dlt_buffer_write_block(DltBuffer *buf, int *write, const unsigned char *data,
                            unsigned int size);
void dlt_buffer_read_block(DltBuffer *buf, int *read, unsigned char *data, unsigned int size);
int dlt_buffer_reset(DltBuffer *buf);
int dlt_buffer_increase_size(DltBuffer *buf);
int dlt_buffer_minimize_size(DltBuffer *buf);
int dlt_buffer_get(DltBuffer *buf, unsigned char *data, int max_size, int del);
}

namespace {

constexpr int kHeadSize = sizeof(DltBufferHead);
constexpr int kBlockHeadSize = sizeof(DltBufferBlockHead);
constexpr unsigned char kBlockUsed = 2; /* status of a written entry */

DltBufferHead *head_of(DltBuffer *buf)
{
    return reinterpret_cast<DltBufferHead *>(buf->shm);
}

/* Free bytes for a new entry, from the head's positions. */
int free_size(const DltBuffer *buf, int write, int read, int count)
{
    if (read > write)
        return read - write;
    if (count && write == read)
        return 0;
    return static_cast<int>(buf->size) - write + read;
}

} // namespace

DLT_EXPORT DltReturnValue dlt_buffer_init_static_server(DltBuffer *buf, const unsigned char *ptr,
                                                        uint32_t size)
{
    if (!buf || !ptr || size <= static_cast<uint32_t>(kHeadSize))
        return DLT_RETURN_WRONG_PARAMETER;
    buf->shm = const_cast<unsigned char *>(ptr);
    buf->min_size = size;
    buf->max_size = size;
    buf->step_size = 0;
    DltBufferHead *head = head_of(buf);
    head->read = 0;
    head->write = 0;
    head->count = 0;
    buf->mem = buf->shm + kHeadSize;
    buf->size = size - kHeadSize;
    std::memset(buf->mem, 0, buf->size);
    dltng::diag(DiagLevel::kDebug, "%s: Buffer: Size %u, Start address %lX", __func__, buf->size,
                reinterpret_cast<unsigned long>(buf->mem));
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_buffer_init_static_client(DltBuffer *buf, const unsigned char *ptr,
                                                        uint32_t size)
{
    if (!buf || !ptr || size <= static_cast<uint32_t>(kHeadSize))
        return DLT_RETURN_WRONG_PARAMETER;
    /* Attach to a buffer a server initialised: the head is left alone. */
    buf->shm = const_cast<unsigned char *>(ptr);
    buf->min_size = size;
    buf->max_size = size;
    buf->step_size = 0;
    buf->mem = buf->shm + kHeadSize;
    buf->size = size - kHeadSize;
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_buffer_init_dynamic(DltBuffer *buf, uint32_t min_size,
                                                  uint32_t max_size, uint32_t step_size)
{
    if (!buf || min_size <= static_cast<uint32_t>(kHeadSize) || max_size < min_size ||
        step_size == 0)
        return DLT_RETURN_WRONG_PARAMETER;
    buf->min_size = min_size;
    buf->max_size = max_size;
    buf->step_size = step_size;
    buf->shm = static_cast<unsigned char *>(std::malloc(min_size));
    if (!buf->shm) {
        dltng::diag(DiagLevel::kWarning, "%s: Buffer: Cannot allocate %u bytes", __func__,
                    min_size);
        return DLT_RETURN_ERROR;
    }
    DltBufferHead *head = head_of(buf);
    head->read = 0;
    head->write = 0;
    head->count = 0;
    buf->mem = buf->shm + kHeadSize;
    buf->size = min_size - kHeadSize;
    std::memset(buf->mem, 0, buf->size);
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_buffer_free_static(DltBuffer *buf)
{
    if (!buf)
        return DLT_RETURN_WRONG_PARAMETER;
    if (!buf->mem) {
        dltng::diag(DiagLevel::kWarning, "%s: Buffer: Buffer not initialized", __func__);
        return DLT_RETURN_ERROR;
    }
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_buffer_free_dynamic(DltBuffer *buf)
{
    if (!buf)
        return DLT_RETURN_WRONG_PARAMETER;
    if (!buf->shm) {
        dltng::diag(DiagLevel::kWarning, "%s: Buffer: Buffer not initialized", __func__);
        return DLT_RETURN_ERROR;
    }
    std::free(buf->shm);
    buf->shm = nullptr;
    buf->mem = nullptr;
    return DLT_RETURN_OK;
}

DLT_EXPORT void dlt_buffer_write_block(DltBuffer *buf, int *write, const unsigned char *data,
                                       unsigned int size)
{
    if (!buf || !write || !data || size == 0)
        return;
    const unsigned int at = static_cast<unsigned int>(*write);
    if (at + size <= buf->size) {
        std::memcpy(buf->mem + at, data, size);
        *write = static_cast<int>(at + size);
    } else {
        const unsigned int first = buf->size - at;
        std::memcpy(buf->mem + at, data, first);
        std::memcpy(buf->mem, data + first, size - first);
        *write = static_cast<int>(size - first);
    }
}

DLT_EXPORT void dlt_buffer_read_block(DltBuffer *buf, int *read, unsigned char *data,
                                      unsigned int size)
{
    if (!buf || !read || !data || size == 0)
        return;
    const unsigned int at = static_cast<unsigned int>(*read);
    if (at + size <= buf->size) {
        std::memcpy(data, buf->mem + at, size);
        *read = static_cast<int>(at + size);
    } else {
        const unsigned int first = buf->size - at;
        std::memcpy(data, buf->mem + at, first);
        std::memcpy(data + first, buf->mem, size - first);
        *read = static_cast<int>(size - first);
    }
}

DLT_EXPORT DltReturnValue dlt_buffer_check_size(DltBuffer *buf, int needed)
{
    if (!buf)
        return DLT_RETURN_WRONG_PARAMETER;
    /* As upstream: whether the buffer could take `needed` more bytes on top
     * of its current capacity. */
    if (buf->size + kHeadSize + static_cast<unsigned>(needed) > buf->max_size)
        return DLT_RETURN_ERROR;
    return DLT_RETURN_OK;
}

DLT_EXPORT int dlt_buffer_reset(DltBuffer *buf)
{
    if (!buf || !buf->shm)
        return DLT_RETURN_WRONG_PARAMETER;
    dltng::diag(DiagLevel::kWarning, "%s: Buffer: Buffer reset triggered. Size: %u, Start address: %lX",
                __func__, buf->size, reinterpret_cast<unsigned long>(buf->mem));
    DltBufferHead *head = head_of(buf);
    head->read = 0;
    head->write = 0;
    head->count = 0;
    std::memset(buf->mem, 0, buf->size);
    return DLT_RETURN_OK;
}

DLT_EXPORT int dlt_buffer_increase_size(DltBuffer *buf)
{
    if (!buf || !buf->shm)
        return DLT_RETURN_WRONG_PARAMETER;
    if (buf->step_size == 0 || buf->size + kHeadSize + buf->step_size > buf->max_size)
        return DLT_RETURN_ERROR; /* static, or at its maximum */
    const uint32_t new_total = buf->size + kHeadSize + buf->step_size;
    unsigned char *shm = static_cast<unsigned char *>(std::malloc(new_total));
    if (!shm) {
        dltng::diag(DiagLevel::kWarning, "%s: Buffer: Cannot increase size because allocate %u bytes failed",
                    __func__, new_total);
        return DLT_RETURN_ERROR;
    }
    DltBufferHead *old = head_of(buf);
    DltBufferHead *head = reinterpret_cast<DltBufferHead *>(shm);
    unsigned char *mem = shm + kHeadSize;
    /* The contents move to the start; an empty buffer counts as full here
     * (its write position becomes the old size), as upstream. */
    if (old->write > old->read) {
        std::memcpy(mem, buf->mem + old->read, static_cast<std::size_t>(old->write - old->read));
        head->write = old->write - old->read;
    } else {
        const std::size_t tail = buf->size - static_cast<unsigned>(old->read);
        std::memcpy(mem, buf->mem + old->read, tail);
        std::memcpy(mem + tail, buf->mem, static_cast<std::size_t>(old->write));
        head->write = static_cast<int>(buf->size) - old->read + old->write;
    }
    head->read = 0;
    head->count = old->count;
    std::free(buf->shm);
    buf->shm = shm;
    buf->mem = mem;
    buf->size += buf->step_size;
    dltng::diag(DiagLevel::kDebug, "%s: Buffer: Size increased to %u bytes with start address %lX",
                __func__, buf->size + kHeadSize, reinterpret_cast<unsigned long>(buf->mem));
    return DLT_RETURN_OK;
}

DLT_EXPORT int dlt_buffer_minimize_size(DltBuffer *buf)
{
    if (!buf || !buf->shm)
        return DLT_RETURN_WRONG_PARAMETER;
    if (buf->size + kHeadSize == buf->min_size)
        return DLT_RETURN_OK; /* already minimal (always so for static buffers) */
    unsigned char *shm = static_cast<unsigned char *>(std::malloc(buf->min_size));
    if (!shm) {
        dltng::diag(DiagLevel::kWarning, "%s: Buffer: Cannot set to min size of %u bytes",
                    __func__, buf->min_size);
        return DLT_RETURN_ERROR;
    }
    std::free(buf->shm);
    buf->shm = shm;
    buf->mem = shm + kHeadSize;
    buf->size = buf->min_size - kHeadSize;
    DltBufferHead *head = head_of(buf);
    head->read = 0;
    head->write = 0;
    head->count = 0;
    std::memset(buf->mem, 0, buf->size);
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_buffer_push3(DltBuffer *buf, const unsigned char *data1,
                                           unsigned int size1, const unsigned char *data2,
                                           unsigned int size2, const unsigned char *data3,
                                           unsigned int size3)
{
    if (!buf || !buf->shm)
        return DLT_RETURN_WRONG_PARAMETER;
    DltBufferHead *head = head_of(buf);
    int write = head->write, read = head->read;
    if (read > static_cast<int>(buf->size) || write > static_cast<int>(buf->size)) {
        dltng::diag(DiagLevel::kError, "%s: Buffer: Pointer out of range. Read: %d, Write: %d, Size: %u",
                    __func__, read, write, buf->size);
        dlt_buffer_reset(buf);
        return DLT_RETURN_ERROR;
    }
    const long long needed =
        static_cast<long long>(kBlockHeadSize) + size1 + size2 + size3;
    while (free_size(buf, write, read, head->count) < needed) {
        if (dlt_buffer_increase_size(buf) != DLT_RETURN_OK)
            return DLT_RETURN_ERROR;
        head = head_of(buf);
        write = head->write;
        read = head->read;
    }
    DltBufferBlockHead block;
    std::memset(&block, 0, sizeof block);
    std::memcpy(block.head, DLT_BUFFER_HEAD, sizeof DLT_BUFFER_HEAD);
    block.status = kBlockUsed;
    block.size = static_cast<int>(size1 + size2 + size3);
    dlt_buffer_write_block(buf, &write, reinterpret_cast<const unsigned char *>(&block),
                           sizeof block);
    dlt_buffer_write_block(buf, &write, data1, size1);
    dlt_buffer_write_block(buf, &write, data2, size2);
    dlt_buffer_write_block(buf, &write, data3, size3);
    head->write = write;
    head->count++;
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_buffer_push(DltBuffer *buf, const unsigned char *data,
                                          unsigned int size)
{
    return dlt_buffer_push3(buf, data, size, nullptr, 0, nullptr, 0);
}

/* Read (and with del, remove) the oldest entry; its size, or -1. */
DLT_EXPORT int dlt_buffer_get(DltBuffer *buf, unsigned char *data, int max_size, int del)
{
    if (!buf)
        return DLT_RETURN_WRONG_PARAMETER;
    if (!buf->shm)
        return DLT_RETURN_ERROR;
    DltBufferHead *head = head_of(buf);
    int write = head->write, read = head->read;
    const int count = head->count;
    if (read > static_cast<int>(buf->size) || write > static_cast<int>(buf->size)) {
        dltng::diag(DiagLevel::kError, "%s: Buffer: Pointer out of range. Read: %d, Write: %d, Size: %u",
                    __func__, read, write, buf->size);
        dlt_buffer_reset(buf);
        return DLT_RETURN_ERROR;
    }
    if (count == 0) {
        if (write != read) {
            dltng::diag(DiagLevel::kError,
                        "%s: Buffer: SHM should be empty, but is not. Read: %d, Write: %d", __func__,
                        read, write);
            dlt_buffer_reset(buf);
        }
        return DLT_RETURN_ERROR;
    }
    const int used = write > read ? write - read : static_cast<int>(buf->size) - read + write;
    if (used < kBlockHeadSize) {
        dltng::diag(DiagLevel::kError,
                    "%s: Buffer: Used size is smaller than buffer block header size. Used size: %d",
                    __func__, used);
        dlt_buffer_reset(buf);
        return DLT_RETURN_ERROR;
    }
    DltBufferBlockHead block;
    dlt_buffer_read_block(buf, &read, reinterpret_cast<unsigned char *>(&block), sizeof block);
    if (std::memcmp(block.head, DLT_BUFFER_HEAD, sizeof DLT_BUFFER_HEAD) != 0) {
        dltng::diag(DiagLevel::kError, "%s: Buffer: Header head check failed", __func__);
        dlt_buffer_reset(buf);
        return DLT_RETURN_ERROR;
    }
    if (block.status != kBlockUsed) {
        dltng::diag(DiagLevel::kError, "%s: Buffer: Header status check failed", __func__);
        dlt_buffer_reset(buf);
        return DLT_RETURN_ERROR;
    }
    if (block.size < 0 || used < kBlockHeadSize + block.size) {
        dltng::diag(DiagLevel::kError,
                    "%s: Buffer: Used size is smaller than buffer block header size And read "
                    "header size. Used size: %d",
                    __func__, used);
        dlt_buffer_reset(buf);
        return DLT_RETURN_ERROR;
    }
    if (max_size && block.size > max_size)
        dltng::diag(DiagLevel::kWarning,
                    "%s: Buffer: Max size is smaller than read header size. Max size: %d", __func__,
                    max_size);
    if (data && max_size) {
        /* Never past the caller's buffer (upstream copies the whole entry). */
        const int n = block.size < max_size ? block.size : max_size;
        int at = read;
        dlt_buffer_read_block(buf, &at, data, static_cast<unsigned>(n));
    }
    /* Past the entry whatever was copied, wrapping as dlt_buffer_read_block. */
    if (static_cast<unsigned>(read) + static_cast<unsigned>(block.size) <= buf->size)
        read += block.size;
    else
        read = block.size - (static_cast<int>(buf->size) - read);
    if (del) {
        head->read = read;
        head->count--;
        if (head->count == 0)
            dlt_buffer_minimize_size(buf);
    }
    return block.size;
}

DLT_EXPORT int dlt_buffer_pull(DltBuffer *buf, unsigned char *data, int max_size)
{
    return dlt_buffer_get(buf, data, max_size, 1);
}

DLT_EXPORT int dlt_buffer_copy(DltBuffer *buf, unsigned char *data, int max_size)
{
    return dlt_buffer_get(buf, data, max_size, 0);
}

DLT_EXPORT int dlt_buffer_remove(DltBuffer *buf)
{
    return dlt_buffer_get(buf, nullptr, 0, 1);
}

DLT_EXPORT void dlt_buffer_info(DltBuffer *buf)
{
    if (!buf)
        return;
    dltng::diag(DiagLevel::kDebug,
                "Buffer: Available size: %u, Buffer: Buffer full start address: %lX, Buffer: "
                "Buffer start address: %lX",
                buf->size, reinterpret_cast<unsigned long>(buf->shm),
                reinterpret_cast<unsigned long>(buf->mem));
}

DLT_EXPORT void dlt_buffer_status(DltBuffer *buf)
{
    if (!buf || !buf->shm)
        return;
    const DltBufferHead *head = head_of(buf);
    dltng::diag(DiagLevel::kDebug, "Buffer: Write position: %d, Read position: %d, Count: %d",
                head->write, head->read, head->count);
}

DLT_EXPORT uint32_t dlt_buffer_get_total_size(DltBuffer *buf)
{
    if (!buf)
        return static_cast<uint32_t>(DLT_RETURN_WRONG_PARAMETER);
    return buf->max_size; /* as upstream: the maximum, not the current size */
}

DLT_EXPORT int dlt_buffer_get_used_size(DltBuffer *buf)
{
    if (!buf)
        return DLT_RETURN_WRONG_PARAMETER;
    if (!buf->shm)
        return DLT_RETURN_OK;
    const DltBufferHead *head = head_of(buf);
    if (head->count == 0)
        return 0;
    return head->write > head->read ? head->write - head->read
                                    : static_cast<int>(buf->size) - head->read + head->write;
}

DLT_EXPORT int dlt_buffer_get_message_count(DltBuffer *buf)
{
    if (!buf)
        return DLT_RETURN_WRONG_PARAMETER;
    if (!buf->shm)
        return DLT_RETURN_OK;
    return head_of(buf)->count;
}
