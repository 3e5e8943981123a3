#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: dlt_print_mixed_string, dlt_print_hex_string and dlt_print_hex,
# side by side.  print-probe prints return codes and the text (every byte,
# including what lies past the NUL) for ~150 inputs; the output on libdlt-ng
# must equal the output on the reference libdlt.so.2, warnings included
# (their time stamp and pid masked).
set -u
# shellcheck source=tests/conformance/probe.sh
. "${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/conformance/probe.sh"
probe_init print-probe

echo "1..4"
probe_require_reference
# The warnings go to stdout (DLT_LOG_MODE unset) so that they are compared.
run() {
    # shellcheck disable=SC2046 # word splitting wanted
    env -u LD_PRELOAD -u DLT_LOG_MODE $(probe_env "${3-}") LD_LIBRARY_PATH="$1" \
        timeout 60 "$probe" > "$2" 2>&1
}
run "$work/ref" "$work/ref.raw" reference; ref_rc=$?
run "$STAGE_DIR/lib" "$work/ng.raw"; ng_rc=$?
probe_mask "$work/ref.raw" > "$work/ref.out"
probe_mask "$work/ng.raw" > "$work/ng.out"
if [ "$ref_rc" -eq 0 ]; then echo "ok 1 - reference run exits 0"; else echo "not ok 1 - reference run exits 0 (got $ref_rc)"; fi
if [ "$ng_rc" -eq 0 ]; then echo "ok 2 - libdlt-ng run exits 0"; else echo "not ok 2 - libdlt-ng run exits 0 (got $ng_rc)"; fi
warnings=$(grep -c 'WARNING' "$work/ref.out")
if [ "$warnings" -gt 10 ]; then
    echo "ok 3 - the reference warned $warnings times (the comparison covers warnings)"
else
    echo "not ok 3 - the reference warned only $warnings times"
fi
lines=$(wc -l < "$work/ref.out")
if [ "$lines" -gt 140 ] && diff "$work/ref.out" "$work/ng.out" > "$work/diff"; then
    echo "ok 4 - libdlt-ng prints all $lines probe lines exactly as the reference"
else
    echo "not ok 4 - libdlt-ng prints the probe exactly as the reference ($lines lines)"
    head -n 40 "$work/diff" | sed 's/^/# /'
    exit 1
fi
[ "$ref_rc" -eq 0 ] && [ "$ng_rc" -eq 0 ]
