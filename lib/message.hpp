/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: composes the bytes of every message the library sends to the
 * daemon (LOG headers and the control messages of wire.hpp). */
#ifndef DLTNG_MESSAGE_HPP
#define DLTNG_MESSAGE_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "lib/wire.hpp"

namespace dltng {

struct LogHeader {
    std::uint8_t htyp;  /* wire::HeaderType bits; version bit added here */
    std::uint8_t mcnt;
    char ecu[4];
    std::uint32_t session_id;
    std::uint32_t timestamp;
    std::uint8_t msin;
    std::uint8_t noar;
    char apid[4];
    char ctid[4];
};

/* The 8-byte user header of a LOG message ("DUH\1", then kLog). */
void write_log_user_header(unsigned char *out) noexcept;

/* Bytes of user header + standard header + extras + extended header. */
std::size_t log_header_size(std::uint8_t htyp) noexcept;

/* Write the headers so they end exactly at payload (which holds
 * payload_len bytes already).  Returns the start of the message, or nullptr
 * if the message would exceed DLT's 65535-byte length. */
unsigned char *write_log_header(unsigned char *payload, std::size_t payload_len,
                                const LogHeader &h) noexcept;

/* The usual LOG header (extended header, ECU id, session id and timestamp
 * all on: kMaxHeaderSize bytes) written with fixed-offset stores, the same
 * bytes write_log_header() produces for it.  session_be and timestamp_be
 * are already big-endian; ecu, apid and ctid are 4 raw bytes each.  Returns the
 * start of the message, or nullptr if it would exceed 65535 bytes. */
inline unsigned char *write_full_log_header(unsigned char *payload, std::size_t payload_len,
                                            const char ecu[4], std::uint32_t session_be,
                                            std::uint32_t timestamp_be,
                                            std::uint8_t msin, std::uint8_t noar,
                                            const void *apid, const void *ctid) noexcept
{
    using namespace wire;
    constexpr std::size_t kHead = kMaxHeaderSize;
    const std::size_t dlt_len = kHead - sizeof(UserHeader) + payload_len;
    if (dlt_len > UINT16_MAX)
        return nullptr;
    unsigned char *m = payload - kHead;
    /* "DUH\1" + kLog (host order), then htyp, mcnt 0 (the worker sets it)
     * and the big-endian length: two stores. */
    const std::uint64_t user = 0x0000000101485544ull; /* D U H 1, 1 0 0 0 */
    static_assert(kLog == 1, "user header constant");
    std::memcpy(m, &user, 8);
    const std::uint8_t htyp = kHtypVersion1 | kHtypUseExtendedHeader | kHtypWithEcuId |
                              kHtypWithSessionId | kHtypWithTimestamp;
    const std::uint32_t std_word = htyp | static_cast<std::uint32_t>(__builtin_bswap16(
                                              static_cast<std::uint16_t>(dlt_len))) << 16;
    std::memcpy(m + 8, &std_word, 4);
    std::memcpy(m + 12, ecu, 4);
    std::memcpy(m + 16, &session_be, 4);
    std::memcpy(m + 20, &timestamp_be, 4);
    m[24] = msin;
    m[25] = noar;
    std::memcpy(m + 26, apid, 4);
    std::memcpy(m + 30, ctid, 4);
    return m;
}

/* Is msg (user header first) a LOG message? */
bool is_log_message(const unsigned char *msg, std::size_t len) noexcept;

/* The apid field of a complete LOG message (user header first), or nullptr
 * if it has no extended header or is malformed. */
unsigned char *log_apid_field(unsigned char *msg, std::size_t len) noexcept;

/* Write a 16-byte storage header ("DLT\1", wall-clock seconds and
 * microseconds, ECU id) as DLT files carry before every message. */
void write_storage_header(unsigned char *out, const char ecu[4]) noexcept;

/* Set the message counter (mcnt) of a complete LOG message. */
void set_log_counter(unsigned char *msg, std::size_t len, std::uint8_t mcnt) noexcept;
/* The 4 bytes of a LOG message's timestamp (big-endian), or nullptr if it
 * has none (no WTMS, not a LOG message, too short). */
unsigned char *log_timestamp_field(unsigned char *msg, std::size_t len) noexcept;
/* Set a LOG message's timestamp, if it has one. */
void set_log_timestamp(unsigned char *msg, std::size_t len, std::uint32_t timestamp) noexcept;

/* Control messages.  Each writes into out (at least the returned size, which
 * control_message_max() bounds) and returns the byte count. */
std::size_t compose_register_app(unsigned char *out, const char apid[4], std::int32_t pid,
                                 const char *description) noexcept;
std::size_t compose_unregister_app(unsigned char *out, const char apid[4], std::int32_t pid) noexcept;
std::size_t compose_register_context(unsigned char *out, const char apid[4], const char ctid[4],
                                     std::int32_t pos, std::int8_t level, std::int8_t status,
                                     std::int32_t pid, const char *description) noexcept;
std::size_t compose_unregister_context(unsigned char *out, const char apid[4], const char ctid[4],
                                       std::int32_t pid) noexcept;
std::size_t compose_app_ll_ts(unsigned char *out, const char apid[4], std::int8_t level,
                              std::int8_t status) noexcept;
std::size_t compose_overflow(unsigned char *out, std::uint32_t counter, const char apid[4]) noexcept;

/* Descriptions longer than this are cut (the daemon keeps 255 anyway). */
inline constexpr std::size_t kMaxDescription = 255;
inline constexpr std::size_t kControlMessageMax =
    sizeof(wire::UserHeader) + sizeof(wire::RegisterContext) + kMaxDescription;

} // namespace dltng

#endif
