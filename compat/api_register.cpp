/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: application and context registration, and the callbacks a
 * context can carry (log level changed, injections). */
#include <cstring>

#include "compat/shim.hpp"
#include "lib/message.hpp"
#include "lib/registration.hpp"

using namespace dltng;
using dltng::shim::ret;

namespace {

/* Smallest service id an application may register an injection for; lower
 * ids belong to the daemon's own services. */
constexpr uint32_t kMinInjectionServiceId = 0xFFF;
/* Level / status "not set": the daemon answers with its default. */
constexpr int kNotSet = -2;

DltReturnValue register_context_full(DltContext *handle, const char *contextid,
                                     const char *description, int loglevel, int tracestatus,
                                     LogLevelChangedFn cb) noexcept
{
    if (!handle)
        return DLT_RETURN_WRONG_PARAMETER;
    ContextRegistration reg;
    const Status st = register_context(contextid, description, loglevel, tracestatus, cb, reg);
    if (st != kOk)
        return ret(st);
    make_id(handle->contextID, contextid);
    handle->log_level_pos = reg.pos;
    handle->log_level_ptr = reg.log_level;
    handle->trace_status_ptr = reg.trace_status;
    handle->mcnt = 0;
    return DLT_RETURN_OK;
}

/* The registry position behind a registered handle, or -1. */
int32_t position_of(const DltContext *handle) noexcept
{
    return handle && handle->log_level_ptr ? handle->log_level_pos : -1;
}

DltReturnValue set_injection(DltContext *handle, uint32_t service_id,
                             const InjectionCallback &cb) noexcept
{
    const int32_t pos = position_of(handle);
    if (pos < 0 || service_id < kMinInjectionServiceId)
        return DLT_RETURN_WRONG_PARAMETER;
    if (!running())
        return DLT_RETURN_ERROR;
    Registry &reg = runtime().registry;
    reg.lock();
    const Status st = reg.set_injection(pos, cb);
    reg.unlock();
    return ret(st);
}

} // namespace

DLT_EXPORT DltReturnValue dlt_register_app(const char *apid, const char *description)
{
    return ret(register_app(apid, description));
}

DLT_EXPORT DltReturnValue dlt_unregister_app(void)
{
    return ret(unregister_app(false));
}

DLT_EXPORT DltReturnValue dlt_unregister_app_flush_buffered_logs(void)
{
    return ret(unregister_app(true));
}

DLT_EXPORT DltReturnValue dlt_get_appid(char *appid)
{
    if (!appid)
        return DLT_RETURN_WRONG_PARAMETER;
    /* relaxed: a snapshot of the current ID is all that is promised. */
    const uint32_t word = runtime().apid.load(std::memory_order_relaxed);
    std::memcpy(appid, &word, 4); /* 4 bytes, no NUL: as upstream */
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_register_context(DltContext *handle, const char *contextid,
                                               const char *description)
{
    return register_context_full(handle, contextid, description, kNotSet, kNotSet, nullptr);
}

DLT_EXPORT DltReturnValue dlt_register_context_ll_ts(DltContext *handle, const char *contextid,
                                                     const char *description, int loglevel,
                                                     int tracestatus)
{
    return register_context_full(handle, contextid, description, loglevel, tracestatus, nullptr);
}

DLT_EXPORT DltReturnValue dlt_register_context_llccb(
    DltContext *handle, const char *contextid, const char *description,
    void (*dlt_log_level_changed_callback)(char context_id[DLT_ID_SIZE], uint8_t log_level,
                                           uint8_t trace_status))
{
    return register_context_full(handle, contextid, description, kNotSet, kNotSet,
                                 dlt_log_level_changed_callback);
}

DLT_EXPORT DltReturnValue dlt_register_context_ll_ts_llccb(
    DltContext *handle, const char *contextid, const char *description, int loglevel,
    int tracestatus,
    void (*dlt_log_level_changed_callback)(char context_id[DLT_ID_SIZE], uint8_t log_level,
                                           uint8_t trace_status))
{
    return register_context_full(handle, contextid, description, loglevel, tracestatus,
                                 dlt_log_level_changed_callback);
}

DLT_EXPORT DltReturnValue dlt_unregister_context(DltContext *handle)
{
    /* NULL, and a handle without an ID (a zeroed DltContext that was never
     * registered): ERROR, as upstream, which also clobbers the context at
     * the handle's position (0) first; libdlt-ng leaves everything alone. */
    if (!handle || !handle->contextID[0])
        return DLT_RETURN_ERROR;
    /* Unregistered through this handle already: harmless and OK, as upstream. */
    if (!handle->log_level_ptr)
        return DLT_RETURN_OK;
    /* A position out of range (negative included) is WRONG_PARAMETER there;
     * upstream writes outside its table. */
    const Status st = unregister_context(handle->log_level_pos);
    if (st != kError) { /* on ERROR (library cannot run) the handle stays as it was, as upstream */
        handle->log_level_ptr = nullptr;
        handle->trace_status_ptr = nullptr;
    }
    return ret(st);
}

/* Every context of the app at once, here and (APP_LL_TS) in the daemon,
 * which then confirms each context with a LOG_LEVEL message. */
DLT_EXPORT DltReturnValue dlt_set_application_ll_ts_limit(DltLogLevelType loglevel,
                                                          DltTraceStatusType tracestatus)
{
    if (loglevel < kNotSet || loglevel >= DLT_LOG_MAX || tracestatus < kNotSet ||
        tracestatus >= DLT_TRACE_STATUS_MAX)
        return DLT_RETURN_WRONG_PARAMETER;
    if (!running())
        return DLT_RETURN_ERROR;
    Runtime &r = runtime();
    Registry &reg = r.registry;
    unsigned char msg[kControlMessageMax];
    reg.lock();
    const AppState &app = reg.app();
    if (!app.registered || app.unregistering) {
        reg.unlock();
        return DLT_RETURN_ERROR;
    }
    const std::size_t len = compose_app_ll_ts(msg, app.apid, static_cast<int8_t>(loglevel),
                                              static_cast<int8_t>(tracestatus));
    for (int32_t i = 0, n = reg.count(); i < n; ++i) {
        ContextEntry *e = reg.at(i);
        if (e && e->state == EntryState::kLive) {
            store_level(e->level_cell(), static_cast<int8_t>(loglevel));
            store_level(e->status_cell(), static_cast<int8_t>(tracestatus));
        }
    }
    reg.unlock();
    return ret(submit(msg, static_cast<uint32_t>(len), kNoContext, true));
}

DLT_EXPORT DltReturnValue dlt_register_log_level_changed_callback(
    DltContext *handle,
    void (*dlt_log_level_changed_callback)(char context_id[DLT_ID_SIZE], uint8_t log_level,
                                           uint8_t trace_status))
{
    const int32_t pos = position_of(handle);
    if (pos < 0)
        return DLT_RETURN_WRONG_PARAMETER;
    if (!running())
        return DLT_RETURN_ERROR;
    Registry &reg = runtime().registry;
    reg.lock();
    ContextEntry *e = reg.at(pos);
    const bool live = e && e->state == EntryState::kLive;
    if (live)
        e->level_changed = dlt_log_level_changed_callback;
    reg.unlock();
    return live ? DLT_RETURN_OK : DLT_RETURN_WRONG_PARAMETER;
}

DLT_EXPORT DltReturnValue dlt_register_injection_callback(
    DltContext *handle, uint32_t service_id,
    int (*callback)(uint32_t service_id, void *data, uint32_t length))
{
    return set_injection(handle, service_id,
                         InjectionCallback{service_id, callback, nullptr, nullptr});
}

DLT_EXPORT DltReturnValue dlt_register_injection_callback_with_id(
    DltContext *handle, uint32_t service_id,
    int (*callback)(uint32_t service_id, void *data, uint32_t length, void *priv_data),
    void *priv)
{
    return set_injection(handle, service_id,
                         InjectionCallback{service_id, nullptr, callback, priv});
}
