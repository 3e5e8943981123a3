/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the process-wide state behind the C API, and its lifecycle
 * (lazy init, dlt_free, exit, fork).
 *
 * The logging path reads only atomics from here (relaxed where a stale value
 * is harmless, acquire for the running state) and pushes into the ring.
 * init/free/registration serialise on lifecycle_mutex (then the registry's
 * mutex, always in that order); logging threads never take either. */
#ifndef DLTNG_RUNTIME_HPP
#define DLTNG_RUNTIME_HPP

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <pthread.h>

#include "lib/config.hpp"
#include "lib/env_levels.hpp"
#include "lib/ipc.hpp"
#include "lib/overflow.hpp"
#include "lib/registry.hpp"
#include "lib/ring.hpp"
#include "lib/scratch.hpp"
#include "lib/status.hpp"
#include "lib/tsc.hpp"
#include "lib/worker.hpp"

namespace dltng {

enum class State : int { kIdle, kRunning, kFreeing };

/* Page-aligned: what the logging path reads (the first line, the clock,
 * the ring, the registry's generation and first contexts' level bytes,
 * the worker's rest state) lies in the object's first page.  A thread's
 * first message after a sleep then costs one TLB miss for all of it (a
 * page walk under a hypervisor is the dearest miss there is), not one per
 * structure. */
struct alignas(4096) Runtime {
    std::atomic<State> state{State::kIdle};
    /* Set in a fork child until the library is set up again there (only
     * unless DLT_NG_FORK=disable; then it stays off until exec, as
     * upstream). */
    std::atomic<bool> forked_child{false};
    /* config.fork_enabled of the last dlt_init, for the atfork handlers
     * (which must not read config while an init rewrites it). */
    std::atomic<bool> fork_enabled{false};
    /* The prepare handler took lifecycle_mutex and the registry lock. */
    bool fork_locked = false;
    /* In a fork child: was the parent running at the fork? */
    bool fork_parent_running = false;

    /* Read on the logging path, written rarely (dlt_init, registration,
     * configuration calls): with state, one cache line, so that a thread's
     * first message after a sleep fetches it once. */
    std::atomic<std::uint32_t> apid{0};       /* 4 ID bytes; 0 = no app yet */
    std::atomic<std::int32_t> pid{0};         /* cached: getpid() is a syscall */
    std::atomic<std::int32_t> log_buf_len{kDefaultLogBufLen};
    std::atomic<bool> verbose{true};
    std::atomic<bool> extended_header_for_nonverbose{true};
    std::atomic<std::uint8_t> header_flags{0}; /* WEID|WSID|WTMS as enabled */
    /* dlt_enable_local_print / dlt_disable_local_print. */
    std::atomic<bool> local_print_enabled{false};
    /* config.local_print of the last dlt_init (a LocalPrint). */
    std::atomic<std::uint8_t> local_print_mode{0};
    /* File mode (dlt_init_file), see file_fd below. */
    std::atomic<bool> file_mode{false};
    /* scratch_tls_offset(), measured when the library is loaded (this
     * object's dynamic initialisation, before any thread can log), for
     * thread_scratch().  Never changes after. */
    const std::int32_t scratch_offset = scratch_tls_offset();

    /* Message timestamps: producers read the flag, the worker its anchors. */
    TscClock tsc;
    Ring ring;
    Registry registry; /* its generation first */
    Worker worker;     /* its rest state on its second line; buffers after */

    pthread_mutex_t lifecycle_mutex = PTHREAD_MUTEX_INITIALIZER;
    Config config{};

    /* Messages dropped or evicted because the ring was full (exact). */
    std::atomic<std::uint64_t> overflow_count{0};
    OverflowPolicy overflow;
    /* How long dlt_free/exit wait without progress (DLT_NG_FLUSH_TIMEOUT_MS,
     * dlt_set_resend_timeout_atexit); any thread may change it. */
    std::atomic<std::int32_t> flush_timeout_ms{kDefaultFlushTimeoutMs};

    /* dlt_set_log_mode's last value (not sent: see api_lifecycle.cpp). */
    std::atomic<int> log_mode{-1};
    /* Updated by the worker from the daemon's LOG_STATE (-1 unknown). */
    std::atomic<std::int8_t> log_state{-1};

    /* File mode (dlt_init_file): messages go to this file, not the daemon.
     * file_size_max 0 means unlimited; file_bytes counts what producers
     * have reserved in it (so dlt_set_filesize_max can refuse at once). */
    int file_fd = -1;
    std::atomic<std::int64_t> file_size_max{0};
    std::atomic<std::int64_t> file_bytes{0};

    /* DLT_INITIAL_LOG_LEVEL rules; under the registry lock. */
    LevelRules initial_levels{};

    /* Own FIFO (read side; the worker reads it). */
    int app_fd = -1;
    char app_fifo_path[kPathMax]{};
};

/* The one instance (defined in runtime.cpp); hidden, so the logging path
 * reaches it PC-relative, without a call or a GOT load. */
extern Runtime g_runtime __attribute__((visibility("hidden")));

/* What the logging path reads of the runtime sits on its first line. */
static_assert(offsetof(Runtime, scratch_offset) + sizeof(std::int32_t) <= 64,
              "scratch_offset must stay on the runtime's first line");

/* This thread's tls_scratch, reached from the thread pointer through the
 * offset on the runtime's first line.  Naming tls_scratch instead makes
 * the compiler load that offset from the GOT: a page of its own, one
 * more TLB miss for a thread's first message after a sleep. */
inline ThreadScratch &thread_scratch() noexcept
{
#ifdef DLTNG_SCRATCH_FROM_THREAD_POINTER
    return *reinterpret_cast<ThreadScratch *>(static_cast<char *>(__builtin_thread_pointer()) +
                                              g_runtime.scratch_offset);
#else
    return tls_scratch;
#endif
}
inline Runtime &runtime() noexcept
{
    return g_runtime;
}

/* The logging path's part of Runtime (see above) fits its first page. */
static_assert(64 + sizeof(TscClock) + sizeof(Ring) + sizeof(Registry) + 128 <= 4096,
              "the logging path's fields no longer fit Runtime's first page");

/* The timestamp of a log message logged now (see tsc.hpp): a raw TSC
 * count the worker converts, or already 0.1 ms since boot. */
inline Stamp message_stamp() noexcept
{
    return g_runtime.tsc.stamp();
}

inline constexpr char kDefaultEcu[4] = {'E', 'C', 'U', '1'};

/* dlt_init_file(): log into a DLT file instead of the daemon. */
Status init_file(const char *path) noexcept;

/* Initialise if needed (every API entry point that upstream lazily
 * initialises calls this).  kOk when running. */
Status ensure_init() noexcept;
/* dlt_free(): flush what is queued (bounded), stop the worker, close and
 * remove the FIFOs, forget registrations. */
Status shutdown() noexcept;
/* Is the library usable for logging right now? */
inline bool running() noexcept
{
    /* acquire: pairs with the release in ensure_init, so everything it set
     * up (ring, config, worker) is visible to a thread that sees kRunning. */
    return runtime().state.load(std::memory_order_acquire) == State::kRunning;
}

/* A fork child's first message (unless DLT_NG_FORK=disable): set the library up
 * again in the child and say whether it now runs.  Never blocks (a signal
 * handler may be the first to log): false if another init is under way. */
bool restart_after_fork() noexcept;
/* The logging path's "not running" branch: worth a restart? */
inline bool resumable_after_fork() noexcept
{
    return runtime().forked_child.load(std::memory_order_relaxed) && restart_after_fork();
}

/* Should this message also be printed on stdout (local print)?  One
 * relaxed load in the common case. */
inline bool local_print_wanted(const Runtime &r) noexcept
{
    /* relaxed: configuration flags; no data hangs on them. */
    const auto mode = static_cast<LocalPrint>(r.local_print_mode.load(std::memory_order_relaxed));
    if (mode == LocalPrint::kUnset) /* the usual case first */
        return r.local_print_enabled.load(std::memory_order_relaxed);
    switch (mode) {
    case LocalPrint::kForceOn: return true;
    case LocalPrint::kForceOff: return false;
    case LocalPrint::kAutomatic: return r.worker.connection_lost();
    case LocalPrint::kUnset: break;
    }
    return r.local_print_enabled.load(std::memory_order_relaxed);
}

/* Records that belong to no context (e.g. the marker). */
inline constexpr std::uint32_t kNoContext = UINT32_MAX;

/* submit() when the ring refused the record with the headroom kept: the
 * overflow modes (overflow.hpp).  Out of line: the common case never gets
 * here. */
Status submit_full(const unsigned char *record, std::uint32_t len, std::uint32_t gen,
                   std::uint32_t ctx, std::size_t headroom, bool urgent,
                   std::uint32_t stamp_hi) noexcept;

/* What the ring stores of a record.  The LOG messages of a context (ctx is
 * a context position; everything else is pushed with kNoContext) travel
 * without their 8-byte user header, which is the same for all of them: the
 * worker writes it back (Worker::pop_record).  A short message then fits
 * one 64-byte cell instead of two. */
inline constexpr std::uint32_t kStrippedUserHeader = 8;
static_assert(sizeof(wire::UserHeader) == kStrippedUserHeader, "DltUserHeader is 8 bytes");
inline bool stored_without_user_header(std::uint32_t ctx) noexcept
{
    return ctx != kNoContext;
}
inline std::uint32_t stored_offset(std::uint32_t ctx) noexcept
{
    return stored_without_user_header(ctx) ? kStrippedUserHeader : 0;
}

inline void Worker::notify(bool urgent) noexcept
{
    /* relaxed: the Dekker pair with sleep() is ordered by the publish
     * barrier (publish_barrier.hpp) right after the publish: either we see
     * the rest state or the worker sees the record. */
    const std::uint8_t rest = rest_.load(std::memory_order_relaxed);
    if (__builtin_expect(rest == kAwake, 1))
        return;
    /* Dozing, the worker looks again within the delivery delay anyway:
     * only a record that must not wait is worth a syscall (FATAL, ERROR,
     * control), or a ring a quarter full (a burst the delay would turn
     * into drops). */
    if (rest == kDozing && !urgent) {
        const Ring &ring = g_runtime.ring;
        if (ring.enqueue_position() - ring.dequeue_position() < ring.cell_count() / 4)
            return;
    }
    wake_from_rest();
}

/* Push a finished record of context position ctx; wakes the worker if it
 * sleeps.  A full ring is handled by the overflow mode (overflow.hpp);
 * every message lost counts once in overflow_count, and kBufferFull
 * reports that this one was.  Inline: Ring::try_push's first attempt is
 * the logging path.  kPaddedSource: record lies in a scratch slot, which
 * has the slack Ring::try_push may read in whole cells.  urgent: a record
 * that must not wait for a dozing worker (FATAL, ERROR, control; see
 * Worker::notify).  stamp_hi: the high word of a raw timestamp in the
 * record's header (Stamp::hi; 0 for a final one), which travels in the
 * ring's extra word to the worker that converts it. */
template <bool kPaddedSource = false>
inline __attribute__((always_inline)) Status submit(const unsigned char *record, std::uint32_t len,
                                                    std::uint32_t ctx, bool urgent,
                                                    std::uint32_t stamp_hi = 0) noexcept
{
    Runtime &r = g_runtime;
    const std::uint32_t skip = stored_offset(ctx);
    const std::uint32_t gen = r.registry.generation();
    /* First try as an ordinary message, keeping the priority headroom: no
     * need to look at the level while there is room. */
    const std::size_t headroom = priority_headroom(r.ring.cell_count());
    if (__builtin_expect(
            !r.ring.try_push<kPaddedSource>(record + skip, len - skip, gen, ctx, headroom,
                                            nullptr, stamp_hi),
            0))
        return submit_full(record, len, gen, ctx, headroom, urgent, stamp_hi);
    r.worker.notify(urgent);
    return kOk;
}

} // namespace dltng

#endif
