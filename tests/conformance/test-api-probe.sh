#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: API conformance, side by side.  api-probe makes ~200 calls
# (bad input, limits, truncation, every writer, non-verbose mode) and prints
# the return codes and the exact bytes each call leaves in DltContextData.
# The output on libdlt-ng must equal the output on the reference libdlt.so.2.
set -u
if [ -z "${STAGE_DIR-}" ]; then echo "1..0 # SKIP no stage"; exit 0; fi
ref=${REF_LIBDLT:-/usr/lib/x86_64-linux-gnu/libdlt.so.2}
probe=${abs_top_builddir:-.}/tests/conformance/.libs/api-probe
[ -x "$probe" ] || probe=${abs_top_builddir:-.}/tests/conformance/api-probe
work=$(mktemp -d "${TMPDIR:-/tmp}/api-probe.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pipes"
# shellcheck source=tests/integration/dltd.sh
. "${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/integration/dltd.sh"
dltd_reference_libdir "$work/ref"

echo "1..4"
if [ ! -e "$ref" ]; then
    echo "Bail out! reference library $ref missing (package libdlt-dev/libdlt2)"
    exit 1
fi
# No daemon: both libraries queue and return as if sent.  A private pipe dir
# keeps them away from any daemon of the machine.
# In sanitizer builds the probe is instrumented, and the reference's own bugs
# are not ours to report: its segmented network trace leaks its copies and
# unlocks a mutex it does not hold.  "reference" as third argument silences
# the sanitizers for that run.
run() {
    local quiet=()
    [ "${3-}" = reference ] && quiet=(ASAN_OPTIONS=detect_leaks=0 TSAN_OPTIONS=report_bugs=0)
    env -u LD_PRELOAD LD_LIBRARY_PATH="$1" DLT_PIPE_DIR="$work/pipes" DLT_LOG_MODE=4 \
        DLT_NG_FLUSH_TIMEOUT_MS=100 ${quiet[@]+"${quiet[@]}"} timeout 60 "$probe" > "$2" 2>&1
}
run "$work/ref" "$work/ref.out" reference; ref_rc=$?
run "$STAGE_DIR/lib" "$work/ng.out"; ng_rc=$?
if [ "$ref_rc" -eq 0 ]; then echo "ok 1 - reference run exits 0"; else echo "not ok 1 - reference run exits 0 (got $ref_rc)"; fi
if [ "$ng_rc" -eq 0 ]; then echo "ok 2 - libdlt-ng run exits 0"; else echo "not ok 2 - libdlt-ng run exits 0 (got $ng_rc)"; fi
lines=$(wc -l < "$work/ref.out")
if [ "$lines" -gt 200 ] && diff "$work/ref.out" "$work/ng.out" > "$work/diff"; then
    echo "ok 3 - libdlt-ng answers all $lines probe lines exactly as the reference"
else
    echo "not ok 3 - libdlt-ng answers the probe exactly as the reference ($lines lines)"
    head -n 40 "$work/diff" | sed 's/^/# /'
    exit 1
fi
# Again with DLT_INITIAL_LOG_LEVEL rules that hit the probe's contexts
# (registered before and after the app) at every priority.
rules='::5;PROB::6;:LL2:1;PROB:CTX:3'
DLT_INITIAL_LOG_LEVEL=$rules run "$work/ref" "$work/ref.env" reference
DLT_INITIAL_LOG_LEVEL=$rules run "$STAGE_DIR/lib" "$work/ng.env"
if diff "$work/ref.env" "$work/ng.env" > "$work/diff.env"; then
    echo "ok 4 - with DLT_INITIAL_LOG_LEVEL=$rules the output is identical too"
else
    echo "not ok 4 - with DLT_INITIAL_LOG_LEVEL=$rules the output is identical too"
    head -n 40 "$work/diff.env" | sed 's/^/# /'
    exit 1
fi
[ "$ref_rc" -eq 0 ] && [ "$ng_rc" -eq 0 ]
