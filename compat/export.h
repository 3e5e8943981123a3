/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: marks the functions libdlt.so.2 exports.  Everything else is
 * hidden (-fvisibility=hidden), and compat/libdlt.sym is the second fence. */
#ifndef DLTNG_EXPORT_H
#define DLTNG_EXPORT_H

#define DLT_EXPORT extern "C" __attribute__((visibility("default")))
/* Exported data objects: defined inside an extern "C" block in a file that
 * includes the public headers under "#pragma GCC visibility push(default)"
 * (the headers declare them first).  Marker for tools/update-export-list.sh. */
#define DLT_EXPORT_DATA
/* The logging path's exported functions (after DLT_EXPORT): kept together
 * in .text.hot, so that a thread's first message after a sleep fetches as
 * few instruction cache lines and pages as possible. */
#define DLT_HOT_PATH __attribute__((hot))
/* The hottest of them (start, finish and the commonest writers): in a
 * section of their own that compat/api_write.cpp aligns to a page, so a
 * usual message runs from one code page (tests/perf/test-footprint.sh
 * checks that it still does). */
#define DLT_LOG_PATH __attribute__((hot, section(".text.hot.dltng_log")))

#endif
