/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: unit tests of the MPSC ring (lib/ring.cpp), including a
 * multi-producer stress test that checks every record arrives exactly once,
 * intact and in per-producer order. */
#include "tests/unit/cmocka.hpp"

#include <atomic>
#include <cstring>
#include <pthread.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/ring.hpp"

using namespace dltng;

namespace {

int setup(void **state)
{
    auto *ring = new Ring;
    if (!ring->init(64 * Ring::kCellSize)) /* the minimum: 64 cells */
        return -1;
    *state = ring;
    return 0;
}

int teardown(void **state)
{
    auto *ring = static_cast<Ring *>(*state);
    ring->destroy();
    delete ring;
    return 0;
}

void geometry(void **)
{
    Ring r;
    assert_true(r.init(1000));
    assert_int_equal(r.cell_count(), Ring::kMinCells);
    r.destroy();
    assert_true(r.init(1 << 20));
    assert_int_equal(r.cell_count(), (1 << 20) / Ring::kCellSize);
    assert_int_equal(r.max_record(), 1 << 20);
    r.destroy();
    assert_int_equal(Ring::cells_for(0), 1);
    assert_int_equal(Ring::cells_for(64), 1);
    assert_int_equal(Ring::cells_for(65), 2);
}

void push_peek_pop(void **state)
{
    auto &r = *static_cast<Ring *>(*state);
    std::uint32_t len, tag;
    assert_false(r.peek(&len, &tag));
    std::uint32_t aux;
    assert_true(r.try_push("hello", 5, 42, 7));
    assert_true(r.peek(&len, &tag, &aux));
    assert_int_equal(len, 5);
    assert_int_equal(tag, 42);
    assert_int_equal(aux, 7);
    char out[8] = {};
    assert_true(r.pop(out));
    assert_false(r.pop(out)); /* one pop per peek */
    assert_string_equal(out, "hello");
    assert_false(r.peek(&len, &tag));
    assert_int_equal(r.dequeue_position(), r.enqueue_position());

    /* The extra word (a raw timestamp's high half) travels with its
     * record, on the inline path and on the general one (eviction asked
     * for), and is 0 for a record pushed without one. */
    std::uint32_t extra = 1;
    assert_true(r.try_push("ab", 2, 1, 2, 0, nullptr, 0xfedcba98u));
    std::uint64_t evicted = 0;
    assert_true(r.try_push("cd", 2, 3, 4, 0, &evicted, 0x12345678u));
    assert_true(r.try_push("ef", 2, 5, 6));
    const std::uint32_t want[3] = {0xfedcba98u, 0x12345678u, 0};
    for (std::uint32_t w : want) {
        assert_true(r.peek(&len, &tag, &aux, &extra));
        assert_int_equal(extra, w);
        assert_true(r.pop(out));
    }
    assert_int_equal(evicted, 0);
}

void full_ring_refuses_and_recovers(void **state)
{
    auto &r = *static_cast<Ring *>(*state);
    unsigned char rec[100] = {};
    std::size_t accepted = 0;
    while (r.try_push(rec, sizeof rec, 0))
        ++accepted;
    /* 100 bytes = 2 cells each. */
    assert_int_equal(accepted, r.cell_count() / 2);
    assert_false(r.try_push("x", 1, 0)); /* even one cell is refused */
    std::uint32_t len, tag;
    assert_true(r.peek(&len, &tag));
    assert_true(r.discard());
    assert_true(r.try_push(rec, sizeof rec, 0));
    assert_false(r.try_push(rec, sizeof rec, 0));
}

void reserve_keeps_headroom(void **state)
{
    auto &r = *static_cast<Ring *>(*state);
    std::size_t accepted = 0;
    while (r.try_push("x", 1, 0, 0, 10))
        ++accepted;
    assert_int_equal(accepted, r.cell_count() - 10);
    /* Headroom is still usable by records that reserve nothing. */
    std::size_t extra = 0;
    while (r.try_push("x", 1, 0))
        ++extra;
    assert_int_equal(extra, 10);
}

void largest_record(void **state)
{
    auto &r = *static_cast<Ring *>(*state);
    static unsigned char big[64 * 64];
    for (std::size_t i = 0; i < sizeof big; ++i)
        big[i] = static_cast<unsigned char>(i * 7);
    const auto max = static_cast<std::uint32_t>(r.max_record());
    assert_false(r.try_push(big, max + 1, 0));
    assert_true(r.try_push(big, max, 0));
    assert_false(r.try_push("x", 1, 0));
    static unsigned char out[sizeof big];
    std::uint32_t len, tag;
    assert_true(r.peek(&len, &tag));
    assert_int_equal(len, max);
    assert_true(r.pop(out));
    assert_memory_equal(out, big, max);
}

/* Records of every size cross the end of the cell array many times. */
void wrap_around_keeps_content(void **state)
{
    auto &r = *static_cast<Ring *>(*state);
    unsigned char in[300], out[300];
    for (unsigned round = 0; round < 5000; ++round) {
        const std::uint32_t len = 1 + (round * 37) % sizeof in;
        for (std::uint32_t i = 0; i < len; ++i)
            in[i] = static_cast<unsigned char>(round + i);
        assert_true(r.try_push(in, len, round));
        std::uint32_t got, tag;
        assert_true(r.peek(&got, &tag));
        assert_int_equal(got, len);
        assert_int_equal(tag, round);
        assert_true(r.pop(out));
        assert_memory_equal(out, in, len);
    }
    assert_true(r.enqueue_position() > 10 * r.cell_count());
}

/* Pushes from a padded source (copied in whole cells, up to two) keep the
 * record exact at every length around one and two cells and at every
 * position of the ring, wrap included; the slack past len, filled with a
 * marker, never shows up in what the consumer gets. */
void padded_source_keeps_content(void **state)
{
    auto &r = *static_cast<Ring *>(*state);
    unsigned char in[200 + 64], out[200 + 8];
    for (unsigned round = 0; round < 3000; ++round) {
        const std::uint32_t len = 1 + (round * 13) % 200;
        std::memset(in, 0xa5, sizeof in);
        for (std::uint32_t i = 0; i < len; ++i)
            in[i] = static_cast<unsigned char>(round * 3 + i);
        assert_true(r.try_push<true>(in, len, round));
        std::uint32_t got, tag;
        assert_true(r.peek(&got, &tag));
        assert_int_equal(got, len);
        assert_int_equal(tag, round);
        std::memset(out, 0x5a, sizeof out);
        assert_true(r.pop(out));
        assert_memory_equal(out, in, len);
        assert_int_equal(out[len], 0x5a); /* pop copies len bytes, no more */
    }
    assert_true(r.enqueue_position() > 10 * r.cell_count());
}

/* ---- multi-producer stress ---- */
constexpr int kProducers = 4;
constexpr std::uint32_t kPerProducer = 200000;

struct Shared {
    Ring ring;
    std::atomic<bool> go{false};
    std::atomic<int> done{0};
    std::uint64_t accepted[kProducers]{};
};

struct Producer {
    Shared *shared;
    int id;
};

/* Record: producer id, sequence number, filler derived from both. */
std::uint32_t record_len(std::uint32_t seq)
{
    return 8 + seq % 150;
}

void *produce(void *arg)
{
    auto *p = static_cast<Producer *>(arg);
    while (!p->shared->go.load(std::memory_order_acquire)) {
    }
    unsigned char rec[8 + 150];
    for (std::uint32_t seq = 0; seq < kPerProducer; ++seq) {
        const std::uint32_t len = record_len(seq);
        std::memcpy(rec, &p->id, 4);
        std::memcpy(rec + 4, &seq, 4);
        for (std::uint32_t i = 8; i < len; ++i)
            rec[i] = static_cast<unsigned char>(p->id * 31 + seq + i);
        /* A full ring is normal here (2 cores, 5 threads): yield and retry
         * a few times, then count the record as refused. */
        for (int attempt = 0; attempt < 100; ++attempt) {
            if (p->shared->ring.try_push(rec, len, static_cast<std::uint32_t>(p->id))) {
                ++p->shared->accepted[p->id];
                break;
            }
            sched_yield();
        }
    }
    p->shared->done.fetch_add(1, std::memory_order_release);
    return nullptr;
}

void mpsc_stress(void **)
{
    auto *shared = new Shared;
    assert_true(shared->ring.init(64 * 1024));
    pthread_t threads[kProducers];
    Producer producers[kProducers];
    for (int i = 0; i < kProducers; ++i) {
        producers[i] = Producer{shared, i};
        pthread_create(&threads[i], nullptr, produce, &producers[i]);
    }
    shared->go.store(true, std::memory_order_release);

    std::int64_t last_seq[kProducers];
    std::uint64_t received[kProducers] = {};
    for (auto &s : last_seq)
        s = -1;
    unsigned char rec[8 + 150];
    for (;;) {
        std::uint32_t len, tag;
        if (!shared->ring.peek(&len, &tag)) {
            if (shared->done.load(std::memory_order_acquire) == kProducers &&
                !shared->ring.peek(&len, &tag))
                break;
            continue;
        }
        assert_true(shared->ring.pop(rec));
        int id;
        std::uint32_t seq;
        std::memcpy(&id, rec, 4);
        std::memcpy(&seq, rec + 4, 4);
        assert_in_range(id, 0, kProducers - 1);
        assert_int_equal(tag, static_cast<std::uint32_t>(id));
        assert_int_equal(len, record_len(seq));
        assert_true(static_cast<std::int64_t>(seq) > last_seq[id]); /* FIFO per producer */
        last_seq[id] = seq;
        for (std::uint32_t i = 8; i < len; ++i)
            assert_int_equal(rec[i], static_cast<unsigned char>(id * 31 + seq + i));
        ++received[id];
    }
    std::uint64_t total = 0;
    for (int i = 0; i < kProducers; ++i) {
        pthread_join(threads[i], nullptr);
        /* Exact accounting: everything accepted arrived, exactly once. */
        assert_int_equal(received[i], shared->accepted[i]);
        total += received[i];
    }
    print_message("%llu of %u records accepted and received\n",
                  static_cast<unsigned long long>(total), kProducers * kPerProducer);
    assert_true(total > kPerProducer);
    assert_int_equal(shared->ring.dequeue_position(), shared->ring.enqueue_position());
    shared->ring.destroy();
    delete shared;
}

/* Minor page faults the calling thread has taken so far. */
long thread_faults()
{
    rusage u{};
    getrusage(RUSAGE_THREAD, &u);
    return u.ru_minflt;
}

/* One lap of one-cell records pushed by this thread in rounds of 256, the
 * consumer side (consumer_tick, which prefaults, if tick) running between
 * rounds as the worker does.  Returns the page faults taken while pushing,
 * or -1 if a record came back wrong.  No cmocka asserts: fork children
 * run it too. */
long lap_faults(Ring &r, bool tick, std::size_t reserve = 0)
{
    constexpr unsigned kRound = 256;
    long faults = 0;
    unsigned char in[48], out[64];
    for (std::size_t round = 0; round < r.cell_count() / kRound; ++round) {
        if (tick)
            r.consumer_tick();
        const long before = thread_faults();
        for (unsigned i = 0; i < kRound; ++i) {
            std::memset(in, static_cast<int>(round * kRound + i), sizeof in);
            if (!r.try_push(in, sizeof in, i, 0, reserve))
                return -1;
        }
        faults += thread_faults() - before;
        for (unsigned i = 0; i < kRound; ++i) {
            std::uint32_t len, tag;
            std::memset(in, static_cast<int>(round * kRound + i), sizeof in);
            if (!r.peek(&len, &tag) || len != sizeof in || tag != i || !r.pop(out) ||
                std::memcmp(in, out, sizeof in) != 0)
                return -1;
        }
    }
    return faults;
}

/* Can this kernel prefault (MADV_POPULATE_WRITE, Linux 5.14)? */
bool kernel_prefaults()
{
    void *p = mmap(nullptr, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return false;
    const bool ok = madvise(p, 4096, 23 /* MADV_POPULATE_WRITE */) == 0;
    munmap(p, 4096);
    return ok;
}

/* Under a sanitizer the pushes also fault in the sanitizer's shadow of the
 * ring, which no prefault of ours can avoid: counts are not ours there. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kFaultsAreOurs = false;
#else
constexpr bool kFaultsAreOurs = true;
#endif

constexpr std::size_t kLapRing = 1 << 20; /* the default: 256 pages of cells */

/* The first lap: without the consumer's prefault every page of cells costs
 * the producer a fault (the control, so the count is known to work); with
 * it, none, and the prefault stops after the lap. */
void prefault_spares_producers_the_first_lap(void **)
{
    Ring control, r;
    assert_true(control.init(kLapRing) && r.init(kLapRing));
    const long cold = lap_faults(control, false);
    const long warm = lap_faults(r, true);
    print_message("first lap faults: %ld without prefault, %ld with\n", cold, warm);
    assert_true(cold >= 0 && warm >= 0);
    if (kFaultsAreOurs) {
        assert_true(cold >= static_cast<long>(kLapRing / 4096) - 8);
        if (kernel_prefaults())
            assert_true(warm <= 2);
    }
    assert_int_equal(r.prefaulted_until(), kLapRing);
    /* The same with the priority headroom logging threads keep (a
     * sixteenth of the ring): its check reads that far ahead. */
    Ring with_headroom;
    assert_true(with_headroom.init(kLapRing));
    const long headroom = lap_faults(with_headroom, true, with_headroom.cell_count() / 16);
    assert_true(headroom >= 0);
    if (kFaultsAreOurs && kernel_prefaults())
        assert_true(headroom <= 2);
    with_headroom.destroy();
    /* A second lap finds everything in place and prefaults nothing more. */
    assert_true(lap_faults(r, true) >= 0);
    assert_int_equal(r.prefaulted_until(), kLapRing);
    control.destroy();
    r.destroy();
}

/* A new ring commits no memory: its slots start as zero pages (sequence
 * numbers are stored relative to their cell), nothing is written at init;
 * pages come as the first lap, or the prefault ahead of it, reaches them. */
void init_commits_nothing(void **)
{
    Ring r;
    const long before = thread_faults();
    assert_true(r.init(kLapRing));
    const long faults = thread_faults() - before;
    if (kFaultsAreOurs)
        assert_true(faults <= 4);
    /* And it works as a ring from there: one lap and a half, intact. */
    assert_true(lap_faults(r, true) >= 0);
    assert_true(lap_faults(r, false) >= 0);
    r.destroy();
}

/* After a fork every page is shared copy-on-write with the parent: the
 * child's first write to each faults again, unless the child restarts the
 * prefault (the atfork child handler does). */
void prefault_restarts_after_fork(void **)
{
    Ring r;
    assert_true(r.init(kLapRing));
    assert_true(lap_faults(r, true) >= 0);
    assert_true(lap_faults(r, true) >= 0); /* at a position past the first lap */
    long faults[2];
    for (int restart = 0; restart < 2; ++restart) {
        int fds[2];
        assert_int_equal(pipe(fds), 0);
        const pid_t pid = fork();
        assert_true(pid >= 0);
        if (pid == 0) {
            if (restart)
                r.prefault_restart();
            const long f = lap_faults(r, true);
            _exit(write(fds[1], &f, sizeof f) == sizeof f ? 0 : 1);
        }
        int status = 0;
        assert_int_equal(waitpid(pid, &status, 0), pid);
        assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        assert_int_equal(read(fds[0], &faults[restart], sizeof(long)), sizeof(long));
        close(fds[0]);
        close(fds[1]);
        assert_true(faults[restart] >= 0);
    }
    print_message("fork child faults: %ld without restart, %ld with\n", faults[0], faults[1]);
    if (kFaultsAreOurs) {
        assert_true(faults[0] >= static_cast<long>(kLapRing / 4096) - 8);
        if (kernel_prefaults())
            assert_true(faults[1] <= 2);
    }
    r.destroy();
}

} // namespace

int main()
{
    const CMUnitTest tests[] = {
        cmocka_unit_test(geometry),
        cmocka_unit_test_setup_teardown(push_peek_pop, setup, teardown),
        cmocka_unit_test_setup_teardown(full_ring_refuses_and_recovers, setup, teardown),
        cmocka_unit_test_setup_teardown(reserve_keeps_headroom, setup, teardown),
        cmocka_unit_test_setup_teardown(largest_record, setup, teardown),
        cmocka_unit_test_setup_teardown(wrap_around_keeps_content, setup, teardown),
        cmocka_unit_test_setup_teardown(padded_source_keeps_content, setup, teardown),
        cmocka_unit_test(mpsc_stress),
        cmocka_unit_test(prefault_spares_producers_the_first_lap),
        cmocka_unit_test(prefault_restarts_after_fork),
        cmocka_unit_test(init_commits_nothing),
    };
    return cmocka_run_group_tests_name("ring", tests, nullptr, nullptr);
}
