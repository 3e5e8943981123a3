#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: local print side by side.  The unmodified dlt-example-user runs
# without a daemon with dlt_enable_local_print (-a) and under each
# DLT_LOCAL_PRINT_MODE; its console output (its own printf lines and the
# library's local-print lines, in order) must equal the reference's, except
# the wall-clock time and the uptime timestamp at the start of each line.
set -u
src=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
# shellcheck source=tests/integration/dltd.sh
. "$src/tests/integration/dltd.sh"
dltd_need_stage
app=/usr/lib/libdlt-examples/dlt-example-user
dltd_workdir local-print KEEP || { echo "Bail out! mktemp failed"; exit 1; }
work=$DLTD_WORK
mkdir -p "$work/pipes"
dltd_reference_libdir "$work/ref"
preload=$(dltd_sanitizer_preload)

echo "1..6"
[ -x "$app" ] || { echo "Bail out! $app missing (package libdlt-examples)"; exit 1; }

# run LIBDIR MODE ARGS...: console output with times masked.
run() {
    local libdir=$1 mode=$2 pre=
    shift 2
    [ "$libdir" = "$STAGE_DIR/lib" ] && pre=$preload
    env -u LD_PRELOAD -u DLT_LOCAL_PRINT_MODE LD_LIBRARY_PATH="$libdir" ${pre:+LD_PRELOAD=$pre} \
        ASAN_OPTIONS=detect_leaks=0 ${mode:+DLT_LOCAL_PRINT_MODE=$mode} DLT_PIPE_DIR="$work/pipes" \
        DLT_LOG_MODE=4 timeout 30 "$app" "$@" 2>&1 |
        sed -E 's/^[0-9]{4}\/[0-9]{2}\/[0-9]{2} [0-9:.]+ +[0-9-]+ //'
}

n=0
check() { # name mode args...
    local name=$1 mode=$2
    shift 2
    n=$((n + 1))
    run "$work/ref" "$mode" "$@" > "$work/ref.out"
    run "$STAGE_DIR/lib" "$mode" "$@" > "$work/ng.out"
    local printed
    printed=$(grep -c "LOG- TEST" "$work/ref.out")
    if diff "$work/ref.out" "$work/ng.out" > "$work/diff"; then
        echo "ok $n - $name: same console output ($printed local-print lines)"
    else
        echo "not ok $n - $name: same console output"
        sed 's/^/# /' "$work/diff" | head -20
    fi
}
check "dlt_enable_local_print (-a)" "" -a -n 4 -d 1 -t 100 "local print"
check "DLT_LOCAL_PRINT_MODE=FORCE_ON" FORCE_ON -n 4 -d 1 -t 100 "local print"
check "DLT_LOCAL_PRINT_MODE=FORCE_OFF with -a" FORCE_OFF -a -n 4 -d 1 -t 100 "local print"
check "DLT_LOCAL_PRINT_MODE=AUTOMATIC, no daemon" AUTOMATIC -n 4 -d 1 -t 100 "local print"
check "non-verbose (-g) with -a" "" -a -g -n 3 -d 1 -t 100 "nv"

# DLT_LOG_MODE=3: local print goes to stderr (stdout keeps the app's own
# lines).  The library's own diagnostics, also on stderr, are left out.
n=$((n + 1))
for side in ref ng; do
    libdir=$work/ref pre=
    [ "$side" = ng ] && libdir=$STAGE_DIR/lib pre=$preload
    env -u LD_PRELOAD LD_LIBRARY_PATH="$libdir" ${pre:+LD_PRELOAD=$pre} ASAN_OPTIONS=detect_leaks=0 \
        DLT_PIPE_DIR="$work/pipes" DLT_LOG_MODE=3 timeout 30 "$app" -a -n 3 -d 1 -t 100 stderr \
        > "$work/$side.stdout" 2> "$work/$side.stderr"
    grep -v '~DLT~' "$work/$side.stderr" |
        sed -E 's/^[0-9]{4}\/[0-9]{2}\/[0-9]{2} [0-9:.]+ +[0-9-]+ //' > "$work/$side.stderr.lines"
done
if [ "$(grep -c 'LOG- TEST' "$work/ng.stderr.lines")" -eq 3 ] &&
    cmp -s "$work/ref.stderr.lines" "$work/ng.stderr.lines" &&
    cmp -s "$work/ref.stdout" "$work/ng.stdout"; then
    echo "ok $n - DLT_LOG_MODE=3: local print on stderr, as the reference"
else
    echo "not ok $n - DLT_LOG_MODE=3: local print on stderr, as the reference"
    diff "$work/ref.stderr.lines" "$work/ng.stderr.lines" | sed 's/^/# /' | head -10
fi
