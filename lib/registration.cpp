/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: application and context registration (see registration.hpp). */
#include "lib/registration.hpp"

#include <cstdlib>
#include <cstring>

#include "lib/runtime.hpp"
#include "lib/wire.hpp"

namespace dltng {
namespace {

/* Context levels before the daemon answers: INFO, trace off until told. */
constexpr std::int8_t kInitialLogLevel = 4;

} // namespace

bool make_id(char out[4], const char *id) noexcept
{
    if (!id || !id[0])
        return false;
    std::memset(out, 0, 4);
    for (int i = 0; i < 4 && id[i]; ++i)
        out[i] = id[i];
    return true;
}

Status register_app(const char *apid, const char *description) noexcept
{
    char id[4];
    if (!make_id(id, apid))
        return kWrongParameter;
    const Status st = ensure_init();
    if (st != kOk)
        return st;

    Runtime &r = runtime();
    r.registry.lock();
    AppState &app = r.registry.app();
    if (app.registered && !app.unregistering && std::memcmp(app.apid, id, 4) == 0) {
        r.registry.unlock();
        return kOk; /* already registered under this ID: nothing to resend */
    }
    char *desc = description ? strdup(description) : nullptr;
    std::free(app.description);
    std::memcpy(app.apid, id, 4);
    app.description = desc;
    app.registered = true;
    app.sent = false;
    app.inherited = false;
    app.unregistering = false;
    std::uint32_t word;
    std::memcpy(&word, id, 4);
    r.apid.store(word, std::memory_order_relaxed);
    r.registry.bump();
    r.registry.unlock();
    r.worker.wake();
    return kOk;
}

Status unregister_app(bool flush_first) noexcept
{
    if (!running())
        return kError;
    Runtime &r = runtime();
    if (flush_first)
        r.worker.flush(r.flush_timeout_ms.load(std::memory_order_relaxed));
    r.registry.lock();
    AppState &app = r.registry.app();
    if (!app.registered || app.unregistering) {
        r.registry.unlock();
        return kError;
    }
    /* Sent once every record claimed so far has gone out. */
    app.unregistering = true;
    app.unregister_ticket = r.ring.enqueue_position();
    r.apid.store(0, std::memory_order_relaxed);
    r.registry.bump();
    r.registry.unlock();
    r.worker.wake();
    return kOk;
}

Status register_context(const char *ctid, const char *description, int log_level,
                        int trace_status, LogLevelChangedFn cb,
                        ContextRegistration &out) noexcept
{
    char id[4];
    if (!make_id(id, ctid))
        return kWrongParameter;
    /* kLevelNotSet (-2) asks the daemon for its default; anything else in
     * range, DLT_LOG_DEFAULT (-1) included, is stored and announced as is. */
    if (log_level < wire::kLevelNotSet || log_level > 6 || trace_status < wire::kLevelNotSet ||
        trace_status > 1)
        return kWrongParameter;
    const Status st = ensure_init();
    if (st != kOk)
        return st;

    auto announced_level = static_cast<std::int8_t>(log_level);
    const auto announced_status = static_cast<std::int8_t>(trace_status);
    std::int8_t level = announced_level == wire::kLevelNotSet ? kInitialLogLevel : announced_level;
    const std::int8_t status = announced_status; /* -2 keeps network trace off */
    Runtime &r = runtime();
    r.registry.lock();
    /* DLT_INITIAL_LOG_LEVEL overrides both the default and an explicit
     * level, here and in what the daemon is told. */
    constexpr int kNoRule = -100;
    const int env_level = match_level_rule(r.initial_levels, r.registry.app().apid, id, kNoRule);
    if (env_level != kNoRule) {
        level = static_cast<std::int8_t>(env_level);
        announced_level = static_cast<std::int8_t>(env_level);
    }
    const std::int32_t pos = r.registry.add_context(id, description, level, status,
                                                    announced_level, announced_status, cb);
    if (pos < 0) {
        r.registry.unlock();
        return static_cast<Status>(pos);
    }
    ContextEntry *e = r.registry.at(pos);
    out.pos = pos;
    out.log_level = e->level_cell();
    out.trace_status = e->status_cell();
    r.registry.bump();
    r.registry.unlock();
    r.worker.wake();
    return kOk;
}

Status unregister_context(std::int32_t pos) noexcept
{
    Runtime &r = runtime();
    r.registry.lock();
    ContextEntry *e = r.registry.at(pos);
    const bool live = e && e->state == EntryState::kLive;
    r.registry.unlock();
    /* Withdrawn already (through a copy of the handle, or by dlt_free):
     * nothing to do, and OK as upstream, which just sends the message again. */
    if (!live)
        return e ? kOk : kWrongParameter;
    /* Only a fork child gets here with the library stopped: restart it as
     * registration would, or fail as upstream does in the child. */
    const Status st = ensure_init();
    if (st != kOk)
        return st;
    r.registry.lock();
    if (e->state != EntryState::kLive) { /* a copy got there first meanwhile */
        r.registry.unlock();
        return kOk;
    }
    e->state = EntryState::kUnregistering;
    /* Copies of the handle must stop logging too. */
    store_level(e->level_cell(), 0);
    store_level(e->status_cell(), 0);
    e->unregister_ticket = r.ring.enqueue_position();
    r.registry.bump();
    r.registry.unlock();
    r.worker.wake();
    return kOk;
}

} // namespace dltng
