/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: internal diagnostics (see diag.hpp). */
#include "lib/diag.hpp"

#include <atomic>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <syslog.h>
#include <unistd.h>

#include "lib/config.hpp"

namespace dltng {
namespace {

/* DLT_LOG_MODE values. */
enum Sink { kStdout = 0, kSyslog = 1, kFile = 2, kStderr = 3, kDropped = 4 };

std::atomic<int> g_sink{kStdout};
std::atomic<int> g_max_level{static_cast<int>(DiagLevel::kInfo)};
char g_filename[256];

const char *level_name(DiagLevel level) noexcept
{
    switch (level) {
    case DiagLevel::kError: return "ERROR";
    case DiagLevel::kWarning: return "WARNING";
    case DiagLevel::kNotice: return "NOTICE";
    case DiagLevel::kInfo: return "INFO";
    case DiagLevel::kDebug: return "DEBUG";
    }
    return "?";
}

} // namespace

void diag_configure() noexcept
{
    long v;
    if (parse_long(secure_getenv("DLT_LOG_MODE"), kStdout, kDropped, &v))
        g_sink.store(static_cast<int>(v), std::memory_order_relaxed);
    if (parse_long(secure_getenv("DLT_LOG_LEVEL"), 0, 7, &v))
        g_max_level.store(static_cast<int>(v), std::memory_order_relaxed);
    const char *file = secure_getenv("DLT_LOG_FILENAME");
    if (file)
        snprintf(g_filename, sizeof g_filename, "%s", file);
}

bool diag_uses_stderr() noexcept
{
    return g_sink.load(std::memory_order_relaxed) == kStderr;
}

void diag(DiagLevel level, const char *fmt, ...) noexcept
{
    /* relaxed: diagnostics settings are advisory; a stale read only changes
     * where one line goes. */
    const int sink = g_sink.load(std::memory_order_relaxed);
    if (sink == kDropped || static_cast<int>(level) > g_max_level.load(std::memory_order_relaxed))
        return;

    char text[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);

    if (sink == kSyslog) {
        syslog(static_cast<int>(level), "DLT: %s", text);
        return;
    }
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    char line[640];
    const int n = snprintf(line, sizeof line, "[%5u.%06u]~DLT~%5d~%-9s~%s\n",
                           static_cast<unsigned>(ts.tv_sec),
                           static_cast<unsigned>(ts.tv_nsec / 1000),
                           static_cast<int>(getpid()), level_name(level), text);
    if (n <= 0)
        return;
    FILE *out = sink == kStderr ? stderr : stdout;
    if (sink == kFile && g_filename[0]) {
        FILE *f = fopen(g_filename, "ae");
        if (f) {
            fputs(line, f);
            fclose(f);
        }
        return;
    }
    fputs(line, out);
    fflush(out);
}

} // namespace dltng
