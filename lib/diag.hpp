/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the library's own diagnostics ("FIFO cannot be opened", "N
 * messages discarded", ...) and the internal logger that dlt_common.h
 * exposes (dlt_log, dlt_vlog, dlt_log_init, ...): one logger, as upstream,
 * in upstream's line format, honouring DLT_LOG_MODE / DLT_LOG_LEVEL /
 * DLT_LOG_FILENAME.  Never called on the logging path. */
#ifndef DLTNG_DIAG_HPP
#define DLTNG_DIAG_HPP

#include <cstdarg>

namespace dltng {

/* syslog priorities, as DLT_LOG_LEVEL uses them. */
enum class DiagLevel { kError = 3, kWarning = 4, kNotice = 5, kInfo = 6, kDebug = 7 };

/* Where lines go: DLT_LOG_MODE values, dlt_log_init()'s argument. */
enum DiagSink { kDiagStdout = 0, kDiagSyslog = 1, kDiagFile = 2, kDiagStderr = 3,
                kDiagDropped = 4 };

/* Read DLT_LOG_MODE, DLT_LOG_LEVEL and DLT_LOG_FILENAME (once per dlt_init). */
void diag_configure() noexcept;
/* DLT_LOG_MODE=3: the library's console output goes to stderr. */
bool diag_uses_stderr() noexcept;
/* One library diagnostic; a newline is added. */
void diag(DiagLevel level, const char *fmt, ...) noexcept __attribute__((format(printf, 2, 3)));

/* The dlt_common.h logger. */
void diag_write(int priority, const char *text) noexcept; /* text as given */
void diag_set_sink(int sink) noexcept;        /* dlt_log_init */
void diag_set_max_level(int level) noexcept;  /* dlt_log_set_level, 0..7 */
void diag_set_filename(const char *name) noexcept;
void diag_close_file() noexcept;              /* dlt_log_free */

} // namespace dltng

#endif
