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
 * clock read between two TSC reads, the tightest of a few tries.  Returns
 * that pair's distance in ticks: the sample is exact to within half of it. */
std::uint64_t sample(std::uint64_t &tsc, std::int64_t &ns) noexcept
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
    return best;
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
    /* relaxed: see stamp(). */
    raw_.store(false, std::memory_order_relaxed);
    have_baseline_ = false;
    refresh_ticks_ = 0; /* sample at the next refresh */
}

void TscClock::set_anchor(std::uint64_t tsc, std::int64_t ns, std::uint64_t width) noexcept
{
    prev_ = cur_;
    cur_ = {tsc, ns, width};
}

void TscClock::restart_baseline() noexcept
{
    baseline_ = cur_;
    have_baseline_ = true;
}

void TscClock::refresh(bool force) noexcept
{
#if DLTNG_HAVE_TSC
    if (usable_ < 0)
        usable_ = tsc_usable() ? 1 : 0;
    if (!usable_)
        return;
    if (!force && refresh_ticks_ != 0 && __rdtsc() - cur_.tsc < refresh_ticks_)
        return; /* the anchor is young enough */
    std::uint64_t tsc = 0;
    std::int64_t ns = 0;
    const std::uint64_t width = sample(tsc, ns);
    set_anchor(tsc, ns, width);
    const std::int64_t span = ns - baseline_.ns;
    if (!have_baseline_ || span < 0) {
        restart_baseline();
        return;
    }
    if (span < kMinBaselineNs)
        return; /* calibrating (or a new baseline growing: the rate stays) */
    const double ticks = static_cast<double>(tsc - baseline_.tsc);
    const double ticks_per_ns = ticks / static_cast<double>(span);
    /* The two samples' own uncertainty, relative: where reading the clock
     * is slow (under valgrind, tens of microseconds), a 20 ms baseline
     * cannot tell 0.1% apart. */
    const double noise = static_cast<double>(baseline_.width + width) / ticks;
    const double ratio = ticks_per_ns * ns_per_tick_;
    if (raw_.load(std::memory_order_relaxed) &&
        (ratio > 1.001 + noise || ratio < 0.999 - noise)) {
        /* The TSC and the clock disagree (suspend, migration): start over,
         * on clock_gettime meanwhile. */
        reset();
        restart_baseline();
        return;
    }
    if (ticks_per_ns <= 0)
        return;
    ns_per_tick_ = 1.0 / ticks_per_ns;
    refresh_ticks_ = static_cast<std::uint64_t>(ticks_per_ns * 1e6 * static_cast<double>(kRefreshMs));
    if (span >= kMaxBaselineNs) /* follow the clock's corrections */
        restart_baseline();
    /* relaxed: see stamp(). */
    raw_.store(true, std::memory_order_relaxed);
#else
    (void)force;
#endif
}

std::uint32_t TscClock::convert(Stamp s) const noexcept
{
    if (s.hi == 0)
        return s.low;
    const std::uint64_t t = (static_cast<std::uint64_t>(s.hi - 1) << 32) | s.low;
    const auto distance = [t](const Anchor &a) { return t > a.tsc ? t - a.tsc : a.tsc - t; };
    const Anchor &a = distance(prev_) < distance(cur_) ? prev_ : cur_;
    const auto ticks = static_cast<std::int64_t>(t - a.tsc); /* negative: before the anchor */
    std::int64_t ns = a.ns + static_cast<std::int64_t>(static_cast<double>(ticks) * ns_per_tick_);
    if (ns < 0)
        ns = 0;
    return static_cast<std::uint32_t>(static_cast<std::uint64_t>(ns) / 100000u);
}

} // namespace dltng
