/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: unit tests of the TSC timestamps (lib/tsc.cpp): whatever path
 * it takes, TscClock::uptime() must agree with clock_gettime-based
 * uptime_tenth_ms() read just before and just after it, to within one
 * 0.1 ms unit; also while another thread keeps moving the anchor. */
#include "tests/unit/cmocka.hpp"

#include <atomic>
#include <cstdio>
#include <ctime>
#include <pthread.h>

#include "lib/clock.hpp"
#include "lib/tsc.hpp"

using namespace dltng;

namespace {

void sleep_ms(long ms)
{
    timespec ts{ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0) {
    }
}

/* before - 1 <= clock <= after + 1, for n reads; returns the largest
 * distance from the bracket, in units. */
void check_bracketed(const TscClock &clock, int n)
{
    for (int i = 0; i < n; ++i) {
        const std::uint32_t before = uptime_tenth_ms();
        const std::uint32_t t = clock.uptime();
        const std::uint32_t after = uptime_tenth_ms();
        if (static_cast<std::int32_t>(t - before) < -1 || static_cast<std::int32_t>(after - t) < -1)
            fail_msg("read %d: %u not within [%u - 1, %u + 1]", i, t, before, after);
    }
}

void uncalibrated_uses_the_clock(void **)
{
    TscClock clock;
    assert_false(clock.calibrated());
    check_bracketed(clock, 1000);
    clock.refresh(); /* one anchor is not a rate */
    assert_false(clock.calibrated());
    check_bracketed(clock, 1000);
}

void calibrated_agrees_with_the_clock(void **)
{
    TscClock clock;
    clock.refresh();
    sleep_ms(30);
    clock.refresh();
    /* Only machines with a usable TSC switch over; the values must be
     * right either way. */
    assert_int_equal(clock.calibrated(), tsc_usable());
    std::printf("# TSC path %s\n", clock.calibrated() ? "in use" : "not available here");
    check_bracketed(clock, 20000);
    /* Extrapolating from an older anchor (but within kMaxAgeMs) too. */
    sleep_ms(TscClock::kMaxAgeMs / 2);
    check_bracketed(clock, 20000);
    /* Past kMaxAgeMs: back on the clock, still right. */
    sleep_ms(TscClock::kMaxAgeMs);
    check_bracketed(clock, 1000);
    clock.refresh(true);
    check_bracketed(clock, 1000);
    clock.reset();
    assert_false(clock.calibrated());
    check_bracketed(clock, 1000);
}

struct Refresher {
    TscClock *clock;
    std::atomic<bool> stop{false};
};

void *refresh_loop(void *p)
{
    auto *r = static_cast<Refresher *>(p);
    while (!r->stop.load(std::memory_order_relaxed))
        r->clock->refresh(true);
    return nullptr;
}

void anchor_moving_under_readers(void **)
{
    TscClock clock;
    clock.refresh();
    sleep_ms(25);
    clock.refresh();
    Refresher r;
    r.clock = &clock;
    pthread_t t;
    assert_int_equal(pthread_create(&t, nullptr, refresh_loop, &r), 0);
    check_bracketed(clock, 200000);
    r.stop.store(true, std::memory_order_relaxed);
    pthread_join(t, nullptr);
}

} // namespace

int main()
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(uncalibrated_uses_the_clock),
        cmocka_unit_test(calibrated_agrees_with_the_clock),
        cmocka_unit_test(anchor_moving_under_readers),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
