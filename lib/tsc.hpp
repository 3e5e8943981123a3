/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: message timestamps from the CPU's time-stamp counter,
 * converted by the worker.
 *
 * A log message's timestamp is CLOCK_MONOTONIC in 0.1 ms (upstream's
 * dlt_uptime()).  clock_gettime costs about as much as the rest of a
 * message; reading the TSC costs a fraction of it.  So a producer only
 * reads the TSC and stores the raw count with its record: the low half in
 * the header's timestamp field, the high half next to the record in the
 * ring (Ring's extra word).  The worker, which owns the record once it is
 * published, converts the count into 0.1 ms units before the message goes
 * out (Worker::finish_record).  Nothing on the logging path but one flag
 * load and the TSC read.
 *
 * For the conversion the worker keeps anchors, (TSC, CLOCK_MONOTONIC)
 * pairs sampled when it wakes and at least every kRefreshMs while awake,
 * and a rate measured against CLOCK_MONOTONIC over a long baseline (so it
 * follows the clock's frequency corrections).  A count is converted from
 * the nearer of the last two anchors: a record logged while the worker
 * slept is converted backwards from the anchor taken at its wake-up, one
 * logged while it streamed forwards from an anchor at most kRefreshMs old.
 * The error is the rate's (well under a microsecond per 50 ms) times that
 * distance.
 *
 * Producers store a raw count only once the rate is calibrated and only on
 * machines with an invariant TSC that the kernel itself uses as its
 * clocksource (synchronised across CPUs); otherwise, and whenever the TSC
 * and the clock disagree (a suspend, a migration: the calibration starts
 * over), they store a final timestamp from clock_gettime.  Records already
 * in the ring keep being converted with the last good rate and the nearest
 * anchor. */
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

/* A message's timestamp as a producer took it.  hi == 0: low is final
 * (0.1 ms units).  Otherwise a raw TSC count: ((hi - 1) << 32) | low, for
 * TscClock::convert (hi is never 0 then: the count's high half plus one). */
struct Stamp {
    std::uint32_t low;
    std::uint32_t hi;
};

class TscClock {
public:
    /* The worker samples a new anchor when the last one is older than this. */
    static constexpr std::int64_t kRefreshMs = 50;
    /* Minimum baseline before the rate is trusted, and after which the
     * baseline restarts (so the rate follows the clock's corrections). */
    static constexpr std::int64_t kMinBaselineNs = 20 * 1000 * 1000;
    static constexpr std::int64_t kMaxBaselineNs = 64LL * 1000 * 1000 * 1000;

    /* Any thread: the timestamp for a message logged now. */
    Stamp stamp() const noexcept
    {
#if DLTNG_HAVE_TSC
        /* relaxed: set by the worker after it computed the rate, which only
         * the worker (and the thread that joins it) ever reads. */
        if (__builtin_expect(raw_.load(std::memory_order_relaxed), 1)) {
            const std::uint64_t t = __rdtsc();
            return {static_cast<std::uint32_t>(t), static_cast<std::uint32_t>(t >> 32) + 1};
        }
#endif
        return {uptime_tenth_ms(), 0};
    }

    /* The consumer only (the worker thread; after it is joined, the thread
     * that joined it): s in 0.1 ms units since boot. */
    std::uint32_t convert(Stamp s) const noexcept;

    /* Worker thread only: sample a new anchor if the last one is older than
     * kRefreshMs (or force, for tests), keep the rate calibrated, and (on
     * the first call) decide whether the TSC is usable at all.  Cheap when
     * nothing is due: one TSC read. */
    void refresh(bool force = false) noexcept;
    /* Forget the calibration: producers go back to clock_gettime until the
     * rate is measured again; stamps already taken still convert. */
    void reset() noexcept;
    /* Do producers store raw counts? */
    bool calibrated() const noexcept { return raw_.load(std::memory_order_relaxed); }

private:
    struct Anchor {
        std::uint64_t tsc = 0;
        std::int64_t ns = 0;       /* CLOCK_MONOTONIC */
        std::uint64_t width = 0;   /* the sample's uncertainty, ticks (see sample()) */
    };
    void set_anchor(std::uint64_t tsc, std::int64_t ns, std::uint64_t width) noexcept;
    /* The newest anchor becomes the rate's baseline. */
    void restart_baseline() noexcept;

    /* The one field producers read. */
    std::atomic<bool> raw_{false};

    /* Worker-private. */
    int usable_ = -1; /* -1 undecided, 0 no, 1 yes */
    Anchor cur_{};    /* newest anchor */
    Anchor prev_{};   /* the one before */
    double ns_per_tick_ = 0; /* last good rate; 0 before the first calibration */
    std::uint64_t refresh_ticks_ = 0; /* kRefreshMs in ticks, once calibrated */
    Anchor baseline_{};
    bool have_baseline_ = false;
};

/* Is there an invariant TSC that the kernel uses as its clocksource? */
bool tsc_usable() noexcept;

} // namespace dltng

#endif
