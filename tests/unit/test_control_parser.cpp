/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: unit tests of the daemon-message parser
 * (lib/control_parser.cpp): well-formed input, split input, garbage,
 * unknown types, hostile lengths and random bytes. */
#include "tests/unit/cmocka.hpp"

#include <cstdlib>
#include <cstring>
#include <string>

#include "lib/control_parser.hpp"
#include "lib/wire.hpp"

using namespace dltng;

namespace {

struct Collected {
    std::string log; /* one line per event */
};

void collect(const ControlEvent &ev, void *ctx)
{
    auto *c = static_cast<Collected *>(ctx);
    char line[128];
    switch (ev.kind) {
    case ControlEvent::kLogLevel:
        snprintf(line, sizeof line, "LL pos=%d ll=%u ts=%u\n", ev.pos, ev.log_level, ev.trace_status);
        break;
    case ControlEvent::kLogState:
        snprintf(line, sizeof line, "STATE %d\n", ev.log_state);
        break;
    case ControlEvent::kInjection:
        snprintf(line, sizeof line, "INJ pos=%d sid=%u len=%u data=%.*s\n", ev.pos, ev.service_id,
                 ev.data_len, static_cast<int>(ev.data_len), reinterpret_cast<const char *>(ev.data));
        break;
    }
    c->log += line;
}

std::string header(std::uint32_t type)
{
    std::string s("DUH\1", 4);
    s.append(reinterpret_cast<const char *>(&type), 4);
    return s;
}

std::string log_level(std::uint8_t ll, std::uint8_t ts, std::int32_t pos)
{
    wire::LogLevel m{ll, ts, pos};
    return header(wire::kLogLevel) + std::string(reinterpret_cast<const char *>(&m), sizeof m);
}

std::string log_state(std::int8_t st)
{
    return header(wire::kLogState) + std::string(1, static_cast<char>(st));
}

std::string injection(std::int32_t pos, std::uint32_t sid, const std::string &data,
                      std::uint32_t claimed_len)
{
    wire::Injection m{pos, sid, claimed_len};
    return header(wire::kInjection) + std::string(reinterpret_cast<const char *>(&m), sizeof m) + data;
}

std::size_t parse(const std::string &in, Collected &c, ControlStats &stats)
{
    return parse_control(reinterpret_cast<const unsigned char *>(in.data()), in.size(), collect, &c, stats);
}

/* Feed the input the way a FIFO might deliver it: in pieces, keeping what
 * the parser did not consume, as the worker does. */
std::string parse_in_chunks(const std::string &in, std::size_t chunk, ControlStats &stats)
{
    Collected c;
    std::string pending;
    for (std::size_t at = 0; at < in.size(); at += chunk) {
        pending += in.substr(at, chunk);
        const std::size_t used = parse(pending, c, stats);
        pending.erase(0, used);
    }
    return c.log;
}

const std::string kStream = log_state(0) + log_level(4, 0, 0) + injection(2, 0x1000, "hi", 2) +
                            log_level(6, 1, 2) + log_state(1);
const char *kExpected = "STATE 0\nLL pos=0 ll=4 ts=0\nINJ pos=2 sid=4096 len=2 data=hi\n"
                        "LL pos=2 ll=6 ts=1\nSTATE 1\n";

void well_formed_stream(void **)
{
    Collected c;
    ControlStats stats{};
    assert_int_equal(parse(kStream, c, stats), kStream.size());
    assert_string_equal(c.log.c_str(), kExpected);
    assert_int_equal(stats.messages, 5);
    assert_int_equal(stats.rejected, 0);
}

void split_anywhere(void **)
{
    for (std::size_t chunk = 1; chunk <= kStream.size(); ++chunk) {
        ControlStats stats{};
        assert_string_equal(parse_in_chunks(kStream, chunk, stats).c_str(), kExpected);
        assert_int_equal(stats.rejected, 0);
    }
}

void garbage_is_skipped_and_counted(void **)
{
    Collected c;
    ControlStats stats{};
    const std::string in = "xxDUxx" + log_level(3, 0, 1) + "zz";
    assert_int_equal(parse(in, c, stats), in.size());
    assert_string_equal(c.log.c_str(), "LL pos=1 ll=3 ts=0\n");
    assert_int_equal(stats.skipped_bytes, 8);
}

void unknown_type_resyncs(void **)
{
    Collected c;
    ControlStats stats{};
    const std::string in = header(14) + "\x01\x02\x03" + header(99) + log_state(1);
    assert_int_equal(parse(in, c, stats), in.size());
    assert_string_equal(c.log.c_str(), "STATE 1\n");
    assert_int_equal(stats.rejected, 2);
}

void huge_injection_length_rejected(void **)
{
    Collected c;
    ControlStats stats{};
    const std::string in = injection(0, 0x1000, "", 0xffffffffu) + log_state(0);
    assert_int_equal(parse(in, c, stats), in.size());
    assert_string_equal(c.log.c_str(), "STATE 0\n");
    assert_int_equal(stats.rejected, 1);
}

void incomplete_message_waits(void **)
{
    Collected c;
    ControlStats stats{};
    const std::string full = injection(0, 0x1000, "abcdef", 6);
    const std::string part = full.substr(0, full.size() - 1);
    assert_int_equal(parse(part, c, stats), 0);
    assert_true(c.log.empty());
    assert_int_equal(parse(full, c, stats), full.size());
}

std::size_t parse_end(const std::string &in, Collected &c, ControlStats &stats, ParseEnd end)
{
    return parse_control(reinterpret_cast<const unsigned char *>(in.data()), in.size(), collect, &c,
                         stats, end);
}

/* A message small enough for one atomic write that is still incomplete
 * once the FIFO is drained was torn or forged: it is rejected at once, so
 * the next real message is not read as its missing bytes. */
void drained_torn_message_resyncs(void **)
{
    Collected c;
    ControlStats stats{};
    const std::string torn = log_level(5, 0, 0).substr(0, 11);
    assert_int_equal(parse_end(torn, c, stats, ParseEnd::kWait), 0);
    assert_int_equal(parse_end(torn, c, stats, ParseEnd::kDrained), torn.size());
    assert_int_equal(stats.rejected, 1);
    const std::string header_only = header(wire::kInjection).substr(0, 6);
    assert_int_equal(parse_end(header_only, c, stats, ParseEnd::kDrained), header_only.size());
    assert_int_equal(stats.rejected, 2);
    const std::string valid = log_level(3, 1, 7);
    assert_int_equal(parse_end(valid, c, stats, ParseEnd::kDrained), valid.size());
    assert_string_equal(c.log.c_str(), "LL pos=7 ll=3 ts=1\n");
}

/* A large injection may legitimately arrive in pieces: kept when drained,
 * rejected on kFlush, and what came behind it is still delivered. */
void stalled_large_message_flushed(void **)
{
    Collected c;
    ControlStats stats{};
    const std::string in = injection(0, 0x1000, "0123456789", 8000) + log_level(2, 0, 1);
    assert_int_equal(parse_end(in, c, stats, ParseEnd::kDrained), 0);
    assert_true(c.log.empty());
    assert_int_equal(parse_end(in, c, stats, ParseEnd::kFlush), in.size());
    assert_string_equal(c.log.c_str(), "LL pos=1 ll=2 ts=0\n");
    assert_int_equal(stats.rejected, 1);
}

/* The 23 bytes the 2.18.8 daemon wrote in one go into a fresh app's FIFO
 * (strace of the worker's read): LOG_STATE 0 after REGISTER_APPLICATION,
 * then LOG_LEVEL {INFO, OFF, pos 0} answering REGISTER_CONTEXT.  The parser
 * accepts both however the FIFO is drained; that the context was already
 * unregistered by then is the worker's business (tests/control). */
void daemon_answer_bytes(void **)
{
    static const unsigned char bytes[] = {
        0x44, 0x55, 0x48, 0x01, 0x0c, 0x00, 0x00, 0x00, 0x00,
        0x44, 0x55, 0x48, 0x01, 0x06, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00,
    };
    static_assert(sizeof bytes == 23, "as captured");
    const std::string in(reinterpret_cast<const char *>(bytes), sizeof bytes);
    for (ParseEnd end : {ParseEnd::kWait, ParseEnd::kDrained, ParseEnd::kFlush}) {
        Collected c;
        ControlStats stats{};
        assert_int_equal(parse_end(in, c, stats, end), in.size());
        assert_string_equal(c.log.c_str(), "STATE 0\nLL pos=0 ll=4 ts=0\n");
        assert_int_equal(stats.messages, 2);
        assert_int_equal(stats.rejected, 0);
        assert_int_equal(stats.skipped_bytes, 0);
    }
}

/* Random bytes, with real patterns sprinkled in: never a crash, never a
 * read past the end (ASan builds check), never more consumed than given. */
void random_input(void **)
{
    std::srand(1234);
    for (int round = 0; round < 2000; ++round) {
        std::string in;
        const int pieces = std::rand() % 20;
        for (int i = 0; i < pieces; ++i) {
            switch (std::rand() % 4) {
            case 0: in += header(static_cast<std::uint32_t>(std::rand() % 16)); break;
            case 1: in += log_level(static_cast<std::uint8_t>(std::rand()), 1, std::rand()); break;
            case 2: in += injection(std::rand(), static_cast<std::uint32_t>(std::rand()), "ab",
                                    static_cast<std::uint32_t>(std::rand() % 8)); break;
            default: in += std::string(static_cast<std::size_t>(std::rand() % 9), static_cast<char>(std::rand()));
            }
        }
        Collected c;
        ControlStats stats{};
        assert_true(parse(in, c, stats) <= in.size());
    }
}

} // namespace

int main()
{
    const CMUnitTest tests[] = {
        cmocka_unit_test(well_formed_stream),
        cmocka_unit_test(split_anywhere),
        cmocka_unit_test(garbage_is_skipped_and_counted),
        cmocka_unit_test(unknown_type_resyncs),
        cmocka_unit_test(huge_injection_length_rejected),
        cmocka_unit_test(incomplete_message_waits),
        cmocka_unit_test(drained_torn_message_resyncs),
        cmocka_unit_test(stalled_large_message_flushed),
        cmocka_unit_test(daemon_answer_bytes),
        cmocka_unit_test(random_input),
    };
    return cmocka_run_group_tests_name("control_parser", tests, nullptr, nullptr);
}
