/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: extensions beyond the libdlt 2.18.8 API.  Applications that
 * use them can test for LIBDLT_NG (dlt_version.h) at compile time. */
#ifndef DLT_NG_H
#define DLT_NG_H

#include <stdint.h>

#include "dlt_types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Messages lost since the process started because the message ring was
 * full: refused (DLT_RETURN_BUFFER_FULL) in every overflow mode, plus, in
 * DLT_NG_OVERFLOW_OVERWRITE_OLDEST, the queued messages evicted to make
 * room.  Each lost message counts exactly once.  The count is also
 * reported to the daemon, as upstream reports its overflows.  Messages
 * still queued when dlt_free() or exit gives up waiting for the daemon are
 * not counted here; they are reported in the library's diagnostics
 * ("Lost log messages ..."). */
uint64_t dlt_get_overflow_count(void);

/* What a log call does when the message ring is full. */
typedef enum {
    /* Refuse the new message (DLT_RETURN_BUFFER_FULL), as upstream. */
    DLT_NG_OVERFLOW_DROP_NEWEST = 0,
    /* Evict the oldest queued messages until the new one fits. */
    DLT_NG_OVERFLOW_OVERWRITE_OLDEST = 1,
    /* Wait for room, at most the block timeout, then refuse. */
    DLT_NG_OVERFLOW_BLOCK = 2
} DltNgOverflowMode;

/* Longest block timeout accepted, in milliseconds. */
#define DLT_NG_BLOCK_TIMEOUT_MAX_MS 10000

/* Select the overflow mode for the whole process (any thread, any time,
 * also before dlt_init; it overrides DLT_NG_OVERFLOW).  block_timeout_ms
 * (0..DLT_NG_BLOCK_TIMEOUT_MAX_MS) sets the block timeout; -1 keeps the
 * current one.  DLT_RETURN_OK, or DLT_RETURN_WRONG_PARAMETER. */
DltReturnValue dlt_ng_set_overflow_mode(DltNgOverflowMode mode, int block_timeout_ms);

/* The overflow mode in force (DLT_NG_OVERFLOW or the last
 * dlt_ng_set_overflow_mode; the environment is read at dlt_init). */
DltNgOverflowMode dlt_ng_get_overflow_mode(void);

/* The block timeout in force, in milliseconds. */
int dlt_ng_get_block_timeout(void);

#ifdef __cplusplus
}
#endif

#endif
