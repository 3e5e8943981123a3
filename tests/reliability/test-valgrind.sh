#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# Reliability 7: valgrind memcheck (no suppressions) on integration programs
# talking to a real daemon: rel-app seq (4 threads, dlt_free at the end),
# rel-app fork (the children are checked too),
# rel-app signal, and mt-logger (exit without dlt_free).  Any memcheck error
# or definite/indirect leak fails.  Skipped in sanitizer builds.
. "${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/reliability/rel.sh"

VG=$(command -v valgrind) || { echo "1..0 # SKIP valgrind not installed"; exit 0; }
[ -n "$REL_SANPRE" ] && { echo "1..0 # SKIP sanitizer build"; exit 0; }
MT=$(dltd_bin "$top_build/tests/integration/mt-logger")
dltd_start || bail "cannot start dlt-daemon"
vg() { # NAME ENV... -- PROGRAM ARGS
    local name=$1 envs=() rc; shift
    while [ "$1" != -- ]; do envs+=("$1"); shift; done; shift
    env LD_LIBRARY_PATH="$STAGE_DIR/lib" DLT_PIPE_DIR="$DLTD_DIR" ${envs[@]+"${envs[@]}"} \
        timeout 300 "$VG" -q --error-exitcode=1 --leak-check=full \
        --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect \
        --log-file="$work/$name.vg.%p" "$@" \
        >"$work/$name.out" 2>&1
    rc=$?
    cat "$work/$name".vg.* >"$work/$name.vg" 2>/dev/null
    diag_file "$work/$name.vg" 30
    check "valgrind: $name: no memcheck error or leak (rc $rc)" '[ "$rc" -eq 0 ] && [ ! -s "$work/$name.vg" ]'
}
vg seq -- "$REL_APP" seq -a VGSQ -t 4 -n 300 -c 2 -x free
# The children are checked as well (their exit status is memcheck's): those
# of a process whose other threads logged free those threads' scratch
# buffers, which do not exist in a child, at their first use of the library.
vg fork-threads DLT_NG_FORK=enable -- "$REL_APP" fork -a VGFK -t 2 -n 200 -k 2
check "valgrind: fork-threads: both children exit 0 under memcheck" \
    '[ "$(grep -c "^CHILD .* status=0$" "$work/fork-threads.out")" -eq 2 ]'
vg fork DLT_NG_FORK=enable -- "$REL_APP" fork -a VGFK -t 0 -n 200 -k 2
check "valgrind: fork: both children exit 0 under memcheck" \
    '[ "$(grep -c "^CHILD .* status=0$" "$work/fork.out")" -eq 2 ]'
vg signal -- "$REL_APP" signal -a VGSG -n 2000
vg mt-logger -- "$MT" -t 2 -n 100 -w
finish_tap
