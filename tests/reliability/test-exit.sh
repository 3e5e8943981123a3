#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# Reliability 3: exit.
#  - daemon up: nothing accepted is lost at exit(), at return from main or at
#    dlt_free() (2 threads x 5000 messages in a burst, then the end at once);
#  - daemon absent: exit waits at most the flush timeout (DLT_NG_FLUSH_TIMEOUT_MS,
#    default 2000 ms; dlt_set_resend_timeout_atexit shortens it);
#  - logging after dlt_free, from atexit handlers registered before and after
#    dlt_init and from a static destructor is a safe no-op (or works);
#  - dlt_init/dlt_free cycles from 4 threads at once, while another thread logs,
#    neither crash nor hang (upstream #588, #915).
. "${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/reliability/rel.sh"

now_ms() { date +%s%3N; }
slack=1000
[ "$REL_SLOW" = 1 ] && slack=3000

dltd_start || bail "cannot start dlt-daemon"
for how in exit return free; do
    dltd_receive_start "$work/$how.dlt" || bail "dlt-receive"
    run_app "$work/$how.out" -- seq -a EX${how:0:2} -n 5000 -t 2 -x $how; rc=$?
    apid=EX${how:0:2}
    acc=$(field "$work/$how.out" ACCOUNT accepted)
    dltd_wait_count "$work/$how.dlt" "${acc:-1}" --apid "$apid" --log-only
    dltd_receive_stop
    got=$("$PY" "$DLTD_DUMP" --count --apid "$apid" --log-only "$work/$how.dlt")
    check "end by $how: exit 0 and all $acc accepted messages delivered (got $got)" \
        '[ "$rc" -eq 0 ] && [ "${acc:-0}" -eq 10000 ] && [ "$got" = "$acc" ]'
done

# Daemon absent.
mkdir -p "$work/nodaemon"
timed() { # NAME BOUND_MS [MIN_MS] ENV... -- ARGS
    local name=$1 bound=$2 min=$3 t0 t1 rc; shift 3
    t0=$(now_ms)
    DLTD_DIR= run_app "$work/$name.out" "$@"; rc=$?
    t1=$(now_ms)
    check "no daemon, $name: exit 0 after $((t1 - t0)) ms (at most $bound, at least $min)" \
        '[ "$rc" -eq 0 ] && [ $((t1 - t0)) -le "$bound" ] && [ $((t1 - t0)) -ge "$min" ]'
}
timed default $((2000 + slack)) 1800 -- seq -n 100
timed env-300ms $((300 + slack)) 250 DLT_NG_FLUSH_TIMEOUT_MS=300 -- seq -n 100
timed atexit-200ms $((200 + slack)) 150 -- seq -n 100 -T 200
timed free-300ms $((300 + slack)) 250 DLT_NG_FLUSH_TIMEOUT_MS=300 -- seq -n 100 -x free
timed nothing-queued $((100 + slack)) 0 -- seq -n 0

# After dlt_free, atexit handlers, static destructors.
run_app "$work/late.out" -- afterfree -a LATE; rc=$?
diag_file "$work/late.out" 10
check "logging after dlt_free / in atexit handlers / in a destructor: no crash (rc $rc)" [ "$rc" -eq 0 ]
check "every late call site ran" \
    [ "$(grep -c -E '^LATE (before-free|after-free|after-reinit|atexit-after-init|atexit-before-init|destructor) ' "$work/late.out")" -eq 6 ]

# Concurrent init/free cycles.
cycles=30
[ "$REL_SLOW" = 1 ] && cycles=10
REL_TIMEOUT=60 run_app "$work/cycles.out" DLT_NG_FLUSH_TIMEOUT_MS=200 -- cycles -a CYCL -t 4 -n $cycles; rc=$?
diag_file "$work/cycles.out.err" 5
check "dlt_init/dlt_free cycles in 4 threads at once while another logs: no crash, no hang (rc $rc)" \
    '[ "$rc" -eq 0 ] && grep -q "^CYCLES done=4\$" "$work/cycles.out"'
finish_tap
