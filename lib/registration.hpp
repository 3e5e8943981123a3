/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: registering and unregistering the application and its
 * contexts.  Control path: takes the lifecycle and registry mutexes, never
 * touches the daemon itself (the worker announces changes in order). */
#ifndef DLTNG_REGISTRATION_HPP
#define DLTNG_REGISTRATION_HPP

#include <cstdint>

#include "lib/registry.hpp"
#include "lib/status.hpp"

namespace dltng {

/* Copy an ID as upstream's dlt_set_id does: up to 4 bytes, stopping at the
 * first NUL, NUL-padded.  Returns false for NULL or empty IDs. */
bool make_id(char out[4], const char *id) noexcept;

Status register_app(const char *apid, const char *description) noexcept;
/* flush_first: dlt_unregister_app_flush_buffered_logs semantics. */
Status unregister_app(bool flush_first) noexcept;

/* log_level / trace_status: -2 (wire::kLevelNotSet) when not given. */
struct ContextRegistration {
    std::int32_t pos;
    std::int8_t *log_level;
    std::int8_t *trace_status;
};
Status register_context(const char *ctid, const char *description, int log_level,
                        int trace_status, LogLevelChangedFn cb,
                        ContextRegistration &out) noexcept;
/* kOk also when the context at pos is withdrawn already (unregistered
 * through a copy of its handle, or dropped by dlt_free); kWrongParameter if
 * no context ever had that position; kError if the library cannot run (a
 * fork child with DLT_NG_FORK=disable), nothing changed. */
Status unregister_context(std::int32_t pos) noexcept;

} // namespace dltng

#endif
