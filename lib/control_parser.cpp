/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: daemon-to-application message parser (see control_parser.hpp). */
#include "lib/control_parser.hpp"

#include <cstring>

#include "lib/wire.hpp"

namespace dltng {
namespace {

using namespace wire;

/* Offset of the next "DUH\1" at or after from, or len if none (a partial
 * pattern at the very end is kept by returning its offset). */
std::size_t find_pattern(const unsigned char *buf, std::size_t len, std::size_t from) noexcept
{
    for (std::size_t i = from; i < len; ++i) {
        const std::size_t n = len - i < 4 ? len - i : 4;
        if (std::memcmp(buf + i, kUserPattern, n) == 0)
            return i;
    }
    return len;
}

/* May an incomplete message of total size need (0: not known yet) still
 * be completed by bytes that have not arrived? */
bool may_complete(std::size_t need, ParseEnd end) noexcept
{
    switch (end) {
    case ParseEnd::kWait: return true;
    case ParseEnd::kDrained: return need > kAtomicWriteMax;
    case ParseEnd::kFlush: return false;
    }
    return false;
}

} // namespace

std::size_t parse_control(const unsigned char *buf, std::size_t len, ControlHandler on_event,
                          void *ctx, ControlStats &stats, ParseEnd end) noexcept
{
    std::size_t at = 0;
    while (at < len) {
        const std::size_t start = find_pattern(buf, len, at);
        stats.skipped_bytes += start - at;
        at = start;
        if (len - at < sizeof(UserHeader)) {
            /* An incomplete header.  Only a whole pattern can start a
             * message; a partial one that cannot grow is plain garbage. */
            if (at == len || may_complete(sizeof(UserHeader), end))
                break;
            if (len - at >= 4)
                ++stats.rejected; /* a whole pattern: a torn header */
            stats.skipped_bytes += len - at;
            at = len;
            break;
        }

        UserHeader uh;
        std::memcpy(&uh, buf + at, sizeof uh);
        const unsigned char *body = buf + at + sizeof uh;
        const std::size_t avail = len - at - sizeof uh;
        ControlEvent ev{};
        std::size_t body_len = 0;
        std::size_t need = 0; /* body size, when avail is short of it */

        switch (uh.message) {
        case kLogLevel: {
            LogLevel m;
            if (avail < sizeof m) {
                need = sizeof m;
                break;
            }
            std::memcpy(&m, body, sizeof m);
            ev.kind = ControlEvent::kLogLevel;
            ev.pos = m.log_level_pos;
            ev.log_level = m.log_level;
            ev.trace_status = m.trace_status;
            body_len = sizeof m;
            break;
        }
        case kLogState: {
            LogState m;
            if (avail < sizeof m) {
                need = sizeof m;
                break;
            }
            std::memcpy(&m, body, sizeof m);
            ev.kind = ControlEvent::kLogState;
            ev.log_state = m.log_state;
            body_len = sizeof m;
            break;
        }
        case kInjection: {
            Injection m;
            if (avail < sizeof m) {
                need = sizeof m;
                break;
            }
            std::memcpy(&m, body, sizeof m);
            if (m.data_length > kMaxInjectionSize) {
                /* Hostile or corrupt length: drop the header and resync. */
                ++stats.rejected;
                at += sizeof uh;
                continue;
            }
            if (avail < sizeof m + m.data_length) {
                need = sizeof m + m.data_length;
                break;
            }
            ev.kind = ControlEvent::kInjection;
            ev.pos = m.log_level_pos;
            ev.service_id = m.service_id;
            ev.data = body + sizeof m;
            ev.data_len = m.data_length;
            body_len = sizeof m + m.data_length;
            break;
        }
        default:
            /* Unknown type (e.g. a newer daemon's TRACE_LOAD): its size is
             * unknown, so skip the header and resync on the next pattern. */
            ++stats.rejected;
            at += sizeof uh;
            continue;
        }
        if (need != 0) {
            if (may_complete(sizeof uh + need, end))
                return at; /* keep it for the bytes still to come */
            /* Torn or forged: what follows its header may be real messages. */
            ++stats.rejected;
            at += sizeof uh;
            continue;
        }
        ++stats.messages;
        on_event(ev, ctx);
        at += sizeof uh + body_len;
    }
    return at;
}

} // namespace dltng
