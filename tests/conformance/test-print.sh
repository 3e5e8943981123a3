#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: dlt_print_mixed_string, dlt_print_hex_string and dlt_print_hex,
# side by side.  print-probe prints return codes and the text (every byte,
# including what lies past the NUL) for ~150 inputs; the output on libdlt-ng
# must equal the output on the reference libdlt.so.2, warnings included
# (their time stamp and pid masked).
set -u
if [ -z "${STAGE_DIR-}" ]; then echo "1..0 # SKIP no stage"; exit 0; fi
ref=${REF_LIBDLT:-/usr/lib/x86_64-linux-gnu/libdlt.so.2}
probe=${abs_top_builddir:-.}/tests/conformance/.libs/print-probe
[ -x "$probe" ] || probe=${abs_top_builddir:-.}/tests/conformance/print-probe
work=$(mktemp -d "${TMPDIR:-/tmp}/print-probe.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/ref"
ln -s "$(readlink -f "$ref")" "$work/ref/libdlt.so.2"

echo "1..4"
if [ ! -e "$ref" ]; then
    echo "Bail out! reference library $ref missing (package libdlt-dev/libdlt2)"
    exit 1
fi
# The warnings go to stdout (DLT_LOG_MODE unset) so that they are compared.
run() { env -u LD_PRELOAD -u DLT_LOG_MODE LD_LIBRARY_PATH="$1" timeout 60 "$probe" > "$2" 2>&1; }
mask() { sed -E 's/^\[ *[0-9]+\.[0-9]+\]~DLT~ *[0-9]+~/[time]~DLT~pid~/' "$1"; }
run "$work/ref" "$work/ref.raw"; ref_rc=$?
run "$STAGE_DIR/lib" "$work/ng.raw"; ng_rc=$?
mask "$work/ref.raw" > "$work/ref.out"
mask "$work/ng.raw" > "$work/ng.out"
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
