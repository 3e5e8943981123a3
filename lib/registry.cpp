/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: application and context registry (see registry.hpp). */
#include "lib/registry.hpp"

#include <cstdlib>
#include <cstring>
#include <new>

namespace dltng {

std::atomic<Registry::Chunk *> Registry::chunks_[Registry::kMaxChunks]{};

std::int32_t Registry::add_context(const char ctid[4], const char *description,
                                   std::int8_t level, std::int8_t status,
                                   std::int8_t announced_level, std::int8_t announced_status,
                                   LogLevelChangedFn cb) noexcept
{
    const std::int32_t pos = count_.load(std::memory_order_relaxed);
    const std::int32_t chunk = pos / kChunkSize;
    if (chunk >= kMaxChunks)
        return kError;
    Chunk *c = chunks_[chunk].load(std::memory_order_relaxed);
    if (!c) {
        void *mem = std::calloc(1, sizeof(Chunk));
        if (!mem)
            return kError;
        c = new (mem) Chunk;
        /* release: the zeroed chunk is visible before lookups can reach it. */
        chunks_[chunk].store(c, std::memory_order_release);
    }
    char *desc = nullptr;
    if (description) {
        desc = strdup(description);
        if (!desc)
            return kError;
    }
    ContextEntry &e = c->entries[pos % kChunkSize];
    std::memcpy(e.ctid, ctid, 4);
    e.cells = pos < kHotContexts ? hot_cells_[pos] : e.own_cells;
    store_level(e.level_cell(), level);
    store_level(e.status_cell(), status);
    e.announced_level = announced_level;
    e.announced_status = announced_status;
    e.state = EntryState::kLive;
    /* A context of an inherited app is inherited too: announcing it would
     * send the daemon's answers for it to the parent's FIFO, where this
     * position means another context. */
    e.inherited = app_.registered && app_.inherited;
    e.sent = e.inherited;
    e.unregister_ticket = 0;
    std::free(e.description);
    e.description = desc;
    e.level_changed = cb;
    std::free(e.injections);
    e.injections = nullptr;
    e.injection_count = 0;
    e.next_mcnt = 0;
    /* release: the filled entry is visible to lock-free at() readers that
     * see the new count. */
    count_.store(pos + 1, std::memory_order_release);
    return pos;
}

ContextEntry *Registry::at(std::int32_t pos) const noexcept
{
    if (pos < 0 || pos >= count_.load(std::memory_order_acquire))
        return nullptr;
    Chunk *c = chunks_[pos / kChunkSize].load(std::memory_order_acquire);
    return c ? &c->entries[pos % kChunkSize] : nullptr;
}

Status Registry::set_injection(std::int32_t pos, const InjectionCallback &cb) noexcept
{
    ContextEntry *e = at(pos);
    if (!e || e->state != EntryState::kLive)
        return kWrongParameter;
    for (std::uint32_t i = 0; i < e->injection_count; ++i) {
        if (e->injections[i].service_id == cb.service_id) {
            e->injections[i] = cb;
            return kOk;
        }
    }
    auto *grown = static_cast<InjectionCallback *>(
        std::realloc(e->injections, (e->injection_count + 1) * sizeof(InjectionCallback)));
    if (!grown)
        return kError;
    grown[e->injection_count++] = cb;
    e->injections = grown;
    return kOk;
}

bool Registry::find_injection(std::int32_t pos, std::uint32_t service_id,
                              InjectionCallback &out) noexcept
{
    ContextEntry *e = at(pos);
    if (!e || e->state != EntryState::kLive)
        return false;
    for (std::uint32_t i = 0; i < e->injection_count; ++i) {
        if (e->injections[i].service_id == service_id) {
            out = e->injections[i];
            return true;
        }
    }
    return false;
}

void Registry::mark_all_unsent() noexcept
{
    if (!app_.inherited)
        app_.sent = false;
    const std::int32_t n = count();
    for (std::int32_t i = 0; i < n; ++i)
        if (ContextEntry *e = at(i); e && !e->inherited)
            e->sent = false;
}

void Registry::mark_all_inherited() noexcept
{
    if (app_.registered) {
        app_.inherited = true;
        app_.sent = true;
    }
    const std::int32_t n = count();
    for (std::int32_t i = 0; i < n; ++i) {
        ContextEntry *e = at(i);
        if (e && e->state == EntryState::kLive) {
            e->inherited = true;
            e->sent = true;
        }
    }
}

void Registry::clear() noexcept
{
    const std::int32_t n = count();
    for (std::int32_t i = 0; i < n; ++i) {
        ContextEntry *e = at(i);
        if (!e)
            continue;
        /* Stale DltContext copies keep pointing here: make them log nothing. */
        store_level(e->level_cell(), 0);
        store_level(e->status_cell(), 0);
        e->state = EntryState::kGone;
        std::free(e->description);
        e->description = nullptr;
        std::free(e->injections);
        e->injections = nullptr;
        e->injection_count = 0;
    }
    std::free(app_.description);
    app_ = AppState{};
    /* Positions keep counting across dlt_free/dlt_init: a stale handle or a
     * late daemon message can never reach a context registered later. */
    bump();
}

} // namespace dltng
