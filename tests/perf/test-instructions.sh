#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: instructions per call, counted, not timed.  Runs the callgrind
# part of tools/dlt-ng-bench (two runs of each library, each against its own
# private loopback daemon) and checks that
#   1. the counts are the same in every run, for both libraries (a count that
#      moves with thread timing cannot show a regression);
#   2. a DLT_LOG at a disabled level costs at most 25 instructions (issue 5);
#   3. an enabled message costs at most ENABLED_BUDGET instructions: the
#      README's count plus a margin, so that a change which makes every
#      message dearer has to raise this number, and say why, in the same
#      commit;
#   4. an enabled message costs libdlt-ng less than a third of what it costs
#      the reference library, measured in the same run.
# Skipped without valgrind and in sanitizer builds.
set -u
here=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
# shellcheck source=tests/integration/dltd.sh
. "$here/tests/integration/dltd.sh"
dltd_need_stage
ENABLED_BUDGET=450 # README: 420 (gcc 12, -O2, x86-64)
DISABLED_BUDGET=25
echo "1..4"
skip_all() { for i in 1 2 3 4; do echo "ok $i # SKIP $1"; done; exit 0; }
command -v valgrind >/dev/null || skip_all "valgrind not installed"
[ -n "$(dltd_sanitizer_preload)" ] && skip_all "sanitizer build"
worker=$(dltd_elf_bin "${abs_top_builddir:-.}/tools/bench/dlt-ng-bench-worker") ||
    { for i in 1 2 3 4; do echo "not ok $i - dlt-ng-bench-worker not built"; done; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! timeout 600 python3 "$here/tools/dlt-ng-bench" --only callgrind --worker "$worker" \
    --out "$work/out" "$STAGE_DIR" >"$work/log" 2>&1; then
    sed 's/^/# /' "$work/log"
    for i in 1 2 3 4; do echo "not ok $i - dlt-ng-bench --only callgrind failed"; done
    exit 0
fi
sed -n '/^Callgrind/,$p' "$work/out/bench.txt" | sed 's/^/# /'

python3 - "$work/out/bench.json" "$ENABLED_BUDGET" "$DISABLED_BUDGET" <<'EOF'
import json
import sys

res = json.load(open(sys.argv[1]))
enabled_budget, disabled_budget = float(sys.argv[2]), float(sys.argv[3])
runs = {lib: res["libs"][lib]["callgrind"] for lib in ("ref", "ng")}


def tap(n, ok, what):
    print("%s %d - %s" % ("ok" if ok else "not ok", n, what))


# The bench's own verdict (whole instructions equal in every run).
stable = res["callgrind_stable"]
tap(1, stable["ref"] and stable["ng"] and all(len(rs) >= 2 for rs in runs.values()),
    "the same counts in every run (reference %s, libdlt-ng %s)"
    % tuple(" / ".join("%.1f" % r["per_enabled"] for r in runs[lib]) for lib in ("ref", "ng")))
disabled = max(r["per_disabled"] for r in runs["ng"])
tap(2, disabled <= disabled_budget,
    "disabled DLT_LOG: %.1f instructions (at most %.0f)" % (disabled, disabled_budget))
enabled = max(r["per_enabled"] for r in runs["ng"])
tap(3, enabled <= enabled_budget,
    "enabled message: %.1f instructions (at most %.0f)" % (enabled, enabled_budget))
ref = min(r["per_enabled"] for r in runs["ref"])
tap(4, enabled * 3 <= ref,
    "enabled message: %.1f against the reference's %.1f (%.2fx, at least 3x)"
    % (enabled, ref, ref / enabled if enabled else 0.0))
EOF
