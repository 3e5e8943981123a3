/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the library's own diagnostics ("FIFO cannot be opened", "N
 * messages discarded", ...), in upstream's format and honouring upstream's
 * DLT_LOG_MODE / DLT_LOG_LEVEL / DLT_LOG_FILENAME.  Never called on the
 * logging path. */
#ifndef DLTNG_DIAG_HPP
#define DLTNG_DIAG_HPP

namespace dltng {

/* syslog priorities, as DLT_LOG_LEVEL uses them. */
enum class DiagLevel { kError = 3, kWarning = 4, kNotice = 5, kInfo = 6, kDebug = 7 };

/* Read DLT_LOG_MODE, DLT_LOG_LEVEL and DLT_LOG_FILENAME (once per dlt_init). */
void diag_configure() noexcept;
/* DLT_LOG_MODE=3: the library's console output goes to stderr. */
bool diag_uses_stderr() noexcept;
void diag(DiagLevel level, const char *fmt, ...) noexcept __attribute__((format(printf, 2, 3)));

} // namespace dltng

#endif
