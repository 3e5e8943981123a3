/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: parses what the daemon writes into our FIFO.  The input is
 * untrusted: every length is checked, garbage is skipped up to the next
 * "DUH\1" pattern and counted, and nothing is ever read past the buffer. */
#ifndef DLTNG_CONTROL_PARSER_HPP
#define DLTNG_CONTROL_PARSER_HPP

#include <cstddef>
#include <cstdint>

namespace dltng {

/* Larger injections are rejected (upstream cannot receive them either). */
inline constexpr std::uint32_t kMaxInjectionSize = 65536;

struct ControlEvent {
    enum Kind { kLogLevel, kLogState, kInjection } kind;
    std::int32_t pos;
    std::uint8_t log_level;
    std::uint8_t trace_status;
    std::int8_t log_state;
    std::uint32_t service_id;
    const unsigned char *data;
    std::uint32_t data_len;
};

struct ControlStats {
    std::uint64_t messages;
    std::uint64_t rejected; /* malformed, unknown or oversized messages */
    std::uint64_t skipped_bytes;
    /* Well-formed but addressed to a context unregistered since (the
     * daemon had not seen the UNREGISTER_CONTEXT yet when it wrote it) or
     * to a service id nobody registered.  Not an error: libdlt 2.18.8
     * drops these silently, and so do we (counted by the worker only). */
    std::uint64_t ignored;
};

using ControlHandler = void (*)(const ControlEvent &ev, void *ctx);

/* The daemon writes each message with one write(); up to this size such a
 * write is atomic on a FIFO, so it is in the pipe entirely or not at all. */
inline constexpr std::size_t kAtomicWriteMax = 4096; /* PIPE_BUF on Linux */

/* What the caller knows about the bytes that may still follow buf:
 *   kWait     more may come: an incomplete message at the end is kept;
 *   kDrained  the FIFO was read until empty: an incomplete message that would
 *             fit one atomic write can never be completed (a torn or forged
 *             header), so it is rejected and parsing resyncs after it;
 *   kFlush    nothing more will come for what is there (it stalled): every
 *             incomplete message is rejected. */
enum class ParseEnd { kWait, kDrained, kFlush };

/* Parse complete messages from buf and call on_event for each.  Returns the
 * number of bytes consumed; the rest (an incomplete message) should be kept
 * and presented again with more bytes.  A buffer that is full and still
 * holds no complete message should be discarded by the caller. */
std::size_t parse_control(const unsigned char *buf, std::size_t len, ControlHandler on_event,
                          void *ctx, ControlStats &stats,
                          ParseEnd end = ParseEnd::kWait) noexcept;

} // namespace dltng

#endif
