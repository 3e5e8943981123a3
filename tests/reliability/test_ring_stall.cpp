/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: a producer suspended between claim and publish (lib/ring.cpp).
 *
 * No test hook is needed to stop a producer exactly inside that window: its
 * source buffer is a PROT_NONE page, so try_push claims its cells, then
 * faults while copying the payload; the SIGSEGV handler parks the thread
 * there until the test releases it (then makes the page readable, and the
 * copy resumes).  Meanwhile the other producers must fail fast on the full
 * ring (never wait for the stalled one), the consumer must see nothing past
 * the stalled record, and after the release everything arrives in order. */
#include "tests/unit/cmocka.hpp"

#include <atomic>
#include <csignal>
#include <cstring>
#include <ctime>
#include <pthread.h>
#include <sched.h>
#include <sys/mman.h>
#include <unistd.h>

#include "lib/ring.hpp"

using namespace dltng;

namespace {

unsigned char *g_page;
std::size_t g_page_size;
/* seq_cst throughout: test-only handshakes between the handler and main. */
std::atomic<int> g_stalled{0};
std::atomic<int> g_release{0};

void on_segv(int sig, siginfo_t *si, void *)
{
    auto *addr = static_cast<unsigned char *>(si->si_addr);
    if (addr < g_page || addr >= g_page + g_page_size) {
        signal(sig, SIG_DFL); /* a real crash: let it happen */
        return;
    }
    g_stalled.store(1);
    while (!g_release.load()) {
        const timespec ms{0, 1000000};
        nanosleep(&ms, nullptr);
    }
    mprotect(g_page, g_page_size, PROT_READ | PROT_WRITE);
}

struct Stalled {
    Ring *ring;
    bool pushed;
};

void *stalled_producer(void *p)
{
    auto *s = static_cast<Stalled *>(p);
    s->pushed = s->ring->try_push(g_page, 100, 1, 0);
    return nullptr;
}

double now_s()
{
    timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

void stalled_producer_fails_others_fast(void **)
{
    g_page_size = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    void *mem = mmap(nullptr, g_page_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                     -1, 0);
    assert_true(mem != MAP_FAILED);
    g_page = static_cast<unsigned char *>(mem);
    std::memset(g_page, 0xab, 100);
    assert_int_equal(mprotect(g_page, g_page_size, PROT_NONE), 0);
    struct sigaction sa;
    std::memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    struct sigaction old;
    sigaction(SIGSEGV, &sa, &old);

    Ring ring;
    assert_true(ring.init(64 * Ring::kCellSize));
    Stalled st{&ring, false};
    pthread_t th;
    assert_int_equal(pthread_create(&th, nullptr, stalled_producer, &st), 0);
    const double t_wait = now_s();
    while (!g_stalled.load() && now_s() - t_wait < 10)
        sched_yield();
    assert_true(g_stalled.load()); /* parked between claim and publish */

    /* Other producers: never wait, fill what is left, then fail at once. */
    const double t0 = now_s();
    int pushed = 0;
    while (ring.try_push("payload", 8, 2, static_cast<std::uint32_t>(pushed)))
        ++pushed;
    const double fail_fast = now_s() - t0;
    assert_int_equal(pushed, 64 - static_cast<int>(Ring::cells_for(100)));
    assert_true(fail_fast < 1.0);
    for (int i = 0; i < 1000; ++i) /* and keep failing fast */
        assert_false(ring.try_push("payload", 8, 2));

    /* The consumer sees nothing past the unpublished record. */
    std::uint32_t len, tag, aux;
    assert_false(ring.peek(&len, &tag, &aux));

    /* SIGCONT, so to speak: everything arrives, stalled record first. */
    g_release.store(1);
    pthread_join(th, nullptr);
    assert_true(st.pushed);
    unsigned char buf[128];
    assert_true(ring.peek(&len, &tag, &aux));
    assert_int_equal(len, 100);
    assert_int_equal(tag, 1);
    ring.pop(buf);
    assert_int_equal(buf[0], 0xab);
    assert_int_equal(buf[99], 0xab);
    for (int i = 0; i < pushed; ++i) {
        assert_true(ring.peek(&len, &tag, &aux));
        assert_int_equal(tag, 2);
        assert_int_equal(aux, static_cast<std::uint32_t>(i));
        ring.pop(buf);
    }
    assert_false(ring.peek(&len, &tag, &aux));
    assert_true(ring.try_push("again", 5, 3)); /* recovered */
    ring.destroy();
    sigaction(SIGSEGV, &old, nullptr);
    munmap(g_page, g_page_size);
}

} // namespace

int main()
{
    const CMUnitTest tests[] = {
        cmocka_unit_test(stalled_producer_fails_others_fast),
    };
    return cmocka_run_group_tests_name("ring_stall", tests, nullptr, nullptr);
}
