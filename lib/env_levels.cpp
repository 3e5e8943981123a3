/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: DLT_INITIAL_LOG_LEVEL rules (see env_levels.hpp). */
#include "lib/env_levels.hpp"

#include <cstdlib>
#include <cstring>
#include <strings.h>

namespace dltng {
namespace {

constexpr std::size_t kGrowBy = 10;

/* An ID of up to 4 characters ending at ':'; false if longer. */
bool parse_id(const char *&p, char out[4]) noexcept
{
    std::memset(out, 0, 4);
    std::size_t n = 0;
    while (*p && *p != ':' && *p != ';') {
        if (n == 4)
            return false;
        out[n++] = *p++;
    }
    if (*p != ':')
        return false;
    ++p;
    return true;
}

bool parse_level(const char *&p, std::int8_t &out) noexcept
{
    static const char *const names[] = {"default", "off", "fatal", "error",
                                        "warning", "info", "debug", "verbose"};
    const char *end = p;
    while (*end && *end != ';')
        ++end;
    const std::size_t len = static_cast<std::size_t>(end - p);
    for (int i = 0; i < 8; ++i) {
        if (len == std::strlen(names[i]) && strncasecmp(p, names[i], len) == 0) {
            out = static_cast<std::int8_t>(i - 1);
            p = end;
            return true;
        }
    }
    char *num_end = nullptr;
    const long v = std::strtol(p, &num_end, 10);
    if (len == 0 || num_end != end || v < -1 || v > 6)
        return false;
    out = static_cast<std::int8_t>(v);
    p = end;
    return true;
}

bool append(LevelRules &rules, const LevelRule &rule) noexcept
{
    if (rules.count == rules.capacity) {
        const std::size_t cap = rules.capacity + kGrowBy;
        auto *grown = static_cast<LevelRule *>(std::realloc(rules.item, cap * sizeof(LevelRule)));
        if (!grown)
            return false;
        rules.item = grown;
        rules.capacity = cap;
    }
    rules.item[rules.count++] = rule;
    return true;
}

bool id_empty(const char id[4]) noexcept
{
    return id[0] == '\0';
}

/* 4: both IDs match, 3: app only, 2: context only, 1: wildcard, 0: no. */
int priority(const LevelRule &r, const char app[4], const char ctx[4]) noexcept
{
    const bool any_app = id_empty(r.app), any_ctx = id_empty(r.ctx);
    const bool app_ok = any_app || std::strncmp(r.app, app, 4) == 0;
    const bool ctx_ok = any_ctx || std::strncmp(r.ctx, ctx, 4) == 0;
    if (!app_ok || !ctx_ok)
        return 0;
    return any_app ? (any_ctx ? 1 : 2) : (any_ctx ? 3 : 4);
}

} // namespace

int parse_level_rules(const char **text, LevelRules &rules) noexcept
{
    if (!text || !*text)
        return -1;
    const char *p = *text;
    int rc = 0;
    while (*p) {
        if (*p == ';') { /* empty rule */
            ++p;
            continue;
        }
        LevelRule rule{};
        const char *start = p;
        if (!parse_id(p, rule.app) || !parse_id(p, rule.ctx) || !parse_level(p, rule.level) ||
            !append(rules, rule)) {
            p = start;
            rc = -1;
            break;
        }
    }
    *text = p;
    return rc;
}

int match_level_rule(const LevelRules &rules, const char app[4], const char ctx[4],
                     int fallback) noexcept
{
    int best = 0;
    int level = fallback;
    for (std::size_t i = 0; i < rules.count; ++i) {
        const int prio = priority(rules.item[i], app, ctx);
        if (prio > best) {
            best = prio;
            level = rules.item[i].level;
        }
    }
    return level;
}

void free_level_rules(LevelRules &rules) noexcept
{
    std::free(rules.item);
    rules = LevelRules{};
}

} // namespace dltng
