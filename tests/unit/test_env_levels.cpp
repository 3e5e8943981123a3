/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: unit tests of DLT_INITIAL_LOG_LEVEL rules (lib/env_levels.cpp).
 * Well-formed inputs behave as libdlt 2.18.8 (checked side by side); for
 * malformed ones libdlt-ng keeps only the complete rules before the error. */
#include "tests/unit/cmocka.hpp"

#include <cstdio>
#include <cstring>

#include "lib/env_levels.hpp"

using namespace dltng;

namespace {

struct Parsed {
    LevelRules rules{};
    int rc;
    std::size_t consumed;
    explicit Parsed(const char *spec)
    {
        const char *p = spec;
        rc = parse_level_rules(&p, rules);
        consumed = static_cast<std::size_t>(p - spec);
    }
    ~Parsed() { free_level_rules(rules); }
    int level(const char *app, const char *ctx, int fallback = 4) const
    {
        char a[4] = {}, c[4] = {};
        std::strncpy(a, app, 4);
        std::strncpy(c, ctx, 4);
        return match_level_rule(rules, a, c, fallback);
    }
};

void exact_rule(void **)
{
    Parsed p("ABCD:CTX1:2");
    assert_int_equal(p.rc, 0);
    assert_int_equal(p.rules.count, 1);
    assert_int_equal(p.consumed, 11);
    assert_int_equal(p.level("ABCD", "CTX1"), 2);
    assert_int_equal(p.level("ABCD", "XX"), 4);
    assert_int_equal(p.level("ZZ", "CTX1"), 4);
}

void priorities(void **)
{
    Parsed p("::0;ABCD::5;:CTX1:1;ABCD:CTX1:2");
    assert_int_equal(p.rc, 0);
    assert_int_equal(p.level("ABCD", "CTX1"), 2); /* both IDs */
    assert_int_equal(p.level("ABCD", "XX"), 5);   /* app only */
    assert_int_equal(p.level("ZZ", "CTX1"), 1);   /* context only */
    assert_int_equal(p.level("Q", "Q"), 0);       /* wildcard */
}

void level_names_and_numbers(void **)
{
    const struct {
        const char *spec;
        int level;
    } cases[] = {{"A:B:default", -1}, {"A:B:off", 0},    {"A:B:FATAL", 1}, {"A:B:error", 2},
                 {"A:B:Warning", 3},  {"A:B:info", 4},   {"A:B:debug", 5}, {"A:B:verbose", 6},
                 {"A:B:-1", -1},      {"A:B:6", 6}};
    for (const auto &c : cases) {
        Parsed p(c.spec);
        assert_int_equal(p.rc, 0);
        assert_int_equal(p.level("A", "B"), c.level);
    }
}

void ids_are_case_sensitive(void **)
{
    Parsed p("abcd:ctx1:DEBUG");
    assert_int_equal(p.rc, 0);
    assert_int_equal(p.level("ABCD", "CTX1"), 4);
    assert_int_equal(p.level("abcd", "ctx1"), 5);
}

void separators(void **)
{
    Parsed trailing("AB:C1:3;");
    assert_int_equal(trailing.rc, 0);
    assert_int_equal(trailing.rules.count, 1);
    Parsed doubled("AB:C1:3;;CD:E:2");
    assert_int_equal(doubled.rc, 0);
    assert_int_equal(doubled.rules.count, 2);
    assert_int_equal(doubled.level("CD", "E"), 2);
    Parsed empty("");
    assert_int_equal(empty.rc, 0);
    assert_int_equal(empty.rules.count, 0);
    assert_int_equal(empty.level("A", "B", 4), 4); /* upstream would turn this into OFF */
}

void malformed_rules_are_not_kept(void **)
{
    const char *bad[] = {"ABCD:CTX1:7", "ABCD:CTX1:-2", "ABCDE:CTX1:3", "garbage",
                         "ABCD:CTX1:", ":::3", "ABCD:CTX1:3x"};
    for (const char *spec : bad) {
        Parsed p(spec);
        assert_int_equal(p.rc, -1);
        assert_int_equal(p.rules.count, 0);
        assert_int_equal(p.consumed, 0);
        assert_int_equal(p.level("ABCD", "CTX1"), 4);
    }
    Parsed partial("A:B:3;X:Y:bogus;C:D:2");
    assert_int_equal(partial.rc, -1);
    assert_int_equal(partial.rules.count, 1); /* the rule before the error */
    assert_int_equal(partial.level("A", "B"), 3);
    assert_int_equal(partial.level("C", "D"), 4);
}

void many_rules_grow(void **)
{
    char spec[2000] = "";
    for (int i = 0; i < 100; ++i) {
        char rule[32];
        snprintf(rule, sizeof rule, "A%d:C:%d;", i, i % 7);
        strcat(spec, rule);
    }
    Parsed p(spec);
    assert_int_equal(p.rc, 0);
    assert_int_equal(p.rules.count, 100);
    assert_int_equal(p.level("A99", "C"), 99 % 7);
}

} // namespace

int main()
{
    const CMUnitTest tests[] = {
        cmocka_unit_test(exact_rule),
        cmocka_unit_test(priorities),
        cmocka_unit_test(level_names_and_numbers),
        cmocka_unit_test(ids_are_case_sensitive),
        cmocka_unit_test(separators),
        cmocka_unit_test(malformed_rules_are_not_kept),
        cmocka_unit_test(many_rules_grow),
    };
    return cmocka_run_group_tests_name("env_levels", tests, nullptr, nullptr);
}
