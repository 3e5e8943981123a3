#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# Reliability 5: signals and suspended processes.
#  - a SIGALRM handler (every 100 us) logs while the main thread logs, also
#    when it interrupts main between write_start and write_finish (nested
#    scratch): no deadlock, both streams complete and in order;
#  - the whole logging process is SIGSTOPped for a second mid-stream and
#    SIGCONTed: the worker recovers, nothing hangs, nothing accepted is lost.
# (A producer stopped exactly between claim and publish, with the others
# failing fast meanwhile, is tests/reliability/test_ring_stall.)
. "${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/reliability/rel.sh"

dltd_start || bail "cannot start dlt-daemon"

N=20000
[ "$REL_SLOW" = 1 ] && N=5000
dltd_receive_start "$work/sig.dlt" || bail "dlt-receive"
# A ring that holds the whole stream (8 MiB): the app logs as fast as it
# can, and on a loaded machine the daemon may fall behind; what is tested
# here is signal safety, not throughput (drops would be counted, and then
# the streams below could not be complete).
REL_TIMEOUT=60 run_app "$work/sig.out" DLT_NG_RING_SIZE=8388608 -- signal -a SIGA -n $N; rc=$?
acc=$(field "$work/sig.out" ACCOUNT accepted)
dltd_wait_count "$work/sig.dlt" "${acc:-1}" --apid SIGA --log-only
dltd_receive_stop
diag_file "$work/sig.out" 2
handled=$(field "$work/sig.out" SIGNAL handled)
nested=$(field "$work/sig.out" SIGNAL nested)
main=$(field "$work/sig.out" SIGNAL main) # at least N: the app logs on until 200 alarms
main=${main:-0}
check "logging from a SIGALRM handler: no deadlock (rc $rc), $handled handler messages" \
    '[ "$rc" -eq 0 ] && [ "${handled:-0}" -gt 100 ]'
check "the handler interrupted write_start..write_finish $nested times" [ "${nested:-0}" -gt 0 ]
"$PY" "$reldir/relcheck.py" --apid SIGA "$work/sig.dlt" >"$work/sig.check"
diag_file "$work/sig.check"
pid=$(field "$work/sig.out" ACCOUNT pid)
check "main's $main messages (at least $N) arrived complete and in order" \
    '[ "$main" -ge $N ] && grep -q "^STREAM apid=SIGA pid=$pid stream=0 count=$main first=0 last=$((main - 1)) dups=0 inorder=1 " "$work/sig.check"'
check "the handler's $handled messages arrived complete and in order" \
    grep -q "^STREAM apid=SIGA pid=$pid stream=1 count=$handled first=0 last=$((handled - 1)) dups=0 inorder=1 " "$work/sig.check"
check "accepted ($acc) == main + handler messages" [ "${acc:-0}" -eq $((main + handled)) ]

# SIGSTOP / SIGCONT of the whole process.
dltd_receive_start "$work/stop.dlt" || bail "dlt-receive"
run_app "$work/stop.out" -- seq -a STOP -t 4 -n 2000 -d 300 -c 2 &
app=$!
sleep 0.4
leaf=$(leaf_pid $app)
kill -STOP "$leaf"
sleep 1
state=$(ps -o stat= -p "$leaf" 2>/dev/null)
kill -CONT "$leaf"
wait $app; rc=$?
acc=$(field "$work/stop.out" ACCOUNT accepted)
dltd_wait_count "$work/stop.dlt" "${acc:-1}" --apid STOP --log-only
dltd_receive_stop
check "SIGSTOP (state ${state:-?}) then SIGCONT: the app finishes (rc $rc)" \
    '[ "$rc" -eq 0 ] && [ "${state:0:1}" = T ]'
"$PY" "$reldir/relcheck.py" --apid STOP "$work/stop.dlt" >"$work/stop.check"
n=$(grep -c ' count=2000 first=0 last=1999 dups=0 inorder=1 ' "$work/stop.check")
check "after SIGCONT all 4 streams arrived complete and in order ($n of 4, accepted $acc)" \
    '[ "$n" -eq 4 ] && [ "${acc:-0}" -eq 8000 ]'
finish_tap
