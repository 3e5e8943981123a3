#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: the dlt_common.h helpers (internal logger, ID and string
# helpers, storage header, service names), side by side.  common-probe's
# stdout, stderr and log file on libdlt-ng must equal the reference's,
# time stamps and pids masked.
set -u
if [ -z "${STAGE_DIR-}" ]; then echo "1..0 # SKIP no stage"; exit 0; fi
ref=${REF_LIBDLT:-/usr/lib/x86_64-linux-gnu/libdlt.so.2}
probe=${abs_top_builddir:-.}/tests/conformance/.libs/common-probe
[ -x "$probe" ] || probe=${abs_top_builddir:-.}/tests/conformance/common-probe
work=$(mktemp -d "${TMPDIR:-/tmp}/common-probe.XXXXXX")
trap "${KEEP:+:} rm -rf \"\$work\"" EXIT
mkdir -p "$work/ref"
ln -s "$(readlink -f "$ref")" "$work/ref/libdlt.so.2"

echo "1..5"
if [ ! -e "$ref" ]; then
    echo "Bail out! reference library $ref missing (package libdlt-dev/libdlt2)"
    exit 1
fi
run() { # $1 library dir, $2 output prefix
    env -u LD_PRELOAD -u DLT_LOG_MODE -u DLT_LOG_LEVEL -u DLT_LOG_FILENAME \
        LD_LIBRARY_PATH="$1" timeout 60 "$probe" "$2.log" > "$2.out" 2> "$2.err"
}
mask() { sed -E 's/\[ *[0-9]+\.[0-9]+\]~DLT~ *[0-9]+~/[time]~DLT~pid~/g' "$1"; }
run "$work/ref" "$work/r"; ref_rc=$?
run "$STAGE_DIR/lib" "$work/n"; ng_rc=$?
if [ "$ref_rc" -eq 0 ] && [ "$ng_rc" -eq 0 ]; then
    echo "ok 1 - both runs exit 0"
else
    echo "not ok 1 - both runs exit 0 (reference $ref_rc, libdlt-ng $ng_rc)"
fi
fail=0
n=2
for part in out err log; do
    touch "$work/r.$part" "$work/n.$part"
    mask "$work/r.$part" > "$work/r.$part.m"
    mask "$work/n.$part" > "$work/n.$part.m"
    lines=$(wc -l < "$work/r.$part.m")
    if [ "$lines" -gt 1 ] && diff "$work/r.$part.m" "$work/n.$part.m" > "$work/diff.$part"; then
        echo "ok $n - $part: libdlt-ng prints the $lines lines of the reference exactly"
    else
        echo "not ok $n - $part: libdlt-ng prints the $lines lines of the reference exactly"
        head -n 30 "$work/diff.$part" | cut -c1-200 | sed 's/^/# /'
        fail=1
    fi
    n=$((n + 1))
done
# The probe must have exercised the logger: warnings, every sink.
if grep -q 'Wrong parameter for level: 8' "$work/r.out.m" &&
   grep -q 'to stderr' "$work/r.err.m" && grep -q 'file again' "$work/r.log.m"; then
    echo "ok 5 - the comparison covers warnings, stderr and the log file"
else
    echo "not ok 5 - the comparison covers warnings, stderr and the log file"
    fail=1
fi
[ "$ref_rc" -eq 0 ] && [ "$ng_rc" -eq 0 ] && [ "$fail" -eq 0 ]
