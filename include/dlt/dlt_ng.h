/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: extensions beyond the libdlt 2.18.8 API.  Applications that
 * use them can test for LIBDLT_NG (dlt_version.h) at compile time. */
#ifndef DLT_NG_H
#define DLT_NG_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Messages refused since the process started because the message ring was
 * full (their number is also reported to the daemon, as upstream reports
 * its overflows).  Every call that returned DLT_RETURN_BUFFER_FULL counts
 * once.  Messages still queued when dlt_free() or exit gives up waiting for
 * the daemon are not counted here; they are reported in the library's
 * diagnostics ("Lost log messages ..."). */
uint64_t dlt_get_overflow_count(void);

#ifdef __cplusplus
}
#endif

#endif
