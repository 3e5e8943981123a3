# SPDX-License-Identifier: MPL-2.0
# shellcheck shell=bash
# tap.sh: sourceable bash helpers that write TAP, shared by the shell tests.
#
#   . tests/integration/tap.sh
#   plan N                  # "1..N" up front (else finish_tap prints the plan at the end)
#   ok TEXT                 # "ok N - TEXT"
#   not_ok TEXT             # "not ok N - TEXT", counted in $n_fail
#   skip WHY                # "ok N # SKIP WHY"
#   check WHAT COMMAND...   # ok WHAT if COMMAND succeeds, else not_ok WHAT
#   check WHAT 'CONDITION'  # the same for one string, eval'ed (conditions joined by && or ||)
#   check_eq LABEL GOT WANT # "ok N - LABEL: GOT", or "not ok N - LABEL: got 'GOT', want 'WANT'"
#   diag TEXT...            # each argument as a "# " line; without arguments, stdin
#   diag_file FILE [LINES]  # the first LINES (20) lines of FILE as "#   " lines, if any
#   report STATUS TEXT [FILE] # ok TEXT if STATUS is 0, else not_ok TEXT and all of FILE as "# " lines
#   bail TEXT               # "Bail out! TEXT", exit 1
#   finish_tap              # last command of the test: prints "1..$n_test" (no plan given)
#                           # or a diagnostic if the count differs from the plan; returns
#                           # 0 if no test failed, 1 otherwise
#
# $n_test counts the test lines written so far and $n_fail the failures; a test that
# writes a line itself (e.g. a "not ok ... # TODO" copied from a helper program) keeps
# $n_test right by incrementing it.
n_test=0
n_fail=0
tap_plan=

plan() { tap_plan=$1; echo "1..$1"; }
ok() { n_test=$((n_test + 1)); echo "ok $n_test - $*"; }
not_ok() { n_test=$((n_test + 1)); n_fail=$((n_fail + 1)); echo "not ok $n_test - $*"; }
skip() { n_test=$((n_test + 1)); echo "ok $n_test # SKIP $*"; }
check() {
    local what=$1 r
    shift
    if [ $# -eq 1 ]; then eval "$1"; r=$?; else "$@"; r=$?; fi
    if [ $r -eq 0 ]; then ok "$what"; else not_ok "$what"; fi
}
check_eq() {
    if [ "$2" = "$3" ]; then ok "$1: $2"; else not_ok "$1: got '$2', want '$3'"; fi
}
diag() {
    if [ $# -gt 0 ]; then printf '%s\n' "$@"; else cat; fi | sed 's/^/# /'
}
diag_file() { [ -s "$1" ] && head -n "${2:-20}" "$1" | sed 's/^/#   /'; return 0; }
report() {
    if [ "$1" -eq 0 ]; then
        ok "$2"
    else
        not_ok "$2"
        if [ -n "${3:-}" ] && [ -s "$3" ]; then sed 's/^/# /' "$3"; fi
    fi
    return 0
}
bail() { echo "Bail out! $*"; exit 1; }
finish_tap() {
    if [ -z "$tap_plan" ]; then
        echo "1..$n_test"
    elif [ "$n_test" -ne "$tap_plan" ]; then
        diag "internal: ran $n_test tests, planned $tap_plan"
    fi
    [ "$n_fail" -eq 0 ]
}
