/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: internal diagnostics and the dlt_common.h logger (diag.hpp). */
#include "lib/diag.hpp"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <pthread.h>
#include <syslog.h>
#include <unistd.h>

#include "lib/config.hpp"

namespace dltng {
namespace {

std::atomic<int> g_sink{kDiagStdout};
std::atomic<int> g_max_level{static_cast<int>(DiagLevel::kInfo)};
/* The log file of DLT_LOG_MODE=2 and its name.  The mutex makes a line
 * written by one thread safe against dlt_log_free/dlt_log_init closing or
 * reopening the file in another; diagnostics are rare and never on the
 * logging path. */
pthread_mutex_t g_file_mutex = PTHREAD_MUTEX_INITIALIZER;
char g_filename[256];
FILE *g_file = nullptr;

/* Level names as upstream prints them; priorities outside 0..7 print an
 * empty name. */
const char *level_name(int priority) noexcept
{
    static const char *const names[] = {"EMERGENCY", "ALERT",   "CRITICAL", "ERROR",
                                        "WARNING",   "NOTICE",  "INFO",     "DEBUG"};
    return priority >= 0 && priority <= 7 ? names[priority] : "";
}

/* Open the log file (caller holds g_file_mutex).  Upstream says so on
 * stdout when it cannot. */
void open_file_locked() noexcept
{
    if (g_file)
        return;
    g_file = std::fopen(g_filename, "ae");
    if (!g_file) {
        std::printf("Internal log file %s cannot be opened!\n", g_filename);
        std::fflush(stdout);
    }
}

} // namespace

void diag_configure() noexcept
{
    long v;
    const char *file = secure_getenv("DLT_LOG_FILENAME");
    if (file)
        diag_set_filename(file);
    if (parse_long(secure_getenv("DLT_LOG_LEVEL"), 0, 7, &v))
        g_max_level.store(static_cast<int>(v), std::memory_order_relaxed);
    if (parse_long(secure_getenv("DLT_LOG_MODE"), kDiagStdout, kDiagDropped, &v))
        diag_set_sink(static_cast<int>(v));
}

bool diag_uses_stderr() noexcept
{
    return g_sink.load(std::memory_order_relaxed) == kDiagStderr;
}

void diag_set_sink(int sink) noexcept
{
    /* relaxed: the logger's settings are advisory; a stale read only
     * changes where one line goes. */
    g_sink.store(sink, std::memory_order_relaxed);
    if (sink == kDiagFile) {
        pthread_mutex_lock(&g_file_mutex);
        open_file_locked();
        pthread_mutex_unlock(&g_file_mutex);
    }
}

void diag_set_max_level(int level) noexcept
{
    g_max_level.store(level, std::memory_order_relaxed);
}

void diag_set_filename(const char *name) noexcept
{
    pthread_mutex_lock(&g_file_mutex);
    std::snprintf(g_filename, sizeof g_filename, "%s", name ? name : "");
    pthread_mutex_unlock(&g_file_mutex);
}

void diag_close_file() noexcept
{
    pthread_mutex_lock(&g_file_mutex);
    if (g_file)
        std::fclose(g_file);
    g_file = nullptr;
    pthread_mutex_unlock(&g_file_mutex);
}

void diag_write(int priority, const char *text) noexcept
{
    const int sink = g_sink.load(std::memory_order_relaxed);
    if (priority > g_max_level.load(std::memory_order_relaxed))
        return;
    if (sink == kDiagSyslog) {
        syslog(priority < 0 || priority > 7 ? LOG_INFO : priority, "%s", text);
        return;
    }
    if (sink != kDiagStdout && sink != kDiagStderr && sink != kDiagFile)
        return; /* dropped, or a mode upstream does not know */
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    char prefix[64];
    std::snprintf(prefix, sizeof prefix, "[%5u.%06u]~DLT~%5d~%-9s~",
                  static_cast<unsigned>(ts.tv_sec), static_cast<unsigned>(ts.tv_nsec / 1000),
                  static_cast<int>(getpid()), level_name(priority));
    if (sink == kDiagFile) {
        pthread_mutex_lock(&g_file_mutex);
        if (g_file) {
            std::fputs(prefix, g_file);
            std::fputs(text, g_file);
            std::fflush(g_file);
        }
        pthread_mutex_unlock(&g_file_mutex);
        return;
    }
    FILE *out = sink == kDiagStderr ? stderr : stdout;
    flockfile(out); /* keep the prefix and the text on one line */
    std::fputs(prefix, out);
    std::fputs(text, out);
    std::fflush(out);
    funlockfile(out);
}

void diag(DiagLevel level, const char *fmt, ...) noexcept
{
    if (static_cast<int>(level) > g_max_level.load(std::memory_order_relaxed) ||
        g_sink.load(std::memory_order_relaxed) == kDiagDropped)
        return;
    char text[512];
    va_list ap;
    va_start(ap, fmt);
    const int n = vsnprintf(text, sizeof text - 1, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    const std::size_t len = static_cast<std::size_t>(n) < sizeof text - 2
                                ? static_cast<std::size_t>(n)
                                : sizeof text - 2;
    text[len] = '\n';
    text[len + 1] = '\0';
    diag_write(static_cast<int>(level), text);
}

} // namespace dltng
