/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: DLT_INITIAL_LOG_LEVEL, "APPID:CTXID:LEVEL;..." rules that set
 * a context's log level at registration, before the daemon answers.
 *
 * An empty APPID or CTXID matches any; LEVEL is -1..6 or one of default,
 * off, fatal, error, warning, info, debug, verbose (any case).  The most
 * specific matching rule wins: both IDs, then the app alone, then the
 * context alone, then "::LEVEL".  IDs compare as DLT IDs (up to 4 bytes,
 * case-sensitive). */
#ifndef DLTNG_ENV_LEVELS_HPP
#define DLTNG_ENV_LEVELS_HPP

#include <cstddef>
#include <cstdint>

namespace dltng {

/* Same layout as the public dlt_env_ll_item / dlt_env_ll_set. */
struct LevelRule {
    char app[4];
    char ctx[4];
    std::int8_t level;
};
struct LevelRules {
    LevelRule *item;
    std::size_t capacity;
    std::size_t count;
};

/* Parse rules from *text, advancing *text past what was consumed.  Complete
 * rules are appended to rules (which must be zero-initialised or hold
 * earlier rules).  Returns 0, or -1 at the first malformed rule (the rules
 * before it are kept, the malformed one is not). */
int parse_level_rules(const char **text, LevelRules &rules) noexcept;
/* The level for (app, ctx): the best rule's, or fallback if none matches. */
int match_level_rule(const LevelRules &rules, const char app[4], const char ctx[4],
                     int fallback) noexcept;
void free_level_rules(LevelRules &rules) noexcept;

} // namespace dltng

#endif
