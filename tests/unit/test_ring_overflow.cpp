/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: unit tests of the ring's overflow support (lib/ring.cpp):
 * drop newest, overwrite oldest (evictable regime), the blocking wait, and
 * a multi-producer overwrite stress racing the consumer.  Every check is
 * exact accounting: records accepted == records popped + records evicted,
 * each popped record intact (checksum) and in per-producer order. */
#include "tests/unit/cmocka.hpp"

#include <atomic>
#include <cstring>
#include <pthread.h>
#include <sched.h>
#include <csignal>
#include <sys/mman.h>
#include <unistd.h>

#include "lib/message.hpp"
#include "lib/overflow.hpp"
#include "lib/ring.hpp"
#include "lib/runtime.hpp"
#include "lib/scratch.hpp"

using namespace dltng;

namespace {

/* A record: sequence number, length-dependent filler, checksum last. */
constexpr std::size_t kMaxLen = 400;

std::uint32_t len_for(std::uint32_t seq)
{
    return 12 + (seq * 53) % (kMaxLen - 12);
}

std::uint32_t checksum(const unsigned char *p, std::size_t n)
{
    std::uint32_t h = 2166136261u;
    for (std::size_t i = 0; i < n; ++i)
        h = (h ^ p[i]) * 16777619u;
    return h;
}

void make_record(unsigned char *rec, std::uint32_t id, std::uint32_t seq, std::uint32_t len)
{
    std::memcpy(rec, &id, 4);
    std::memcpy(rec + 4, &seq, 4);
    for (std::uint32_t i = 8; i < len - 4; ++i)
        rec[i] = static_cast<unsigned char>(id * 131 + seq * 7 + i);
    const std::uint32_t sum = checksum(rec, len - 4);
    std::memcpy(rec + len - 4, &sum, 4);
}

/* Checks a popped record; returns its sequence number. */
std::uint32_t check_record(const unsigned char *rec, std::uint32_t len, std::uint32_t *id)
{
    std::uint32_t seq, sum;
    std::memcpy(id, rec, 4);
    std::memcpy(&seq, rec + 4, 4);
    std::memcpy(&sum, rec + len - 4, 4);
    assert_int_equal(sum, checksum(rec, len - 4));
    return seq;
}

Ring *evictable_ring(std::size_t bytes)
{
    auto *r = new Ring;
    assert_true(r->init(bytes));
    r->request_evictable();
    assert_false(r->evictable()); /* only the consumer switches */
    r->consumer_tick();
    assert_true(r->evictable());
    return r;
}

void free_ring(Ring *r)
{
    r->destroy();
    delete r;
}

/* drop_newest: a full ring refuses; nothing queued is lost. */
void drop_newest_counts_exact(void **)
{
    Ring r;
    assert_true(r.init(64 * Ring::kCellSize));
    unsigned char rec[kMaxLen], out[kMaxLen];
    std::uint64_t accepted = 0, refused = 0, popped = 0, evicted = 0;
    std::uint32_t next_expected = 0;
    for (std::uint32_t seq = 0; seq < 20000; ++seq) {
        const std::uint32_t len = len_for(seq);
        make_record(rec, 0, seq, len);
        /* Not evictable: the evicted pointer changes nothing. */
        if (r.try_push(rec, len, seq, 0, 0, &evicted))
            ++accepted;
        else
            ++refused;
        if (seq % 3 == 0) { /* consumer slower than producer */
            std::uint32_t got, tag;
            if (r.peek(&got, &tag)) {
                assert_true(r.pop(out));
                std::uint32_t id;
                const std::uint32_t s = check_record(out, got, &id);
                assert_int_equal(s, tag);
                assert_true(s >= next_expected);
                next_expected = s + 1;
                ++popped;
            }
        }
    }
    std::uint32_t got, tag;
    while (r.peek(&got, &tag)) {
        assert_true(r.pop(out));
        ++popped;
    }
    assert_int_equal(evicted, 0);
    assert_true(refused > 0);
    assert_int_equal(accepted + refused, 20000);
    assert_int_equal(accepted, popped);
    r.destroy();
}

/* Not switched yet: a push with eviction allowed still only drops. */
void overwrite_needs_the_switch(void **)
{
    Ring r;
    assert_true(r.init(64 * Ring::kCellSize));
    std::uint64_t evicted = 0;
    std::size_t n = 0;
    while (r.try_push("x", 1, 0, 0, 0, &evicted))
        ++n;
    assert_int_equal(n, 64);
    assert_int_equal(evicted, 0);
    r.request_evictable();
    assert_false(r.try_push("x", 1, 0, 0, 0, &evicted)); /* consumer has not switched */
    std::uint32_t len, tag;
    assert_true(r.peek(&len, &tag)); /* peek switches between records */
    assert_true(r.evictable());
    assert_true(r.try_push("y", 1, 0, 0, 0, &evicted));
    assert_int_equal(evicted, 1);
    /* The record peek returned was the one evicted: its pop fails. */
    char out[4];
    assert_false(r.pop(out));
    r.destroy();
}

/* overwrite_oldest, one thread, variable sizes, wrapping many times: what
 * remains is exactly the newest records, intact. */
void overwrite_keeps_newest(void **)
{
    Ring *r = evictable_ring(64 * Ring::kCellSize);
    unsigned char rec[kMaxLen], out[kMaxLen];
    std::uint64_t evicted = 0;
    const std::uint32_t total = 10000;
    for (std::uint32_t seq = 0; seq < total; ++seq) {
        const std::uint32_t len = len_for(seq);
        make_record(rec, 0, seq, len);
        assert_true(r->try_push(rec, len, seq, 0, 0, &evicted));
    }
    std::uint64_t popped = 0;
    std::uint32_t expect = 0, got, tag;
    bool first = true;
    while (r->peek(&got, &tag)) {
        assert_true(r->pop(out));
        std::uint32_t id;
        const std::uint32_t s = check_record(out, got, &id);
        assert_int_equal(got, len_for(s));
        if (first)
            expect = s;
        first = false;
        assert_int_equal(s, expect); /* contiguous */
        ++expect;
        ++popped;
    }
    assert_int_equal(expect, total); /* ... up to the newest */
    assert_int_equal(popped + evicted, total);
    /* The first kept record is the oldest that still fit: one more older
     * record would not have (cells counted exactly). */
    std::size_t cells = 0;
    for (std::uint32_t s = total - static_cast<std::uint32_t>(popped); s < total; ++s)
        cells += Ring::cells_for(len_for(s));
    assert_true(cells <= r->cell_count());
    assert_true(cells + Ring::cells_for(len_for(total - static_cast<std::uint32_t>(popped) - 1)) >
                r->cell_count());
    assert_int_equal(r->dequeue_position(), r->enqueue_position());
    free_ring(r);
}

/* A record of the largest size evicts everything; then small ones evict it. */
void overwrite_maximum_records(void **)
{
    Ring *r = evictable_ring(64 * Ring::kCellSize);
    static unsigned char big[64 * 64], out[64 * 64];
    const auto max = static_cast<std::uint32_t>(r->max_record());
    std::uint64_t evicted = 0;
    for (int i = 0; i < 10; ++i)
        assert_true(r->try_push("abc", 3, 0, 0, 0, &evicted));
    for (std::uint32_t round = 0; round < 3; ++round) {
        for (std::uint32_t i = 0; i < max; ++i)
            big[i] = static_cast<unsigned char>(i * 13 + round);
        assert_true(r->try_push(big, max, round, 0, 0, &evicted));
    }
    assert_int_equal(evicted, 10 + 2); /* the small ones, then two big ones */
    assert_false(r->try_push(big, max + 1, 0, 0, 0, &evicted));
    std::uint32_t len, tag;
    assert_true(r->peek(&len, &tag));
    assert_int_equal(len, max);
    assert_int_equal(tag, 2);
    assert_true(r->pop(out));
    assert_memory_equal(out, big, max);
    assert_false(r->peek(&len, &tag));
    /* Refill with the big one, then a small one evicts it whole. */
    assert_true(r->try_push(big, max, 3, 0, 0, &evicted));
    assert_true(r->try_push("z", 1, 4, 0, 0, &evicted));
    assert_int_equal(evicted, 13);
    assert_true(r->peek(&len, &tag));
    assert_int_equal(len, 1);
    assert_int_equal(tag, 4);
    free_ring(r);
}

/* Headroom: records reserving cells evict until record + headroom fit;
 * records reserving nothing then find the headroom free. */
void overwrite_with_headroom(void **)
{
    Ring *r = evictable_ring(64 * Ring::kCellSize);
    std::uint64_t evicted = 0;
    for (int i = 0; i < 200; ++i)
        assert_true(r->try_push("x", 1, 0, 0, 8, &evicted));
    assert_int_equal(evicted, 200 - (64 - 8));
    for (int i = 0; i < 8; ++i)
        assert_true(r->try_push("F", 1, 1, 0, 0, nullptr)); /* no eviction needed */
    assert_false(r->try_push("F", 1, 1, 0, 0, nullptr));  /* now really full */
    free_ring(r);
}

/* Alternating pushes and pops across the wrap with evictions between. */
void overwrite_interleaved_with_consumer(void **)
{
    Ring *r = evictable_ring(128 * Ring::kCellSize);
    unsigned char rec[kMaxLen], out[kMaxLen];
    std::uint64_t evicted = 0, popped = 0;
    std::uint32_t last = 0;
    bool any = false;
    const std::uint32_t total = 30000;
    for (std::uint32_t seq = 0; seq < total; ++seq) {
        const std::uint32_t len = len_for(seq * 7);
        make_record(rec, 0, seq, len);
        assert_true(r->try_push(rec, len, seq, 0, 0, &evicted));
        if (seq % 5 == 0) {
            std::uint32_t got, tag;
            assert_true(r->peek(&got, &tag));
            assert_true(r->pop(out));
            std::uint32_t id;
            const std::uint32_t s = check_record(out, got, &id);
            assert_true(!any || s > last);
            last = s;
            any = true;
            ++popped;
        }
    }
    std::uint32_t got, tag;
    while (r->peek(&got, &tag)) {
        assert_true(r->pop(out));
        ++popped;
    }
    assert_true(evicted > 0);
    assert_int_equal(popped + evicted, total);
    free_ring(r);
}

/* ---- multi-producer overwrite racing the consumer ---- */
constexpr int kProducers = 4;
constexpr std::uint32_t kPerProducer = 60000;

struct Shared {
    Ring *ring;
    std::atomic<bool> go{false};
    std::atomic<int> done{0};
    std::uint64_t accepted[kProducers]{};
    std::uint64_t dropped[kProducers]{};
    std::uint64_t evicted[kProducers]{};
};

struct Producer {
    Shared *shared;
    std::uint32_t id;
};

void *produce(void *arg)
{
    auto *p = static_cast<Producer *>(arg);
    while (!p->shared->go.load(std::memory_order_acquire)) {
    }
    unsigned char rec[kMaxLen];
    for (std::uint32_t seq = 0; seq < kPerProducer; ++seq) {
        const std::uint32_t len = len_for(seq + p->id * 17);
        make_record(rec, p->id, seq, len);
        if (p->shared->ring->try_push(rec, len, p->id, seq, 0, &p->shared->evicted[p->id]))
            ++p->shared->accepted[p->id];
        else
            ++p->shared->dropped[p->id]; /* head unpublished: dropped, never waited */
        if (seq % 1024 == 0)
            sched_yield();
    }
    p->shared->done.fetch_add(1, std::memory_order_release);
    return nullptr;
}

void overwrite_mpsc_stress(void **)
{
    auto *shared = new Shared;
    shared->ring = evictable_ring(32 * 1024);
    pthread_t threads[kProducers];
    Producer producers[kProducers];
    for (int i = 0; i < kProducers; ++i) {
        producers[i] = Producer{shared, static_cast<std::uint32_t>(i)};
        pthread_create(&threads[i], nullptr, produce, &producers[i]);
    }
    shared->go.store(true, std::memory_order_release);

    std::int64_t last_seq[kProducers];
    for (auto &s : last_seq)
        s = -1;
    std::uint64_t popped = 0, lost_pops = 0;
    unsigned char rec[kMaxLen];
    unsigned spin = 0;
    for (;;) {
        std::uint32_t len, tag, aux;
        if (!shared->ring->peek(&len, &tag, &aux)) {
            if (shared->done.load(std::memory_order_acquire) == kProducers &&
                !shared->ring->peek(&len, &tag, &aux))
                break;
            continue;
        }
        /* The length may belong to a record evicted meanwhile: bounded
         * anyway, and then pop fails. */
        assert_true(len <= shared->ring->max_record());
        if (len > sizeof rec) { /* can only be a stale length */
            assert_false(shared->ring->discard());
            continue;
        }
        if (!shared->ring->pop(rec)) {
            ++lost_pops;
            continue;
        }
        std::uint32_t id;
        const std::uint32_t seq = check_record(rec, len, &id);
        assert_in_range(id, 0, kProducers - 1);
        assert_int_equal(tag, id);
        assert_int_equal(aux, seq);
        assert_int_equal(len, len_for(seq + id * 17));
        assert_true(static_cast<std::int64_t>(seq) > last_seq[id]); /* FIFO per producer */
        last_seq[id] = seq;
        ++popped;
        if (++spin % 64 == 0)
            sched_yield(); /* a slow consumer: producers must evict */
    }
    std::uint64_t accepted = 0, dropped = 0, evicted = 0;
    for (int i = 0; i < kProducers; ++i) {
        pthread_join(threads[i], nullptr);
        accepted += shared->accepted[i];
        dropped += shared->dropped[i];
        evicted += shared->evicted[i];
        assert_int_equal(shared->accepted[i] + shared->dropped[i], kPerProducer);
    }
    print_message("accepted %llu (popped %llu, evicted %llu), dropped %llu, stale peeks %llu\n",
                  static_cast<unsigned long long>(accepted), static_cast<unsigned long long>(popped),
                  static_cast<unsigned long long>(evicted), static_cast<unsigned long long>(dropped),
                  static_cast<unsigned long long>(lost_pops));
    /* Exact accounting: every accepted record was popped or evicted, once. */
    assert_int_equal(accepted, popped + evicted);
    assert_true(evicted > 0);
    assert_int_equal(shared->ring->dequeue_position(), shared->ring->enqueue_position());
    free_ring(shared->ring);
    delete shared;
}

/* ---- blocking producers: they sleep until the consumer frees room ---- */
struct BlockShared {
    Ring ring;
    std::atomic<int> done{0};
    std::uint64_t waits[2]{};
};

struct Blocker {
    BlockShared *shared;
    std::uint32_t id;
};

constexpr std::uint32_t kBlockPerProducer = 20000;

void *produce_blocking(void *arg)
{
    auto *b = static_cast<Blocker *>(arg);
    Ring &ring = b->shared->ring;
    unsigned char rec[kMaxLen];
    for (std::uint32_t seq = 0; seq < kBlockPerProducer; ++seq) {
        const std::uint32_t len = len_for(seq + b->id);
        make_record(rec, b->id, seq, len);
        if (ring.try_push(rec, len, b->id, seq))
            continue;
        ring.waiter_enter();
        for (;;) {
            const std::uint32_t epoch = ring.space_epoch();
            if (ring.try_push(rec, len, b->id, seq))
                break;
            ++b->shared->waits[b->id];
            ring.wait_space(epoch, 1000); /* no deadline: the test must end by wakes */
        }
        ring.waiter_leave();
    }
    b->shared->done.fetch_add(1, std::memory_order_release);
    return nullptr;
}

void blocking_producers_lose_nothing(void **)
{
    auto *shared = new BlockShared;
    assert_true(shared->ring.init(64 * Ring::kCellSize));
    pthread_t threads[2];
    Blocker blockers[2];
    for (std::uint32_t i = 0; i < 2; ++i) {
        blockers[i] = Blocker{shared, i};
        pthread_create(&threads[i], nullptr, produce_blocking, &blockers[i]);
    }
    std::uint32_t next[2] = {0, 0};
    unsigned char rec[kMaxLen];
    for (;;) {
        std::uint32_t len, tag;
        if (!shared->ring.peek(&len, &tag)) {
            if (shared->done.load(std::memory_order_acquire) == 2 &&
                !shared->ring.peek(&len, &tag))
                break;
            sched_yield();
            continue;
        }
        assert_true(shared->ring.pop(rec));
        std::uint32_t id;
        const std::uint32_t seq = check_record(rec, len, &id);
        assert_in_range(id, 0, 1);
        assert_int_equal(seq, next[id]); /* nothing lost, in order */
        ++next[id];
    }
    for (auto &t : threads)
        pthread_join(t, nullptr);
    assert_int_equal(next[0], kBlockPerProducer);
    assert_int_equal(next[1], kBlockPerProducer);
    print_message("producers waited %llu + %llu times\n",
                  static_cast<unsigned long long>(shared->waits[0]),
                  static_cast<unsigned long long>(shared->waits[1]));
    shared->ring.destroy();
    delete shared;
}

/* ---- a producer stalled between its claim and its publish ----
 * The stalled producer copies its record from a page it may not read: it
 * faults inside the ring's copy, after claiming its cells, and its SIGSEGV
 * handler holds it there until the test lets it go (then makes the page
 * readable; the copy resumes).  Eviction must then fail at once instead of
 * waiting for it: if it waited, this test would hang. */
struct Stall {
    Ring *ring;
    unsigned char *page;
    std::size_t page_size;
    std::atomic<bool> stalled{false};
    std::atomic<bool> release{false};
    std::atomic<bool> pushed{false};
};
Stall *g_stall;

void on_segv(int, siginfo_t *, void *)
{
    g_stall->stalled.store(true, std::memory_order_release);
    while (!g_stall->release.load(std::memory_order_acquire))
        sched_yield();
    mprotect(g_stall->page, g_stall->page_size, PROT_READ | PROT_WRITE);
}

void *stalling_producer(void *)
{
    Stall *st = g_stall;
    st->pushed.store(st->ring->try_push(st->page, 100, 99, 0), std::memory_order_release);
    return nullptr;
}

void overwrite_never_waits_for_a_stalled_producer(void **)
{
    Stall st;
    g_stall = &st;
    st.ring = evictable_ring(64 * Ring::kCellSize);
    st.page_size = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    void *mem = mmap(nullptr, st.page_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                     -1, 0);
    assert_true(mem != MAP_FAILED);
    st.page = static_cast<unsigned char *>(mem);
    std::memset(st.page, 'S', st.page_size);
    assert_int_equal(mprotect(st.page, st.page_size, PROT_NONE), 0);
    struct sigaction sa = {}, old = {};
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO;
    sigemptyset(&sa.sa_mask);
    assert_int_equal(sigaction(SIGSEGV, &sa, &old), 0);

    pthread_t t;
    pthread_create(&t, nullptr, stalling_producer, nullptr);
    while (!st.stalled.load(std::memory_order_acquire))
        sched_yield();
    /* The stalled record (2 cells) is the head; fill the rest. */
    std::uint64_t evicted = 0;
    int filled = 0;
    while (st.ring->try_push("x", 1, 1, 0, 0, &evicted))
        ++filled;
    assert_int_equal(filled, 62);
    assert_int_equal(evicted, 0); /* the head could not be evicted: refused */
    std::uint32_t len, tag;
    assert_false(st.ring->peek(&len, &tag)); /* nothing ready at the head */

    st.release.store(true, std::memory_order_release);
    pthread_join(t, nullptr);
    sigaction(SIGSEGV, &old, nullptr);
    assert_true(st.pushed.load(std::memory_order_acquire));
    /* Published now: it is the oldest and is evicted first. */
    assert_true(st.ring->try_push("y", 1, 2, 0, 0, &evicted));
    assert_int_equal(evicted, 1);
    unsigned char out[8];
    assert_true(st.ring->peek(&len, &tag));
    assert_int_equal(tag, 1);
    assert_true(st.ring->pop(out));
    munmap(st.page, st.page_size);
    free_ring(st.ring);
}

/* Block mode's decision (lib/overflow.cpp), on the process runtime with its
 * ring full and no worker: a nested message never waits; a top-level one
 * waits, times out and records where the worker stood (stalled_at, set only
 * after a wait). */
void block_mode_never_waits_nested(void **)
{
    Runtime &r = runtime();
    assert_true(r.ring.init(64 * Ring::kCellSize));
    assert_true(scratch_setup());
    while (r.ring.try_push("x", 1, 0, 0))
        ;
    r.overflow.block_timeout_ms.store(1, std::memory_order_relaxed);
    r.overflow.stalled_at.store(UINT64_MAX, std::memory_order_relaxed);

    unsigned char *outer = scratch_acquire(64);
    unsigned char *inner = scratch_acquire(64); /* e.g. a signal handler's message */
    assert_non_null(outer);
    assert_non_null(inner);
    assert_int_equal(scratch_depth(), 2);
    assert_false(push_blocking(r, reinterpret_cast<const unsigned char *>("n"), 1, 0, 0, 0));
    assert_int_equal(r.overflow.stalled_at.load(std::memory_order_relaxed), UINT64_MAX);
    scratch_release(inner);
    assert_int_equal(scratch_depth(), 1);
    assert_false(push_blocking(r, reinterpret_cast<const unsigned char *>("t"), 1, 0, 0, 0));
    assert_int_equal(r.overflow.stalled_at.load(std::memory_order_relaxed),
                     r.ring.dequeue_position()); /* it did wait */
    scratch_release(outer);
    /* Room again: the blocking push succeeds at once and clears the mark. */
    std::uint32_t len, tag;
    assert_true(r.ring.peek(&len, &tag));
    assert_true(r.ring.discard());
    assert_true(push_blocking(r, reinterpret_cast<const unsigned char *>("u"), 1, 0, 0, 0));
    assert_int_equal(r.overflow.stalled_at.load(std::memory_order_relaxed), UINT64_MAX);
}

/* Which records may use the priority headroom (lib/overflow.hpp). */
void priority_classification(void **)
{
    static const std::uint8_t all_extras = wire::kHtypWithEcuId | wire::kHtypWithSessionId |
                                           wire::kHtypWithTimestamp;
    for (std::uint8_t extras : {std::uint8_t{0}, all_extras, std::uint8_t{wire::kHtypWithTimestamp}}) {
        for (unsigned level = 1; level <= 6; ++level) {
            for (bool verbose : {true, false}) {
                unsigned char buf[wire::kMaxHeaderSize + 8] = {};
                LogHeader h{};
                h.htyp = static_cast<std::uint8_t>(extras | wire::kHtypUseExtendedHeader);
                h.msin = wire::msin(wire::kTypeLog, level, verbose);
                unsigned char *msg = write_log_header(buf + wire::kMaxHeaderSize, 8, h);
                assert_non_null(msg);
                const std::size_t len = static_cast<std::size_t>(buf + sizeof buf - msg);
                /* FATAL = 1, ERROR = 2 */
                assert_int_equal(important_record(msg, len), level <= 2);
                /* Without an extended header the level is unknown: ordinary. */
                h.htyp = extras;
                msg = write_log_header(buf + wire::kMaxHeaderSize, 8, h);
                assert_false(important_record(msg, static_cast<std::size_t>(buf + sizeof buf - msg)));
            }
        }
    }
    /* A trace message at "level" 1 is not a FATAL log message. */
    unsigned char buf[wire::kMaxHeaderSize + 8] = {};
    LogHeader h{};
    h.htyp = wire::kHtypUseExtendedHeader;
    h.msin = wire::msin(wire::kTypeAppTrace, 1, true);
    unsigned char *msg = write_log_header(buf + wire::kMaxHeaderSize, 8, h);
    assert_false(important_record(msg, static_cast<std::size_t>(buf + sizeof buf - msg)));
    /* Control messages (marker, levels, ...) are important. */
    unsigned char ctl[kControlMessageMax];
    const std::size_t n = compose_app_ll_ts(ctl, "APP1", 4, 0);
    assert_true(important_record(ctl, n));
    assert_int_equal(priority_headroom(16384), 1024);
}

} // namespace

int main()
{
    const CMUnitTest tests[] = {
        cmocka_unit_test(drop_newest_counts_exact),
        cmocka_unit_test(overwrite_needs_the_switch),
        cmocka_unit_test(overwrite_keeps_newest),
        cmocka_unit_test(overwrite_maximum_records),
        cmocka_unit_test(overwrite_with_headroom),
        cmocka_unit_test(overwrite_interleaved_with_consumer),
        cmocka_unit_test(overwrite_mpsc_stress),
        cmocka_unit_test(blocking_producers_lose_nothing),
        cmocka_unit_test(overwrite_never_waits_for_a_stalled_producer),
        cmocka_unit_test(priority_classification),
        cmocka_unit_test(block_mode_never_waits_nested),
    };
    return cmocka_run_group_tests_name("ring_overflow", tests, nullptr, nullptr);
}
