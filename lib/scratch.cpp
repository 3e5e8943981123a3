/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: per-thread scratch buffers (see scratch.hpp). */
#include "lib/scratch.hpp"

#include <atomic>
#include <cstdlib>
#include <pthread.h>

namespace dltng {
namespace {

pthread_key_t g_key;
std::atomic<bool> g_key_ready{false};

void free_scratch(ThreadScratch *s) noexcept
{
    for (unsigned char *p : s->slot)
        std::free(p);
    std::free(s);
}

} // namespace

/* The list of every thread's slot set, without a lock (a thread's first
 * message must take none): a push-only list of nodes, each holding one
 * set or nothing.  A thread claims an empty node by CAS, or pushes a new
 * one; at its exit it empties its node for the next thread.  Nodes are
 * never freed, so there are as many as threads ever logged at once. */
struct ScratchNode {
    std::atomic<ThreadScratch *> set;
    std::atomic<std::uint32_t> fork_generation; /* of the set it holds */
    ScratchNode *next;                          /* immutable once pushed */
};

namespace {

std::atomic<ScratchNode *> g_nodes{nullptr};
/* Bumped in every fork child: sets of an older generation are the
 * parent's. */
std::atomic<std::uint32_t> g_fork_generation{0};

/* Put fresh on the list (its owner's node if it had one). */
bool enlist(ThreadScratch *fresh, ScratchNode *own) noexcept
{
    /* relaxed: only this thread and, in a fork child, the thread that
     * forked (which is this one, or ordered by the fork) read it. */
    const std::uint32_t gen = g_fork_generation.load(std::memory_order_relaxed);
    ScratchNode *node = own;
    if (!node) {
        /* acquire: pairs with the release push below, so next is valid. */
        for (ScratchNode *n = g_nodes.load(std::memory_order_acquire); n && !node; n = n->next) {
            ThreadScratch *empty = nullptr;
            /* acq_rel: the claim orders with the previous owner's release. */
            if (n->set.load(std::memory_order_relaxed) == nullptr &&
                n->set.compare_exchange_strong(empty, fresh, std::memory_order_acq_rel))
                node = n;
        }
    }
    if (!node) {
        node = static_cast<ScratchNode *>(std::calloc(1, sizeof(ScratchNode)));
        if (!node)
            return false;
        node->set.store(fresh, std::memory_order_relaxed);
        ScratchNode *head = g_nodes.load(std::memory_order_relaxed);
        do
            node->next = head;
        /* release: the node's fields are visible to whoever walks to it. */
        while (!g_nodes.compare_exchange_weak(head, node, std::memory_order_release,
                                              std::memory_order_relaxed));
    }
    node->set.store(fresh, std::memory_order_release);
    node->fork_generation.store(gen, std::memory_order_relaxed);
    fresh->node = node;
    return true;
}

void on_thread_exit(void *p) noexcept
{
    auto *s = static_cast<ThreadScratch *>(p);
    /* release: we are done with the set before another thread may claim
     * the node (it never touches our set, only the node). */
    if (s->node)
        s->node->set.store(nullptr, std::memory_order_release);
    free_scratch(s);
    tls_scratch = nullptr;
}

/* Set while this thread allocates its slots: a signal handler that logs
 * in the middle of it must not call malloc again (malloc is not
 * async-signal-safe); its message fails instead.  Initial-exec like
 * tls_scratch, and as small. */
__thread bool tls_allocating __attribute__((tls_model("initial-exec")));

ThreadScratch *allocate_scratch(ThreadScratch *s, std::int32_t capacity) noexcept;

/* A slot set big enough for capacity, replacing a smaller one (only when no
 * slot is in use: DLT_LOG_MSG_BUF_LEN changes only across dlt_init). */
ThreadScratch *thread_scratch(std::int32_t capacity) noexcept
{
    ThreadScratch *s = tls_scratch;
    if (s && (s->capacity >= capacity || s->depth != 0))
        return s;
    if (tls_allocating)
        return s; /* we interrupted our own allocation: give up */
    tls_allocating = true;
    /* The flag is set before malloc runs, even for a handler interrupting
     * right here. */
    std::atomic_signal_fence(std::memory_order_seq_cst);
    ThreadScratch *result = allocate_scratch(s, capacity);
    std::atomic_signal_fence(std::memory_order_seq_cst);
    tls_allocating = false;
    return result;
}

ThreadScratch *allocate_scratch(ThreadScratch *s, std::int32_t capacity) noexcept
{
    auto *fresh = static_cast<ThreadScratch *>(std::calloc(1, sizeof(ThreadScratch)));
    if (!fresh)
        return s;
    fresh->capacity = capacity;
    for (auto &p : fresh->slot) {
        p = static_cast<unsigned char *>(
            std::malloc(kScratchHeadroom + static_cast<std::size_t>(capacity) + kScratchTail));
        if (!p) {
            free_scratch(fresh);
            return s;
        }
    }
    if (!enlist(fresh, s ? s->node : nullptr)) {
        free_scratch(fresh);
        return s;
    }
    if (s)
        free_scratch(s);
    tls_scratch = fresh;
    if (g_key_ready.load(std::memory_order_acquire))
        pthread_setspecific(g_key, fresh);
    return fresh;
}

} // namespace

__thread ThreadScratch *tls_scratch __attribute__((tls_model("initial-exec")));

bool scratch_setup() noexcept
{
    if (g_key_ready.load(std::memory_order_acquire))
        return true;
    if (pthread_key_create(&g_key, on_thread_exit) != 0)
        return false;
    /* release: the key is created before anyone uses it. */
    g_key_ready.store(true, std::memory_order_release);
    return true;
}

void scratch_after_fork_child() noexcept
{
    g_fork_generation.fetch_add(1, std::memory_order_relaxed);
}

void scratch_free_orphans() noexcept
{
    const ThreadScratch *mine = tls_scratch;
    const std::uint32_t now = g_fork_generation.load(std::memory_order_relaxed);
    for (ScratchNode *n = g_nodes.load(std::memory_order_acquire); n; n = n->next) {
        ThreadScratch *s = n->set.load(std::memory_order_acquire);
        /* A set of this process's own threads (newer generation) is alive. */
        if (!s || s == mine || n->fork_generation.load(std::memory_order_relaxed) == now)
            continue;
        ThreadScratch *expected = s;
        if (n->set.compare_exchange_strong(expected, nullptr, std::memory_order_acq_rel))
            free_scratch(s);
    }
}

unsigned char *scratch_acquire_slow(std::int32_t capacity) noexcept
{
    ThreadScratch *s = thread_scratch(capacity);
    if (!s || s->capacity < capacity)
        return nullptr;
    int d = s->depth;
    if (d >= kScratchSlots)
        d = kScratchSlots - 1; /* abandoned starts: reuse the deepest slot */
    s->depth = d + 1;
    std::atomic_signal_fence(std::memory_order_seq_cst);
    return s->slot[d] + kScratchHeadroom;
}

bool scratch_owns(const unsigned char *payload) noexcept
{
    const ThreadScratch *s = tls_scratch;
    if (!s)
        return false;
    for (const unsigned char *slot : s->slot)
        if (slot + kScratchHeadroom == payload)
            return true;
    return false;
}

bool scratch_release_slow(ThreadScratch *s, const unsigned char *payload) noexcept
{
    for (int i = 0; i < kScratchSlots; ++i) {
        if (s->slot[i] + kScratchHeadroom == payload) {
            std::atomic_signal_fence(std::memory_order_seq_cst);
            s->depth = i;
            return true;
        }
    }
    return false;
}

int scratch_depth() noexcept
{
    const ThreadScratch *s = tls_scratch;
    return s ? s->depth : 0;
}

} // namespace dltng
