#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# Reliability 1: the daemon is absent when the app starts.  The app registers
# and logs 3000 messages on 3 contexts; they wait in the ring.  A daemon then
# appears in the app's DLT_PIPE_DIR: the app and all its contexts must get
# registered there (the daemon announces them: SendContextRegistration = 1)
# and the whole backlog must arrive at a dlt-receive client, in order.
. "${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/reliability/rel.sh"

DLTD_EXTRA_CONF="SendContextRegistration = 1"
dltd_start || bail "cannot start dlt-daemon"
# Keep the private dir and port, but no daemon yet.
kill -KILL "$DLTD_PID"; wait "$DLTD_PID" 2>/dev/null; DLTD_PID=
rm -f "$DLTD_DIR/dlt"

N=3000
# The exit flush waits (from the last progress) long enough for the daemon.
run_app "$work/app.out" DLT_NG_FLUSH_TIMEOUT_MS=20000 -- seq -a LATE -n $N -c 3 &
app=$!
sleep 1
check "the app is still running with no daemon (messages wait in the ring)" kill -0 $app
dltd_restart_same || bail "cannot start the daemon"
dltd_receive_start "$work/recv.dlt" || bail "dlt-receive"
wait $app; rc=$?
check "the app exits 0 once the daemon took its backlog (rc $rc)" [ "$rc" -eq 0 ]
dltd_wait_count "$work/recv.dlt" $N --apid LATE --log-only
dltd_receive_stop
acc=$(field "$work/app.out" ACCOUNT accepted)
full=$(field "$work/app.out" ACCOUNT full)
check "all $N messages were accepted (accepted=$acc full=$full)" '[ "${acc:-0}" -eq $N ] && [ "${full:-1}" -eq 0 ]'
"$PY" "$reldir/relcheck.py" --contexts --apid LATE "$work/recv.dlt" >"$work/check"
diag_file "$work/check"
pid=$(field "$work/app.out" ACCOUNT pid)
check "the backlog arrived complete and in order, with the app's pid" \
    grep -q "^STREAM apid=LATE pid=$pid stream=0 count=$N first=0 last=$((N - 1)) dups=0 inorder=1 " "$work/check"
check "the daemon knows the app's three contexts" \
    [ "$(grep -c '^CONTEXT apid=LATE ctid=C00[012]$' "$work/check")" -eq 3 ]
finish_tap
