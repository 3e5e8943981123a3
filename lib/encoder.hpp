/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: encodes one log argument at a time into a message payload.
 *
 * Verbose arguments carry a 32-bit type info and, for the *_attr writers, a
 * name (and unit).  Non-verbose arguments are the bare value (strings and raw
 * keep their 16-bit length).  The byte layout, the size checks and the
 * truncation of over-long strings follow libdlt 2.18.8 exactly; see
 * libdlt-ng(7) for the one deliberate choice (2.18.8's VARI bytes on
 * dlt_user_log_write_int/uint are kept, for byte-identical output). */
#ifndef DLTNG_ENCODER_HPP
#define DLTNG_ENCODER_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "lib/status.hpp"
#include "lib/wire.hpp"

namespace dltng {

/* The payload under construction: a view of the fields of DltContextData. */
struct Payload {
    unsigned char *buf;
    std::int32_t size;     /* bytes used */
    std::int32_t capacity; /* log_buf_len */
    std::int32_t args_num;
    bool verbose;
};

enum class Text { kAscii, kUtf8 };

/* Suffix written at the end of a string that had to be cut to fit. */
inline constexpr char kTruncatedSuffix[] = "... <<Message truncated, too long>>";

/* Bytes still free in the payload. */
inline std::size_t payload_room(const Payload &p) noexcept
{
    return p.size >= p.capacity ? 0 : static_cast<std::size_t>(p.capacity - p.size);
}

/* A fixed-size value (integer, float, bool, pointer): type info + value.
 * Inline: with n known at the call site the copies become plain stores. */
inline Status encode_value(Payload &p, std::uint32_t type_info, const void *value,
                           std::size_t n) noexcept
{
    const std::size_t need = (p.verbose ? sizeof type_info : 0) + n;
    if (need > payload_room(p))
        return kUserBufferFull;
    unsigned char *out = p.buf + p.size;
    if (p.verbose) {
        std::memcpy(out, &type_info, sizeof type_info);
        out += sizeof type_info;
    }
    std::memcpy(out, value, n);
    p.size += static_cast<std::int32_t>(need);
    ++p.args_num;
    return kOk;
}

/* A fixed-size value with its name and, if with_unit, its unit (VARI). */
Status encode_value_attr(Payload &p, std::uint32_t type_info, const void *value, std::size_t n,
                         const char *name, const char *unit, bool with_unit) noexcept;

/* A string of len bytes (no NUL needed in text); a NUL is appended.
 * constant strings are omitted in non-verbose mode; name != nullptr or
 * with_name selects the _attr layout. */
struct StringArg {
    const char *text;
    std::size_t len;
    Text encoding;
    bool constant;
    bool with_name;
    const char *name;
};
Status encode_string(Payload &p, const StringArg &arg) noexcept;

/* n bytes from src to dst, in at most four moves when n <= 32, each
 * inside [src, src + n) and [dst, dst + n) (overlapping when n is not a
 * power of two): no call for the short strings most messages carry, and
 * never a read past the caller's string. */
inline void copy_text(unsigned char *dst, const char *src, std::size_t n) noexcept
{
    if (n > 32) {
        std::memcpy(dst, src, n);
    } else if (n >= 16) {
        std::memcpy(dst, src, 16);
        std::memcpy(dst + n - 16, src + n - 16, 16);
    } else if (n >= 8) {
        std::memcpy(dst, src, 8);
        std::memcpy(dst + n - 8, src + n - 8, 8);
    } else if (n >= 4) {
        std::memcpy(dst, src, 4);
        std::memcpy(dst + n - 4, src + n - 4, 4);
    } else if (n > 0) {
        dst[0] = static_cast<unsigned char>(src[0]);
        dst[n / 2] = static_cast<unsigned char>(src[n / 2]);
        dst[n - 1] = static_cast<unsigned char>(src[n - 1]);
    }
}

/* encode_string() for a plain (not constant, unnamed) string that fits:
 * inline.  Returns false, with nothing written, when the string needs the
 * full path (no text, or too long: truncation). */
inline bool encode_plain_string_fast(Payload &p, const char *text, std::size_t len,
                                     Text encoding) noexcept
{
    const std::size_t ti_size = p.verbose ? sizeof(std::uint32_t) : 0;
    const std::size_t need = ti_size + sizeof(std::uint16_t) + len + 1;
    if (__builtin_expect(!text || need > payload_room(p), 0))
        return false;
    unsigned char *out = p.buf + p.size;
    if (p.verbose) {
        const std::uint32_t ti = wire::kString |
                                 (encoding == Text::kUtf8 ? wire::kScodUtf8 : wire::kScodAscii);
        std::memcpy(out, &ti, sizeof ti);
        out += sizeof ti;
    }
    const auto body = static_cast<std::uint16_t>(len + 1);
    std::memcpy(out, &body, sizeof body);
    out += sizeof body;
    copy_text(out, text, len);
    out[len] = '\0';
    p.size += static_cast<std::int32_t>(need);
    ++p.args_num;
    return true;
}

/* Raw bytes; type_info carries RAWD plus an optional HEX/BIN coding. */
Status encode_raw(Payload &p, std::uint32_t type_info, const void *data, std::uint16_t len,
                  bool with_name, const char *name) noexcept;

/* Type info for an integer formatted as hex or binary (DltFormatType
 * values 1..6); returns 0 for an invalid format. */
std::uint32_t formatted_type_info(std::uint32_t plain_type_info, int format) noexcept;
/* Type info for raw data formatted as hex or binary; 0 for invalid. */
std::uint32_t raw_formatted_type_info(int format) noexcept;

} // namespace dltng

#endif
