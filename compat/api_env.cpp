/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the DLT_INITIAL_LOG_LEVEL parser as upstream exports it.
 * Difference from 2.18.8 (documented in dlt_env_extract_ll_set(3)): a
 * malformed rule is not kept half-parsed; the rules before it are. */
#include <cstddef>

#include "compat/shim.hpp"
#include "lib/env_levels.hpp"

using namespace dltng;

static_assert(sizeof(dlt_env_ll_item) == sizeof(LevelRule) &&
                  offsetof(dlt_env_ll_item, ll) == offsetof(LevelRule, level),
              "LevelRule must mirror dlt_env_ll_item");
static_assert(sizeof(dlt_env_ll_set) == sizeof(LevelRules) &&
                  offsetof(dlt_env_ll_set, num_elem) == offsetof(LevelRules, count),
              "LevelRules must mirror dlt_env_ll_set");

DLT_EXPORT int dlt_env_extract_ll_set(char **const env, dlt_env_ll_set *const ll_set)
{
    if (!env || !ll_set)
        return -1;
    const char *text = *env;
    const int rc = parse_level_rules(&text, *reinterpret_cast<LevelRules *>(ll_set));
    *env = const_cast<char *>(text);
    return rc;
}

DLT_EXPORT int dlt_env_adjust_ll_from_env(dlt_env_ll_set const *const ll_set,
                                          char const *const apid, char const *const ctid,
                                          int const ll)
{
    if (!ll_set || !apid || !ctid)
        return ll;
    char app[4], ctx[4];
    dlt_set_id(app, apid);
    dlt_set_id(ctx, ctid);
    return match_level_rule(*reinterpret_cast<const LevelRules *>(ll_set), app, ctx, ll);
}

DLT_EXPORT void dlt_env_free_ll_set(dlt_env_ll_set *const ll_set)
{
    if (ll_set)
        free_level_rules(*reinterpret_cast<LevelRules *>(ll_set));
}
