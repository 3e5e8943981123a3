#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: the worker thread batches a steady stream, dozes after it
# (sparse messages then cost the logging thread no wake-up), and sleeps for
# real when the application is quiet.  idle-probe logs 20,000 messages in
# 10,000 batches of two (a 100 us sleep after each) to a private dlt-daemon,
# then 100 messages 10 ms apart and one ERROR, then stays quiet; it reports
# the worker thread's context switches and the logging thread's own write
# syscalls (a wake-up is an eventfd write).  Counts, not timings: while idle
# the worker must block (a handful of switches at most, where napping would
# be about a thousand per second); during the stream it must not wake once
# per producer batch (a worker woken by every batch switches at least
# 10,000 times; a napping one at most once per 125 us nap); the sparse
# messages must not wake it at all, the ERROR must (once); with
# DLT_NG_DELIVERY_DELAY_MS=0 each sparse message wakes it, as before the
# doze existed.  Also: everything logged arrives.
set -u
here=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
# shellcheck source=tests/integration/dltd.sh
. "$here/tests/integration/dltd.sh"
dltd_need_stage
probe=$(dltd_bin "${abs_top_builddir:-.}/tests/perf/idle-probe")
echo "1..9"
if ! dltd_have_tools; then
    for i in 1 2 3 4 5 6 7 8 9; do echo "ok $i # SKIP dlt-daemon/dlt-receive not installed"; done
    exit 0
fi
dltd_trap
dltd_start || { echo "Bail out! cannot start a private dlt-daemon"; exit 1; }
dltd_receive_start "$DLTD_DIR/idle.dlt" || { echo "Bail out! dlt-receive did not connect"; exit 1; }
run_probe() { # env assignments..., then the probe's arguments
    env LD_LIBRARY_PATH="$STAGE_DIR/lib" DLT_PIPE_DIR="$DLTD_DIR" "$@" 2>&1
}
field() { # name, output
    local v
    v=$(printf '%s\n' "$2" | sed -n "s/.*$1=\([0-9-]*\).*/\1/p")
    echo "${v:--1}"
}
check() { # number, condition (test args), text
    local n=$1 text=$3
    if eval "$2"; then echo "ok $n - $text"; else echo "not ok $n - $text"; fi
}
out=$(run_probe timeout 60 "$probe")
rc=$?
echo "# $out"
check 1 '[ "$rc" -eq 0 ]' "idle-probe exits 0 (got $rc)"
stream=$(field stream_switches "$out")
idle=$(field idle_switches "$out")
sparse=$(field sparse_writes "$out")
urgent=$(field error_writes "$out")
check 2 '[ "$idle" -ge 0 ] && [ "$idle" -le 5 ]' \
    "the quiet worker blocks: $idle context switches in an idle second (want 0..5)"
check 3 '[ "$stream" -ge 0 ] && [ "$stream" -lt 5000 ]' \
    "the stream is batched: $stream worker context switches for 10000 producer batches (want < 5000)"
check 4 '[ "$sparse" -eq 0 ]' \
    "100 messages 10 ms apart cost their thread no wake-up while the worker dozes: $sparse writes (want 0)"
check 5 '[ "$urgent" -eq 1 ]' "an ERROR wakes the dozing worker at once: $urgent write (want 1)"
# The same with the doze switched off: the worker sleeps for real 2 ms after a
# record, so each sparse message has to wake it.
off=$(run_probe DLT_NG_DELIVERY_DELAY_MS=0 timeout 60 "$probe" 200)
rc_off=$?
echo "# DLT_NG_DELIVERY_DELAY_MS=0: $off"
sparse_off=$(field sparse_writes "$off")
check 6 '[ "$rc_off" -eq 0 ] && [ "$sparse_off" -ge 90 ]' \
    "DLT_NG_DELIVERY_DELAY_MS=0: the sparse messages wake the worker: $sparse_off writes (want >= 90; exit $rc_off)"
check 7 '[ "$(field idle_switches "$off")" -ge 0 ] && [ "$(field idle_switches "$off")" -le 5 ]' \
    "DLT_NG_DELIVERY_DELAY_MS=0: the quiet worker blocks: $(field idle_switches "$off") switches (want 0..5)"
dltd_receive_stop
got=$(python3 "$here/tests/integration/dltdump.py" --count --apid IDLE --ctid IDL --log-only "$DLTD_DIR/idle.dlt" 2>/dev/null)
got=${got:-0}
want=$(( $(field messages "$out") + $(field messages "$off") ))
check 8 '[ "$got" -eq "$want" ]' "all $want messages of both runs arrived (got $got)"
urgent_got=$(python3 "$here/tests/integration/dltdump.py" --apid IDLE --ctid IDL --log-only --decode "$DLTD_DIR/idle.dlt" 2>/dev/null | grep -c urgent)
check 9 '[ "$urgent_got" -eq 2 ]' "both ERROR messages arrived (got $urgent_got)"
dltd_stop
