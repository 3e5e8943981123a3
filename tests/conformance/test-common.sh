#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: the dlt_common.h helpers (internal logger, ID and string
# helpers, storage header, service names), side by side.  common-probe's
# stdout, stderr and log file on libdlt-ng must equal the reference's,
# time stamps and pids masked.
set -u
# shellcheck source=tests/conformance/probe.sh
. "${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/conformance/probe.sh"
probe_init common-probe

echo "1..5"
probe_require_reference
run() { # $1 library dir, $2 output prefix, [$3 reference]
    # shellcheck disable=SC2046 # word splitting wanted
    env -u LD_PRELOAD -u DLT_LOG_MODE -u DLT_LOG_LEVEL -u DLT_LOG_FILENAME $(probe_env "${3-}") \
        LD_LIBRARY_PATH="$1" timeout 60 "$probe" "$2.log" > "$2.out" 2> "$2.err"
}
run "$work/ref" "$work/r" reference; ref_rc=$?
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
    probe_mask "$work/r.$part" > "$work/r.$part.m"
    probe_mask "$work/n.$part" > "$work/n.$part.m"
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
