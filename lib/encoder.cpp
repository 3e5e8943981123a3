/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: argument encoding (see encoder.hpp). */
#include "lib/encoder.hpp"

#include <cstring>

#include "lib/wire.hpp"

namespace dltng {
namespace {

using namespace wire;

constexpr std::size_t kTypeInfoSize = sizeof(std::uint32_t);
constexpr std::size_t kLengthSize = sizeof(std::uint16_t);
/* Suffix plus the terminating NUL. */
constexpr std::size_t kSuffixSize = sizeof(kTruncatedSuffix);

std::size_t remaining(const Payload &p) noexcept
{
    return payload_room(p);
}

void append(Payload &p, const void *src, std::size_t n) noexcept
{
    std::memcpy(p.buf + p.size, src, n);
    p.size += static_cast<std::int32_t>(n);
}

void append_u16(Payload &p, std::size_t v) noexcept
{
    const auto u = static_cast<std::uint16_t>(v);
    append(p, &u, sizeof u);
}

void append_u32(Payload &p, std::uint32_t v) noexcept
{
    append(p, &v, sizeof v);
}

/* Length of an attribute string as encoded: bytes including the NUL, or 0
 * for an absent attribute. */
std::size_t attr_size(const char *s) noexcept
{
    return s ? std::strlen(s) + 1 : 0;
}

/* Largest prefix of a UTF-8 text that ends on a character boundary: step
 * back over at most three continuation bytes. */
std::size_t utf8_cut(const char *text, std::size_t cut) noexcept
{
    for (int i = 0; i < 3 && cut > 0; ++i) {
        if ((static_cast<unsigned char>(text[cut]) & 0xc0) != 0x80)
            break;
        --cut;
    }
    return cut;
}

} // namespace

Status encode_value_attr(Payload &p, std::uint32_t type_info, const void *value, std::size_t n,
                         const char *name, const char *unit, bool with_unit) noexcept
{
    if (!p.verbose)
        return encode_value(p, type_info, value, n);
    const std::size_t name_size = attr_size(name);
    const std::size_t unit_size = with_unit ? attr_size(unit) : 0;
    const std::size_t need = kTypeInfoSize + kLengthSize + (with_unit ? kLengthSize : 0) +
                             name_size + unit_size + n;
    if (need > remaining(p) || name_size > UINT16_MAX || unit_size > UINT16_MAX)
        return kUserBufferFull;
    append_u32(p, type_info | kVariableInfo);
    append_u16(p, name_size);
    if (with_unit)
        append_u16(p, unit_size);
    if (name_size)
        append(p, name, name_size);
    if (unit_size)
        append(p, unit, unit_size);
    append(p, value, n);
    ++p.args_num;
    return kOk;
}

Status encode_string(Payload &p, const StringArg &arg) noexcept
{
    if (!arg.text)
        return kWrongParameter;
    if (arg.constant && !p.verbose)
        return kOk; /* the text is in the message catalogue, not on the wire */

    const bool attr = arg.with_name && p.verbose;
    const std::size_t name_size = attr ? attr_size(arg.name) : 0;
    const std::size_t head = (p.verbose ? kTypeInfoSize : 0) + kLengthSize +
                             (attr ? kLengthSize + name_size : 0);
    const std::size_t room = remaining(p);
    if (head > room)
        return kUserBufferFull;

    std::size_t text_len = arg.len;
    std::size_t body = text_len + 1;
    bool truncated = false;
    if (body > room - head) {
        /* Cut the text and mark it, as long as the marker itself fits. */
        if (room - head < kSuffixSize)
            return kUserBufferFull;
        text_len = room - head - kSuffixSize;
        if (arg.encoding == Text::kUtf8)
            text_len = utf8_cut(arg.text, text_len);
        body = text_len + kSuffixSize;
        truncated = true;
    }

    if (p.verbose) {
        std::uint32_t ti = kString | (arg.encoding == Text::kUtf8 ? kScodUtf8 : kScodAscii);
        if (attr)
            ti |= kVariableInfo;
        append_u32(p, ti);
    }
    append_u16(p, body);
    if (attr) {
        append_u16(p, name_size);
        if (name_size)
            append(p, arg.name, name_size);
    }
    append(p, arg.text, text_len);
    if (truncated) {
        append(p, kTruncatedSuffix, kSuffixSize);
    } else {
        const char nul = '\0';
        append(p, &nul, 1);
    }
    ++p.args_num;
    return truncated ? kUserBufferFull : kOk;
}

Status encode_raw(Payload &p, std::uint32_t type_info, const void *data, std::uint16_t len,
                  bool with_name, const char *name) noexcept
{
    if (!data && len != 0) /* an empty argument needs no data, as upstream */
        return kWrongParameter;
    const bool attr = with_name && p.verbose;
    const std::size_t name_size = attr ? attr_size(name) : 0;
    const std::size_t need = (p.verbose ? kTypeInfoSize : 0) + kLengthSize +
                             (attr ? kLengthSize + name_size : 0) + len;
    if (need > remaining(p))
        return kUserBufferFull;
    if (p.verbose)
        append_u32(p, attr ? type_info | kVariableInfo : type_info);
    append_u16(p, len);
    if (attr) {
        append_u16(p, name_size);
        if (name_size)
            append(p, name, name_size);
    }
    if (len)
        append(p, data, len);
    ++p.args_num;
    return kOk;
}

std::uint32_t formatted_type_info(std::uint32_t plain_type_info, int format) noexcept
{
    /* DltFormatType: 0 default (plain), 1..4 HEX8..HEX64, 5..6 BIN8..BIN16.
     * The integer keeps its own width (TYLE); only the coding changes. */
    if (format == 0)
        return plain_type_info;
    if (format >= 1 && format <= 4)
        return plain_type_info | kScodHex;
    if (format == 5 || format == 6)
        return plain_type_info | kScodBin;
    return 0;
}

std::uint32_t raw_formatted_type_info(int format) noexcept
{
    /* For raw data the format's width goes into TYLE. */
    if (format == 0)
        return kRaw;
    if (format >= 1 && format <= 4)
        return kRaw | kScodHex | static_cast<std::uint32_t>(format);
    if (format == 5 || format == 6)
        return kRaw | kScodBin | static_cast<std::uint32_t>(format - 4);
    return 0;
}

} // namespace dltng
