/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: unit tests of the asymmetric publish barrier
 * (lib/publish_barrier.cpp).
 *
 * The barrier exists for one pattern, the store-buffering litmus test:
 * a producer stores X (a record's sequence number) then loads Y (the
 * worker's sleeping flag); the worker stores Y then loads X.  Without full
 * barriers on both sides, x86 lets both loads see the old values (each
 * store still in its CPU's store buffer): the producer does not wake the
 * worker and the worker does not see the record, which then waits in the
 * ring for the next message.  Here two threads run that pattern for many
 * rounds, started together each round; the forbidden outcome must never
 * appear with PublishBarrier::light()/heavy().  The same
 * harness without the barriers shows how often the hardware reorders here
 * (reported, not asserted: it depends on timing). */
#include "tests/unit/cmocka.hpp"

#include <atomic>
#include <cstdio>
#include <linux/membarrier.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "lib/publish_barrier.hpp"

using namespace dltng;

namespace {

bool kernel_has_expedited_membarrier()
{
    const long cmds = syscall(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0u, 0);
    return cmds > 0 && (cmds & MEMBARRIER_CMD_PRIVATE_EXPEDITED) != 0;
}

void setup_grants_light_publish_where_supported(void **)
{
    PublishBarrier b;
    assert_false(b.light_in_use()); /* fences until set up */
    b.setup();
    const bool light = b.light_in_use();
    std::printf("# expedited membarrier %s\n", light ? "in use" : "not available here");
    assert_int_equal(light, kernel_has_expedited_membarrier());
    /* A second setup (a fork child's worker start) keeps it. */
    b.setup();
    assert_int_equal(b.light_in_use(), light);
    assert_true(b.heavy());
    b.light(); /* either path must simply return */
}

/* One litmus run: rounds of (producer: X = 1; light; r1 = Y) against
 * (worker: Y = 1; heavy; r2 = X).  Both threads meet at a barrier each
 * round and then wait a varying number of spins, so that their stores and
 * loads overlap in some rounds.  Returns how many rounds ended with
 * r1 == 0 && r2 == 0. */
/* What each side does between its store and its load. */
enum class Sides { kNone, kLightOnly, kBoth };

struct Litmus {
    Sides sides;
    int rounds;
    PublishBarrier *barrier;
    /* Each on its own line, as the record and the flag are. */
    alignas(64) std::atomic<int> x{0};
    alignas(64) std::atomic<int> y{0};
    alignas(64) std::atomic<int> arrived{0}; /* 2 per round */
    alignas(64) std::atomic<int> result{0};  /* producer's r1 + 1; 0: not yet */
};

/* Both sides arrive; go on when both are there. */
void meet(Litmus &t, int round)
{
    /* acq_rel/acquire: what either side did before the barrier (the
     * resets of the last round) is visible to the other after it. */
    t.arrived.fetch_add(1, std::memory_order_acq_rel);
    while (t.arrived.load(std::memory_order_acquire) < 2 * round) {
    }
}

void spin(unsigned n)
{
    for (volatile unsigned i = 0; i < n; i = i + 1) {
    }
}

unsigned next_random(unsigned &seed)
{
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % 64;
}

void *producer_side(void *arg)
{
    auto &t = *static_cast<Litmus *>(arg);
    unsigned seed = 12345;
    for (int round = 1; round <= t.rounds; ++round) {
        meet(t, round);
        spin(next_random(seed));
        t.x.store(1, std::memory_order_release); /* the publish */
        if (t.sides != Sides::kNone)
            t.barrier->light();
        const int r1 = t.y.load(std::memory_order_relaxed); /* notify()'s read */
        /* release: hands r1 over; nothing else depends on it. */
        t.result.store(r1 + 1, std::memory_order_release);
    }
    return nullptr;
}

int run_litmus(PublishBarrier &barrier, Sides sides, int rounds)
{
    Litmus t;
    t.sides = sides;
    t.rounds = rounds;
    t.barrier = &barrier;
    pthread_t th;
    assert_int_equal(pthread_create(&th, nullptr, producer_side, &t), 0);
    unsigned seed = 54321;
    int forbidden = 0;
    for (int round = 1; round <= rounds; ++round) {
        meet(t, round);
        spin(next_random(seed));
        if (sides == Sides::kBoth) {
            t.y.store(1, std::memory_order_seq_cst); /* rest_ = kAsleep */
            barrier.heavy();
        } else if (sides == Sides::kLightOnly) {
            /* A full barrier on this side only (xchg on x86). */
            t.y.store(1, std::memory_order_seq_cst);
        } else {
            t.y.store(1, std::memory_order_relaxed);
        }
        const int r2 = t.x.load(std::memory_order_relaxed); /* the head check */
        int r1;
        /* acquire: pairs with the producer's result store. */
        while ((r1 = t.result.load(std::memory_order_acquire)) == 0) {
        }
        if (r1 - 1 == 0 && r2 == 0)
            ++forbidden;
        /* Published to the producer by our next meet(). */
        t.x.store(0, std::memory_order_relaxed);
        t.y.store(0, std::memory_order_relaxed);
        t.result.store(0, std::memory_order_relaxed);
    }
    pthread_join(th, nullptr);
    return forbidden;
}

void no_missed_wakeup_with_the_barriers(void **)
{
    PublishBarrier barrier;
    barrier.setup();
    constexpr int kRounds = 20000;
    const int control = run_litmus(barrier, Sides::kNone, kRounds);
    const int half = run_litmus(barrier, Sides::kLightOnly, kRounds);
    std::printf("# for reference, the hardware reordered %d of %d rounds without barriers, "
                "%d with a fence on the worker's side only\n",
                control, kRounds, half);
    const int forbidden = run_litmus(barrier, Sides::kBoth, kRounds);
    std::printf("# with the publish barriers (%s): %d of %d rounds reordered\n",
                barrier.light_in_use() ? "membarrier" : "fences", forbidden, kRounds);
    assert_int_equal(forbidden, 0);
}

void fence_fallback_also_holds(void **)
{
    /* Never set up, as on a kernel without membarrier: producers fence
     * for real. */
    PublishBarrier fences_only;
    assert_false(fences_only.light_in_use());
    const int forbidden = run_litmus(fences_only, Sides::kBoth, 20000);
    assert_int_equal(forbidden, 0);
}

} // namespace

int main()
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(setup_grants_light_publish_where_supported),
        cmocka_unit_test(no_missed_wakeup_with_the_barriers),
        cmocka_unit_test(fence_fallback_also_holds),
    };
    return cmocka_run_group_tests(tests, nullptr, nullptr);
}
