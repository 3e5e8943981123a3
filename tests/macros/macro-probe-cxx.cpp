/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: macro-probe.c built as C++ (the macros expand differently
 * there: casts). */
#include "macro-probe.c"
