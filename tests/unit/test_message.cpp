/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: unit tests of wire message composition (lib/message.cpp),
 * against the byte captures of dlt-facts.md sections 2.4 and 2.5. */
#include "tests/unit/cmocka.hpp"

#include <cstring>

#include "lib/message.hpp"

using namespace dltng;

namespace {

void header_sizes(void **)
{
    using namespace wire;
    assert_int_equal(log_header_size(0), 12);
    assert_int_equal(log_header_size(kHtypUseExtendedHeader), 22);
    assert_int_equal(log_header_size(kHtypUseExtendedHeader | kHtypWithEcuId |
                                     kHtypWithSessionId | kHtypWithTimestamp),
                     kMaxHeaderSize);
}

/* DLT_LOG(ctx, WARN, DLT_INT(0), DLT_STRING("hello")) from app ABCD. */
void annotated_log_message(void **)
{
    const unsigned char payload[] = {0x23, 0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                     0, 2, 0, 0, 6, 0, 'h', 'e', 'l', 'l', 'o', 0};
    unsigned char buf[64 + sizeof payload];
    unsigned char *body = buf + 64;
    std::memcpy(body, payload, sizeof payload);
    LogHeader h{};
    h.htyp = wire::kHtypUseExtendedHeader | wire::kHtypWithEcuId | wire::kHtypWithSessionId |
             wire::kHtypWithTimestamp;
    h.mcnt = 0;
    std::memcpy(h.ecu, "ECU1", 4);
    h.session_id = 0x2da0;
    h.timestamp = 0x002a3168;
    h.msin = wire::msin(wire::kTypeLog, 3, true);
    h.noar = 2;
    std::memcpy(h.apid, "ABCD", 4);
    std::memcpy(h.ctid, "CTX1", 4);
    unsigned char *msg = write_log_header(body, sizeof payload, h);
    assert_non_null(msg);
    assert_int_equal(body - msg, 34);
    assert_bytes(msg, 34, {'D', 'U', 'H', 1, 1, 0, 0, 0,
                           0x3d, 0x00, 0x00, 0x32, 'E', 'C', 'U', '1', 0, 0, 0x2d, 0xa0,
                           0x00, 0x2a, 0x31, 0x68, 0x31, 0x02, 'A', 'B', 'C', 'D',
                           'C', 'T', 'X', '1'});
    unsigned char *apid = log_apid_field(msg, 34 + sizeof payload);
    assert_ptr_equal(apid, msg + 26);
}

/* The fixed-offset fast path writes the same bytes as the general one. */
void full_header_matches_general(void **)
{
    unsigned char payload[40];
    for (unsigned i = 0; i < sizeof payload; ++i)
        payload[i] = static_cast<unsigned char>(i * 7);
    unsigned char a[64 + sizeof payload], b[64 + sizeof payload];
    std::memcpy(a + 64, payload, sizeof payload);
    std::memcpy(b + 64, payload, sizeof payload);
    LogHeader h{};
    h.htyp = wire::kHtypUseExtendedHeader | wire::kHtypWithEcuId | wire::kHtypWithSessionId |
             wire::kHtypWithTimestamp;
    std::memcpy(h.ecu, "ECU9", 4);
    h.session_id = 0x01020304;
    h.timestamp = 0xa1b2c3d4;
    h.msin = wire::msin(wire::kTypeLog, 4, true);
    h.noar = 3;
    std::memcpy(h.apid, "APID", 4);
    std::memcpy(h.ctid, "CT", 2);
    h.ctid[2] = h.ctid[3] = 0;
    unsigned char *general = write_log_header(a + 64, sizeof payload, h);
    unsigned char *fast = write_full_log_header(b + 64, sizeof payload, h.ecu,
                                                __builtin_bswap32(h.session_id),
                                                __builtin_bswap32(h.timestamp), h.msin, h.noar,
                                                h.apid, h.ctid);
    assert_non_null(general);
    assert_ptr_equal(fast - b, general - a);
    assert_memory_equal(fast, general, 34 + sizeof payload);
    /* Too long for DLT's 16-bit length: refused by both. */
    static unsigned char big[70000];
    assert_null(write_full_log_header(big + 64, 65535 - 26 + 1, h.ecu, 0, 0, 0, 0, h.apid, h.ctid));
    assert_non_null(write_full_log_header(big + 64, 65535 - 26, h.ecu, 0, 0, 0, 0, h.apid, h.ctid));
}

void nonverbose_without_extended_header(void **)
{
    unsigned char buf[64 + 4] = {};
    LogHeader h{};
    h.htyp = wire::kHtypWithEcuId | wire::kHtypWithSessionId | wire::kHtypWithTimestamp;
    unsigned char *msg = write_log_header(buf + 64, 4, h);
    assert_int_equal(buf + 64 - msg, 24);
    assert_int_equal(msg[8], 0x3c);
    assert_int_equal(msg[11], 4 + 12 + 4); /* len: BE 16 */
    assert_null(log_apid_field(msg, 28));
}

/* log_timestamp_field / set_log_timestamp find the timestamp for every
 * combination of the optional header fields, and nothing without one. */
void timestamp_field_in_every_header(void **)
{
    using namespace wire;
    for (unsigned bits = 0; bits < 16; ++bits) {
        LogHeader h{};
        h.htyp = static_cast<std::uint8_t>(((bits & 1) ? kHtypWithEcuId : 0) |
                                           ((bits & 2) ? kHtypWithSessionId : 0) |
                                           ((bits & 4) ? kHtypWithTimestamp : 0) |
                                           ((bits & 8) ? kHtypUseExtendedHeader : 0));
        h.session_id = 0x11111111;
        h.timestamp = 0x01020304;
        unsigned char buf[64 + 4] = {};
        unsigned char *msg = write_log_header(buf + 64, 4, h);
        const std::size_t len = static_cast<std::size_t>(buf + 68 - msg);
        unsigned char *field = log_timestamp_field(msg, len);
        if (!(bits & 4)) {
            assert_null(field);
            set_log_timestamp(msg, len, 7); /* nothing to set: nothing changes */
            continue;
        }
        assert_non_null(field);
        assert_bytes(field, 4, {1, 2, 3, 4});
        set_log_timestamp(msg, len, 0xa0b0c0d0u);
        assert_bytes(field, 4, {0xa0, 0xb0, 0xc0, 0xd0});
        /* Cut short before the field's end: not found. */
        assert_null(log_timestamp_field(msg, static_cast<std::size_t>(field + 3 - msg)));
    }
    unsigned char control[16] = {'D', 'U', 'H', 1, 2}; /* not a LOG message */
    assert_null(log_timestamp_field(control, sizeof control));
}

void oversized_message_refused(void **)
{
    static unsigned char buf[70000];
    LogHeader h{};
    h.htyp = wire::kHtypUseExtendedHeader;
    assert_null(write_log_header(buf + 64, 65535 - 14 + 1, h));
    assert_non_null(write_log_header(buf + 64, 65535 - 14, h));
}

void register_application_capture(void **)
{
    unsigned char out[kControlMessageMax];
    const std::size_t n = compose_register_app(out, "ABCD", 0x2da0, "Test Application for Logging");
    const char *desc = "Test Application for Logging";
    assert_int_equal(n, 8 + 12 + std::strlen(desc));
    assert_bytes(out, 20, {'D', 'U', 'H', 1, 2, 0, 0, 0, 'A', 'B', 'C', 'D',
                           0xa0, 0x2d, 0, 0, 0x1c, 0, 0, 0});
    assert_memory_equal(out + 20, desc, std::strlen(desc));
}

void register_context_layout(void **)
{
    unsigned char out[kControlMessageMax];
    const char ctid[4] = {'T', 'S', '1', 0};
    const std::size_t n = compose_register_context(out, "ABCD", ctid, 1, wire::kLevelNotSet,
                                                    wire::kLevelNotSet, 0x2da0, "d");
    assert_int_equal(n, 8 + 22 + 1);
    assert_bytes(out, n, {'D', 'U', 'H', 1, 4, 0, 0, 0, 'A', 'B', 'C', 'D', 'T', 'S', '1', 0,
                          1, 0, 0, 0, 0xfe, 0xfe, 0xa0, 0x2d, 0, 0, 1, 0, 0, 0, 'd'});
}

void long_description_is_cut(void **)
{
    char desc[400];
    std::memset(desc, 'x', sizeof desc - 1);
    desc[sizeof desc - 1] = '\0';
    unsigned char out[kControlMessageMax];
    assert_int_equal(compose_register_app(out, "ABCD", 1, desc), 8 + 12 + kMaxDescription);
    assert_int_equal(compose_register_app(out, "ABCD", 1, nullptr), 8 + 12);
}

void small_control_messages(void **)
{
    unsigned char out[kControlMessageMax];
    assert_bytes(out, compose_unregister_app(out, "AB\0\0", 7),
                 {'D', 'U', 'H', 1, 3, 0, 0, 0, 'A', 'B', 0, 0, 7, 0, 0, 0});
    assert_bytes(out, compose_unregister_context(out, "ABCD", "CX\0\0", 7),
                 {'D', 'U', 'H', 1, 5, 0, 0, 0, 'A', 'B', 'C', 'D', 'C', 'X', 0, 0, 7, 0, 0, 0});
    assert_bytes(out, compose_overflow(out, 3, "ABCD"),
                 {'D', 'U', 'H', 1, 8, 0, 0, 0, 3, 0, 0, 0, 'A', 'B', 'C', 'D'});
    /* apid patching applies to LOG messages only. */
    assert_null(log_apid_field(out, 16));
}

} // namespace

int main()
{
    const CMUnitTest tests[] = {
        cmocka_unit_test(header_sizes),
        cmocka_unit_test(annotated_log_message),
        cmocka_unit_test(full_header_matches_general),
        cmocka_unit_test(nonverbose_without_extended_header),
        cmocka_unit_test(timestamp_field_in_every_header),
        cmocka_unit_test(oversized_message_refused),
        cmocka_unit_test(register_application_capture),
        cmocka_unit_test(register_context_layout),
        cmocka_unit_test(long_description_is_cut),
        cmocka_unit_test(small_control_messages),
    };
    return cmocka_run_group_tests_name("message", tests, nullptr, nullptr);
}
