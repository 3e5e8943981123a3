/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: libFuzzer target for the daemon-message parser
 * (lib/control_parser.cpp), the code that reads untrusted bytes from the
 * app's FIFO.  Built by 'make fuzz' and by tests/fuzz/test-fuzz.sh with
 *   clang++ -fsanitize=fuzzer,address,undefined
 * Besides "no crash, no out-of-bounds read" it checks the parser's promises:
 *   - it never consumes more than it was given, and events point inside it;
 *   - kFlush consumes everything (nothing incomplete is kept);
 *   - kDrained keeps only an incomplete injection larger than one atomic write;
 *   - feeding the same bytes in two pieces, as the worker does, yields no
 *     more messages than the bytes hold and never loses the stream. */
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "lib/control_parser.hpp"
#include "lib/wire.hpp"

using namespace dltng;

namespace {

struct Span {
    const unsigned char *begin;
    std::size_t len;
    std::uint64_t events;
};

void check_event(const ControlEvent &ev, void *ctx)
{
    auto *s = static_cast<Span *>(ctx);
    ++s->events;
    if (ev.kind == ControlEvent::kInjection) {
        if (ev.data < s->begin || ev.data + ev.data_len > s->begin + s->len)
            __builtin_trap(); /* event data outside the input */
        volatile unsigned char sink = 0;
        for (std::uint32_t i = 0; i < ev.data_len; ++i) /* ASan checks every byte */
            sink = sink + ev.data[i];
        (void)sink;
    }
}

std::size_t run(const unsigned char *buf, std::size_t len, ParseEnd end, ControlStats &stats,
                std::uint64_t &events)
{
    Span s{buf, len, 0};
    const std::size_t used = parse_control(buf, len, check_event, &s, stats, end);
    if (used > len)
        __builtin_trap();
    events += s.events;
    return used;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    /* A private copy of exactly size bytes, so ASan sees any overread. */
    auto *buf = static_cast<unsigned char *>(std::malloc(size ? size : 1));
    if (size)
        std::memcpy(buf, data, size);

    ControlStats st{};
    std::uint64_t ev = 0;
    run(buf, size, ParseEnd::kWait, st, ev);

    ControlStats sf{};
    std::uint64_t evf = 0;
    if (run(buf, size, ParseEnd::kFlush, sf, evf) != size)
        __builtin_trap(); /* kFlush must not keep anything */

    ControlStats sd{};
    std::uint64_t evd = 0;
    const std::size_t used = run(buf, size, ParseEnd::kDrained, sd, evd);
    if (used < size) {
        /* What is kept must be a whole injection header announcing a
         * message bigger than one atomic write. */
        wire::UserHeader uh;
        wire::Injection inj;
        if (size - used < sizeof uh + sizeof inj)
            __builtin_trap();
        std::memcpy(&uh, buf + used, sizeof uh);
        std::memcpy(&inj, buf + used + sizeof uh, sizeof inj);
        if (std::memcmp(uh.pattern, wire::kUserPattern, 4) != 0 || uh.message != wire::kInjection ||
            sizeof uh + sizeof inj + inj.data_length <= kAtomicWriteMax)
            __builtin_trap();
    }

    /* Two pieces, the way the worker reads a FIFO: parse the first, keep the
     * rest, append the second.  Every message needs at least 9 bytes. */
    if (size > 1) {
        const std::size_t cut = buf[0] % size;
        ControlStats sp{};
        std::uint64_t evp = 0;
        const std::size_t first = run(buf, cut, ParseEnd::kWait, sp, evp);
        run(buf + first, size - first, ParseEnd::kFlush, sp, evp);
        if (evp > size / 9 + 1)
            __builtin_trap();
    }
    if (ev > size / 9 + 1 || evf > size / 9 + 1)
        __builtin_trap();
    std::free(buf);
    return 0;
}
