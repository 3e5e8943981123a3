#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: the DltBuffer ring (dlt_buffer_*) side by side.  buffer-probe
# runs once on the reference libdlt.so.2 and once on libdlt-ng: return codes,
# counters, positions, the raw bytes of a static buffer after every step, the
# entries read back, and the diagnostics (time, pid and addresses masked)
# must be the same.
set -u
# shellcheck source=tests/conformance/probe.sh
. "${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/conformance/probe.sh"
probe_init buffer-probe tests/reader

echo "1..4"
probe_require_reference
run() {
    # shellcheck disable=SC2046 # word splitting wanted
    env -u LD_PRELOAD -u DLT_LOG_MODE $(probe_env "${3-}") LD_LIBRARY_PATH="$1" \
        timeout 60 "$probe" > "$2" 2>&1
}
run "$work/ref" "$work/ref.raw" reference; ref_rc=$?
run "$STAGE_DIR/lib" "$work/ng.raw"; ng_rc=$?
# A block head in the buffer is "SHM\0", a status byte, 3 bytes of padding and
# the size.  The reference copies the head from a stack struct whose padding
# it never sets: those 3 bytes are whatever the stack held (zeros on one
# machine, "c7 81 9a" on another), so they are masked; libdlt-ng writes zeros.
pad='s/53 48 4d 00 ([0-9a-f]{2}) [0-9a-f]{2} [0-9a-f]{2} [0-9a-f]{2}/53 48 4d 00 \1 pp pp pp/g'
for side in ref ng; do
    probe_mask "$work/$side.raw" | sed -E 's/address: [0-9A-F]+/address: ADDR/' |
        sed -E "$pad" > "$work/$side.out"
done
if [ "$ref_rc" -eq 0 ] && [ "$ng_rc" -eq 0 ]; then
    echo "ok 1 - both runs exit 0"
else
    echo "not ok 1 - both runs exit 0 (reference $ref_rc, libdlt-ng $ng_rc)"
fi
warnings=$(grep -c 'WARNING\|ERROR' "$work/ref.out")
if [ "$warnings" -ge 5 ]; then
    echo "ok 2 - the reference reported $warnings problems (the comparison covers diagnostics)"
else
    echo "not ok 2 - the reference reported only $warnings problems"
fi
lines=$(wc -l < "$work/ref.out")
if [ "$lines" -gt 90 ] && diff "$work/ref.out" "$work/ng.out" > "$work/diff"; then
    echo "ok 3 - libdlt-ng's DltBuffer behaves as the reference's in all $lines lines"
else
    echo "not ok 3 - libdlt-ng's DltBuffer behaves as the reference's ($lines lines)"
    head -n 30 "$work/diff" | sed 's/^/# /'
fi
# ... so check libdlt-ng's own: zero in every head it wrote.
heads=$(grep -oE '53 48 4d 00 [0-9a-f]{2} [0-9a-f]{2} [0-9a-f]{2} [0-9a-f]{2}' "$work/ng.raw")
dirty=$(printf '%s\n' "$heads" | grep -cv ' 00 00 00$')
if [ -n "$heads" ] && [ "$dirty" -eq 0 ]; then
    echo "ok 4 - libdlt-ng zeroes the padding of all $(printf '%s\n' "$heads" | wc -l) block heads in the dumps"
else
    echo "not ok 4 - libdlt-ng zeroes the padding of every block head ($dirty not)"
fi
[ "$ref_rc" -eq 0 ] && [ "$ng_rc" -eq 0 ]
