/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: unit tests of the argument encoder (lib/encoder.cpp).
 * Expected bytes are DLT's verbose/non-verbose layouts as libdlt 2.18.8
 * produces them (dlt-facts.md section 2.6, checked against the reference). */
#include "tests/unit/cmocka.hpp"

#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/mman.h>
#include <unistd.h>

#include "lib/encoder.hpp"
#include "lib/text_length.hpp"
#include "lib/wire.hpp"

using namespace dltng;

namespace {

struct Buf {
    unsigned char bytes[1390];
    Payload p;
    explicit Buf(bool verbose = true, std::int32_t capacity = 1390)
    {
        std::memset(bytes, 0xee, sizeof bytes);
        p = Payload{bytes, 0, capacity, 0, verbose};
    }
};

constexpr std::uint32_t kU32 = wire::kUint | wire::kTyle32;
constexpr std::uint32_t kI32 = wire::kSint | wire::kTyle32;
constexpr std::uint32_t kU16 = wire::kUint | wire::kTyle16;

void value_verbose(void **)
{
    Buf b;
    const std::uint32_t v = 0x11223344;
    assert_int_equal(encode_value(b.p, kU32, &v, sizeof v), kOk);
    assert_bytes(b.bytes, b.p.size, {0x43, 0, 0, 0, 0x44, 0x33, 0x22, 0x11});
    assert_int_equal(b.p.args_num, 1);
}

void value_nonverbose_has_no_type_info(void **)
{
    Buf b(false);
    const std::int32_t v = -2;
    assert_int_equal(encode_value(b.p, kI32, &v, sizeof v), kOk);
    assert_bytes(b.bytes, b.p.size, {0xfe, 0xff, 0xff, 0xff});
}

/* 2.18.8's dlt_user_log_write_int: VARI with empty name and unit. */
void int_attr_without_names(void **)
{
    Buf b;
    const std::int32_t v = 5;
    assert_int_equal(encode_value_attr(b.p, kI32, &v, sizeof v, nullptr, nullptr, true), kOk);
    assert_bytes(b.bytes, b.p.size, {0x23, 0x08, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0});
}

void value_attr_with_name_and_unit(void **)
{
    Buf b;
    const std::int32_t v = 5;
    assert_int_equal(encode_value_attr(b.p, kI32, &v, sizeof v, "n", "u", true), kOk);
    assert_bytes(b.bytes, b.p.size,
                 {0x23, 0x08, 0, 0, 2, 0, 2, 0, 'n', 0, 'u', 0, 5, 0, 0, 0});
}

void bool_attr_has_no_unit(void **)
{
    Buf b;
    const std::uint8_t v = 1;
    assert_int_equal(encode_value_attr(b.p, wire::kBool | wire::kTyle8, &v, 1, "b", nullptr, false), kOk);
    assert_bytes(b.bytes, b.p.size, {0x11, 0x08, 0, 0, 2, 0, 'b', 0, 1});
}

void value_attr_nonverbose_is_plain(void **)
{
    Buf b(false);
    const std::int32_t v = 5;
    assert_int_equal(encode_value_attr(b.p, kI32, &v, sizeof v, "n", "u", true), kOk);
    assert_bytes(b.bytes, b.p.size, {5, 0, 0, 0});
}

void value_that_does_not_fit_is_refused_whole(void **)
{
    Buf b(true, 7);
    const std::uint32_t v = 1;
    assert_int_equal(encode_value(b.p, kU32, &v, sizeof v), kUserBufferFull);
    assert_int_equal(b.p.size, 0);
    assert_int_equal(b.p.args_num, 0);
    assert_int_equal(b.bytes[0], 0xee);
}

StringArg ascii(const char *s, const char *name = nullptr, bool with_name = false)
{
    return StringArg{s, std::strlen(s), Text::kAscii, false, with_name, name};
}

void string_verbose(void **)
{
    Buf b;
    assert_int_equal(encode_string(b.p, ascii("hi")), kOk);
    assert_bytes(b.bytes, b.p.size, {0, 2, 0, 0, 3, 0, 'h', 'i', 0});
}

void sized_string_takes_length_bytes(void **)
{
    Buf b;
    assert_int_equal(encode_string(b.p, StringArg{"abcdef", 3, Text::kAscii, false, false, nullptr}), kOk);
    assert_bytes(b.bytes, b.p.size, {0, 2, 0, 0, 4, 0, 'a', 'b', 'c', 0});
}

/* The inline fast path gives the same bytes as encode_string for every
 * length around its copy's size classes, writes nothing past the argument
 * and reads nothing past the string: the source is heap memory of exactly
 * len bytes (no NUL), so the sanitizer builds catch an over-read. */
/* text_length() == strlen() at every alignment and length 0..200 (inside
 * the inline scan and past it), with non-NUL bytes all around; strings
 * that end right before an unmapped page do not fault (the scan reads
 * whole aligned blocks only). */
void text_length_is_strlen(void **)
{
    const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    auto *map = static_cast<char *>(mmap(nullptr, 2 * page, PROT_READ | PROT_WRITE,
                                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    assert_true(map != MAP_FAILED);
    assert_int_equal(mprotect(map + page, page, PROT_NONE), 0);
    for (std::size_t len = 0; len <= 200; ++len) {
        for (std::size_t align = 0; align < 16; ++align) {
            /* In the middle of the page, 'x' before and after. */
            std::memset(map, 'x', page);
            char *mid = map + 1024 + align;
            mid[len] = '\0';
            assert_int_equal(text_length(mid), len);
            /* Ending at the page's last byte. */
            char *end = map + page - 1 - len;
            end[len] = '\0';
            assert_int_equal(text_length(end), len);
            assert_int_equal(text_length(end), std::strlen(end));
        }
    }
    munmap(map, 2 * page);
}

void plain_string_fast_matches_encode_string(void **)
{
    for (std::size_t len = 0; len <= 70; ++len) {
        auto *src = static_cast<char *>(std::malloc(len ? len : 1));
        assert_non_null(src);
        for (std::size_t i = 0; i < len; ++i)
            src[i] = static_cast<char>('A' + (i * 7 + len) % 26);
        Buf fast, full;
        fast.p.size = full.p.size = 3; /* an odd offset: unaligned stores */
        assert_true(encode_plain_string_fast(fast.p, src, len, Text::kAscii));
        assert_int_equal(encode_string(full.p, StringArg{src, len, Text::kAscii, false, false,
                                                         nullptr}),
                         kOk);
        assert_int_equal(fast.p.size, full.p.size);
        assert_int_equal(fast.p.size, 3 + 4 + 2 + static_cast<std::int32_t>(len) + 1);
        assert_int_equal(fast.p.args_num, 1);
        /* Whole buffers: the argument equal, the guard bytes around it untouched. */
        assert_memory_equal(fast.bytes, full.bytes, sizeof fast.bytes);
        assert_int_equal(fast.bytes[2], 0xee);
        assert_int_equal(fast.bytes[fast.p.size], 0xee);
        std::free(src);
    }
}

void utf8_string_coding(void **)
{
    Buf b;
    assert_int_equal(encode_string(b.p, StringArg{"x", 1, Text::kUtf8, false, false, nullptr}), kOk);
    assert_bytes(b.bytes, b.p.size, {0, 0x82, 0, 0, 2, 0, 'x', 0});
}

void string_attr_layout(void **)
{
    Buf b;
    assert_int_equal(encode_string(b.p, ascii("hi", "nm", true)), kOk);
    assert_bytes(b.bytes, b.p.size, {0, 0x0a, 0, 0, 3, 0, 3, 0, 'n', 'm', 0, 'h', 'i', 0});
}

void string_attr_null_name(void **)
{
    Buf b;
    assert_int_equal(encode_string(b.p, ascii("hi", nullptr, true)), kOk);
    assert_bytes(b.bytes, b.p.size, {0, 0x0a, 0, 0, 3, 0, 0, 0, 'h', 'i', 0});
}

void string_nonverbose(void **)
{
    Buf b(false);
    assert_int_equal(encode_string(b.p, ascii("hi", "n", true)), kOk);
    assert_bytes(b.bytes, b.p.size, {3, 0, 'h', 'i', 0});
}

void constant_string_omitted_in_nonverbose(void **)
{
    Buf b(false);
    StringArg a = ascii("hi");
    a.constant = true;
    assert_int_equal(encode_string(b.p, a), kOk);
    assert_int_equal(b.p.size, 0);
    assert_int_equal(b.p.args_num, 0);
    Buf v(true); /* but written in verbose mode */
    assert_int_equal(encode_string(v.p, a), kOk);
    assert_int_equal(v.p.size, 9);
    assert_int_equal(v.p.args_num, 1);
}

void null_text_is_wrong_parameter(void **)
{
    Buf b;
    assert_int_equal(encode_string(b.p, StringArg{nullptr, 0, Text::kAscii, false, false, nullptr}),
                     kWrongParameter);
    assert_int_equal(encode_raw(b.p, wire::kRaw, nullptr, 3, false, nullptr), kWrongParameter);
    assert_int_equal(b.p.size, 0);
    /* An empty raw argument needs no data (as 2.18.8). */
    assert_int_equal(encode_raw(b.p, wire::kRaw, nullptr, 0, false, nullptr), kOk);
    assert_bytes(b.bytes, b.p.size, {0, 4, 0, 0, 0, 0});
}

/* A string that does not fit is cut and marked, if the marker fits:
 * type info (4) + length (2) + marker with NUL (36) = 42 bytes. */
void truncation_needs_room_for_the_marker(void **)
{
    const std::string text(200, 'a');
    for (std::int32_t room = 30; room < 42; ++room) {
        Buf b(true, room);
        assert_int_equal(encode_string(b.p, ascii(text.c_str())), kUserBufferFull);
        assert_int_equal(b.p.size, 0);
        assert_int_equal(b.p.args_num, 0);
    }
}

void truncation_cuts_and_marks(void **)
{
    const std::string text(200, 'a');
    Buf b(true, 50); /* 8 bytes of text survive */
    assert_int_equal(encode_string(b.p, ascii(text.c_str())), kUserBufferFull);
    assert_int_equal(b.p.size, 50);
    assert_int_equal(b.p.args_num, 1); /* the argument still counts */
    const std::string body = std::string(8, 'a') + kTruncatedSuffix;
    assert_int_equal(b.bytes[4], body.size() + 1);
    assert_memory_equal(b.bytes + 6, body.c_str(), body.size() + 1);
}

void utf8_truncation_keeps_whole_characters(void **)
{
    /* "ä" is c3 a4: with 3 bytes of room for text, only one ä fits. */
    const char *text = "\xc3\xa4\xc3\xa4\xc3\xa4xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    Buf b(true, 42 + 3);
    assert_int_equal(encode_string(b.p, StringArg{text, std::strlen(text), Text::kUtf8, false, false, nullptr}),
                     kUserBufferFull);
    assert_int_equal(b.p.size, 44);
    assert_int_equal(b.bytes[6], 0xc3);
    assert_int_equal(b.bytes[7], 0xa4);
    assert_int_equal(b.bytes[8], '.');
    /* ASCII is cut exactly where the room ends. */
    Buf a(true, 42 + 3);
    assert_int_equal(encode_string(a.p, StringArg{text, std::strlen(text), Text::kAscii, false, false, nullptr}),
                     kUserBufferFull);
    assert_int_equal(a.p.size, 45);
    assert_int_equal(a.bytes[8], 0xc3);
}

void raw_layouts(void **)
{
    Buf b;
    assert_int_equal(encode_raw(b.p, wire::kRaw, "xyz", 3, false, nullptr), kOk);
    assert_bytes(b.bytes, b.p.size, {0, 4, 0, 0, 3, 0, 'x', 'y', 'z'});
    Buf a;
    assert_int_equal(encode_raw(a.p, wire::kRaw, "ab", 2, true, "nm"), kOk);
    assert_bytes(a.bytes, a.p.size, {0, 0x0c, 0, 0, 2, 0, 3, 0, 'n', 'm', 0, 'a', 'b'});
    Buf n(false);
    assert_int_equal(encode_raw(n.p, raw_formatted_type_info(1), "ab", 2, true, "nm"), kOk);
    assert_bytes(n.bytes, n.p.size, {2, 0, 'a', 'b'});
}

void raw_that_does_not_fit(void **)
{
    Buf b(true, 8);
    assert_int_equal(encode_raw(b.p, wire::kRaw, "xyz", 3, false, nullptr), kUserBufferFull);
    assert_int_equal(b.p.size, 0);
}

void formatted_type_infos(void **)
{
    assert_int_equal(formatted_type_info(kU16, 0), kU16);
    assert_int_equal(formatted_type_info(kU16, 1), 0x10042); /* HEX keeps TYLE */
    assert_int_equal(formatted_type_info(kU16, 2), 0x10042);
    assert_int_equal(formatted_type_info(wire::kUint | wire::kTyle8, 6), 0x18041);
    assert_int_equal(formatted_type_info(kU16, 7), 0);
    assert_int_equal(formatted_type_info(kU16, -1), 0);
    assert_int_equal(raw_formatted_type_info(2), 0x10402);
    assert_int_equal(raw_formatted_type_info(5), 0x18401);
    assert_int_equal(raw_formatted_type_info(99), 0);
}

void arguments_accumulate(void **)
{
    Buf b;
    const std::int32_t v = 0;
    encode_value_attr(b.p, kI32, &v, sizeof v, nullptr, nullptr, true);
    encode_string(b.p, ascii("hello"));
    /* The payload of the annotated example in dlt-facts.md 2.5. */
    assert_bytes(b.bytes, b.p.size,
                 {0x23, 0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                  0, 2, 0, 0, 6, 0, 'h', 'e', 'l', 'l', 'o', 0});
    assert_int_equal(b.p.args_num, 2);
}

} // namespace

int main()
{
    const CMUnitTest tests[] = {
        cmocka_unit_test(value_verbose),
        cmocka_unit_test(value_nonverbose_has_no_type_info),
        cmocka_unit_test(int_attr_without_names),
        cmocka_unit_test(value_attr_with_name_and_unit),
        cmocka_unit_test(bool_attr_has_no_unit),
        cmocka_unit_test(value_attr_nonverbose_is_plain),
        cmocka_unit_test(value_that_does_not_fit_is_refused_whole),
        cmocka_unit_test(string_verbose),
        cmocka_unit_test(sized_string_takes_length_bytes),
        cmocka_unit_test(plain_string_fast_matches_encode_string),
        cmocka_unit_test(text_length_is_strlen),
        cmocka_unit_test(utf8_string_coding),
        cmocka_unit_test(string_attr_layout),
        cmocka_unit_test(string_attr_null_name),
        cmocka_unit_test(string_nonverbose),
        cmocka_unit_test(constant_string_omitted_in_nonverbose),
        cmocka_unit_test(null_text_is_wrong_parameter),
        cmocka_unit_test(truncation_needs_room_for_the_marker),
        cmocka_unit_test(truncation_cuts_and_marks),
        cmocka_unit_test(utf8_truncation_keeps_whole_characters),
        cmocka_unit_test(raw_layouts),
        cmocka_unit_test(raw_that_does_not_fit),
        cmocka_unit_test(formatted_type_infos),
        cmocka_unit_test(arguments_accumulate),
    };
    return cmocka_run_group_tests_name("encoder", tests, nullptr, nullptr);
}
