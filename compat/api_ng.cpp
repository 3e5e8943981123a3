/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the overflow-mode extension of <dlt/dlt_ng.h>. */
#include "compat/shim.hpp"

using namespace dltng;

static_assert(DLT_NG_OVERFLOW_DROP_NEWEST == static_cast<int>(OverflowMode::kDropNewest) &&
                  DLT_NG_OVERFLOW_OVERWRITE_OLDEST ==
                      static_cast<int>(OverflowMode::kOverwriteOldest) &&
                  DLT_NG_OVERFLOW_BLOCK == static_cast<int>(OverflowMode::kBlock),
              "public and internal overflow modes agree");
static_assert(DLT_NG_BLOCK_TIMEOUT_MAX_MS == kMaxBlockTimeoutMs, "one limit");

/* No lazy initialisation: the choice is remembered and also governs a
 * later dlt_init (the environment no longer applies then). */
DLT_EXPORT DltReturnValue dlt_ng_set_overflow_mode(DltNgOverflowMode mode, int block_timeout_ms)
{
    const int m = static_cast<int>(mode);
    if (m < DLT_NG_OVERFLOW_DROP_NEWEST || m > DLT_NG_OVERFLOW_BLOCK || block_timeout_ms < -1 ||
        block_timeout_ms > DLT_NG_BLOCK_TIMEOUT_MAX_MS)
        return DLT_RETURN_WRONG_PARAMETER;
    Runtime &r = runtime();
    /* relaxed: flags read by dlt_init under the lifecycle mutex; a race
     * with a concurrent first dlt_init ends with either setting, as the
     * calls could have been ordered either way. */
    r.overflow.mode_by_api.store(true, std::memory_order_relaxed);
    if (block_timeout_ms >= 0)
        r.overflow.timeout_by_api.store(true, std::memory_order_relaxed);
    apply_overflow_mode(r, static_cast<OverflowMode>(m), block_timeout_ms);
    return DLT_RETURN_OK;
}

DLT_EXPORT DltNgOverflowMode dlt_ng_get_overflow_mode(void)
{
    return static_cast<DltNgOverflowMode>(runtime().overflow.mode.load(std::memory_order_relaxed));
}

DLT_EXPORT int dlt_ng_get_block_timeout(void)
{
    return runtime().overflow.block_timeout_ms.load(std::memory_order_relaxed);
}
