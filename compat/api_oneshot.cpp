/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the one-call helpers (dlt_log_string, dlt_log_int, ...) and
 * the marker.  Each is start + argument(s) + finish. */
#include <cstring>

#include "compat/shim.hpp"
#include "lib/wire.hpp"

using namespace dltng;
using dltng::shim::ret;

namespace {

/* Verbose only (upstream refuses them in non-verbose mode); a disabled
 * level or a refused start is not an error for the caller.  A failing
 * writer still sends what was written, unless drop_on_error. */
template <typename Write>
DltReturnValue log_once(DltContext *handle, DltLogLevelType loglevel, Write write,
                        bool drop_on_error = false) noexcept
{
    if (!handle)
        return DLT_RETURN_WRONG_PARAMETER;
    if (!runtime().verbose.load(std::memory_order_relaxed))
        return DLT_RETURN_ERROR;
    DltContextData log;
    if (dlt_user_log_write_start(handle, &log, loglevel) != DLT_RETURN_TRUE)
        return DLT_RETURN_OK;
    const DltReturnValue rc = write(&log);
    if (rc < DLT_RETURN_OK && drop_on_error) {
        dltng::shim::abandon_message(&log);
        return rc;
    }
    const DltReturnValue done = dlt_user_log_write_finish(&log);
    return rc < DLT_RETURN_OK ? rc : done;
}

} // namespace

DLT_EXPORT DltReturnValue dlt_log_string(DltContext *handle, DltLogLevelType loglevel, const char *text)
{
    if (!text)
        return DLT_RETURN_WRONG_PARAMETER;
    return log_once(handle, loglevel, [&](DltContextData *l) { return dlt_user_log_write_string(l, text); });
}

DLT_EXPORT DltReturnValue dlt_log_string_int(DltContext *handle, DltLogLevelType loglevel, const char *text, int data)
{
    if (!text)
        return DLT_RETURN_WRONG_PARAMETER;
    return log_once(handle, loglevel, [&](DltContextData *l) {
        const DltReturnValue rc = dlt_user_log_write_string(l, text);
        return rc < DLT_RETURN_OK ? rc : dlt_user_log_write_int(l, data);
    });
}

DLT_EXPORT DltReturnValue dlt_log_string_uint(DltContext *handle, DltLogLevelType loglevel, const char *text, unsigned int data)
{
    if (!text)
        return DLT_RETURN_WRONG_PARAMETER;
    return log_once(handle, loglevel, [&](DltContextData *l) {
        const DltReturnValue rc = dlt_user_log_write_string(l, text);
        return rc < DLT_RETURN_OK ? rc : dlt_user_log_write_uint(l, data);
    });
}

DLT_EXPORT DltReturnValue dlt_log_int(DltContext *handle, DltLogLevelType loglevel, int data)
{
    return log_once(handle, loglevel, [&](DltContextData *l) { return dlt_user_log_write_int(l, data); });
}

DLT_EXPORT DltReturnValue dlt_log_uint(DltContext *handle, DltLogLevelType loglevel, unsigned int data)
{
    return log_once(handle, loglevel, [&](DltContextData *l) { return dlt_user_log_write_uint(l, data); });
}

/* Unlike the others, a raw argument that does not fit drops the whole
 * message (as upstream): nothing is sent. */
DLT_EXPORT DltReturnValue dlt_log_raw(DltContext *handle, DltLogLevelType loglevel, void *data, uint16_t length)
{
    if (!data && length)
        return DLT_RETURN_WRONG_PARAMETER;
    return log_once(handle, loglevel, [&](DltContextData *l) { return dlt_user_log_write_raw(l, data, length); },
                    true);
}

/* The 2.18.8 daemon consumes one byte more than the bare MARKER header, and
 * so would swallow the start of the next message.  libdlt-ng sends that
 * byte (a zero) with the marker: nothing is lost.  See libdlt-ng(7). */
DLT_EXPORT DltReturnValue dlt_log_marker(void)
{
    const Status st = ensure_init();
    if (st != kOk)
        return ret(st);
    unsigned char msg[sizeof(wire::UserHeader) + 1] = {};
    wire::UserHeader uh;
    std::memcpy(uh.pattern, wire::kUserPattern, sizeof uh.pattern);
    uh.message = wire::kMarker;
    std::memcpy(msg, &uh, sizeof uh);
    return ret(submit(msg, sizeof msg, kNoContext, true));
}
