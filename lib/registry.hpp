/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the application and its contexts, as registered by the app and
 * as announced to the daemon.
 *
 * Entries live in fixed chunks that are never moved or freed while the
 * process runs, so the log level and trace status bytes that DltContext
 * points to (and that apps read inline, without any lock) stay valid even
 * after dlt_free() (upstream frees them: #588).  Slots are not reused after
 * unregistration, as upstream: a late daemon message for an old position
 * can never reach a new context.
 *
 * Locking: one mutex (lock()/unlock()) serialises registration, unregistration
 * and the worker's announcements.  Logging threads never take it; they only
 * read their context's level byte and the generation counter. */
#ifndef DLTNG_REGISTRY_HPP
#define DLTNG_REGISTRY_HPP

#include <atomic>
#include <cstdint>
#include <cstring>
#include <pthread.h>

#include "lib/status.hpp"

namespace dltng {

using LogLevelChangedFn = void (*)(char context_id[4], std::uint8_t log_level,
                                   std::uint8_t trace_status);

using InjectionFn = int (*)(std::uint32_t service_id, void *data, std::uint32_t length);
using InjectionWithIdFn = int (*)(std::uint32_t service_id, void *data, std::uint32_t length,
                                  void *priv);

struct InjectionCallback {
    std::uint32_t service_id;
    InjectionFn fn;
    InjectionWithIdFn fn_with_id;
    void *priv;
};

enum class EntryState : std::uint8_t { kLive, kUnregistering, kGone };

struct ContextEntry {
    char ctid[4];
    /* The bytes behind DltContext.log_level_ptr / trace_status_ptr (the
     * level, then the status): Registry::hot_cells_ for the first
     * kHotContexts contexts, own_cells after them.  Written with atomic
     * byte stores; apps read them with plain loads. */
    std::int8_t *cells;
    std::int8_t own_cells[2];
    std::int8_t *level_cell() const noexcept { return cells; }
    std::int8_t *status_cell() const noexcept { return cells + 1; }
    /* What REGISTER_CONTEXT announces: explicit values, or kLevelNotSet to
     * ask the daemon for its default. */
    std::int8_t announced_level;
    std::int8_t announced_status;
    EntryState state;
    bool sent; /* announced on the current daemon connection */
    /* Registered under an application inherited from the parent of a
     * fork: the daemon keeps one registration per application ID, the
     * parent's, so this process never announces nor unregisters it
     * (announcing would move the parent's log levels and injections to
     * us; see child_restart_locked). */
    bool inherited;
    std::uint64_t unregister_ticket; /* ring position; see Worker::sync */
    char *description;
    LogLevelChangedFn level_changed;
    InjectionCallback *injections; /* heap array, under the registry lock */
    std::uint32_t injection_count;
    /* Message counter of the context, assigned by the worker in wire order
     * (worker-only: never touched by logging threads). */
    std::uint8_t next_mcnt;
};

struct AppState {
    char apid[4];
    char *description;
    bool registered;
    bool sent;
    bool inherited; /* the parent's registration, in a fork child (as above) */
    bool unregistering;
    std::uint64_t unregister_ticket;
};

class Registry {
public:
    static constexpr std::int32_t kChunkSize = 256;
    static constexpr std::int32_t kMaxChunks = 4096; /* 1M contexts */
    static constexpr std::int32_t kHotContexts = 256;

    void lock() noexcept { pthread_mutex_lock(&mutex_); }
    void unlock() noexcept { pthread_mutex_unlock(&mutex_); }
    /* In a fork child (atfork handler, plain stores only): the lock is
     * free again.  The fork prepare handler held it, so the entries are
     * consistent; whoever held it in the parent does not exist here. */
    void reset_lock_after_fork() noexcept
    {
        static const pthread_mutex_t fresh = PTHREAD_MUTEX_INITIALIZER;
        std::memcpy(static_cast<void *>(&mutex_), &fresh, sizeof mutex_);
    }

    /* ---- all of these require lock() ---- */
    AppState &app() noexcept { return app_; }
    /* Append a live context; returns its position or a negative Status. */
    std::int32_t add_context(const char ctid[4], const char *description, std::int8_t level,
                             std::int8_t status, std::int8_t announced_level,
                             std::int8_t announced_status, LogLevelChangedFn cb) noexcept;
    std::int32_t count() const noexcept { return count_.load(std::memory_order_relaxed); }
    /* Add or replace the callback for cb.service_id of a live context. */
    Status set_injection(std::int32_t pos, const InjectionCallback &cb) noexcept;
    /* Copy out the callback for service_id; false if there is none. */
    bool find_injection(std::int32_t pos, std::uint32_t service_id, InjectionCallback &out) noexcept;
    /* Forget every entry's "sent" flag (new daemon connection); inherited
     * entries are never ours to announce and stay as they are. */
    void mark_all_unsent() noexcept;
    /* In a fork child: the app and its live contexts are the parent's
     * registrations at the daemon (inherited, taken as sent). */
    void mark_all_inherited() noexcept;
    /* Drop everything (dlt_free).  Level bytes stay valid, set to OFF. */
    void clear() noexcept;

    /* Lock-free lookup by position (worker, for daemon messages); nullptr
     * if out of range. */
    ContextEntry *at(std::int32_t pos) const noexcept;

    /* Bumped (under the lock) after every change that the worker must
     * announce; log records carry the value they saw so the worker never
     * sends a record ahead of the registration it depends on. */
    std::uint32_t generation() const noexcept
    {
        /* acquire: pairs with bump(); what was registered before the bump
         * is visible to whoever sees the new value. */
        return generation_.load(std::memory_order_acquire);
    }
    void bump() noexcept { generation_.fetch_add(1, std::memory_order_acq_rel); }

private:
    struct Chunk {
        ContextEntry entries[kChunkSize];
    };
    /* First: read by every message (Runtime keeps it on its hot page),
     * and on one line with the level and status bytes of the first
     * contexts, which every message starts by reading.  All are written
     * rarely (registration, a level set by the daemon). */
    alignas(64) std::atomic<std::uint32_t> generation_{0};
    /* The level and status bytes of the first kHotContexts contexts: on
     * the hot page too (the first 30 on the generation's line). */
    std::int8_t hot_cells_[kHotContexts][2]{};
    /* Written at every registration: after the cells. */
    std::atomic<std::int32_t> count_{0};
    pthread_mutex_t mutex_ = PTHREAD_MUTEX_INITIALIZER;
    AppState app_{};
    /* 32 KiB of chunk pointers: static, so the object stays small enough
     * for the hot page.  There is one Registry (in Runtime). */
    static std::atomic<Chunk *> chunks_[kMaxChunks];
};

/* Atomic byte accessors for the level cells (apps read them plainly). */
inline std::int8_t load_level(const std::int8_t *cell) noexcept
{
    return __atomic_load_n(cell, __ATOMIC_RELAXED);
}
inline void store_level(std::int8_t *cell, std::int8_t v) noexcept
{
    __atomic_store_n(cell, v, __ATOMIC_RELAXED);
}

} // namespace dltng

#endif
