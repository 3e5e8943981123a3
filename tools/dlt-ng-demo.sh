#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# dlt-ng-demo.sh: `make demo`: an unmodified upstream DLT app logs through libdlt-ng to a private dlt-daemon.
#
# Usage: tools/dlt-ng-demo.sh [STAGE_DIR]      (or STAGE_DIR in the environment)
# STAGE_DIR is the install tree holding lib/libdlt.so.2 (libdlt-ng).  Builds nothing.
# Exit status: 0 if all 10 messages of apid LOG reached the DLT client, 1 otherwise.

set -u

STAGE_DIR=${1:-${STAGE_DIR-}}
if [ -z "$STAGE_DIR" ]; then
    echo "usage: $0 STAGE_DIR   (the install tree with lib/libdlt.so.2)" >&2
    exit 2
fi
STAGE_DIR=$(cd "$STAGE_DIR" 2>/dev/null && pwd) || { echo "dlt-ng-demo: no such dir: ${1:-$STAGE_DIR}" >&2; exit 2; }
NGLIB=$STAGE_DIR/lib
[ -e "$NGLIB/libdlt.so.2" ] || { echo "dlt-ng-demo: $NGLIB/libdlt.so.2 not found (build and stage first)" >&2; exit 2; }

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
intdir=${abs_top_srcdir:+$abs_top_srcdir/tests/integration}
[ -n "$intdir" ] && [ -f "$intdir/dltd.sh" ] || intdir=$here/../tests/integration
DLTD_DUMP=$intdir/dltdump.py
# shellcheck source=tests/integration/dltd.sh
. "$intdir/dltd.sh"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

APP=/usr/lib/libdlt-examples/dlt-example-user
COUNT=10
MSG="hello from libdlt-ng"
[ -x "$APP" ] || { echo "dlt-ng-demo: $APP not found (apt-get install libdlt-examples)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/dlt-ng-demo.XXXXXX") || exit 1
DLTD_EXTRA_CLEANUP=$work
dltd_trap

rule() { local t="-- $1 "; printf '%s%s\n' "$t" "$(printf '%*s' $((72 - ${#t})) '' | tr ' ' '-')"; }

# Which libdlt.so.2 will the dynamic loader give the app?
loaded=$(env -u LD_PRELOAD LD_LIBRARY_PATH="$NGLIB" LD_TRACE_LOADED_OBJECTS=1 "$APP" 2>/dev/null |
    awk '$1 == "libdlt.so.2" && $2 == "=>" { print $3; exit }')
system=$(env -u LD_PRELOAD -u LD_LIBRARY_PATH LD_TRACE_LOADED_OBJECTS=1 "$APP" 2>/dev/null |
    awk '$1 == "libdlt.so.2" && $2 == "=>" { print $3; exit }')

dltd_start || { echo "dlt-ng-demo: cannot start a private dlt-daemon" >&2; exit 1; }
dltd_receive_start "$work/received.dlt" || { echo "dlt-ng-demo: dlt-receive did not connect" >&2; exit 1; }

rule "libdlt-ng demo"
echo "An UNMODIFIED upstream program, built against COVESA's libdlt.so.2, is run with"
echo "LD_LIBRARY_PATH=$NGLIB so the dynamic loader gives it libdlt-ng instead."
echo "It logs through a private dlt-daemon (::1 only); dlt-receive plays the DLT client."
echo "  app:         $APP -n $COUNT -d 100 \"$MSG\""
echo "  loaded:      ${loaded:-?} -> $(readlink -f "${loaded:-/nonexistent}" 2>/dev/null)"
if [ "$(readlink -f "${loaded:-/x}")" = "$(readlink -f "${system:-/y}")" ]; then
    echo "               (NOTE: this is the system library, not libdlt-ng)"
fi
echo "  daemon:      dlt-daemon pid $DLTD_PID, port $DLTD_PORT, DLT_PIPE_DIR=$DLTD_DIR"

t0=$(_dltd_now_ms)
env -u LD_PRELOAD LD_LIBRARY_PATH="$NGLIB" DLT_PIPE_DIR="$DLTD_DIR" \
    timeout 60 "$APP" -n "$COUNT" -d 100 "$MSG" >"$work/app.out" 2>&1
rc=$?
echo "  app exit:    $rc after $(( $(_dltd_now_ms) - t0 )) ms (its own output is in app.out, not shown)"
DLTD_RECV_MAX_MS=5000 dltd_wait_count "$work/received.dlt" "$COUNT" --apid LOG --log-only
dltd_receive_stop

rule "what the DLT client received (dlt-convert -a)"
if command -v dlt-convert >/dev/null 2>&1; then
    env -u LD_LIBRARY_PATH -u LD_PRELOAD dlt-convert -a "$work/received.dlt" | cut -c1-150
else
    echo "(dlt-convert not installed: apt-get install dlt-tools)"
fi

rule "decoded by tests/integration/dltdump.py --decode --apid LOG"
"$PY" "$DLTD_DUMP" --decode --apid LOG "$work/received.dlt" | head -n 3
n=$("$PY" "$DLTD_DUMP" --count --apid LOG --log-only "$work/received.dlt")
[ "$n" -gt 3 ] && echo "... ($((n - 3)) more)"

rule "result"
dltd_stop
if [ "$n" -ge "$COUNT" ] && [ "$rc" -eq 0 ]; then
    echo "OK: $n of $COUNT messages from apid LOG reached the client; daemon stopped, temp dir removed."
    exit 0
fi
echo "FAILED: $n of $COUNT messages from apid LOG reached the client (app exit $rc)."
sed 's/^/  app: /' "$work/app.out" | tail -n 5
exit 1
