/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: unit tests of the per-thread scratch slots: the stack
 * discipline that lets signal handlers log in the middle of a message, and
 * a handler that interrupts the thread's very first allocation (it must
 * fail at once instead of calling malloc again inside the handler). */
#include "tests/unit/cmocka.hpp"

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/runtime.hpp"
#include "lib/scratch.hpp"

/* calloc of this executable wraps glibc's, so the test sees (and can
 * interrupt) the core's allocations.  Not under the sanitizers, which
 * intercept the allocator themselves. */
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
#define DLTNG_TEST_WRAPS_CALLOC 1
extern "C" void *__libc_calloc(size_t n, size_t size);
extern "C" void __libc_free(void *p);
namespace {
volatile sig_atomic_t g_raise_in_calloc = 0; /* raise SIGUSR1 in the next calloc */
volatile sig_atomic_t g_calloc_calls = 0;
volatile sig_atomic_t g_free_calls = 0;
}
extern "C" void free(void *p)
{
    if (p)
        g_free_calls = g_free_calls + 1;
    __libc_free(p);
}
extern "C" void *calloc(size_t n, size_t size)
{
    g_calloc_calls = g_calloc_calls + 1;
    if (g_raise_in_calloc) {
        g_raise_in_calloc = 0;
        raise(SIGUSR1);
    }
    return __libc_calloc(n, size);
}
#endif

namespace {

using namespace dltng;

void test_stack_discipline(void **)
{
    assert_true(scratch_setup());
    unsigned char *outer = scratch_acquire(100);
    assert_non_null(outer);
    assert_true(scratch_owns(outer));
    assert_true(scratch_capacity() >= 100);
    /* A nested message (what a signal handler does) gets another slot. */
    unsigned char *inner = scratch_acquire(100);
    assert_non_null(inner);
    assert_ptr_not_equal(inner, outer);
    assert_true(scratch_release(inner));
    /* The outer message is intact and gets its slot back. */
    assert_true(scratch_owns(outer));
    assert_true(scratch_release(outer));
    assert_false(scratch_release(outer + 1)); /* not a slot: nothing changes */
    assert_ptr_equal(scratch_acquire(100), outer); /* the stack is back at 0 */
    assert_true(scratch_release(outer));
}

void test_abandoned_starts_reuse_the_deepest_slot(void **)
{
    unsigned char *seen[kScratchSlots + 2];
    for (auto &p : seen) {
        p = scratch_acquire(64);
        assert_non_null(p);
    }
    /* Starts never finished: logging keeps working on the deepest slot. */
    assert_ptr_equal(seen[kScratchSlots], seen[kScratchSlots - 1]);
    assert_ptr_equal(seen[kScratchSlots + 1], seen[kScratchSlots - 1]);
    for (int i = kScratchSlots - 1; i >= 0; --i)
        scratch_release(seen[i]);
}

/* A thread's first message with DLT_LOG_MSG_BUF_LEN=0 (an empty payload
 * only) still allocates its slots instead of using none. */
void *first_acquire_of_nothing(void *)
{
    unsigned char *p = scratch_acquire(0);
    const bool ok = p != nullptr && scratch_owns(p) && scratch_depth() == 1;
    if (ok) /* real memory: the headers go in front, the ring reads the tail */
        std::memset(p - kScratchHeadroom, 0, kScratchHeadroom + kScratchTail);
    if (!ok || !scratch_release(p))
        return nullptr;
    return reinterpret_cast<void *>(1);
}

void test_zero_capacity_first_message(void **)
{
    pthread_t t;
    assert_int_equal(pthread_create(&t, nullptr, first_acquire_of_nothing, nullptr), 0);
    void *ok = nullptr;
    pthread_join(t, &ok);
    assert_true(ok != nullptr);
}

/* Every slot holds its whole capacity with the headroom in front and the
 * tail slack behind, without touching its neighbours. */
void test_slots_are_disjoint(void **)
{
    constexpr std::int32_t kCap = 777; /* not a multiple of anything */
    unsigned char *p[kScratchSlots];
    for (int i = 0; i < kScratchSlots; ++i) {
        p[i] = scratch_acquire(kCap);
        assert_non_null(p[i]);
        std::memset(p[i] - kScratchHeadroom, 0x10 + i,
                    kScratchHeadroom + static_cast<std::size_t>(kCap) + kScratchTail);
    }
    for (int i = 0; i < kScratchSlots; ++i)
        for (std::size_t b = 0; b < kScratchHeadroom + kCap + kScratchTail; ++b)
            assert_int_equal(p[i][static_cast<std::ptrdiff_t>(b) - kScratchHeadroom], 0x10 + i);
    for (int i = kScratchSlots - 1; i >= 0; --i)
        assert_true(scratch_release(p[i]));
    assert_int_equal(scratch_depth(), 0);
}

/* A larger DLT_LOG_MSG_BUF_LEN (a later dlt_init) gets larger slots, but
 * never while a message is open on the old ones. */
void test_slots_grow_only_when_idle(void **)
{
    unsigned char *small = scratch_acquire(100);
    assert_non_null(small);
    const std::int32_t before = scratch_capacity();
    /* Open message: no bigger slots now, and the open one is untouched. */
    assert_null(scratch_acquire(before + 4096));
    assert_true(scratch_owns(small));
    assert_true(scratch_release(small));
    unsigned char *big = scratch_acquire(before + 4096);
    assert_non_null(big);
    assert_true(scratch_capacity() >= before + 4096);
    assert_false(scratch_owns(small)); /* the old block is gone */
    std::memset(big - kScratchHeadroom, 0x5a, kScratchHeadroom + before + 4096 + kScratchTail);
    assert_true(scratch_release(big));
}

/* thread_scratch() (the logging path's way to this thread's bookkeeping,
 * through the offset measured at load time) is tls_scratch in every
 * thread: the main one, others, and a fork child. */
bool scratch_found() noexcept
{
    return &thread_scratch() == &tls_scratch;
}
int g_found_marker;
void *scratch_found_in_thread(void *) { return scratch_found() ? &g_found_marker : nullptr; }

void test_thread_scratch_is_tls_scratch(void **)
{
    assert_true(scratch_found());
    pthread_t t[3];
    for (pthread_t &each : t)
        assert_int_equal(pthread_create(&each, nullptr, scratch_found_in_thread, nullptr), 0);
    for (pthread_t &each : t) {
        void *r = nullptr;
        pthread_join(each, &r);
        assert_ptr_equal(r, &g_found_marker);
    }
    const pid_t pid = fork();
    if (pid == 0)
        _exit(scratch_found() ? 0 : 1);
    int status = -1;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
}

#ifdef DLTNG_TEST_WRAPS_CALLOC
unsigned char *g_handler_got = reinterpret_cast<unsigned char *>(1);
sig_atomic_t g_handler_callocs = -1;

void on_usr1(int)
{
    const sig_atomic_t before = g_calloc_calls;
    g_handler_got = scratch_acquire(100);
    g_handler_callocs = g_calloc_calls - before;
}

void *first_message_interrupted(void *)
{
    /* This thread has no slots yet: its first acquire allocates, and the
     * signal arrives inside that calloc. */
    g_raise_in_calloc = 1;
    unsigned char *mine = scratch_acquire(100);
    const bool ok = mine != nullptr && scratch_release(mine);
    return reinterpret_cast<void *>(static_cast<std::intptr_t>(ok));
}

void test_handler_during_first_allocation(void **)
{
    struct sigaction sa {};
    sa.sa_handler = on_usr1;
    sigemptyset(&sa.sa_mask);
    assert_int_equal(sigaction(SIGUSR1, &sa, nullptr), 0);
    pthread_t t;
    assert_int_equal(pthread_create(&t, nullptr, first_message_interrupted, nullptr), 0);
    void *ok = nullptr;
    pthread_join(t, &ok);
    /* The handler's message failed at once, without allocating... */
    assert_null(g_handler_got);
    assert_int_equal(g_handler_callocs, 0);
    /* ...and the interrupted first message got its slot. */
    assert_true(ok != nullptr);
}

/* A thread that has its slots and stays alive until told to go. */
pthread_mutex_t g_hold = PTHREAD_MUTEX_INITIALIZER;
std::atomic<bool> g_holder_ready{false};
void *holder(void *)
{
    unsigned char *p = scratch_acquire(100);
    scratch_release(p);
    g_holder_ready.store(true);
    pthread_mutex_lock(&g_hold); /* parked until the parent unlocks */
    pthread_mutex_unlock(&g_hold);
    return nullptr;
}

void test_fork_child_frees_other_threads_slots(void **)
{
    unsigned char *mine = scratch_acquire(100);
    assert_non_null(mine);
    scratch_release(mine);
    pthread_mutex_lock(&g_hold);
    pthread_t t;
    assert_int_equal(pthread_create(&t, nullptr, holder, nullptr), 0);
    while (!g_holder_ready.load()) /* until the holder has its slots */
        usleep(1000);
    const pid_t pid = fork();
    if (pid == 0) {
        scratch_after_fork_child();
        const sig_atomic_t before = g_free_calls;
        scratch_free_orphans();
        const int freed = g_free_calls - before;
        /* The holder's block (its slots) is gone; ours works. */
        unsigned char *again = scratch_acquire(100);
        const bool ok = freed == 1 && again == mine && scratch_release(again);
        /* A second call finds nothing more to free. */
        const sig_atomic_t before2 = g_free_calls;
        scratch_free_orphans();
        _exit(ok && g_free_calls == before2 ? 0 : 1 + freed);
    }
    assert_true(pid > 0);
    int status = -1;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    pthread_mutex_unlock(&g_hold);
    pthread_join(t, nullptr);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    /* In the parent nothing was freed: the holder's block went at its exit. */
}
#endif

} // namespace

int main()
{
    const CMUnitTest tests[] = {
        cmocka_unit_test(test_stack_discipline),
        cmocka_unit_test(test_abandoned_starts_reuse_the_deepest_slot),
        cmocka_unit_test(test_zero_capacity_first_message),
        cmocka_unit_test(test_slots_are_disjoint),
        cmocka_unit_test(test_slots_grow_only_when_idle),
        cmocka_unit_test(test_thread_scratch_is_tls_scratch),
#ifdef DLTNG_TEST_WRAPS_CALLOC
        cmocka_unit_test(test_handler_during_first_allocation),
        cmocka_unit_test(test_fork_child_frees_other_threads_slots),
#endif
    };
    return cmocka_run_group_tests_name("scratch", tests, nullptr, nullptr);
}
