/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: init/free, versions, and the process-wide logging settings. */
#include "config.h"

#include <cstdio>
#include <cstring>

#include "compat/shim.hpp"
#include "lib/clock.hpp"
#include "lib/diag.hpp"
#include "lib/wire.hpp"

using namespace dltng;
using dltng::shim::ret;

namespace {

constexpr char kMajor[] = "2";
constexpr char kMinor[] = "18";

/* Lazily initialise, then apply a setting. */
template <typename Apply>
DltReturnValue setting(Apply apply) noexcept
{
    const Status st = ensure_init();
    if (st != kOk)
        return ret(st);
    apply(runtime());
    return DLT_RETURN_OK;
}

void set_header_flag(std::uint8_t flag, bool on) noexcept
{
    std::atomic<std::uint8_t> &flags = runtime().header_flags;
    /* relaxed: an independent setting, read by later messages. */
    if (on)
        flags.fetch_or(flag, std::memory_order_relaxed);
    else
        flags.fetch_and(static_cast<std::uint8_t>(~flag), std::memory_order_relaxed);
}

DltReturnValue check_version(const char *major, const char *minor) noexcept
{
    if (!major || !minor)
        return DLT_RETURN_WRONG_PARAMETER;
    if (std::strcmp(major, kMajor) == 0 && std::strcmp(minor, kMinor) == 0)
        return DLT_RETURN_OK;
    diag(DiagLevel::kWarning,
         "DLT Library version check failed! Installed DLT library version is %s.%s - "
         "Application using DLT library version %s.%s",
         kMajor, kMinor, major, minor);
    return DLT_RETURN_ERROR;
}

} // namespace

DLT_EXPORT DltReturnValue dlt_init(void)
{
    return ret(ensure_init());
}

DLT_EXPORT DltReturnValue dlt_free(void)
{
    return ret(shutdown());
}

DLT_EXPORT DltReturnValue dlt_init_file(const char *name)
{
    return ret(init_file(name));
}

/* Outside file mode upstream returns DLT_LOG_ERROR (2) here, a quirk kept
 * for compatibility. */
DLT_EXPORT DltReturnValue dlt_set_filesize_max(unsigned int filesize)
{
    Runtime &r = runtime();
    pthread_mutex_lock(&r.lifecycle_mutex); /* file_fd changes under it */
    const bool file_mode = running() && r.file_fd >= 0;
    if (file_mode)
        r.file_size_max.store(filesize, std::memory_order_relaxed);
    pthread_mutex_unlock(&r.lifecycle_mutex);
    return file_mode ? DLT_RETURN_OK : static_cast<DltReturnValue>(DLT_LOG_ERROR);
}

DLT_EXPORT DltReturnValue dlt_check_library_version(const char *user_major_version,
                                                    const char *user_minor_version)
{
    return check_version(user_major_version, user_minor_version);
}

DLT_EXPORT DltReturnValue dlt_user_check_library_version(const char *user_major_version,
                                                         const char *user_minor_version)
{
    return check_version(user_major_version, user_minor_version);
}

/* The text keeps upstream's shape: python3-dlt reads the 4th word. */
DLT_EXPORT void dlt_get_version(char *buf, size_t size)
{
    if (buf && size)
        snprintf(buf, size,
                 "DLT Package Version: %s.%s.8 STABLE, Package Revision: libdlt-ng %s, "
                 "build on %s\n+SYSTEMD -SYSTEMD_WATCHDOG -TEST -SHM\n",
                 kMajor, kMinor, PACKAGE_VERSION, "libdlt-ng");
}

DLT_EXPORT void dlt_get_major_version(char *buf, size_t size)
{
    if (buf && size)
        snprintf(buf, size, "%s", kMajor);
}

DLT_EXPORT void dlt_get_minor_version(char *buf, size_t size)
{
    if (buf && size)
        snprintf(buf, size, "%s", kMinor);
}

DLT_EXPORT DltReturnValue dlt_verbose_mode(void)
{
    return setting([](Runtime &r) { r.verbose.store(true, std::memory_order_relaxed); });
}

DLT_EXPORT DltReturnValue dlt_nonverbose_mode(void)
{
    return setting([](Runtime &r) { r.verbose.store(false, std::memory_order_relaxed); });
}

DLT_EXPORT DltReturnValue dlt_use_extended_header_for_non_verbose(int8_t use_extended_header_for_non_verbose)
{
    return setting([&](Runtime &r) {
        r.extended_header_for_nonverbose.store(use_extended_header_for_non_verbose != 0,
                                               std::memory_order_relaxed);
    });
}

DLT_EXPORT DltReturnValue dlt_with_session_id(int8_t with_session_id)
{
    return setting([&](Runtime &) { set_header_flag(wire::kHtypWithSessionId, with_session_id != 0); });
}

DLT_EXPORT DltReturnValue dlt_with_timestamp(int8_t with_timestamp)
{
    return setting([&](Runtime &) { set_header_flag(wire::kHtypWithTimestamp, with_timestamp != 0); });
}

DLT_EXPORT DltReturnValue dlt_with_ecu_id(int8_t with_ecu_id)
{
    return setting([&](Runtime &) { set_header_flag(wire::kHtypWithEcuId, with_ecu_id != 0); });
}

/* How long exit and dlt_free wait for the daemon to take queued messages
 * (libdlt-ng: counted from the last progress, so a slow but live daemon
 * still gets everything). */
DLT_EXPORT int dlt_set_resend_timeout_atexit(uint32_t timeout_in_milliseconds)
{
    const Status st = ensure_init();
    if (st != kOk)
        return st;
    const uint32_t ms = timeout_in_milliseconds > 3600000 ? 3600000 : timeout_in_milliseconds;
    runtime().flush_timeout_ms.store(static_cast<int32_t>(ms), std::memory_order_relaxed);
    return 0;
}

/* Validated and remembered, but not sent: the 2.18.8 daemon (and every
 * later one) rejects LOG_MODE messages and then drops the rest of what it
 * read, which would lose the messages batched with it.  See libdlt-ng(7). */
DLT_EXPORT DltReturnValue dlt_set_log_mode(DltUserLogMode mode)
{
    if (mode < DLT_USER_MODE_UNDEFINED || mode >= DLT_USER_MODE_MAX) {
        diag(DiagLevel::kError, "User log mode %d is outside valid range", static_cast<int>(mode));
        return DLT_RETURN_WRONG_PARAMETER;
    }
    return setting([&](Runtime &r) { r.log_mode.store(mode, std::memory_order_relaxed); });
}

/* Print every message on the console too (see DLT_LOCAL_PRINT_MODE,
 * which overrides this). */
DLT_EXPORT DltReturnValue dlt_enable_local_print(void)
{
    return setting([](Runtime &r) { r.local_print_enabled.store(true, std::memory_order_relaxed); });
}

DLT_EXPORT DltReturnValue dlt_disable_local_print(void)
{
    return setting([](Runtime &r) { r.local_print_enabled.store(false, std::memory_order_relaxed); });
}

DLT_EXPORT uint32_t dlt_uptime(void)
{
    return uptime_tenth_ms();
}

/* Upstream's internal set-up of the user library, exported and called by
 * its tests: here, the same lazy initialisation every entry point does. */
DLT_EXPORT DltReturnValue dlt_init_common(void)
{
    return ret(ensure_init());
}

DLT_EXPORT int dlt_get_log_state(void)
{
    return runtime().log_state.load(std::memory_order_relaxed);
}

DLT_EXPORT uint64_t dlt_get_overflow_count(void)
{
    return runtime().overflow_count.load(std::memory_order_relaxed);
}

DLT_EXPORT DltReturnValue dlt_user_is_logLevel_enabled(DltContext *handle, DltLogLevelType loglevel)
{
    if (!handle || !handle->log_level_ptr || loglevel < DLT_LOG_DEFAULT || loglevel >= DLT_LOG_MAX)
        return DLT_RETURN_WRONG_PARAMETER;
    if (loglevel <= load_level(handle->log_level_ptr) && loglevel != DLT_LOG_OFF)
        return DLT_RETURN_TRUE;
    return DLT_RETURN_LOGGING_DISABLED;
}
