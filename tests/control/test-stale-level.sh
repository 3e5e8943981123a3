#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# test-stale-level.sh: TAP test: a daemon message that crosses the app's
# dlt_unregister_context on the wire is not "malformed".
#
# The daemon answers a REGISTER_CONTEXT asking for its default level with a
# LOG_LEVEL message.  If the application unregisters that context before its
# worker has read the answer, the answer arrives for a context that is gone:
# a well-formed message, sent before the daemon saw the UNREGISTER_CONTEXT.
# libdlt 2.18.8 drops it without a word; libdlt-ng used to count it as a
# "malformed or unknown daemon message" and print that at exit (in about
# one run in ten of register / unregister / exit).
#
# To hit the window every time, the private daemon is stopped (SIGSTOP, by
# its pid) while tests/control/stale-app registers CTX1 and CTX2 and
# unregisters CTX2; the worker's REGISTER_CONTEXT and UNREGISTER_CONTEXT wait
# in the daemon's FIFO (FIONREAD shows when they are there).  Once the daemon continues it answers both
# registrations (CTX1's answer, ContextLogLevel = 5, shows the answers came)
# and then processes the unregistration.  Asserted, on libdlt-ng and on the
# reference: CTX1 got level 5, the daemon logged sending CTX2's level (which
# the app had unregistered by then), and the library printed nothing
# about rejected or invalid messages.  Then the scenario of the original
# report (a zeroed, never registered DltContext unregistered, a message
# logged, the context unregistered, exit) runs 10 times against a running
# daemon, and no run may print a "rejected" line.
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
srcdir=${abs_top_srcdir:+$abs_top_srcdir/tests/control}
[ -n "$srcdir" ] && [ -d "$srcdir" ] || srcdir=$here
# shellcheck source=tests/integration/tap.sh
. "$srcdir/../integration/tap.sh"
# shellcheck source=tests/integration/dltd.sh
. "$srcdir/../integration/dltd.sh"
PY=$DLTD_PY
dltd_need_stage

work=$(mktemp -d "${TMPDIR:-/tmp}/stale-test.XXXXXX") || bail "mktemp failed"
DLTD_EXTRA_CLEANUP=$work
dltd_trap
# A stopped daemon must be continued before it can be stopped for good.
trap '[ -n "$DLTD_PID" ] && kill -CONT "$DLTD_PID" 2>/dev/null; dltd_cleanup' EXIT

# shellcheck source=tests/control/app-setup.sh
. "$srcdir/app-setup.sh"
control_app_setup "${STALE_APP:-${abs_top_builddir:-.}/tests/control/stale-app}" stale-app

# start_app LABEL LIBDIR ERRFILE: stale-app as a coprocess on the daemon.
start_app() {
    local pre=
    [ "$1" = ng ] && pre=$preload
    coproc APP { env -u LD_PRELOAD LD_LIBRARY_PATH="$2" ${pre:+LD_PRELOAD=$pre} \
        DLT_PIPE_DIR="$DLTD_DIR" DLT_LOG_MODE=3 ASAN_OPTIONS=detect_leaks=0 \
        timeout 60 "$bin" 2>"$3"; }
}
# ask COMMAND: send a command (none: just read), the answer in $line (empty
# after 15 s).  Not in a $(...): the coprocess's pid must stay ours to wait.
ask() {
    line=
    [ -n "$1" ] && echo "$1" >&"${APP[1]}"
    read -r -t 15 line <&"${APP[0]}"
}
# end_app: quit, and wait until the app has exited (its exit-time output is
# part of what is checked).
end_app() {
    local pid=$APP_PID
    ask quit
    wait "$pid" 2>/dev/null
}
# fifo_pending: bytes written to the (stopped) daemon's FIFO and not read yet.
fifo_pending() {
    "$PY" -c 'import fcntl, os, struct, sys, termios
fd = os.open(sys.argv[1], os.O_RDONLY | os.O_NONBLOCK)
print(struct.unpack("i", fcntl.ioctl(fd, termios.FIONREAD, b"\0" * 4))[0])' "$DLTD_DIR/dlt"
}
# fifo_wait N: print "ok" once N bytes are pending (10 s at most), else the count.
fifo_wait() {
    local n _i
    for _i in $(seq 1 200); do
        n=$(fifo_pending)
        [ "$n" -ge "$1" ] && { echo ok; return; }
        sleep 0.05
    done
    echo "$n of $1 bytes"
}
# The library's lines about daemon messages it did not accept.
complaints() { grep -ciE 'rejected|invalid|malformed|unknown' "$1"; }

# ---- the answer crosses the unregistration (daemon stopped meanwhile)
for pair in "ng:$ngdir" "ref:$refdir"; do
    label=${pair%%:*} libdir=${pair#*:}
    err=$work/$label.err
    DLTD_EXTRA_CONF="ContextLogLevel = 5" dltd_start || bail "$label: daemon did not start"
    start_app "$label" "$libdir" "$err"
    ask ''
    check_eq "$label: the app registers with the daemon" "$line" "UP 0"
    kill -STOP "$DLTD_PID"
    n0=$(fifo_pending)
    ask register
    check_eq "$label: CTX1 and CTX2 registered (daemon stopped)" "$line" "REGISTERED 0 0"
    # Two REGISTER_CONTEXT: 2 x (8 + 22) bytes and the descriptions.
    check_eq "$label: both registrations wait in the daemon's FIFO" "$(fifo_wait $((n0 + 84)))" ok
    ask unregister
    check_eq "$label: CTX2 unregistered before the daemon answered" "$line" "UNREGISTERED 0"
    check_eq "$label: the unregistration waits behind them" "$(fifo_wait $((n0 + 104)))" ok
    kill -CONT "$DLTD_PID"
    ask 'wait 5'
    check_eq "$label: the daemon's answers came (CTX1 at ContextLogLevel)" "$line" "LEVEL 5"
    end_app
    check_eq "$label: the app exits" "$line" "BYE"
    # The daemon logs each LOG_LEVEL it writes to an application.
    if grep -q 'Send log-level to context: STAL:CTX2 ' "$DLTD_DIR/dlt-daemon.log"; then
        ok "$label: the daemon sent CTX2's level after CTX2 was unregistered"
    else
        not_ok "$label: the daemon log does not show CTX2's level sent"
    fi
    dltd_stop
    check_eq "$label: no daemon message reported as rejected or invalid" "$(complaints "$err")" 0
    sed 's/^/#   app stderr: /' "$err" | head -5
done

# ---- the scenario of the original report, 10 runs (libdlt-ng)
DLTD_EXTRA_CONF="ContextLogLevel = 5" dltd_start || bail "daemon did not start"
bad=0
for i in $(seq 1 10); do
    err=$work/report.$i.err
    start_app ng "$ngdir" "$err"
    out=
    for cmd in '' register zero log unregister; do
        ask "$cmd"
        out+="$line "
    done
    end_app
    out+=$line
    if [ "$out" != "UP 0 REGISTERED 0 0 ZERO -1 LOGGED 0 UNREGISTERED 0 BYE" ]; then
        bad=$((bad + 1)); echo "# run $i: $out"
    elif [ "$(complaints "$err")" != 0 ]; then
        bad=$((bad + 1)); sed "s/^/# run $i: /" "$err"
    fi
done
dltd_stop
check_eq "register, unregister a zeroed context, log, unregister, exit: runs with a complaint" \
    "$bad" 0

finish_tap
