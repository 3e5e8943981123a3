#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: the worker thread batches a steady stream and sleeps for real
# when the application is quiet.  idle-probe logs 20,000 messages in 10,000
# batches of two (a 100 us sleep after each) to a private dlt-daemon, then
# stays quiet for a second; it reports the worker thread's context switches
# in both phases.  Counts, not timings: while idle the worker must block (a
# handful of switches at most, where napping would be about a thousand per
# second), and during the stream it must not wake once per producer batch
# (a worker woken by every batch switches at least 10,000 times; a napping
# one at most once per 125 us nap).  Also: everything logged arrives.
set -u
here=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
# shellcheck source=tests/integration/dltd.sh
. "$here/tests/integration/dltd.sh"
dltd_need_stage
probe=$(dltd_bin "${abs_top_builddir:-.}/tests/perf/idle-probe")
echo "1..4"
if ! _dltd_tool "${DLT_DAEMON-}" dlt-daemon >/dev/null || ! _dltd_tool "${DLT_RECEIVE-}" dlt-receive >/dev/null; then
    for i in 1 2 3 4; do echo "ok $i # SKIP dlt-daemon/dlt-receive not installed"; done
    exit 0
fi
dltd_trap
dltd_start || { echo "Bail out! cannot start a private dlt-daemon"; exit 1; }
dltd_receive_start "$DLTD_DIR/idle.dlt" || { echo "Bail out! dlt-receive did not connect"; exit 1; }
out=$(env LD_LIBRARY_PATH="$STAGE_DIR/lib" DLT_PIPE_DIR="$DLTD_DIR" timeout 60 "$probe" 2>&1)
rc=$?
dltd_receive_stop
echo "# $out"
if [ "$rc" -eq 0 ]; then echo "ok 1 - idle-probe exits 0"; else echo "not ok 1 - idle-probe exits 0 (got $rc)"; fi
stream=$(printf '%s\n' "$out" | sed -n 's/.*stream_switches=\([0-9-]*\).*/\1/p')
idle=$(printf '%s\n' "$out" | sed -n 's/.*idle_switches=\([0-9-]*\).*/\1/p')
stream=${stream:--1}
idle=${idle:--1}
if [ "$idle" -ge 0 ] && [ "$idle" -le 5 ]; then
    echo "ok 2 - the quiet worker blocks: $idle context switches in an idle second (<= 5)"
else
    echo "not ok 2 - the quiet worker blocks: $idle context switches in an idle second (want 0..5)"
fi
if [ "$stream" -ge 0 ] && [ "$stream" -lt 5000 ]; then
    echo "ok 3 - the stream is batched: $stream worker context switches for 10000 producer batches (< 5000)"
else
    echo "not ok 3 - the stream is batched: $stream worker context switches for 10000 producer batches (want < 5000)"
fi
got=$(python3 "$here/tests/integration/dltdump.py" --count --apid IDLE --ctid IDL --log-only "$DLTD_DIR/idle.dlt" 2>/dev/null)
got=${got:-0}
if [ "$got" -eq 20000 ]; then
    echo "ok 4 - all 20000 messages arrived"
else
    echo "not ok 4 - all 20000 messages arrived (got $got)"
fi
dltd_stop
