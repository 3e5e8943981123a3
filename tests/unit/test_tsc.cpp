/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: unit tests of the TSC timestamps (lib/tsc.cpp): whatever path
 * a stamp takes (raw count or clock_gettime), TscClock::convert must give
 * what clock_gettime-based uptime_tenth_ms() read just before and just
 * after the stamp says, to within one 0.1 ms unit: at once, long after,
 * after the consumer slept, across a reset, and for stamps another thread
 * took while the anchors moved. */
#include "tests/unit/cmocka.hpp"

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

/* A stamp and the clock just before and just after it. */
struct Taken {
    std::uint32_t before;
    Stamp stamp;
    std::uint32_t after;
};

Taken take(const TscClock &clock)
{
    Taken t;
    t.before = uptime_tenth_ms();
    t.stamp = clock.stamp();
    t.after = uptime_tenth_ms();
    return t;
}

/* before - 1 <= converted <= after + 1 (one unit: the clock and the
 * conversion sample the time independently). */
void check_converted(const TscClock &clock, const Taken *t, int n, const char *what)
{
    for (int i = 0; i < n; ++i) {
        const std::uint32_t v = clock.convert(t[i].stamp);
        if (static_cast<std::int32_t>(v - t[i].before) < -1 ||
            static_cast<std::int32_t>(t[i].after - v) < -1)
            fail_msg("%s, stamp %d (hi %u): %u not within [%u - 1, %u + 1]", what, i,
                     t[i].stamp.hi, v, t[i].before, t[i].after);
    }
}

/* Take n stamps and check them converted at once. */
void check_now(const TscClock &clock, int n, const char *what)
{
    static Taken t[20000];
    n = n > 20000 ? 20000 : n;
    for (int i = 0; i < n; ++i)
        t[i] = take(clock);
    check_converted(clock, t, n, what);
}

/* Calibrate clock as the worker does (two anchors 30 ms apart). */
void calibrate(TscClock &clock)
{
    clock.refresh();
    sleep_ms(30);
    clock.refresh();
    /* Only machines with a usable TSC switch over; the values must be
     * right either way. */
    assert_int_equal(clock.calibrated(), tsc_usable());
}

void uncalibrated_uses_the_clock(void **)
{
    TscClock clock;
    assert_false(clock.calibrated());
    assert_int_equal(clock.stamp().hi, 0);
    check_now(clock, 1000, "uncalibrated");
    clock.refresh(); /* one anchor is not a rate */
    assert_false(clock.calibrated());
    assert_int_equal(clock.stamp().hi, 0);
    check_now(clock, 1000, "one anchor");
}

void calibrated_stamps_are_raw(void **)
{
    TscClock clock;
    calibrate(clock);
    std::printf("# TSC path %s\n", clock.calibrated() ? "in use" : "not available here");
    if (!clock.calibrated())
        return;
    const Stamp a = clock.stamp();
    const Stamp b = clock.stamp();
    assert_int_not_equal(a.hi, 0);
    /* The raw count moves forwards. */
    const std::uint64_t ta = (static_cast<std::uint64_t>(a.hi - 1) << 32) | a.low;
    const std::uint64_t tb = (static_cast<std::uint64_t>(b.hi - 1) << 32) | b.low;
    assert_true(tb >= ta);
    check_now(clock, 20000, "calibrated, converted at once");
}

/* Stamps converted long after they were taken: from a stream that went on
 * (anchors kept coming), and after the consumer slept (its next anchor
 * comes after the stamps: converted backwards). */
void converted_later(void **)
{
    TscClock clock;
    calibrate(clock);
    static Taken t[2000];
    for (int i = 0; i < 2000; ++i) {
        t[i] = take(clock);
        if (i % 100 == 99) {
            sleep_ms(10);
            clock.refresh(); /* a worker streaming: an anchor every kRefreshMs */
        }
    }
    check_converted(clock, t, 2000, "during a stream");
    for (int i = 0; i < 6; ++i) {
        sleep_ms(TscClock::kRefreshMs + 5);
        clock.refresh();
    }
    check_converted(clock, t, 2000, "converted 0.4 s later");

    /* The worker sleeps for 600 ms (no anchor), then stamps, then it wakes. */
    sleep_ms(600);
    for (int i = 0; i < 100; ++i)
        t[i] = take(clock);
    clock.refresh();
    check_converted(clock, t, 100, "taken while the worker slept");
}

void reset_keeps_converting(void **)
{
    TscClock clock;
    calibrate(clock);
    static Taken t[1000];
    for (int i = 0; i < 1000; ++i)
        t[i] = take(clock);
    clock.reset();
    assert_false(clock.calibrated());
    assert_int_equal(clock.stamp().hi, 0);
    check_now(clock, 1000, "after a reset");
    clock.refresh(); /* a new baseline; its anchor still serves old stamps */
    check_converted(clock, t, 1000, "taken before the reset");
    sleep_ms(30);
    clock.refresh();
    assert_int_equal(clock.calibrated(), tsc_usable());
    check_now(clock, 1000, "calibrated again");
    check_converted(clock, t, 1000, "taken before the reset, after recalibration");
}

struct Producer {
    const TscClock *clock;
    Taken t[20000];
    int n = 0;
};

void *produce(void *p)
{
    auto *pr = static_cast<Producer *>(p);
    for (int i = 0; i < 20000; ++i) {
        pr->t[i] = take(*pr->clock);
        if (i % 1000 == 999)
            sleep_ms(1);
    }
    pr->n = 20000;
    return nullptr;
}

/* A producer thread stamps while this thread (the worker) keeps sampling
 * anchors, resets and recalibrates: the producer only reads the flag
 * (TSan checks that nothing else is shared); every stamp converts right. */
void producer_and_worker(void **)
{
    TscClock clock;
    calibrate(clock);
    static Producer pr;
    pr.clock = &clock;
    pthread_t th;
    assert_int_equal(pthread_create(&th, nullptr, produce, &pr), 0);
    for (int i = 0; i < 40; ++i) {
        clock.refresh(true);
        if (i == 20)
            clock.reset();
        sleep_ms(1);
    }
    pthread_join(th, nullptr);
    clock.refresh(true);
    check_converted(clock, pr.t, pr.n, "from another thread");
}

} // namespace

int main()
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(uncalibrated_uses_the_clock),
        cmocka_unit_test(calibrated_stamps_are_raw),
        cmocka_unit_test(converted_later),
        cmocka_unit_test(reset_keeps_converting),
        cmocka_unit_test(producer_and_worker),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
