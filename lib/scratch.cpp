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

/* Bytes between slots: headroom, payload and tail, in whole lines. */
std::uint32_t slot_stride(std::int32_t capacity) noexcept
{
    const std::size_t bytes = kScratchHeadroom + static_cast<std::size_t>(capacity) + kScratchTail;
    return static_cast<std::uint32_t>((bytes + 63) & ~std::size_t{63});
}

} // namespace

/* The list of every thread's slot block, without a lock (a thread's first
 * message must take none): a push-only list of nodes, each holding one
 * block or nothing.  A thread claims an empty node by CAS, or pushes a new
 * one; at its exit it empties its node for the next thread.  Nodes are
 * never freed, so there are as many as threads ever logged at once. */
struct ScratchNode {
    std::atomic<unsigned char *> block;
    std::atomic<std::uint32_t> fork_generation; /* of the block it holds */
    ScratchNode *next;                          /* immutable once pushed */
};

namespace {

std::atomic<ScratchNode *> g_nodes{nullptr};
/* Bumped in every fork child: blocks of an older generation are the
 * parent's. */
std::atomic<std::uint32_t> g_fork_generation{0};

/* Put fresh on the list (its owner's node if it had one); the node, or
 * nullptr if memory is short. */
ScratchNode *enlist(unsigned char *fresh, ScratchNode *own) noexcept
{
    /* relaxed: only this thread and, in a fork child, the thread that
     * forked (which is this one, or ordered by the fork) read it. */
    const std::uint32_t gen = g_fork_generation.load(std::memory_order_relaxed);
    ScratchNode *node = own;
    if (!node) {
        /* acquire: pairs with the release push below, so next is valid. */
        for (ScratchNode *n = g_nodes.load(std::memory_order_acquire); n && !node; n = n->next) {
            unsigned char *empty = nullptr;
            /* acq_rel: the claim orders with the previous owner's release. */
            if (n->block.load(std::memory_order_relaxed) == nullptr &&
                n->block.compare_exchange_strong(empty, fresh, std::memory_order_acq_rel))
                node = n;
        }
    }
    if (!node) {
        node = static_cast<ScratchNode *>(std::calloc(1, sizeof(ScratchNode)));
        if (!node)
            return nullptr;
        node->block.store(fresh, std::memory_order_relaxed);
        ScratchNode *head = g_nodes.load(std::memory_order_relaxed);
        do
            node->next = head;
        /* release: the node's fields are visible to whoever walks to it. */
        while (!g_nodes.compare_exchange_weak(head, node, std::memory_order_release,
                                              std::memory_order_relaxed));
    }
    node->block.store(fresh, std::memory_order_release);
    node->fork_generation.store(gen, std::memory_order_relaxed);
    return node;
}

void on_thread_exit(void *) noexcept
{
    ThreadScratch &s = tls_scratch;
    /* release: we are done with the block before another thread may claim
     * the node (it never touches our block, only the node). */
    if (s.node)
        s.node->block.store(nullptr, std::memory_order_release);
    std::free(s.block);
    s = ThreadScratch{}; /* the node is empty now: a later message enlists again */
}

/* Set while this thread allocates its slots: a signal handler that logs
 * in the middle of it must not call malloc again (malloc is not
 * async-signal-safe); its message fails instead.  Initial-exec like
 * tls_scratch, and as small. */
__thread bool tls_allocating __attribute__((tls_model("initial-exec")));

void allocate_scratch(std::int32_t capacity) noexcept;

/* Slots big enough for capacity, replacing smaller ones (only when no
 * slot is in use: DLT_LOG_MSG_BUF_LEN changes only across dlt_init).  On
 * failure the thread keeps what it had. */
void grow_scratch(std::int32_t capacity) noexcept
{
    const ThreadScratch &s = tls_scratch;
    if (s.capacity >= capacity || s.depth != 0)
        return;
    if (tls_allocating)
        return; /* we interrupted our own allocation: give up */
    tls_allocating = true;
    /* The flag is set before malloc runs, even for a handler interrupting
     * right here. */
    std::atomic_signal_fence(std::memory_order_seq_cst);
    allocate_scratch(capacity);
    std::atomic_signal_fence(std::memory_order_seq_cst);
    tls_allocating = false;
}

void allocate_scratch(std::int32_t capacity) noexcept
{
    ThreadScratch &s = tls_scratch;
    const std::uint32_t stride = slot_stride(capacity);
    auto *fresh = static_cast<unsigned char *>(std::calloc(kScratchSlots, stride));
    if (!fresh)
        return;
    ScratchNode *node = enlist(fresh, s.node);
    if (!node) {
        std::free(fresh);
        return;
    }
    unsigned char *old = s.block;
    /* A signal handler sees either the old slots or the new ones, whole:
     * the capacity (its test) goes last, the old block only after it. */
    s.capacity = kNoSlots;
    std::atomic_signal_fence(std::memory_order_seq_cst);
    s.block = fresh;
    s.stride = stride;
    s.node = node;
    std::atomic_signal_fence(std::memory_order_seq_cst);
    s.capacity = capacity;
    std::free(old);
    if (g_key_ready.load(std::memory_order_acquire))
        pthread_setspecific(g_key, fresh); /* non-null: the exit handler runs */
}

} // namespace

__thread ThreadScratch tls_scratch __attribute__((tls_model("initial-exec")));

std::int32_t scratch_tls_offset() noexcept
{
#ifdef DLTNG_SCRATCH_FROM_THREAD_POINTER
    char *mine = reinterpret_cast<char *>(&tls_scratch);
    /* Hide where mine comes from: else gcc folds the difference into a
     * 32-bit load of the GOT's TLS offset, which ld cannot relax when it
     * links statically ("TLS transition ... failed"). */
    asm("" : "+r"(mine));
    /* Static TLS lies within a thread's TCB allocation: far below 2 GiB. */
    return static_cast<std::int32_t>(mine - static_cast<char *>(__builtin_thread_pointer()));
#else
    return 0;
#endif
}

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
    const unsigned char *mine = tls_scratch.block;
    const std::uint32_t now = g_fork_generation.load(std::memory_order_relaxed);
    for (ScratchNode *n = g_nodes.load(std::memory_order_acquire); n; n = n->next) {
        unsigned char *b = n->block.load(std::memory_order_acquire);
        /* A block of this process's own threads (newer generation) is alive. */
        if (!b || b == mine || n->fork_generation.load(std::memory_order_relaxed) == now)
            continue;
        unsigned char *expected = b;
        if (n->block.compare_exchange_strong(expected, nullptr, std::memory_order_acq_rel))
            std::free(b);
    }
}

unsigned char *scratch_acquire_slow(std::int32_t capacity) noexcept
{
    grow_scratch(capacity);
    ThreadScratch &s = tls_scratch;
    if (s.capacity < capacity)
        return nullptr;
    return scratch_take(s);
}

namespace {
/* Which of this thread's slots payload is, or -1. */
int slot_of(const ThreadScratch &s, const unsigned char *payload) noexcept
{
    if (s.block)
        for (int d = 0; d < kScratchSlots; ++d)
            if (scratch_payload(s, d) == payload)
                return d;
    return -1;
}
} // namespace

bool scratch_owns(const unsigned char *payload) noexcept
{
    return slot_of(tls_scratch, payload) >= 0;
}

bool scratch_release_slow(const unsigned char *payload) noexcept
{
    ThreadScratch &s = tls_scratch;
    const int d = slot_of(s, payload);
    if (d < 0)
        return false;
    std::atomic_signal_fence(std::memory_order_seq_cst);
    s.depth = d;
    return true;
}

int scratch_depth() noexcept
{
    return tls_scratch.depth;
}

} // namespace dltng
