/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: wire message composition (see message.hpp). */
#include "lib/message.hpp"

#include <cstddef>
#include <cstring>
#include <sys/time.h>

namespace dltng {
namespace {

using namespace wire;

unsigned char *put(unsigned char *out, const void *src, std::size_t n) noexcept
{
    if (n) /* src may be null for an empty description */
        std::memcpy(out, src, n);
    return out + n;
}

unsigned char *put_user_header(unsigned char *out, UserMessage type) noexcept
{
    UserHeader uh;
    std::memcpy(uh.pattern, kUserPattern, sizeof uh.pattern);
    uh.message = type;
    return put(out, &uh, sizeof uh);
}

unsigned char *put_be32(unsigned char *out, std::uint32_t v) noexcept
{
    store_be32(out, v);
    return out + 4;
}

std::uint32_t description_length(const char *description) noexcept
{
    return description ? static_cast<std::uint32_t>(strnlen(description, kMaxDescription)) : 0;
}

} // namespace

void write_log_user_header(unsigned char *out) noexcept
{
    put_user_header(out, kLog);
}

std::size_t log_header_size(std::uint8_t htyp) noexcept
{
    std::size_t n = sizeof(UserHeader) + sizeof(StandardHeader);
    if (htyp & kHtypWithEcuId)
        n += 4;
    if (htyp & kHtypWithSessionId)
        n += 4;
    if (htyp & kHtypWithTimestamp)
        n += 4;
    if (htyp & kHtypUseExtendedHeader)
        n += sizeof(ExtendedHeader);
    return n;
}

unsigned char *write_log_header(unsigned char *payload, std::size_t payload_len,
                                const LogHeader &h) noexcept
{
    const std::uint8_t htyp = static_cast<std::uint8_t>(h.htyp | kHtypVersion1);
    const std::size_t head = log_header_size(htyp);
    const std::size_t dlt_len = head - sizeof(UserHeader) + payload_len;
    if (dlt_len > UINT16_MAX)
        return nullptr;

    unsigned char *start = payload - head;
    unsigned char *out = put_user_header(start, kLog);
    StandardHeader sh{htyp, h.mcnt, __builtin_bswap16(static_cast<std::uint16_t>(dlt_len))};
    out = put(out, &sh, sizeof sh);
    if (htyp & kHtypWithEcuId)
        out = put(out, h.ecu, 4);
    if (htyp & kHtypWithSessionId)
        out = put_be32(out, h.session_id);
    if (htyp & kHtypWithTimestamp)
        out = put_be32(out, h.timestamp);
    if (htyp & kHtypUseExtendedHeader) {
        ExtendedHeader eh;
        eh.msin = h.msin;
        eh.noar = h.noar;
        std::memcpy(eh.apid, h.apid, 4);
        std::memcpy(eh.ctid, h.ctid, 4);
        put(out, &eh, sizeof eh);
    }
    return start;
}

bool is_log_message(const unsigned char *msg, std::size_t len) noexcept
{
    if (len < sizeof(UserHeader) + sizeof(StandardHeader))
        return false;
    UserHeader uh;
    std::memcpy(&uh, msg, sizeof uh);
    return uh.message == kLog;
}

namespace {

/* The htyp of a LOG message whose htyp has bit, or -1. */
int log_htyp_with(const unsigned char *msg, std::size_t len, std::uint8_t bit) noexcept
{
    if (!is_log_message(msg, len) || !(msg[sizeof(UserHeader)] & bit))
        return -1;
    return msg[sizeof(UserHeader)];
}

/* The 4 bytes at offset at of a message of len bytes, if it has them. */
unsigned char *four_bytes_at(unsigned char *msg, std::size_t len, std::size_t at) noexcept
{
    return at + 4 <= len ? msg + at : nullptr;
}

} // namespace

unsigned char *log_apid_field(unsigned char *msg, std::size_t len) noexcept
{
    const int htyp = log_htyp_with(msg, len, kHtypUseExtendedHeader);
    if (htyp < 0)
        return nullptr;
    return four_bytes_at(msg, len,
                         log_header_size(static_cast<std::uint8_t>(htyp)) - sizeof(ExtendedHeader) + 2);
}

void write_storage_header(unsigned char *out, const char ecu[4]) noexcept
{
    timeval tv;
    gettimeofday(&tv, nullptr);
    const auto sec = static_cast<std::uint32_t>(tv.tv_sec);
    const auto usec = static_cast<std::int32_t>(tv.tv_usec);
    std::memcpy(out, "DLT\x01", 4);
    std::memcpy(out + 4, &sec, 4); /* little-endian on the hosts we build for */
    std::memcpy(out + 8, &usec, 4);
    std::memcpy(out + 12, ecu, 4);
}

void set_log_counter(unsigned char *msg, std::size_t len, std::uint8_t mcnt) noexcept
{
    if (len >= sizeof(UserHeader) + sizeof(StandardHeader))
        msg[sizeof(UserHeader) + offsetof(StandardHeader, mcnt)] = mcnt;
}

unsigned char *log_timestamp_field(unsigned char *msg, std::size_t len) noexcept
{
    const int htyp = log_htyp_with(msg, len, kHtypWithTimestamp);
    if (htyp < 0)
        return nullptr;
    /* After the standard header, the ECU id and the session id if present. */
    const std::size_t at = sizeof(UserHeader) + sizeof(StandardHeader) +
                           ((htyp & kHtypWithEcuId) ? 4 : 0) + ((htyp & kHtypWithSessionId) ? 4 : 0);
    return four_bytes_at(msg, len, at);
}

void set_log_timestamp(unsigned char *msg, std::size_t len, std::uint32_t timestamp) noexcept
{
    if (unsigned char *field = log_timestamp_field(msg, len))
        store_be32(field, timestamp);
}

std::size_t compose_register_app(unsigned char *out, const char apid[4], std::int32_t pid,
                                 const char *description) noexcept
{
    RegisterApplication m;
    std::memcpy(m.apid, apid, 4);
    m.pid = pid;
    m.description_length = description_length(description);
    unsigned char *p = put_user_header(out, kRegisterApplication);
    p = put(p, &m, sizeof m);
    p = put(p, description, m.description_length);
    return static_cast<std::size_t>(p - out);
}

std::size_t compose_unregister_app(unsigned char *out, const char apid[4], std::int32_t pid) noexcept
{
    UnregisterApplication m;
    std::memcpy(m.apid, apid, 4);
    m.pid = pid;
    unsigned char *p = put_user_header(out, kUnregisterApplication);
    p = put(p, &m, sizeof m);
    return static_cast<std::size_t>(p - out);
}

std::size_t compose_register_context(unsigned char *out, const char apid[4], const char ctid[4],
                                     std::int32_t pos, std::int8_t level, std::int8_t status,
                                     std::int32_t pid, const char *description) noexcept
{
    RegisterContext m;
    std::memcpy(m.apid, apid, 4);
    std::memcpy(m.ctid, ctid, 4);
    m.log_level_pos = pos;
    m.log_level = level;
    m.trace_status = status;
    m.pid = pid;
    m.description_length = description_length(description);
    unsigned char *p = put_user_header(out, kRegisterContext);
    p = put(p, &m, sizeof m);
    p = put(p, description, m.description_length);
    return static_cast<std::size_t>(p - out);
}

std::size_t compose_unregister_context(unsigned char *out, const char apid[4], const char ctid[4],
                                       std::int32_t pid) noexcept
{
    UnregisterContext m;
    std::memcpy(m.apid, apid, 4);
    std::memcpy(m.ctid, ctid, 4);
    m.pid = pid;
    unsigned char *p = put_user_header(out, kUnregisterContext);
    p = put(p, &m, sizeof m);
    return static_cast<std::size_t>(p - out);
}

std::size_t compose_app_ll_ts(unsigned char *out, const char apid[4], std::int8_t level,
                              std::int8_t status) noexcept
{
    AppLogLevelTraceStatus m;
    std::memcpy(m.apid, apid, 4);
    m.log_level = static_cast<std::uint8_t>(level);
    m.trace_status = static_cast<std::uint8_t>(status);
    unsigned char *p = put_user_header(out, kAppLogLevelTraceStatus);
    p = put(p, &m, sizeof m);
    return static_cast<std::size_t>(p - out);
}

std::size_t compose_overflow(unsigned char *out, std::uint32_t counter, const char apid[4]) noexcept
{
    Overflow m;
    m.counter = counter;
    std::memcpy(m.apid, apid, 4);
    unsigned char *p = put_user_header(out, kOverflow);
    p = put(p, &m, sizeof m);
    return static_cast<std::size_t>(p - out);
}

} // namespace dltng
