#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: TAP test - the library works when a program loads it with
# dlopen() (python3-dlt, plug-in hosts), also from a thread that existed
# before it was loaded (whose thread-local storage for the library dlopen
# sets up afterwards).  tests/abi/dlopen-probe logs N messages from each of
# three threads (PRE: started before dlopen, MAIN: loaded it, POST: started
# after) in file mode, through libdlt-ng and through the reference; every
# message must be in the file, and the two files must hold the same
# messages (timestamps, session ids and counters aside).
set -u
src=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
# shellcheck source=tests/integration/tap.sh
. "$src/tests/integration/tap.sh"
# shellcheck source=tests/integration/dltd.sh
. "$src/tests/integration/dltd.sh"
dltd_need_stage
probe=$(dltd_bin "${abs_top_builddir:-.}/tests/abi/dlopen-probe")
N=${DLOPEN_N:-1000}
dltd_workdir dlopen KEEP || bail "mktemp failed"
work=$DLTD_WORK

plan 6
[ -x "$probe" ] || bail "dlopen-probe not built"
ref=$(dltd_reference_lib) || bail "reference libdlt.so.2 missing (package libdlt2; or set REF_LIBDLT)"

seq 0 $((N - 1)) >"$work/want.seq"

# run NAME LIB [ENV...]: the probe on LIB, file $work/NAME.dlt; TAP results for its exit
# status and for each thread's messages: numbers 0 to N-1, in order.
run() {
    local name=$1 lib=$2 rc ctid bad=
    shift 2
    env "$@" DLT_PIPE_DIR="$work" timeout 60 "$probe" "$lib" "$work/$name.dlt" "$N" \
        >"$work/$name.out" 2>&1
    rc=$?
    check "$name: dlopen-probe logs from three threads and exits 0 (rc $rc)" test "$rc" -eq 0
    [ "$rc" -eq 0 ] || diag_file "$work/$name.out"
    for ctid in PRE MAIN POST; do
        "$DLTD_PY" "$DLTD_DUMP" --decode --apid DLOP --ctid "$ctid" --log-only "$work/$name.dlt" 2>&1 |
            sed -n 's/.*{str:"'"$ctid"'" u32:\([0-9]*\)}$/\1/p' >"$work/$name.$ctid.seq"
        cmp -s "$work/want.seq" "$work/$name.$ctid.seq" || bad="$bad $ctid($(wc -l <"$work/$name.$ctid.seq"))"
    done
    check "$name: each thread's $N messages are in the file, in order${bad:+ (wrong:$bad)}" test -z "$bad"
}

run libdlt-ng "$STAGE_DIR/lib/libdlt.so.2"
# The reference's own locking bugs are not ours to report.
run reference "$(readlink -f "$ref")" TSAN_OPTIONS=report_bugs=0 ASAN_OPTIONS=detect_leaks=0

norm() { "$DLTD_PY" "$DLTD_DUMP" --normalize --apid DLOP --log-only "$1" | LC_ALL=C sort; }
norm "$work/libdlt-ng.dlt" >"$work/ng.norm"
norm "$work/reference.dlt" >"$work/ref.norm"
if [ -s "$work/ref.norm" ] && diff "$work/ref.norm" "$work/ng.norm" >"$work/norm.diff"; then
    ok "both files hold the same $(wc -l <"$work/ng.norm") messages"
else
    not_ok "both files hold the same messages"
    diag_file "$work/norm.diff"
fi

# shellcheck disable=SC2016 # the condition is eval'ed by check
check "libdlt-ng: nothing else in the file (3 x $N messages of app DLOP)" \
    '[ "$("$DLTD_PY" "$DLTD_DUMP" --count --apid DLOP --log-only "$work/libdlt-ng.dlt")" -eq $((3 * N)) ]'
finish_tap
