#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: producers publish without a fence; the worker's membarrier
# before it blocks is what keeps a message from being stranded in the ring
# (lib/publish_barrier.hpp).  wake-race (wake-race.c) logs one message at a time after
# a random 2-5 ms pause (the worker has stopped napping and blocks by then)
# and waits for each to come back from a private dlt-daemon; a message that
# does not within 5 s was missed by the worker.  The reference library runs
# the same rounds (it writes each message itself: nothing to miss).
set -u
here=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
# shellcheck source=tests/integration/dltd.sh
. "$here/tests/integration/dltd.sh"
dltd_need_stage
echo "1..2"
if ! _dltd_tool "${DLT_DAEMON-}" dlt-daemon >/dev/null; then
    for i in 1 2; do echo "ok $i # SKIP dlt-daemon not installed"; done
    exit 0
fi
dltd_trap
dltd_start || { echo "Bail out! cannot start a private dlt-daemon"; exit 1; }
rounds=${WAKE_RACE_ROUNDS:-600}
wr=$(dltd_bin "${abs_top_builddir:-.}/tests/reliability/wake-race")
out=$(env LD_LIBRARY_PATH="$STAGE_DIR/lib" DLT_PIPE_DIR="$DLTD_DIR" timeout 120 "$wr" "$DLTD_PORT" "$rounds" 2>&1)
rc=$?
printf '%s\n' "$out" | sed 's/^/# libdlt-ng: /'
if [ "$rc" -eq 0 ] && printf '%s\n' "$out" | grep -q "rounds=$rounds stuck=0"; then
    echo "ok 1 - libdlt-ng: each of $rounds messages after an idle pause reached the daemon"
else
    echo "not ok 1 - libdlt-ng: each of $rounds messages after an idle pause reached the daemon (rc $rc)"
fi
ref=$DLTD_DIR/ref
if [ -n "${SANITIZE_FLAGS-}" ]; then
    echo "ok 2 # SKIP sanitizer build: the instrumented probe does not run on the reference"
elif ! dltd_reference_libdir "$ref" || [ ! -e "$ref/libdlt.so.2" ]; then
    echo "ok 2 # SKIP reference libdlt.so.2 not found"
else
    out=$(env LD_LIBRARY_PATH="$ref" DLT_PIPE_DIR="$DLTD_DIR" timeout 120 "$wr" "$DLTD_PORT" 100 2>&1)
    rc=$?
    printf '%s\n' "$out" | sed 's/^/# reference: /'
    if [ "$rc" -eq 0 ]; then
        echo "ok 2 - reference: the same rounds (100) arrive"
    else
        echo "not ok 2 - reference: the same rounds (100) arrive (rc $rc)"
    fi
fi
dltd_stop
