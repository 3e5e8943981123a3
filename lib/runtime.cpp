/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: process-wide state and lifecycle (see runtime.hpp). */
#include "lib/runtime.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include "lib/diag.hpp"
#include "lib/registration.hpp"
#include "lib/scratch.hpp"

namespace dltng {

Runtime g_runtime;

namespace {

bool g_atfork_registered = false; /* under lifecycle_mutex */

/* fork().  In the child only the forking thread exists: no worker, and
 * any lock another thread held stays held.  Unless DLT_NG_FORK=disable, the
 * prepare handler takes lifecycle_mutex and the registry lock (in their
 * usual order), so the child inherits consistent registrations; the child
 * handler then makes every lock usable again and marks the library for a
 * lazy restart (child_restart_locked) at its first use.  It does plain
 * stores only: no locks, no allocation, no logging (forks elsewhere
 * deadlock exactly there).  With DLT_NG_FORK=disable nothing is taken and the
 * child stays off until exec, as upstream. */
void on_fork_prepare() noexcept
{
    Runtime &r = g_runtime;
    /* A callback on the worker thread that forks must not wait: a
     * dlt_free() holding lifecycle_mutex may be waiting for this very
     * thread.  Its child stays disabled. */
    if (!r.fork_enabled.load(std::memory_order_relaxed) || r.worker.is_worker_thread())
        return;
    pthread_mutex_lock(&r.lifecycle_mutex);
    r.registry.lock();
    r.fork_locked = true;
}

void on_fork_parent() noexcept
{
    Runtime &r = g_runtime;
    if (!r.fork_locked)
        return;
    r.fork_locked = false;
    r.registry.unlock();
    pthread_mutex_unlock(&r.lifecycle_mutex);
}

void on_fork_child() noexcept
{
    Runtime &r = g_runtime;
    r.fork_parent_running = r.state.load(std::memory_order_relaxed) == State::kRunning;
    r.forked_child.store(true, std::memory_order_relaxed);
    r.state.store(State::kIdle, std::memory_order_relaxed);
    scratch_after_fork_child();
    if (!r.fork_locked)
        return; /* disabled: stays off; nothing below is ever needed */
    r.fork_locked = false;
    static const pthread_mutex_t fresh = PTHREAD_MUTEX_INITIALIZER;
    std::memcpy(static_cast<void *>(&r.lifecycle_mutex), &fresh, sizeof fresh);
    r.registry.reset_lock_after_fork();
    r.worker.forget_after_fork();
    r.ring.prefault_restart();
}

void load_initial_levels(Runtime &r) noexcept
{
    r.registry.lock();
    free_level_rules(r.initial_levels);
    const char *text = secure_getenv("DLT_INITIAL_LOG_LEVEL");
    if (text && parse_level_rules(&text, r.initial_levels) != 0)
        diag(DiagLevel::kWarning, "DLT_INITIAL_LOG_LEVEL: cannot parse \"%s\"; rules before it apply",
             text);
    r.registry.unlock();
}

Status init_locked(Runtime &r) noexcept
{
    if (r.state.load(std::memory_order_relaxed) == State::kRunning)
        return kOk;

    diag_configure();
    load_config(r.config);
    /* relaxed: see Runtime::local_print_mode. */
    r.local_print_mode.store(static_cast<std::uint8_t>(r.config.local_print),
                             std::memory_order_relaxed);
    /* The ring outlives dlt_free(): a thread still logging while another
     * frees must never touch freed memory (upstream #588). */
    if (!r.ring.initialised() && !r.ring.init(r.config.ring_bytes)) {
        diag(DiagLevel::kError, "cannot allocate the %zu-byte message ring", r.config.ring_bytes);
        return kError;
    }
    if (!scratch_setup())
        return kError;
    /* The API's choice wins over the environment.  Before the worker
     * starts this thread may switch the ring's regime itself (there is no
     * other consumer yet), so overwrite_oldest applies from the first
     * message. */
    {
        /* relaxed: see dlt_ng_set_overflow_mode. */
        const bool mode_api = r.overflow.mode_by_api.load(std::memory_order_relaxed);
        const bool timeout_api = r.overflow.timeout_by_api.load(std::memory_order_relaxed);
        const auto current =
            static_cast<OverflowMode>(r.overflow.mode.load(std::memory_order_relaxed));
        apply_overflow_mode(r, mode_api ? current : r.config.overflow_mode,
                            timeout_api ? -1 : r.config.block_timeout_ms);
    }
    r.ring.consumer_tick();

    const pid_t pid = getpid();
    r.pid.store(pid, std::memory_order_relaxed);
    r.log_buf_len.store(r.config.log_buf_len, std::memory_order_relaxed);
    r.verbose.store(true, std::memory_order_relaxed);
    r.extended_header_for_nonverbose.store(r.config.extended_header_for_nonverbose,
                                           std::memory_order_relaxed);
    r.header_flags.store(wire::kHtypWithEcuId | wire::kHtypWithSessionId |
                             wire::kHtypWithTimestamp,
                         std::memory_order_relaxed);
    r.log_state.store(-1, std::memory_order_relaxed);
    r.local_print_enabled.store(false, std::memory_order_relaxed);
    r.flush_timeout_ms.store(r.config.flush_timeout_ms, std::memory_order_relaxed);
    r.fork_enabled.store(r.config.fork_enabled, std::memory_order_relaxed);
    load_initial_levels(r);

    /* Our FIFO must exist before REGISTER_APPLICATION reaches the daemon,
     * or it never opens it (no levels, no injections for this process).
     * A file-mode process talks to no daemon and has none. */
    r.app_fd = r.file_fd >= 0 ? -2 : create_app_fifo(r.config.pipe_dir, pid, r.app_fifo_path);
    if (r.app_fd == -2) {
        r.app_fd = -1;
        r.app_fifo_path[0] = '\0';
    } else if (r.app_fd < 0) {
        diag(DiagLevel::kWarning, "cannot create %s: %m; log levels and injections disabled",
             r.app_fifo_path);
        r.app_fifo_path[0] = '\0';
    }
    if (!g_atfork_registered) {
        pthread_atfork(on_fork_prepare, on_fork_parent, on_fork_child);
        g_atfork_registered = true;
    }
    if (!r.worker.start(r)) {
        diag(DiagLevel::kError, "cannot start the worker thread");
        if (r.app_fd >= 0) {
            close(r.app_fd);
            unlink(r.app_fifo_path);
            r.app_fd = -1;
        }
        return kError;
    }
    /* release: publishes everything above to threads that see kRunning. */
    r.state.store(State::kRunning, std::memory_order_release);
    return kOk;
}

/* First use of the library in a fork child (unless DLT_NG_FORK=disable; the
 * child handler ran, only the forking thread exists).  What the parent set
 * (app and contexts, levels, header options, the DltContext level bytes the
 * app points to) is kept; what belonged to the parent's threads or pid is
 * replaced: a new ring (the copy may hold cells claimed by threads that do
 * not exist here, which would block its consumer forever), our own FIFO,
 * a new worker.  Registrations inherited from the parent stay the
 * parent's at the daemon (see Registry::mark_all_inherited). */
Status child_restart_locked(Runtime &r) noexcept
{
    if (!r.forked_child.load(std::memory_order_relaxed))
        return kOk;
    if (!r.fork_enabled.load(std::memory_order_relaxed) || r.file_fd >= 0)
        return kError; /* off (as upstream); a file cannot be shared safely */
    r.worker.close_inherited();
    scratch_free_orphans(); /* the slots of the parent's other threads */
    if (r.app_fd >= 0) {
        close(r.app_fd); /* the parent's FIFO: the parent still uses the path */
        r.app_fd = -1;
        r.app_fifo_path[0] = '\0';
    }
    r.ring.destroy();
    if (!r.ring.init(r.config.ring_bytes))
        return kError;
    r.registry.lock();
    /* Tickets are positions of the parent's ring: what they waited for is
     * not ours to send.  Unregistrations in flight complete at once. */
    AppState &app = r.registry.app();
    app.unregister_ticket = 0;
    for (std::int32_t i = 0; i < r.registry.count(); ++i)
        if (ContextEntry *e = r.registry.at(i))
            e->unregister_ticket = 0;
    /* The daemon keeps one registration per application ID: announcing
     * the parent's app again under our pid would take it over (its log
     * levels and injections would come to us) and our exit would remove
     * it.  The child logs under the parent's registration instead; what it
     * registers under an ID of its own is announced with its pid. */
    r.registry.mark_all_inherited();
    r.registry.unlock();
    r.overflow_count.store(0, std::memory_order_relaxed);
    r.log_state.store(-1, std::memory_order_relaxed);
    r.forked_child.store(false, std::memory_order_relaxed);
    if (!r.fork_parent_running)
        return kOk; /* the parent was not initialised: a normal init follows */

    const pid_t pid = getpid();
    r.pid.store(pid, std::memory_order_relaxed);
    r.app_fd = create_app_fifo(r.config.pipe_dir, pid, r.app_fifo_path);
    if (r.app_fd < 0) {
        diag(DiagLevel::kWarning, "cannot create %s: %m; log levels and injections disabled",
             r.app_fifo_path);
        r.app_fifo_path[0] = '\0';
    }
    if (!r.worker.start(r)) {
        diag(DiagLevel::kError, "cannot start the worker thread");
        return kError;
    }
    r.state.store(State::kRunning, std::memory_order_release);
    return kOk;
}

/* Library unload, which includes normal process exit: deliver what is
 * queued (bounded by the flush timeout), then say goodbye as upstream's
 * atexit handler does (UNREGISTER_APPLICATION). */
__attribute__((destructor)) void on_unload() noexcept
{
    if (g_runtime.forked_child.load(std::memory_order_relaxed) || !running())
        return;
    unregister_app(false);
    shutdown();
}

} // namespace

Status ensure_init() noexcept
{
    if (running())
        return kOk;
    Runtime &r = g_runtime;
    /* relaxed: set by the atfork child handler on this very thread. */
    if (r.forked_child.load(std::memory_order_relaxed) &&
        !r.fork_enabled.load(std::memory_order_relaxed))
        return kError; /* a fork child, as upstream */
    pthread_mutex_lock(&r.lifecycle_mutex);
    Status st = child_restart_locked(r);
    if (st == kOk)
        st = init_locked(r);
    pthread_mutex_unlock(&r.lifecycle_mutex);
    return st;
}

bool restart_after_fork() noexcept
{
    Runtime &r = g_runtime;
    if (!r.fork_enabled.load(std::memory_order_relaxed))
        return false;
    if (pthread_mutex_trylock(&r.lifecycle_mutex) != 0)
        return false;
    Status st = child_restart_locked(r);
    if (st == kOk)
        st = init_locked(r);
    pthread_mutex_unlock(&r.lifecycle_mutex);
    return st == kOk && running();
}

Status init_file(const char *path) noexcept
{
    Runtime &r = g_runtime;
    if (!path || !*path)
        return kWrongParameter;
    if (r.forked_child.load(std::memory_order_relaxed) && ensure_init() != kOk)
        return kError;
    /* As upstream: written from the start, neither truncated nor appended. */
    const int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        diag(DiagLevel::kError, "cannot open log file %s: %m", path);
        return kError;
    }
    if (r.worker.is_worker_thread()) { /* from a callback: it would join itself */
        close(fd);
        return kError;
    }
    pthread_mutex_lock(&r.lifecycle_mutex);
    /* A new file starts empty and without a limit. */
    r.file_bytes.store(0, std::memory_order_relaxed);
    r.file_size_max.store(0, std::memory_order_relaxed);
    r.file_mode.store(true, std::memory_order_relaxed);
    Status st = kOk;
    if (r.state.load(std::memory_order_relaxed) == State::kRunning) {
        /* Already talking to a daemon: from now on, to the file. */
        r.worker.flush(r.flush_timeout_ms.load(std::memory_order_relaxed));
        r.worker.stop();
        if (r.file_fd >= 0)
            close(r.file_fd);
        r.file_fd = fd;
        if (!r.worker.start(r))
            st = kError;
    } else {
        if (r.file_fd >= 0)
            close(r.file_fd);
        r.file_fd = fd;
        st = init_locked(r);
        if (st != kOk) { /* a later dlt_init must not end up in this file */
            close(r.file_fd);
            r.file_fd = -1;
            r.file_mode.store(false, std::memory_order_relaxed);
        }
    }
    pthread_mutex_unlock(&r.lifecycle_mutex);
    return st;
}

Status shutdown() noexcept
{
    Runtime &r = g_runtime;
    if (r.forked_child.load(std::memory_order_relaxed))
        return kError;
    /* From a callback on the worker thread the worker would wait for
     * itself: refused (documented in dlt_register_context(3)). */
    if (r.worker.is_worker_thread())
        return kError;
    pthread_mutex_lock(&r.lifecycle_mutex);
    if (r.state.load(std::memory_order_relaxed) != State::kRunning) {
        pthread_mutex_unlock(&r.lifecycle_mutex);
        return kError;
    }
    /* New messages are refused from here on; queued ones get flushed. */
    r.state.store(State::kFreeing, std::memory_order_release);
    r.worker.flush(r.flush_timeout_ms.load(std::memory_order_relaxed));
    r.worker.stop();

    /* The worker is gone: this thread is the ring's consumer now. */
    unsigned lost = 0;
    std::uint32_t len, tag;
    while (r.ring.peek(&len, &tag)) {
        if (r.ring.discard()) /* false: a late producer evicted it (counted) */
            ++lost;
    }
    if (lost)
        diag(DiagLevel::kWarning, "Lost log messages in user buffer when exiting: %u", lost);

    if (r.app_fd >= 0) {
        close(r.app_fd);
        unlink(r.app_fifo_path);
        r.app_fd = -1;
    }
    if (r.file_fd >= 0) {
        close(r.file_fd);
        r.file_fd = -1;
        r.file_mode.store(false, std::memory_order_relaxed);
        r.file_size_max.store(0, std::memory_order_relaxed);
        r.file_bytes.store(0, std::memory_order_relaxed);
    }
    r.registry.lock();
    r.registry.clear();
    free_level_rules(r.initial_levels);
    r.registry.unlock();
    r.apid.store(0, std::memory_order_relaxed);
    r.state.store(State::kIdle, std::memory_order_release);
    pthread_mutex_unlock(&r.lifecycle_mutex);
    return kOk;
}

__attribute__((cold)) Status submit_full(const unsigned char *record, std::uint32_t len,
                                         std::uint32_t gen, std::uint32_t ctx,
                                         std::size_t headroom, bool urgent,
                                         std::uint32_t stamp_hi) noexcept
{
    Runtime &r = g_runtime;
    /* FATAL, ERROR and control messages may use the headroom. */
    const bool important = important_record(record, len);
    const std::size_t reserve = important ? 0 : headroom;
    const std::uint32_t skip = stored_offset(ctx);
    const unsigned char *data = record + skip;
    const std::uint32_t n = len - skip;
    bool stored = important && r.ring.try_push(data, n, gen, ctx, 0, nullptr, stamp_hi);
    /* relaxed: see OverflowPolicy. */
    const auto mode = static_cast<OverflowMode>(r.overflow.mode.load(std::memory_order_relaxed));
    std::uint64_t evicted = 0;
    if (!stored && mode == OverflowMode::kOverwriteOldest)
        stored = r.ring.try_push(data, n, gen, ctx, reserve, &evicted, stamp_hi);
    else if (!stored && mode == OverflowMode::kBlock)
        stored = push_blocking(r, data, n, gen, ctx, reserve, stamp_hi);
    /* relaxed: a pure counter; the worker reports deltas of it. */
    if (evicted != 0 || !stored)
        r.overflow_count.fetch_add(evicted + (stored ? 0 : 1), std::memory_order_relaxed);
    if (!stored)
        return kBufferFull;
    r.worker.notify(urgent || important);
    return kOk;
}

} // namespace dltng
