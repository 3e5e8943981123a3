#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: file mode (dlt_init_file, dlt_set_filesize_max) side by side.
# The unmodified dlt-example-user writes a DLT file with -f, on the reference
# and on libdlt-ng; the files must hold the same messages (all but times and
# session ids, which legitimately differ) and stop at the same limit.  A size limit is
# always given: without one, 2.18.8 refuses every message (its limit is 0),
# while libdlt-ng writes them all (checked separately).
set -u
src=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
# shellcheck source=tests/integration/dltd.sh
. "$src/tests/integration/dltd.sh"
dltd_need_stage
app=/usr/lib/libdlt-examples/dlt-example-user
dltd_workdir file-mode KEEP || { echo "Bail out! mktemp failed"; exit 1; }
work=$DLTD_WORK
dltd_reference_libdir "$work/ref"
preload=$(dltd_sanitizer_preload)

echo "1..3"
[ -x "$app" ] || { echo "Bail out! $app missing (package libdlt-examples)"; exit 1; }

# run LIBDIR OUTFILE ARGS...: the app writes OUTFILE; print its messages
# without the fields that legitimately differ (times, session id).
run() {
    local libdir=$1 out=$2 pre=
    shift 2
    [ "$libdir" = "$STAGE_DIR/lib" ] && pre=$preload
    env -u LD_PRELOAD LD_LIBRARY_PATH="$libdir" ${pre:+LD_PRELOAD=$pre} ASAN_OPTIONS=detect_leaks=0 \
        DLT_LOG_MODE=4 DLT_PIPE_DIR="$work" timeout 30 "$app" -f "$out" "$@" >/dev/null 2>&1
    /usr/bin/python3 "$src/tests/integration/dltdump.py" --full "$out" | cut -d' ' -f3,4,8-
}

n=0
for mode in verbose nonverbose; do
    n=$((n + 1))
    flags=(-S 300 -n 8 -d 1)
    [ "$mode" = nonverbose ] && flags+=(-g)
    run "$work/ref" "$work/ref-$mode.dlt" "${flags[@]}" hello > "$work/ref-$mode.txt"
    run "$STAGE_DIR/lib" "$work/ng-$mode.dlt" "${flags[@]}" hello > "$work/ng-$mode.txt"
    lines=$(wc -l < "$work/ref-$mode.txt")
    if [ "$lines" -gt 0 ] && diff "$work/ref-$mode.txt" "$work/ng-$mode.txt" > "$work/diff"; then
        echo "ok $n - $mode file with a 300-byte limit: the same $lines messages as the reference"
    else
        echo "not ok $n - $mode file with a 300-byte limit: the same messages as the reference ($lines)"
        sed 's/^/# /' "$work/diff" | head -20
    fi
done
# No limit: libdlt-ng writes everything (2.18.8 would write nothing).
run "$STAGE_DIR/lib" "$work/unlimited.dlt" -n 8 -d 1 hello > "$work/unlimited.txt"
count=$(grep -c "LOG TEST" "$work/unlimited.txt")
if [ "$count" -eq 8 ]; then
    echo "ok 3 - without a limit all 8 messages are written"
else
    echo "not ok 3 - without a limit all 8 messages are written (got $count)"
fi
