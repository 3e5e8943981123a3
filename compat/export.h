/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: marks the functions libdlt.so.2 exports.  Everything else is
 * hidden (-fvisibility=hidden), and compat/libdlt.sym is the second fence. */
#ifndef DLTNG_EXPORT_H
#define DLTNG_EXPORT_H

#define DLT_EXPORT extern "C" __attribute__((visibility("default")))

#endif
