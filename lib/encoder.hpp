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

#include "lib/status.hpp"

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

/* A fixed-size value (integer, float, bool, pointer): type info + value. */
Status encode_value(Payload &p, std::uint32_t type_info, const void *value, std::size_t n) noexcept;

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
