/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: message timestamps from the CPU's time-stamp counter.
 *
 * A log message's timestamp is CLOCK_MONOTONIC in 0.1 ms (upstream's
 * dlt_uptime()).  clock_gettime costs about as much as the rest of a
 * message; reading the TSC costs a fraction of it.  So the worker thread
 * keeps an anchor: a (TSC, CLOCK_MONOTONIC) pair taken whenever it wakes,
 * and a rate measured against CLOCK_MONOTONIC over a long baseline.  A
 * producer reads the TSC and extrapolates from the anchor: no call, no
 * syscall.  It falls back to clock_gettime when the anchor is older than
 * kMaxAgeMs (the error is then bounded by the clock's frequency
 * correction over that time, microseconds at most), while the rate is not
 * calibrated yet, and always on machines without an invariant TSC that the
 * kernel itself uses as its clocksource (so it is synchronised across
 * CPUs).
 *
 * The anchor is a seqlock: one writer (the worker), readers that retry by
 * falling back.  Every field is an atomic; on x86 all of it compiles to
 * plain moves. */
#ifndef DLTNG_TSC_HPP
#define DLTNG_TSC_HPP

#include <atomic>
#include <cstdint>

#include "lib/clock.hpp"

#if defined(__x86_64__)
#include <x86intrin.h>
#define DLTNG_HAVE_TSC 1
#else
#define DLTNG_HAVE_TSC 0
#endif

namespace dltng {

class alignas(64) TscClock {
public:
    static constexpr std::int64_t kMaxAgeMs = 250;
    /* refresh() keeps an anchor younger than this: rewriting it more often
     * would only make producers miss on its cache line. */
    static constexpr std::int64_t kRefreshMs = 50;
    /* Minimum baseline before the rate is trusted, and after which the
     * baseline restarts (so the rate follows the clock's corrections). */
    static constexpr std::int64_t kMinBaselineNs = 20 * 1000 * 1000;
    static constexpr std::int64_t kMaxBaselineNs = 64LL * 1000 * 1000 * 1000;

    /* Worker thread only: take a new anchor (and on the first call decide
     * whether the TSC is usable at all).  Cheap: a clock_gettime between
     * two TSC reads, and nothing while the anchor is younger than
     * kRefreshMs (unless force, for tests). */
    void refresh(bool force = false) noexcept;
    /* For tests: forget the calibration (back to clock_gettime). */
    void reset() noexcept;
    /* Is the TSC path in use (calibrated, usable)? */
    bool calibrated() const noexcept { return max_age_.load(std::memory_order_relaxed) != 0; }

    /* Any thread: 0.1 ms since boot, as uptime_tenth_ms(). */
    std::uint32_t uptime() const noexcept
    {
#if DLTNG_HAVE_TSC
        /* acquire (all loads): a field written after the sequence number
         * went odd makes the second sequence read see that; the reads
         * cannot move past it (Boehm's fence-free seqlock reader). */
        const std::uint32_t s = seq_.load(std::memory_order_acquire);
        const std::uint64_t anchor = anchor_tsc_.load(std::memory_order_acquire);
        const std::uint64_t max_age = max_age_.load(std::memory_order_acquire);
        const std::uint64_t mult = mult_.load(std::memory_order_acquire);
        const std::uint64_t units = base_units_.load(std::memory_order_acquire);
        const std::uint64_t frac = base_frac_.load(std::memory_order_acquire);
        const std::uint64_t age = __rdtsc() - anchor; /* huge if the anchor is newer */
        if (__builtin_expect(age < max_age && (s & 1) == 0 &&
                                 seq_.load(std::memory_order_relaxed) == s,
                             1))
            return static_cast<std::uint32_t>(units + ((frac + age * mult) >> kFracBits));
#endif
        return uptime_tenth_ms();
    }

private:
    /* mult_ and base_frac_ are fixed point with this many fraction bits;
     * age * mult stays below 2^63 for ages up to kMaxAgeMs at any TSC rate
     * (it is 0.1 ms units times 2^kFracBits: 2500 * 2^48 < 2^60). */
    static constexpr unsigned kFracBits = 48;

    /* Written by the worker only (odd while an update is under way). */
    std::atomic<std::uint32_t> seq_{0};
    std::atomic<std::uint64_t> anchor_tsc_{0};
    std::atomic<std::uint64_t> max_age_{0}; /* ticks; 0: not calibrated */
    std::atomic<std::uint64_t> mult_{0};    /* 0.1 ms units per tick << kFracBits */
    std::atomic<std::uint64_t> base_units_{0};
    std::atomic<std::uint64_t> base_frac_{0};

    /* Worker-private calibration state. */
    int usable_ = -1; /* -1 undecided, 0 no, 1 yes */
    std::uint64_t last_refresh_tsc_ = 0;
    std::uint64_t refresh_ticks_ = 0; /* kRefreshMs in ticks, once calibrated */
    std::uint64_t baseline_tsc_ = 0;
    std::int64_t baseline_ns_ = 0;
    double ticks_per_ns_ = 0;
};

/* Is there an invariant TSC that the kernel uses as its clocksource? */
bool tsc_usable() noexcept;

} // namespace dltng

#endif
