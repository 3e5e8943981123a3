/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: unit tests of the text rendering (lib/text_format.cpp).
 *
 * Every expected line was observed on the reference libdlt.so.2 2.18.8:
 *  [LP]  local print of a program logging through the reference library
 *        (DLT_LOCAL_PRINT_MODE=FORCE_ON, private DLT_PIPE_DIR, no daemon);
 *  [MPA] dlt_message_print_ascii of the reference on a crafted message
 *        (storage header time 31536000 s + 123456 us, TZ=UTC, as used
 *        here), which is what local print calls;
 *  [PMS] the reference's dlt_print_mixed_string / dlt_print_hex_string.
 * The wall-clock part of [LP] lines is replaced by the fixed time. */
#include "tests/unit/cmocka.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>

#include "lib/diag.hpp"
#include "lib/message.hpp"
#include "lib/text_format.hpp"

using namespace dltng;

namespace {

using Bytes = std::vector<unsigned char>;

constexpr std::int64_t kSeconds = 86400 * 365; /* 1971/01/01 00:00:00 UTC */
constexpr std::uint32_t kMicros = 123456;
const char kTime[] = "1971/01/01 00:00:00.123456";

/* ---- message building ---- */

void add(Bytes &b, const void *p, std::size_t n)
{
    const auto *c = static_cast<const unsigned char *>(p);
    b.insert(b.end(), c, c + n);
}
void ti(Bytes &b, std::uint32_t v) { add(b, &v, 4); }
void u16(Bytes &b, std::uint16_t v) { add(b, &v, 2); }
template <typename T> void val(Bytes &b, T v) { add(b, &v, sizeof v); }

/* Verbose string argument as the encoder writes it (length includes NUL). */
void str(Bytes &b, const std::string &s, std::uint32_t type = 0x200)
{
    ti(b, type);
    u16(b, static_cast<std::uint16_t>(s.size() + 1));
    add(b, s.c_str(), s.size() + 1);
}
void raw(Bytes &b, const Bytes &data, std::uint32_t type = 0x400)
{
    ti(b, type);
    u16(b, static_cast<std::uint16_t>(data.size()));
    add(b, data.data(), data.size());
}

struct Msg {
    std::uint8_t htyp = wire::kHtypUseExtendedHeader | wire::kHtypWithEcuId |
                        wire::kHtypWithSessionId | wire::kHtypWithTimestamp;
    std::uint8_t mcnt = 0;
    const char *ecu = "ECU1";
    std::uint32_t tmsp = 2765160;
    std::uint8_t msin = wire::msin(wire::kTypeLog, 4, true); /* info, verbose */
    std::uint8_t noar = 0;
    const char *apid = "APP1";
    const char *ctid = "CTX1";
    Bytes payload;
};

/* The message as libdlt-ng queues it (user header first), rendered. */
std::string render(const Msg &m, const char *storage_ecu = "ECU1")
{
    static unsigned char buf[70000 + 64];
    unsigned char *body = buf + 64;
    if (!m.payload.empty())
        std::memcpy(body, m.payload.data(), m.payload.size());
    LogHeader h{};
    h.htyp = m.htyp;
    h.mcnt = m.mcnt;
    std::memcpy(h.ecu, m.ecu, 4);
    h.session_id = 1234;
    h.timestamp = m.tmsp;
    h.msin = m.msin;
    h.noar = m.noar;
    std::memcpy(h.apid, m.apid, 4);
    std::memcpy(h.ctid, m.ctid, 4);
    unsigned char *msg = write_log_header(body, m.payload.size(), h);
    assert_non_null(msg);
    static char out[kLocalPrintLineMax];
    const std::size_t n = format_local_print_at(msg, static_cast<std::size_t>(body - msg) + m.payload.size(),
                                                storage_ecu, kSeconds, kMicros, out, sizeof out);
    assert_int_equal(n, std::strlen(out));
    return std::string(out, n);
}

/* Expected line: fixed time + the observed rest. */
std::string line(const std::string &rest) { return std::string(kTime) + rest + "\n"; }

void expect(const std::string &got, const std::string &want)
{
    if (got != want)
        print_error("got:  '%s'\nwant: '%s'\n", got.c_str(), want.c_str());
    assert_true(got == want);
}

Msg with_args(std::uint8_t noar, const Bytes &payload)
{
    Msg m;
    m.noar = noar;
    m.payload = payload;
    return m;
}

/* ---- header ---- */

/* [MPA] the annotated example of dlt-facts.md 2.5:
 * DLT_LOG(ctx, WARN, DLT_INT(0), DLT_STRING("hello")). */
void annotated_example(void **)
{
    Msg m;
    m.msin = wire::msin(wire::kTypeLog, 3, true);
    m.noar = 2;
    m.ecu = "ECU1";
    m.apid = "ABCD";
    m.ctid = "CTX1";
    ti(m.payload, 0x823); /* 2.18.8's DLT_INT: VARI with empty name and unit */
    u16(m.payload, 0);
    u16(m.payload, 0);
    val<std::int32_t>(m.payload, 0);
    str(m.payload, "hello");
    expect(render(m), line("    2765160 000 ECU1 ABCD CTX1 log warn V 2 [0 hello]"));
}

/* [LP] lines 000..006: the level names, DLT_LOG_DEFAULT (MTIN 15) has none. */
void level_names(void **)
{
    const char *names[] = {"", "fatal", "error", "warn", "info", "debug", "verbose"};
    for (unsigned level = 1; level <= 6; ++level) {
        Msg m;
        m.msin = wire::msin(wire::kTypeLog, level, true);
        m.noar = 1;
        m.mcnt = static_cast<std::uint8_t>(level - 1);
        m.apid = "LPRT";
        m.ctid = "TEST";
        str(m.payload, "x");
        char mc[8];
        std::snprintf(mc, sizeof mc, "%.3u", level - 1);
        expect(render(m), line(std::string("    2765160 ") + mc + " ECU1 LPRT TEST log " +
                               names[level] + " V 1 [x]"));
    }
    Msg d;
    d.msin = wire::msin(wire::kTypeLog, 15, true);
    d.noar = 1;
    d.mcnt = 6;
    str(d.payload, "default");
    expect(render(d), line("    2765160 006 ECU1 APP1 CTX1 log  V 1 [default]"));
}

/* [MPA] type and subtype names of the other message types. */
void type_names(void **)
{
    struct {
        wire::MessageType mstp;
        unsigned mtin;
        const char *names;
    } cases[] = {
        {wire::kTypeNwTrace, 1, "nw_trace ipc"},     {wire::kTypeNwTrace, 2, "nw_trace can"},
        {wire::kTypeNwTrace, 3, "nw_trace flexray"}, {wire::kTypeNwTrace, 4, "nw_trace most"},
        {wire::kTypeNwTrace, 5, "nw_trace vfb"},     {wire::kTypeNwTrace, 7, "nw_trace "},
        {wire::kTypeAppTrace, 1, "app_trace variable"}, {wire::kTypeAppTrace, 5, "app_trace vfb"},
        {wire::kTypeLog, 0, "log "},                 {wire::kTypeLog, 7, "log "},
    };
    for (const auto &c : cases) {
        Msg m;
        m.msin = wire::msin(c.mstp, c.mtin, true);
        expect(render(m), line(std::string("    2765160 000 ECU1 APP1 CTX1 ") + c.names + " V 0 []"));
    }
    Msg m;
    m.msin = static_cast<std::uint8_t>((4 << 1) | 1); /* MSTP 4: no names */
    expect(render(m), line("    2765160 000 ECU1 APP1 CTX1   V 0 []"));
}

/* [MPA] header flags: no timestamp, no ECU ID (the storage header's ECU is
 * printed), IDs with NUL bytes, counter 255 and the largest timestamp. */
void header_fields(void **)
{
    Msg m;
    m.htyp = wire::kHtypUseExtendedHeader | wire::kHtypWithSessionId; /* [LP] line 037 */
    expect(render(m, "STOR"), line(" ---------- 000 STOR APP1 CTX1 log info V 0 []"));
    Msg n;
    n.mcnt = 255;
    n.tmsp = 0xffffffff;
    n.ecu = "E\0\0\0";
    n.apid = "A\0B\0";
    n.ctid = "\0\0\0\0";
    expect(render(n), line(" 4294967295 255 E--- A--- ---- log info V 0 []"));
    Msg s;
    s.htyp = wire::kHtypUseExtendedHeader;
    expect(render(s, nullptr), line(" ---------- 000 ECU1 APP1 CTX1 log info V 0 []"));
}

/* ---- verbose arguments, [LP] lines 007..031 ---- */

void bools_and_integers(void **)
{
    Bytes p;
    for (unsigned char v : {1, 0, 7, 255}) {
        ti(p, 0x11);
        val<unsigned char>(p, v);
    }
    expect(render(with_args(4, p)), line("    2765160 000 ECU1 APP1 CTX1 log info V 4 [1 0 7 255]"));

    p.clear();
    ti(p, 0x21); val<std::int8_t>(p, -128);
    ti(p, 0x22); val<std::int16_t>(p, -32768);
    ti(p, 0x23); val<std::int32_t>(p, INT32_MIN);
    ti(p, 0x24); val<std::int64_t>(p, INT64_MIN);
    expect(render(with_args(4, p)),
           line("    2765160 000 ECU1 APP1 CTX1 log info V 4 [-128 -32768 -2147483648 "
                "-9223372036854775808]"));

    p.clear();
    ti(p, 0x41); val<std::uint8_t>(p, 255);
    ti(p, 0x42); val<std::uint16_t>(p, 65535);
    ti(p, 0x43); val<std::uint32_t>(p, UINT32_MAX);
    ti(p, 0x44); val<std::uint64_t>(p, UINT64_MAX);
    expect(render(with_args(4, p)),
           line("    2765160 000 ECU1 APP1 CTX1 log info V 4 [255 65535 4294967295 "
                "18446744073709551615]"));
}

void hex_and_binary(void **)
{
    Bytes p;
    ti(p, 0x10041); val<std::uint8_t>(p, 0xab);
    ti(p, 0x10042); val<std::uint16_t>(p, 0xabc);
    ti(p, 0x10043); val<std::uint32_t>(p, 0xabc);
    ti(p, 0x10044); val<std::uint64_t>(p, 0xabc);
    expect(render(with_args(4, p)),
           line("    2765160 000 ECU1 APP1 CTX1 log info V 4 [0xab 0x0abc 0x00000abc "
                "0x0000000000000abc]"));
    /* BIN8, BIN16, then BIN on 32 bit: printed as nothing, nothing consumed,
     * so the value bytes are read as the next type info and end the text. */
    p.clear();
    ti(p, 0x18041); val<std::uint8_t>(p, 0xab);
    ti(p, 0x18042); val<std::uint16_t>(p, 0xabc);
    ti(p, 0x18043); val<std::uint32_t>(p, 0xabc);
    expect(render(with_args(3, p)),
           line("    2765160 000 ECU1 APP1 CTX1 log info V 3 [0b1010 1011 0b0000 1010 1011 1100 ]"));
    /* ptr, [LP] line 014 */
    p.clear();
    ti(p, 0x10044); val<std::uint64_t>(p, 0x1234);
    expect(render(with_args(1, p)), line("    2765160 000 ECU1 APP1 CTX1 log info V 1 [0x0000000000001234]"));
    /* [MPA] a signed value ignores HEX coding; UINT with HEX wins over SINT */
    p.clear();
    ti(p, 0x10023); val<std::int32_t>(p, -2);
    ti(p, 0x10061); val<std::uint8_t>(p, 0xff);
    expect(render(with_args(2, p)), line("    2765160 000 ECU1 APP1 CTX1 log info V 2 [-2 0xff]"));
}

void floats(void **)
{
    Bytes p;
    ti(p, 0x83); val<float>(p, 1.5f);
    ti(p, 0x84); val<double>(p, 3.141592653589793);
    ti(p, 0x83); val<float>(p, 1e10f);
    ti(p, 0x84); val<double>(p, 1e-10);
    ti(p, 0x84); val<double>(p, 0.0);
    ti(p, 0x84); val<double>(p, -0.0);
    expect(render(with_args(6, p)),
           line("    2765160 000 ECU1 APP1 CTX1 log info V 6 [1.5 3.14159 1e+10 1e-10 0 -0]"));
    p.clear();
    ti(p, 0x84); val<double>(p, NAN);
    ti(p, 0x84); val<double>(p, INFINITY);
    ti(p, 0x84); val<double>(p, -INFINITY);
    ti(p, 0x83); val<float>(p, 3.40282347e+38f);
    ti(p, 0x84); val<double>(p, 1.7976931348623157e308);
    ti(p, 0x84); val<double>(p, 123456789.0);
    ti(p, 0x84); val<double>(p, 1234567.0);
    ti(p, 0x84); val<double>(p, 0.1);
    expect(render(with_args(8, p)),
           line("    2765160 000 ECU1 APP1 CTX1 log info V 8 [nan inf -inf 3.40282e+38 "
                "1.79769e+308 1.23457e+08 1.23457e+06 0.1]"));
    /* [MPA] 16-bit floats are printed as their bytes */
    p.clear();
    ti(p, 0x82); val<std::uint16_t>(p, 0xcdab);
    expect(render(with_args(1, p)), line("    2765160 000 ECU1 APP1 CTX1 log info V 1 [ab cd]"));
}

void strings(void **)
{
    Bytes p;
    str(p, "");
    str(p, "a b");
    str(p, "\xc3\xa4utf", 0x8200);
    str(p, "tab\there\nnl\x01\x7f\xff");
    expect(render(with_args(4, p)),
           line("    2765160 000 ECU1 APP1 CTX1 log info V 4 [ a b \xc3\xa4utf tab\there nl\x01\x7f\xff]"));
    /* [MPA] '\r' too becomes a space; a string ends at its first NUL */
    p.clear();
    ti(p, 0x200); u16(p, 8); add(p, "ab\0cdefg", 8);
    str(p, "x\ry");
    expect(render(with_args(2, p)), line("    2765160 000 ECU1 APP1 CTX1 log info V 2 [ab x y]"));
    /* [MPA] a zero-length string (not even the NUL) ends the text */
    p.clear();
    ti(p, 0x200); u16(p, 0);
    ti(p, 0x41); val<std::uint8_t>(p, 9);
    expect(render(with_args(2, p)), line("    2765160 000 ECU1 APP1 CTX1 log info V 2 []"));
}

void raw_data(void **)
{
    const Bytes r = {0x00, 0x01, 0x41, 0x7f, 0x80, 0xff, 0x20, 0x61};
    Bytes p;
    raw(p, r);
    raw(p, {});
    expect(render(with_args(2, p)),
           line("    2765160 000 ECU1 APP1 CTX1 log info V 2 [00'01'41'7f'80'ff'20'61 ]"));
    /* HEX8 and BIN16 formatted raw print the same ([LP] lines 020, 021) */
    p.clear();
    raw(p, r, 0x10401);
    raw(p, r, 0x18402);
    expect(render(with_args(2, p)),
           line("    2765160 000 ECU1 APP1 CTX1 log info V 2 [00'01'41'7f'80'ff'20'61 "
                "00'01'41'7f'80'ff'20'61]"));
}

/* [LP] lines 023..025: names and units are not printed. */
void attributes(void **)
{
    Bytes p;
    ti(p, 0x823); u16(p, 5); u16(p, 5); add(p, "name\0unit\0", 10); val<std::int32_t>(p, -3);
    ti(p, 0x843); u16(p, 2); u16(p, 0); add(p, "n\0", 2); val<std::uint32_t>(p, 3);
    ti(p, 0x884); u16(p, 0); u16(p, 2); add(p, "u\0", 2); val<double>(p, 2.5);
    ti(p, 0x811); u16(p, 5); add(p, "flag\0", 5); val<std::uint8_t>(p, 1);
    expect(render(with_args(4, p)), line("    2765160 000 ECU1 APP1 CTX1 log info V 4 [-3 3 2.5 1]"));
    p.clear();
    ti(p, 0xa00); u16(p, 4); u16(p, 6); add(p, "sname\0val\0", 10);
    ti(p, 0xc00); u16(p, 3); u16(p, 6); add(p, "rname\0\x00\x01\x41", 9);
    ti(p, 0x8a00); u16(p, 3); u16(p, 6); add(p, "uname\0u8\0", 9);
    ti(p, 0x821); u16(p, 1); u16(p, 1); add(p, "\0\0", 2); val<std::int8_t>(p, 1);
    expect(render(with_args(4, p)), line("    2765160 000 ECU1 APP1 CTX1 log info V 4 [val 00'01'41 u8 1]"));
}

/* [LP] lines 038..043: dlt_user_trace_network. */
void network_trace(void **)
{
    Msg m;
    m.msin = wire::msin(wire::kTypeNwTrace, 2, true);
    m.noar = 2;
    m.apid = "LPRT";
    m.ctid = "TEST";
    raw(m.payload, {1, 2, 3});
    raw(m.payload, {4, 5, 6, 7});
    expect(render(m), line("    2765160 000 ECU1 LPRT TEST nw_trace can V 2 [01'02'03 04'05'06'07]"));
    m.payload.clear();
    raw(m.payload, {});
    raw(m.payload, {4, 5, 6, 7});
    expect(render(m), line("    2765160 000 ECU1 LPRT TEST nw_trace can V 2 [ 04'05'06'07]"));
}

/* [LP] lines 032..034: non-verbose messages. */
void non_verbose(void **)
{
    Msg m;
    m.msin = wire::msin(wire::kTypeLog, 3, false);
    m.noar = 3;
    val<std::uint32_t>(m.payload, 0x1234);
    add(m.payload, "\x05\0\0\0\x03\0nv\0\x03\0\0\x01\x41", 14);
    expect(render(m), line("    2765160 000 ECU1 APP1 CTX1 log warn N 3 [4660, 05 00 00 00 03 00 6e 76 "
                           "00 03 00 00 01 41]"));
    Msg e;
    e.msin = wire::msin(wire::kTypeLog, 4, false);
    val<std::uint32_t>(e.payload, 0xdeadbeef);
    expect(render(e), line("    2765160 000 ECU1 APP1 CTX1 log info N 0 [3735928559, ]"));
    Msg n; /* DLT_DISABLE_EXTENDED_HEADER_FOR_NONVERBOSE */
    n.htyp = wire::kHtypWithEcuId | wire::kHtypWithSessionId | wire::kHtypWithTimestamp;
    val<std::uint32_t>(n.payload, 0x1234);
    val<std::int32_t>(n.payload, 5);
    expect(render(n), line("    2765160 000 ECU1 ---- ---- --- --- N - [4660, 05 00 00 00]"));
    /* [MPA] fewer than 4 bytes: ID 0, no bytes */
    Msg s = n;
    s.payload = {1, 2, 3};
    expect(render(s), line("    2765160 000 ECU1 ---- ---- --- --- N - [0, ]"));
}

/* ---- malformed payloads, [MPA] ---- */

void decoding_stops(void **)
{
    Bytes p;
    ti(p, 0x41); val<std::uint8_t>(p, 1);
    /* noar larger than the arguments: the separator, then the end */
    expect(render(with_args(3, p)), line("    2765160 000 ECU1 APP1 CTX1 log info V 3 [1 ]"));
    /* an array, a value cut short, a 128-bit integer (printed as bytes) */
    p.clear();
    ti(p, 0x45); add(p, "\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01", 16);
    ti(p, 0x41); val<std::uint8_t>(p, 9);
    ti(p, 0x100); val<std::uint8_t>(p, 0);
    ti(p, 0x41); val<std::uint8_t>(p, 9);
    expect(render(with_args(4, p)),
           line("    2765160 000 ECU1 APP1 CTX1 log info V 4 [01 01 01 01 01 01 01 01 01 01 01 01 01 "
                "01 01 01 9 ]"));
    p.clear();
    ti(p, 0x43); val<std::uint8_t>(p, 1);
    expect(render(with_args(1, p)), line("    2765160 000 ECU1 APP1 CTX1 log info V 1 []"));
    /* a string length beyond the payload */
    p.clear();
    ti(p, 0x200); u16(p, 16); add(p, "abc", 4);
    expect(render(with_args(1, p)), line("    2765160 000 ECU1 APP1 CTX1 log info V 1 []"));
    /* too short for its own headers: nothing */
    const unsigned char shortmsg[] = {'D', 'U', 'H', 1, 1, 0, 0, 0, 0x3d, 0};
    char out[64];
    assert_int_equal(format_local_print_at(shortmsg, sizeof shortmsg, "ECU1", 0, 0, out, sizeof out), 0);
    assert_string_equal(out, "");
}

/* ---- upstream's 10024-byte text buffer, [LP] with DLT_LOG_MSG_BUF_LEN=65535 ---- */

void text_buffer_limits(void **)
{
    const std::string head = "    2765160 000 ECU1 APP1 CTX1 log info V ";
    Bytes p;
    str(p, std::string(10023, 'x')); /* fits with its NUL */
    expect(render(with_args(1, p)), line(head + "1 [" + std::string(10023, 'x') + "]"));
    p.clear();
    str(p, std::string(10030, 'x')); /* does not: nothing */
    expect(render(with_args(1, p)), line(head + "1 []"));
    /* "ab", a long string, uint8 7: the 7 and then the space drop out */
    for (int n : {10018, 10019, 10020, 10030}) {
        p.clear();
        str(p, "ab");
        str(p, std::string(static_cast<std::size_t>(n), 'x'));
        ti(p, 0x41);
        val<std::uint8_t>(p, 7);
        const std::string x(static_cast<std::size_t>(n), 'x');
        const std::string want = n == 10018 ? "ab " + x + " 7"
                                 : n == 10019 ? "ab " + x + " "
                                 : n == 10020 ? "ab " + x
                                              : "ab ";
        expect(render(with_args(3, p)), line(head + "3 [" + want + "]"));
    }
    /* numbers are cut to the room left ([MPA] with smaller buffers) */
    p.clear();
    str(p, std::string(10010, 'x'));
    ti(p, 0x44);
    val<std::uint64_t>(p, UINT64_MAX);
    expect(render(with_args(2, p)), line(head + "2 [" + std::string(10010, 'x') + " 184467440737]"));
    /* raw: 3341 bytes fit, 3342 do not (skipped with a warning) */
    Bytes r(3341, 0xab);
    p.clear();
    raw(p, r);
    std::string hex = "ab";
    for (int i = 1; i < 3341; ++i)
        hex += "'ab";
    expect(render(with_args(1, p)), line(head + "1 [" + hex + "]"));
    r.push_back(0xab);
    p.clear();
    raw(p, r);
    ti(p, 0x41);
    val<std::uint8_t>(p, 7);
    expect(render(with_args(2, p)), line(head + "2 [ 7]"));
    /* non-verbose: 3 bytes of room per byte after the ID, plus 20 */
    Msg m;
    m.msin = wire::msin(wire::kTypeLog, 4, false);
    m.noar = 1;
    m.payload.assign(4 + 3334, 0x11); /* required 10022 */
    assert_true(render(m).size() > 10000);
    m.payload.assign(4 + 3335, 0x11); /* required 10025 */
    expect(render(m), line("    2765160 000 ECU1 APP1 CTX1 log info N 1 []"));
}

/* A too small output buffer cuts the line but stays terminated. */
void small_output_buffer(void **)
{
    Msg m = with_args(0, {});
    unsigned char buf[64 + 34];
    LogHeader h{};
    h.htyp = m.htyp;
    std::memcpy(h.ecu, "ECU1", 4);
    std::memcpy(h.apid, "APP1", 4);
    std::memcpy(h.ctid, "CTX1", 4);
    h.msin = m.msin;
    unsigned char *msg = write_log_header(buf + 64, 0, h);
    char out[11];
    std::memset(out, '#', sizeof out);
    assert_int_equal(format_local_print_at(msg, 34, nullptr, kSeconds, kMicros, out, sizeof out), 10);
    assert_string_equal(out, "1971/01/01");
}

/* The wall-clock variant: the same line after the 26 characters of time. */
void wall_clock(void **)
{
    Msg m;
    Bytes p;
    str(p, "now");
    m = with_args(1, p);
    const std::string fixed = render(m);
    unsigned char buf[64 + 64];
    if (!m.payload.empty())
        std::memcpy(buf + 64, m.payload.data(), m.payload.size());
    LogHeader h{};
    h.htyp = m.htyp;
    std::memcpy(h.ecu, "ECU1", 4);
    h.timestamp = m.tmsp;
    h.msin = m.msin;
    h.noar = 1;
    std::memcpy(h.apid, "APP1", 4);
    std::memcpy(h.ctid, "CTX1", 4);
    unsigned char *msg = write_log_header(buf + 64, m.payload.size(), h);
    char out[256];
    const time_t before = time(nullptr);
    const std::size_t n =
        format_local_print(msg, static_cast<std::size_t>(buf + 64 - msg) + m.payload.size(), "ECU1", out, sizeof out);
    assert_int_equal(n, fixed.size());
    assert_string_equal(out + 26, fixed.c_str() + 26);
    struct tm tm;
    char year[8];
    localtime_r(&before, &tm);
    strftime(year, sizeof year, "%Y/", &tm);
    assert_memory_equal(out, year, 5);
    assert_int_equal(out[19], '.');
}

/* ---- dlt_print_mixed_string and dlt_print_hex_string, [PMS] ---- */

std::string mixed(const Bytes &d, int html)
{
    char out[2048];
    const std::size_t n = format_mixed_string(d.data(), static_cast<int>(d.size()), html, out, sizeof out);
    assert_int_equal(n, std::strlen(out));
    return out;
}

void mixed_string(void **)
{
    Bytes d;
    for (int i = 0; i < 40; ++i)
        d.push_back(static_cast<unsigned char>(i));
    assert_string_equal(mixed(d, 0).c_str(),
                        "000000: 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f ................\n"
                        "000010: 10 11 12 13 14 15 16 17 18 19 1a 1b 1c 1d 1e 1f ................\n"
                        "000020: 20 21 22 23 24 25 26 27 xx xx xx xx xx xx xx xx  !\"#$%&'");
    assert_string_equal(mixed(d, 1).c_str(),
                        "000000: 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f ................<BR>"
                        "000010: 10 11 12 13 14 15 16 17 18 19 1a 1b 1c 1d 1e 1f ................<BR>"
                        "000020: 20 21 22 23 24 25 26 27 xx xx xx xx xx xx xx xx  !\"#$%&'");
    /* '<' is a dot in both modes; a complete last line ends with a break */
    const std::string s = "<&>\"'abcdefghijk";
    Bytes e(s.begin(), s.end());
    assert_string_equal(mixed(e, 1).c_str(),
                        "000000: 3c 26 3e 22 27 61 62 63 64 65 66 67 68 69 6a 6b .&>\"'abcdefghijk<BR>");
    assert_string_equal(mixed(e, 0).c_str(),
                        "000000: 3c 26 3e 22 27 61 62 63 64 65 66 67 68 69 6a 6b .&>\"'abcdefghijk\n");
    assert_string_equal(mixed({0x7e, 0x7f, 0x80, 0xff}, 0).c_str(),
                        "000000: 7e 7f 80 ff xx xx xx xx xx xx xx xx xx xx xx xx ~...");
    char out[8] = "#######";
    assert_int_equal(format_mixed_string(d.data(), 0, 0, out, sizeof out), 0);
    assert_int_equal(mixed_string_required(0, 0), 73);
    assert_int_equal(mixed_string_required(15, 1), 76);
    assert_int_equal(mixed_string_required(16, 0), 146);
    assert_int_equal(mixed_string_required(256, 0), 1241);
    assert_int_equal(mixed_string_required(33, 1), 228);
}

void hex_string(void **)
{
    const unsigned char d[] = {0x00, 0x01, 0x41, 0x7f, 0x80, 0xff, 0x20, 0x61};
    char out[64];
    assert_int_equal(format_hex_string(d, 8, ' ', out, sizeof out), 23);
    assert_string_equal(out, "00 01 41 7f 80 ff 20 61");
    assert_int_equal(format_hex_string(d, 3, '\'', out, sizeof out), 8);
    assert_string_equal(out, "00'01'41");
    assert_int_equal(format_hex_string(d, 8, ' ', out, 6), 5);
    assert_string_equal(out, "00 01");
}

} // namespace

int main()
{
    setenv("TZ", "UTC", 1);
    tzset();
    setenv("DLT_LOG_MODE", "4", 1); /* drop the limit tests' warnings */
    diag_configure();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(annotated_example),
        cmocka_unit_test(level_names),
        cmocka_unit_test(type_names),
        cmocka_unit_test(header_fields),
        cmocka_unit_test(bools_and_integers),
        cmocka_unit_test(hex_and_binary),
        cmocka_unit_test(floats),
        cmocka_unit_test(strings),
        cmocka_unit_test(raw_data),
        cmocka_unit_test(attributes),
        cmocka_unit_test(network_trace),
        cmocka_unit_test(non_verbose),
        cmocka_unit_test(decoding_stops),
        cmocka_unit_test(text_buffer_limits),
        cmocka_unit_test(small_output_buffer),
        cmocka_unit_test(wall_clock),
        cmocka_unit_test(mixed_string),
        cmocka_unit_test(hex_string),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
