#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: API conformance, side by side.  api-probe makes ~200 calls
# (bad input, limits, truncation, every writer, non-verbose mode) and prints
# the return codes and the exact bytes each call leaves in DltContextData.
# The output on libdlt-ng must equal the output on the reference libdlt.so.2.
set -u
# shellcheck source=tests/conformance/probe.sh
. "${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/conformance/probe.sh"
probe_init api-probe
mkdir -p "$work/pipes"

echo "1..4"
probe_require_reference
# No daemon: both libraries queue and return as if sent.  A private pipe dir
# keeps them away from any daemon of the machine.
run() {
    # shellcheck disable=SC2046 # word splitting wanted
    env -u LD_PRELOAD LD_LIBRARY_PATH="$1" DLT_PIPE_DIR="$work/pipes" DLT_LOG_MODE=4 \
        DLT_NG_FLUSH_TIMEOUT_MS=100 $(probe_env "${3-}") timeout 60 "$probe" > "$2" 2>&1
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
