/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: messages and bytes as text (see text_format.hpp).
 *
 * Written from black-box observation of libdlt 2.18.8 (no upstream code).
 * The rules the reference follows, as observed:
 *  - arguments are decoded in this order of type bits: STRG (only with
 *    ASCII or UTF-8 coding), BOOL, SINT, UINT, FLOA, RAWD, TRAI (a string
 *    whatever its coding, without VARI name); anything else, an empty
 *    string, a length
 *    that is not 8..64 bit (128 bit is printed as hex bytes) or a value that
 *    runs past the payload ends the payload text there;
 *  - each argument after the first is preceded by one space;
 *  - numbers are cut to the room left in the text buffer, a string is
 *    printed whole or, if its length field exceeds the room, not at all and
 *    the payload ends; hex-byte output (raw, 128-bit, 8/16/128-bit floats)
 *    is printed whole or skipped with a warning, and decoding goes on;
 *  - HEX/BIN coding applies when UINT is set (SINT or not), is read in host
 *    order and ignores a VARI name/unit; sizes it has no format for print
 *    nothing and consume nothing;
 *  - in strings, '\n' and '\r' become spaces. */
#include "lib/text_format.hpp"

#include <cstdio>
#include <cstring>
#include <ctime>

#include "lib/diag.hpp"
#include "lib/wire.hpp"

namespace dltng {
namespace {

using namespace wire;

constexpr std::uint32_t kTyleMask = 0x0f;
constexpr std::uint32_t kScodMask = 0x38000;

/* ---- output ------------------------------------------------------------ */

/* Appends to a character buffer, never past cap - 1, always NUL-terminated.
 * len counts what was appended even beyond the buffer, so callers can see
 * what the text would have been; written() is what is really there. */
struct Out {
    char *buf;
    std::size_t cap;
    std::size_t len = 0;

    Out(char *b, std::size_t c) noexcept : buf(b), cap(c)
    {
        if (cap)
            buf[0] = '\0';
    }
    std::size_t written() const noexcept { return len < cap ? len : (cap ? cap - 1 : 0); }
    void put(char c) noexcept
    {
        if (len + 1 < cap) {
            buf[len] = c;
            buf[len + 1] = '\0';
        }
        ++len;
    }
    void put(const char *s, std::size_t n) noexcept
    {
        for (std::size_t i = 0; i < n; ++i)
            put(s[i]);
    }
    void put(const char *s) noexcept { put(s, std::strlen(s)); }
};

constexpr char kHexDigits[] = "0123456789abcdef";

void put_hex_byte(Out &o, unsigned char b) noexcept
{
    o.put(kHexDigits[b >> 4]);
    o.put(kHexDigits[b & 0x0f]);
}

/* ---- the payload text: upstream's fixed-size buffer -------------------- */

/* The payload text lives in Out but is bounded, as upstream's, by
 * kPrintTextSize bytes including the NUL. */
struct Text {
    Out &o;
    std::size_t pos = 0;                  /* characters of payload text */
    std::size_t limit = kPrintTextSize;   /* the caller's text length, NUL included */
    bool attributes = false;              /* dlt_print_with_attributes: names and units */

    /* Room left, NUL included: upstream's "available". */
    std::size_t room() const noexcept { return pos < limit ? limit - pos : 0; }

    /* snprintf-like: as much as fits before the NUL. */
    void append_cut(const char *s, std::size_t n) noexcept
    {
        const std::size_t r = room();
        if (r == 0)
            return;
        if (n > r - 1)
            n = r - 1;
        o.put(s, n);
        pos += n;
    }
    void append_cut(const char *s) noexcept { append_cut(s, std::strlen(s)); }

    /* Unconditional (the caller checked the room). */
    void append(char c) noexcept
    {
        o.put(c);
        ++pos;
    }
};

/* Bytes as hex joined by sep, all or nothing: upstream demands 3 bytes of
 * room per input byte and warns if they are not there. */
void hex_bytes(Text &t, const unsigned char *p, std::size_t n, char sep) noexcept
{
    /* No room at all (a string took the buffer's last byte): upstream's
     * dlt_print_hex_string refuses a zero text length before it checks the
     * size, and says nothing. */
    if (n == 0 || t.room() == 0)
        return;
    const std::size_t required = 3 * n;
    if (t.room() < required) {
        diag(DiagLevel::kWarning, "String does not fit hex data (available=%d, required=%d) !",
             static_cast<int>(t.room()), static_cast<int>(required));
        return;
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (i)
            t.append(sep);
        t.append(kHexDigits[p[i] >> 4]);
        t.append(kHexDigits[p[i] & 0x0f]);
    }
}

/* ---- input --------------------------------------------------------------- */

struct Reader {
    const unsigned char *p;
    std::size_t left;
    bool msbf; /* payload values are big-endian */
    /* A fixed-size value (a length, a number, a bool) did not fit: what
     * upstream's readers mark by setting the remaining length to -1.  A
     * variable-size part (name, string, raw bytes, 128-bit value) that does
     * not fit leaves the position as it was instead. */
    bool underflow = false;

    const unsigned char *take(std::size_t n) noexcept
    {
        if (n > left)
            return nullptr;
        const unsigned char *r = p;
        p += n;
        left -= n;
        return r;
    }
    /* An unsigned value of n (1, 2, 4, 8) bytes; swap: honour MSBF. */
    bool value(std::size_t n, bool swap, std::uint64_t *v) noexcept
    {
        const unsigned char *b = take(n);
        if (!b) {
            underflow = true;
            return false;
        }
        std::uint64_t x = 0;
        if (swap && msbf) {
            for (std::size_t i = 0; i < n; ++i)
                x = (x << 8) | b[i];
        } else {
            for (std::size_t i = n; i-- > 0;)
                x = (x << 8) | b[i];
        }
        *v = x;
        return true;
    }
    bool u16(std::uint16_t *v) noexcept
    {
        std::uint64_t x;
        if (!value(2, true, &x))
            return false;
        *v = static_cast<std::uint16_t>(x);
        return true;
    }
    bool u32(std::uint32_t *v) noexcept
    {
        std::uint64_t x;
        if (!value(4, true, &x))
            return false;
        *v = static_cast<std::uint32_t>(x);
        return true;
    }
    bool skip(std::size_t n) noexcept { return take(n) != nullptr; }
};

/* Bytes of a TYLE value, 0 if none. */
std::size_t tyle_bytes(std::uint32_t ti) noexcept
{
    switch (ti & kTyleMask) {
    case kTyle8: return 1;
    case kTyle16: return 2;
    case kTyle32: return 4;
    case kTyle64: return 8;
    case kTyle128: return 16;
    default: return 0;
    }
}

/* A VARI name or unit: the bytes up to the first NUL (empty if none). */
struct Label {
    const unsigned char *p = nullptr;
    std::size_t n = 0;
};

Label label_of(const unsigned char *p, std::size_t len) noexcept
{
    Label l{p, 0};
    while (l.n < len && p[l.n])
        ++l.n;
    return l;
}

/* VARI of a number: name length, unit length, name, unit. */
bool skip_name_unit(Reader &r, Label *name = nullptr, Label *unit = nullptr) noexcept
{
    std::uint16_t nl, ul;
    if (!r.u16(&nl) || !r.u16(&ul))
        return false;
    const unsigned char *np = r.take(nl);
    const unsigned char *up = np ? r.take(ul) : nullptr;
    if (!np || !up)
        return false;
    if (name)
        *name = label_of(np, nl);
    if (unit)
        *unit = label_of(up, ul);
    return true;
}

/* VARI of bool, string and raw: name length and name. */
bool skip_name(Reader &r, Label *name = nullptr) noexcept
{
    std::uint16_t nl;
    if (!r.u16(&nl))
        return false;
    const unsigned char *np = r.take(nl);
    if (!np)
        return false;
    if (name)
        *name = label_of(np, nl);
    return true;
}

/* With attributes on, "name:" before a value and ":unit" after it (each
 * only if not empty). */
void put_name(Text &t, const Label &name) noexcept
{
    if (t.attributes && name.n) {
        t.append_cut(reinterpret_cast<const char *>(name.p), name.n);
        t.append_cut(":");
    }
}

void put_unit(Text &t, const Label &unit) noexcept
{
    if (t.attributes && unit.n) {
        t.append_cut(":");
        t.append_cut(reinterpret_cast<const char *>(unit.p), unit.n);
    }
}

/* ---- arguments ------------------------------------------------------------ */

/* STRG honours VARI (a name after the length), TRAI does not.  An empty
 * string (length 0, not even a NUL) ends the payload. */
bool print_string(Reader &r, Text &t, bool with_name) noexcept
{
    std::uint16_t len;
    if (!r.u16(&len))
        return false;
    if (len == 0) {
        r.underflow = true; /* upstream: as a body that does not fit */
        return false;
    }
    Label name;
    if (with_name && !skip_name(r, &name))
        return false;
    const unsigned char *s = r.take(len);
    if (!s) {
        r.underflow = true; /* upstream reads string bodies as values */
        return false;
    }
    put_name(t, name);
    if (len > t.room()) {
        r.underflow = true; /* upstream marks a string the text cannot hold alike */
        return false;
    }
    /* The bytes up to the first NUL; upstream copies a string without NUL
     * even when only its NUL does not fit, hence append, not append_cut. */
    for (std::size_t i = 0; i < len && s[i]; ++i)
        t.append(s[i] == '\n' || s[i] == '\r' ? ' ' : static_cast<char>(s[i]));
    return true;
}

/* A HEX coded 64-bit value cut short after its low word: upstream reads it
 * as two 32-bit words and, when the high one runs past the payload, prints
 * that one alone as "0x%08x" before it gives up (with the bytes past the
 * payload that it reads being heap slack; here they count as zero, and
 * nothing past the payload is read). */
bool print_hex64_cut(Reader &r, Text &t) noexcept
{
    r.skip(4); /* the low word */
    std::uint32_t high = 0;
    for (std::size_t i = r.left; i-- > 0;)
        high = (high << 8) | r.p[i];
    char buf[16];
    const int n = std::snprintf(buf, sizeof buf, "0x%08x", high);
    t.append_cut(buf, static_cast<std::size_t>(n));
    r.underflow = true;
    return false;
}

bool print_hex_coded(Reader &r, Text &t, std::uint32_t ti, bool *unformatted) noexcept
{
    const std::uint32_t tyle = ti & kTyleMask;
    const bool bin = (ti & kScodMask) == kScodBin;
    if (tyle < kTyle8 || tyle > kTyle64 || (bin && tyle > kTyle16)) {
        *unformatted = true;
        return true; /* no format for it: prints and consumes nothing */
    }
    if (tyle == kTyle64 && r.left >= 4 && r.left < 8)
        return print_hex64_cut(r, t);
    std::uint64_t v;
    if (!r.value(tyle_bytes(ti), false, &v)) /* host order, even with MSBF */
        return false;
    char buf[32];
    std::size_t n = 0;
    buf[n++] = '0';
    if (bin) {
        buf[n++] = 'b';
        for (int bit = tyle == kTyle8 ? 7 : 15; bit >= 0; --bit) {
            buf[n++] = (v >> bit) & 1 ? '1' : '0';
            if (bit && bit % 4 == 0)
                buf[n++] = ' ';
        }
    } else {
        buf[n++] = 'x';
        for (int digit = static_cast<int>(2 * tyle_bytes(ti)) - 1; digit >= 0; --digit)
            buf[n++] = kHexDigits[(v >> (4 * digit)) & 0x0f];
    }
    t.append_cut(buf, n);
    return true;
}

bool print_integer(Reader &r, Text &t, std::uint32_t ti, bool *unformatted) noexcept
{
    const bool is_signed = ti & kSint;
    const std::uint32_t scod = ti & kScodMask;
    if ((ti & kUint) && (scod == kScodHex || scod == kScodBin)) /* even if SINT too */
        return print_hex_coded(r, t, ti, unformatted);
    Label name, unit;
    if ((ti & kVariableInfo) && !skip_name_unit(r, &name, &unit))
        return false;
    const std::size_t n = tyle_bytes(ti);
    if (n != 0)
        put_name(t, name);
    if (ti & kFixedPoint) {
        /* The float32 quantisation is read whatever TYLE says; the offset
         * (32 bits, or the value's size above that) only for a valid one. */
        std::uint32_t quantisation;
        if (!r.u32(&quantisation) || (n != 0 && !r.skip(n < 4 ? 4 : n)))
            return false;
    }
    if (n == 0)
        return false;
    if (n == 16) {
        const unsigned char *b = r.take(16);
        if (!b)
            return false;
        hex_bytes(t, b, 16, ' ');
        return true;
    }
    std::uint64_t v;
    if (!r.value(n, true, &v))
        return false;
    char buf[32];
    if (is_signed) {
        long long s;
        switch (n) {
        case 1: s = static_cast<std::int8_t>(v); break;
        case 2: s = static_cast<std::int16_t>(v); break;
        case 4: s = static_cast<std::int32_t>(v); break;
        default: s = static_cast<long long>(v); break;
        }
        std::snprintf(buf, sizeof buf, "%lld", s);
    } else {
        std::snprintf(buf, sizeof buf, "%llu", static_cast<unsigned long long>(v));
    }
    t.append_cut(buf);
    put_unit(t, unit);
    return true;
}

bool print_float(Reader &r, Text &t, std::uint32_t ti) noexcept
{
    Label name, unit;
    if ((ti & kVariableInfo) && !skip_name_unit(r, &name, &unit))
        return false;
    const std::size_t n = tyle_bytes(ti);
    if (n == 0)
        return false;
    put_name(t, name);
    if (n == 4 || n == 8) {
        std::uint64_t v;
        if (!r.value(n, true, &v))
            return false;
        double d;
        if (n == 4) {
            const auto bits = static_cast<std::uint32_t>(v);
            float f;
            std::memcpy(&f, &bits, sizeof f);
            d = f;
        } else {
            std::memcpy(&d, &v, sizeof d);
        }
        char buf[48];
        std::snprintf(buf, sizeof buf, "%g", d);
        t.append_cut(buf);
        put_unit(t, unit);
        return true;
    }
    const unsigned char *b = r.take(n); /* 8, 16 and 128 bit: the bytes */
    if (!b)
        return false;
    hex_bytes(t, b, n, ' ');
    return true;
}

bool print_raw(Reader &r, Text &t, std::uint32_t ti) noexcept
{
    std::uint16_t len;
    if (!r.u16(&len))
        return false;
    Label name;
    if ((ti & kVariableInfo) && !skip_name(r, &name))
        return false;
    const unsigned char *b = r.take(len);
    if (!b)
        return false;
    put_name(t, name);
    hex_bytes(t, b, len, '\'');
    return true;
}

/* One argument whose type info was read already. */
bool print_typed(Reader &r, Text &t, std::uint32_t ti, bool *unformatted) noexcept
{
    const std::uint32_t scod = ti & kScodMask;
    if ((ti & kString) && (scod == kScodAscii || scod == kScodUtf8))
        return print_string(r, t, ti & kVariableInfo);
    if (ti & kBool) {
        Label name;
        if ((ti & kVariableInfo) && !skip_name(r, &name))
            return false;
        std::uint64_t b; /* one byte whatever TYLE says */
        if (!r.value(1, false, &b))
            return false;
        put_name(t, name);
        char buf[8];
        std::snprintf(buf, sizeof buf, "%u", static_cast<unsigned>(b));
        t.append_cut(buf);
        return true;
    }
    if (ti & (kSint | kUint))
        return print_integer(r, t, ti, unformatted);
    if (ti & kFloat)
        return print_float(r, t, ti);
    if (ti & kRaw)
        return print_raw(r, t, ti);
    if (ti & kTraceInfo)
        return print_string(r, t, false);
    return false;
}

/* unformatted: in, the previous argument was a HEX/BIN integer of a size
 * without format; out, this one is. */
bool print_argument(Reader &r, Text &t, bool *unformatted) noexcept
{
    std::uint32_t ti;
    if (!r.u32(&ti)) {
        if (*unformatted) /* upstream complains only then */
            diag(DiagLevel::kError, "Payload of DLT message corrupted");
        return false;
    }
    *unformatted = false;
    return print_typed(r, t, ti, unformatted);
}
/* False where upstream's dlt_message_payload gives up (DLT_RETURN_ERROR):
 * an argument it cannot print.  Numbers and separators that do not fit
 * are cut silently. */
bool print_verbose(Reader &r, unsigned noar, Text &t) noexcept
{
    bool unformatted = false;
    for (unsigned i = 0; i < noar; ++i) {
        if (i)
            t.append_cut(" ");
        if (!print_argument(r, t, &unformatted))
            return false;
    }
    return true;
}

/* Message ID, then the rest as hex bytes. */
void print_nonverbose(Reader &r, Text &t) noexcept
{
    const int required = (static_cast<int>(r.left) - 4) * 3 + 20;
    if (static_cast<int>(t.room()) < required) {
        diag(DiagLevel::kWarning, "String does not fit binary data (available=%d, required=%d) !",
             static_cast<int>(t.room()), required);
        return;
    }
    std::uint32_t id = 0;
    if (r.left >= 4)
        r.u32(&id);
    else
        r.left = 0;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%u, ", id);
    t.append_cut(buf);
    hex_bytes(t, r.p, r.left, ' ');
}

/* ---- header ---------------------------------------------------------------- */

/* Up to 4 characters, stopping at a NUL, padded with '-'. */
void put_id(Out &o, const unsigned char *id) noexcept
{
    bool ended = false;
    for (int i = 0; i < 4; ++i) {
        ended = ended || id[i] == 0;
        o.put(ended ? '-' : static_cast<char>(id[i]));
    }
}

constexpr const char *kTypeNames[8] = {"log", "app_trace", "nw_trace", "control", "", "", "", ""};
constexpr const char *kLogNames[7] = {"", "fatal", "error", "warn", "info", "debug", "verbose"};
constexpr const char *kAppTraceNames[6] = {"", "variable", "func_in", "func_out", "state", "vfb"};
constexpr const char *kNwTraceNames[6] = {"", "ipc", "can", "flexray", "most", "vfb"};
constexpr const char *kControlNames[4] = {"", "request", "response", "time"};

const char *subtype_name(unsigned mstp, unsigned mtin) noexcept
{
    switch (mstp) {
    case kTypeLog: return mtin < 7 ? kLogNames[mtin] : "";
    case kTypeAppTrace: return mtin < 6 ? kAppTraceNames[mtin] : "";
    case kTypeNwTrace: return mtin < 6 ? kNwTraceNames[mtin] : "";
    case kTypeControl: return mtin < 4 ? kControlNames[mtin] : "";
    default: return "";
    }
}

} // namespace

std::size_t format_local_print_at(const unsigned char *msg, std::size_t len,
                                  const char *ecu_for_storage, std::int64_t seconds,
                                  std::uint32_t microseconds, char *out,
                                  std::size_t cap) noexcept
{
    if (cap)
        out[0] = '\0';
    constexpr std::size_t kStd = sizeof(UserHeader);
    if (!msg || len < kStd + sizeof(StandardHeader))
        return 0;
    const unsigned char *m = msg + kStd;
    std::size_t mlen = len - kStd;
    const std::uint8_t htyp = m[0];
    const std::size_t dlt_len = static_cast<std::size_t>(m[2]) << 8 | m[3];
    if (dlt_len < mlen)
        mlen = dlt_len;
    std::size_t at = sizeof(StandardHeader);
    const unsigned char *ecu = nullptr, *tmsp = nullptr, *ext = nullptr;
    if (htyp & kHtypWithEcuId) {
        ecu = m + at;
        at += 4;
    }
    if (htyp & kHtypWithSessionId)
        at += 4;
    if (htyp & kHtypWithTimestamp) {
        tmsp = m + at;
        at += 4;
    }
    if (htyp & kHtypUseExtendedHeader) {
        ext = m + at;
        at += sizeof(ExtendedHeader);
    }
    if (at > mlen)
        return 0;

    Out o(out, cap);
    /* Time, as upstream's storage header: local time and microseconds. */
    const time_t t = static_cast<time_t>(seconds);
    struct tm tm;
    char buf[64];
    if (localtime_r(&t, &tm) && strftime(buf, sizeof buf, "%Y/%m/%d %H:%M:%S", &tm))
        o.put(buf);
    std::snprintf(buf, sizeof buf, ".%.6d", static_cast<int>(microseconds));
    o.put(buf);
    if (tmsp)
        std::snprintf(buf, sizeof buf, " %10u", static_cast<unsigned>(load_be32(tmsp)));
    else
        std::snprintf(buf, sizeof buf, " ----------");
    o.put(buf);
    std::snprintf(buf, sizeof buf, " %.3d ", static_cast<int>(m[1]));
    o.put(buf);
    put_id(o, ecu ? ecu
                  : reinterpret_cast<const unsigned char *>(ecu_for_storage ? ecu_for_storage
                                                                            : "ECU1"));
    bool verbose = false;
    if (ext) {
        const unsigned msin = ext[0];
        const unsigned mstp = (msin >> 1) & 7, mtin = msin >> 4;
        verbose = msin & kMsinVerbose;
        o.put(' ');
        put_id(o, ext + 2);
        o.put(' ');
        put_id(o, ext + 6);
        std::snprintf(buf, sizeof buf, " %s %s %c %d", kTypeNames[mstp], subtype_name(mstp, mtin),
                      verbose ? 'V' : 'N', static_cast<int>(ext[1]));
        o.put(buf);
    } else {
        o.put(" ---- ---- --- --- N -");
    }
    o.put(" [");

    Text text{o};
    Reader r{m + at, mlen - at, (htyp & kHtypMsbFirst) != 0};
    if (verbose)
        print_verbose(r, ext[1], text);
    else
        print_nonverbose(r, text);
    o.put("]\n");
    return o.written();
}

std::size_t format_local_print(const unsigned char *msg, std::size_t len,
                               const char *ecu_for_storage, char *out,
                               std::size_t cap) noexcept
{
    timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    return format_local_print_at(msg, len, ecu_for_storage, now.tv_sec,
                                 static_cast<std::uint32_t>(now.tv_nsec / 1000), out, cap);
}

bool format_verbose_payload(const unsigned char *payload, std::size_t len, bool msbf,
                            unsigned noar, bool attributes, char *out,
                            std::size_t textlength) noexcept
{
    Out o(out, textlength);
    Text text{o};
    text.limit = textlength;
    text.attributes = attributes;
    Reader r{payload, payload ? len : 0, msbf};
    return print_verbose(r, noar, text);
}

bool format_argument(std::uint32_t type_info, const unsigned char **payload, std::size_t *left,
                     bool msbf, bool attributes, char *out, std::size_t textlength,
                     bool *underflow) noexcept
{
    Out o(out, textlength);
    Text text{o};
    text.limit = textlength;
    text.attributes = attributes;
    Reader r{*payload, *left, msbf};
    bool unformatted = false;
    const bool ok = print_typed(r, text, type_info, &unformatted);
    *payload = r.p;
    *left = r.left;
    if (underflow)
        *underflow = r.underflow;
    return ok;
}

std::size_t mixed_string_required(int size, int html) noexcept
{
    if (size < 0)
        size = 0;
    return (static_cast<std::size_t>(size) / 16 + 1) * (8 + 16 * 3 + 16 + (html ? 4 : 1));
}

std::size_t format_mixed_string(const unsigned char *data, int size, int html, char *out,
                                std::size_t cap) noexcept
{
    Out o(out, cap);
    if (!data || size <= 0)
        return 0;
    const auto n = static_cast<std::size_t>(size);
    for (std::size_t line = 0; line < n; line += 16) {
        char off[16];
        std::snprintf(off, sizeof off, "%06x: ", static_cast<unsigned>(line));
        o.put(off);
        for (std::size_t i = line; i < line + 16; ++i) {
            if (i < n)
                put_hex_byte(o, data[i]);
            else
                o.put("xx");
            o.put(' ');
        }
        for (std::size_t i = line; i < line + 16 && i < n; ++i) {
            const unsigned char c = data[i];
            o.put(c >= 0x20 && c < 0x7f && c != '<' ? static_cast<char>(c) : '.');
        }
        if (line + 16 <= n)
            o.put(html ? "<BR>" : "\n");
    }
    return o.written();
}

std::size_t format_hex_string(const unsigned char *data, int size, char separator, char *out,
                              std::size_t cap) noexcept
{
    Out o(out, cap);
    if (!data || size <= 0)
        return 0;
    for (int i = 0; i < size; ++i) {
        if (i)
            o.put(separator);
        put_hex_byte(o, data[i]);
    }
    return o.written();
}

} // namespace dltng
