/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the small helpers of dlt_common.h and dlt_protocol.h that
 * applications call besides the logging API: the internal logger
 * (dlt_log, dlt_vlog, dlt_vnlog, dlt_user_printf, dlt_log_init, ...), ID
 * and string helpers, the storage header and the service names.  Return
 * values, checks and output follow libdlt 2.18.8 (compared side by side in
 * tests/conformance/test-common.sh). */
#include <cctype>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/time.h>

/* The exported data objects are declared in the public headers; declaring
 * them with default visibility there keeps their definitions below
 * exported (the version script is the fence). */
#pragma GCC visibility push(default)
#include "compat/shim.hpp"
#pragma GCC visibility pop
#include "lib/diag.hpp"

extern "C" {
/* Declared in dlt_common.h only for FIFO-IPC builds of the daemon/library;
 * libdlt 2.18.8 (a FIFO build) exports it. */
void dlt_log_set_fifo_basedir(const char *pipe_dir);
}

namespace {

/* dlt_vlog keeps at most this many characters of its text, as upstream. */
constexpr std::size_t kVlogMaxText = 2046;

/* The service names, indexed by id (0x00..0x14) and by id - 0xF00. */
constexpr int kServiceNameCount = 21;
constexpr int kUserServiceNameCount = 15;

} // namespace

extern "C" {
DLT_EXPORT_DATA const char *const dlt_service_names[kServiceNameCount] = {
    "DLT_SERVICE_ID",
    "DLT_SERVICE_ID_SET_LOG_LEVEL",
    "DLT_SERVICE_ID_SET_TRACE_STATUS",
    "DLT_SERVICE_ID_GET_LOG_INFO",
    "DLT_SERVICE_ID_GET_DEFAULT_LOG_LEVEL",
    "DLT_SERVICE_ID_STORE_CONFIG",
    "DLT_SERVICE_ID_RESET_TO_FACTORY_DEFAULT",
    "DLT_SERVICE_ID_SET_COM_INTERFACE_STATUS",
    "DLT_SERVICE_ID_SET_COM_INTERFACE_MAX_BANDWIDTH",
    "DLT_SERVICE_ID_SET_VERBOSE_MODE",
    "DLT_SERVICE_ID_SET_MESSAGE_FILTERING",
    "DLT_SERVICE_ID_SET_TIMING_PACKETS",
    "DLT_SERVICE_ID_GET_LOCAL_TIME",
    "DLT_SERVICE_ID_USE_ECU_ID",
    "DLT_SERVICE_ID_USE_SESSION_ID",
    "DLT_SERVICE_ID_USE_TIMESTAMP",
    "DLT_SERVICE_ID_USE_EXTENDED_HEADER",
    "DLT_SERVICE_ID_SET_DEFAULT_LOG_LEVEL",
    "DLT_SERVICE_ID_SET_DEFAULT_TRACE_STATUS",
    "DLT_SERVICE_ID_GET_SOFTWARE_VERSION",
    "DLT_SERVICE_ID_MESSAGE_BUFFER_OVERFLOW",
};

DLT_EXPORT_DATA const char *const dlt_user_service_names[kUserServiceNameCount] = {
    "DLT_USER_SERVICE_ID",
    "DLT_SERVICE_ID_UNREGISTER_CONTEXT",
    "DLT_SERVICE_ID_CONNECTION_INFO",
    "DLT_SERVICE_ID_TIMEZONE",
    "DLT_SERVICE_ID_MARKER",
    "DLT_SERVICE_ID_OFFLINE_LOGSTORAGE",
    "DLT_SERVICE_ID_PASSIVE_NODE_CONNECT",
    "DLT_SERVICE_ID_PASSIVE_NODE_CONNECTION_STATUS",
    "DLT_SERVICE_ID_SET_ALL_LOG_LEVEL",
    "DLT_SERVICE_ID_SET_ALL_TRACE_STATUS",
    "DLT_SERVICE_ID_UNDEFINED",
    "DLT_SERVICE_ID_RESERVED",
    "DLT_SERVICE_ID_RESERVED",
    "DLT_SERVICE_ID_RESERVED",
    "DLT_SERVICE_ID_RESERVED",
};
} // extern "C"

DLT_EXPORT const char *dlt_get_service_name(unsigned int id)
{
    /* Index 0 of either table is not a service: upstream says UNDEFINED. */
    if (id > 0 && id < kServiceNameCount)
        return dlt_service_names[id];
    if (id > 0xF00 && id < 0xF00u + kUserServiceNameCount)
        return dlt_user_service_names[id - 0xF00];
    if (id == DLT_SERVICE_ID_CALLSW_CINJECTION)
        return "DLT_SERVICE_ID_CALLSW_CINJECTION";
    return "UNDEFINED";
}

/* ---- the internal logger ---- */

DLT_EXPORT void dlt_log_set_filename(const char *filename)
{
    if (filename)
        dltng::diag_set_filename(filename);
}

DLT_EXPORT void dlt_log_set_level(int level)
{
    if (level < 0 || level > 7 /* LOG_DEBUG */) {
        dltng::diag(dltng::DiagLevel::kWarning, "Wrong parameter for level: %d", level);
        return;
    }
    dltng::diag_set_max_level(level);
}

DLT_EXPORT void dlt_log_init(int mode)
{
    dltng::diag_set_sink(mode);
}

DLT_EXPORT void dlt_log_free(void)
{
    dltng::diag_close_file();
}

DLT_EXPORT void dlt_log_set_fifo_basedir(const char *pipe_dir)
{
    /* The directory of the daemon's FIFO for the next dlt_init(), unless
     * DLT_PIPE_DIR says otherwise. */
    if (pipe_dir)
        dltng::set_default_pipe_dir(pipe_dir);
}

DLT_EXPORT DltReturnValue dlt_log(int prio, char *s)
{
    if (!s)
        return DLT_RETURN_WRONG_PARAMETER;
    dltng::diag_write(prio, s);
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_vlog(int prio, const char *format, ...)
{
    if (!format)
        return DLT_RETURN_WRONG_PARAMETER;
    char text[kVlogMaxText + 1];
    va_list ap;
    va_start(ap, format);
    vsnprintf(text, sizeof text, format, ap);
    va_end(ap);
    dltng::diag_write(prio, text);
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_vnlog(int prio, size_t size, const char *format, ...)
{
    if (!format)
        return DLT_RETURN_WRONG_PARAMETER;
    if (size == 0)
        return DLT_RETURN_OK;
    char *text = static_cast<char *>(std::malloc(size));
    if (!text)
        return DLT_RETURN_ERROR;
    va_list ap;
    va_start(ap, format);
    vsnprintf(text, size, format, ap);
    va_end(ap);
    dltng::diag_write(prio, text);
    std::free(text);
    return DLT_RETURN_OK;
}

DLT_EXPORT int dlt_user_printf(const char *format, ...)
{
    if (!format)
        return -1;
    va_list ap;
    va_start(ap, format);
    const int n = std::vfprintf(dltng::diag_uses_stderr() ? stderr : stdout, format, ap);
    va_end(ap);
    return n;
}

/* ---- IDs and strings ---- */

DLT_EXPORT size_t dlt_strnlen_s(const char *str, size_t maxsize)
{
    if (!str)
        return 0;
    return strnlen(str, maxsize);
}

DLT_EXPORT void dlt_print_id(char *text, const char *id)
{
    /* Four characters, '-' where the ID is shorter, then a NUL. */
    if (!text || !id)
        return;
    std::memset(text, '-', DLT_ID_SIZE);
    std::memcpy(text, id, strnlen(id, DLT_ID_SIZE));
    text[DLT_ID_SIZE] = '\0';
}

DLT_EXPORT void dlt_clean_string(char *text, int length)
{
    if (!text)
        return;
    for (int i = 0; i < length; ++i)
        if (text[i] == '\r' || text[i] == '\n')
            text[i] = ' ';
}

DLT_EXPORT DltReturnValue dlt_print_char_string(char **text, int textlength, uint8_t *ptr, int size)
{
    if (!text || !*text || !ptr || textlength <= 0 || size < 0)
        return DLT_RETURN_WRONG_PARAMETER;
    if (textlength < size) {
        dltng::diag(dltng::DiagLevel::kWarning,
                    "String does not fit character data (available=%d, required=%d) !",
                    textlength, size);
        return DLT_RETURN_WRONG_PARAMETER;
    }
    if (size == 0)
        return DLT_RETURN_OK;
    /* Printable ASCII as is, everything else as '.'; *text moves past the
     * characters and points at the terminating NUL (as upstream, which
     * writes it one past textlength when size == textlength). */
    char *out = *text;
    for (int i = 0; i < size; ++i)
        out[i] = (ptr[i] >= 0x20 && ptr[i] < 0x7F) ? static_cast<char>(ptr[i]) : '.';
    out[size] = '\0';
    *text = out + size;
    return DLT_RETURN_OK;
}

/* ---- the storage header ---- */

DLT_EXPORT DltReturnValue dlt_set_storageheader(DltStorageHeader *storageheader, const char *ecu)
{
    if (!storageheader || !ecu)
        return DLT_RETURN_WRONG_PARAMETER;
    struct timeval tv;
    gettimeofday(&tv, nullptr);
    std::memcpy(storageheader->pattern, "DLT\1", 4);
    storageheader->seconds = static_cast<uint32_t>(tv.tv_sec);
    storageheader->microseconds = static_cast<int32_t>(tv.tv_usec);
    dlt_set_id(storageheader->ecu, ecu);
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_check_storageheader(DltStorageHeader *storageheader)
{
    if (!storageheader)
        return DLT_RETURN_WRONG_PARAMETER;
    return std::memcmp(storageheader->pattern, "DLT\1", 4) == 0 ? DLT_RETURN_TRUE
                                                                : DLT_RETURN_OK;
}

/* "DLS" 0x01, the sync pattern in front of messages on serial lines. */
extern "C" {
DLT_EXPORT_DATA const char dltSerialHeader[DLT_ID_SIZE] = {'D', 'L', 'S', 1};
DLT_EXPORT_DATA char dltSerialHeaderChar[DLT_ID_SIZE] = {'D', 'L', 'S', 1};
}
