/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: TSC timestamps (see tsc.hpp). */
#include "lib/tsc.hpp"

#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

#if DLTNG_HAVE_TSC
#include <cpuid.h>
#endif

namespace dltng {

namespace {

std::int64_t monotonic_ns() noexcept
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

#if DLTNG_HAVE_TSC
/* A TSC value and CLOCK_MONOTONIC at (nearly) the same instant: the
 * clock read between two TSC reads, the tightest of a few tries. */
void sample(std::uint64_t &tsc, std::int64_t &ns) noexcept
{
    std::uint64_t best = UINT64_MAX;
    for (int i = 0; i < 4; ++i) {
        const std::uint64_t t1 = __rdtsc();
        const std::int64_t n = monotonic_ns();
        const std::uint64_t t2 = __rdtsc();
        if (t2 - t1 < best) {
            best = t2 - t1;
            tsc = t1 + (t2 - t1) / 2;
            ns = n;
        }
        if (best < 2000) /* not preempted: good enough */
            break;
    }
}
#endif

} // namespace

bool tsc_usable() noexcept
{
#if DLTNG_HAVE_TSC
    unsigned a, b, c, d;
    if (!__get_cpuid(0x80000000u, &a, &b, &c, &d) || a < 0x80000007u)
        return false;
    __get_cpuid(0x80000007u, &a, &b, &c, &d);
    if (!(d & (1u << 8))) /* invariant TSC: constant rate, runs in every C-state */
        return false;
    /* The kernel keeps CLOCK_MONOTONIC on the TSC only if it found the TSC
     * synchronised across CPUs and stable. */
    const int fd = open("/sys/devices/system/clocksource/clocksource0/current_clocksource",
                        O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    char buf[32] = {};
    const ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    return n >= 3 && std::strncmp(buf, "tsc", 3) == 0 && (n == 3 || buf[3] == '\n');
#else
    return false;
#endif
}

void TscClock::reset() noexcept
{
    const std::uint32_t s = seq_.load(std::memory_order_relaxed);
    seq_.store(s + 1, std::memory_order_relaxed);
    /* release: orders the odd sequence number before it (see uptime()). */
    max_age_.store(0, std::memory_order_release);
    seq_.store(s + 2, std::memory_order_release);
    usable_ = -1;
    ticks_per_ns_ = 0;
    baseline_tsc_ = 0;
    baseline_ns_ = 0;
    refresh_ticks_ = 0;
}

void TscClock::refresh(bool force) noexcept
{
#if DLTNG_HAVE_TSC
    if (usable_ < 0)
        usable_ = tsc_usable() ? 1 : 0;
    if (!usable_)
        return;
    if (!force && refresh_ticks_ != 0 && __rdtsc() - last_refresh_tsc_ < refresh_ticks_)
        return; /* the anchor is young enough */
    std::uint64_t tsc = 0;
    std::int64_t ns = 0;
    sample(tsc, ns);
    if (ticks_per_ns_ == 0 && baseline_ns_ == 0) {
        baseline_tsc_ = tsc;
        baseline_ns_ = ns;
        return;
    }
    const std::int64_t span = ns - baseline_ns_;
    double rate = ticks_per_ns_;
    if (span >= kMinBaselineNs) {
        const double measured = static_cast<double>(tsc - baseline_tsc_) / static_cast<double>(span);
        if (rate != 0 && (measured > rate * 1.001 || measured < rate * 0.999)) {
            /* The TSC and the clock disagree (suspend, migration, a clock
             * step): start over, on clock_gettime meanwhile. */
            reset();
            usable_ = 1;
            baseline_tsc_ = tsc;
            baseline_ns_ = ns;
            return;
        }
        rate = measured;
        if (span >= kMaxBaselineNs) { /* follow the clock's corrections */
            baseline_tsc_ = tsc;
            baseline_ns_ = ns;
        }
    } else if (span < 0) {
        baseline_tsc_ = tsc;
        baseline_ns_ = ns;
        return;
    }
    if (rate <= 0)
        return; /* still calibrating */
    ticks_per_ns_ = rate;

    /* 0.1 ms units (1e5 ns) as integer + 48-bit fraction, and per tick. */
    const auto units = static_cast<std::uint64_t>(ns / 100000);
    const auto frac = static_cast<std::uint64_t>(
        static_cast<double>(ns % 100000) / 100000.0 * static_cast<double>(1ULL << kFracBits));
    const auto mult = static_cast<std::uint64_t>(static_cast<double>(1ULL << kFracBits) /
                                                 (rate * 100000.0));
    const auto max_age = static_cast<std::uint64_t>(rate * 1e6 * static_cast<double>(kMaxAgeMs));
    last_refresh_tsc_ = tsc;
    refresh_ticks_ = static_cast<std::uint64_t>(rate * 1e6 * static_cast<double>(kRefreshMs));

    const std::uint32_t s = seq_.load(std::memory_order_relaxed);
    seq_.store(s + 1, std::memory_order_relaxed);
    /* release: each store orders the odd sequence number before it, so a
     * reader that sees a new field sees the update in progress. */
    anchor_tsc_.store(tsc, std::memory_order_release);
    max_age_.store(max_age, std::memory_order_release);
    mult_.store(mult, std::memory_order_release);
    base_units_.store(units, std::memory_order_release);
    base_frac_.store(frac, std::memory_order_release);
    /* release: a reader that sees s + 2 sees all of the above. */
    seq_.store(s + 2, std::memory_order_release);
#endif
}

} // namespace dltng
