#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# test-control.sh: TAP test: the daemon talks back.
#
# ctl-app (tests/control/ctl-app.c) runs against a private dlt-daemon
# (ContextLogLevel = 5) and is driven over the daemon's TCP port by
# ctlscen.py / dltctl.py exactly as a viewer would: SET_LOG_LEVEL,
# SET_TRACE_STATUS, SET_DEFAULT_LOG_LEVEL and injections (service ids >= 0xFFF with data).  The
# same binary runs on libdlt-ng and on the reference libdlt.so.2, chosen
# through LD_LIBRARY_PATH only (the reference from a directory holding just a
# libdlt.so.2 symlink).  Asserted on libdlt-ng: the daemon's answer to
# "unset" levels, explicit levels, log state 0 -> 1 -> 0 as a viewer comes and
# goes, level changes filtering in the app, llccb callbacks, injections with
# the right service id and bytes, dlt_set_application_ll_ts_limit, the
# latency of a level change (reported as p50/max, bounded generously), and
# hostile bytes written into the app's FIFO (the app keeps logging, later
# changes still apply).  Then every observable result is compared with the
# reference's.  DLT_DISABLE_INJECTION_MSG_AT_USER (nothing comes back) is
# checked on both, DLT_INITIAL_LOG_LEVEL without a daemon on both, and last
# that the app's FIFO follows no planted symlink (libdlt-ng only).
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
srcdir=${abs_top_srcdir:+$abs_top_srcdir/tests/control}
[ -n "$srcdir" ] && [ -f "$srcdir/ctlscen.py" ] || srcdir=$here
intdir=$srcdir/../integration
# shellcheck source=tests/integration/tap.sh
. "$intdir/tap.sh"
# shellcheck source=tests/integration/dltd.sh
. "$intdir/dltd.sh"
PY=$DLTD_PY
dltd_need_stage

dltd_workdir ctl-test KEEP || bail "mktemp failed"
work=$DLTD_WORK

# shellcheck source=tests/control/app-setup.sh
. "$srcdir/app-setup.sh"
control_app_setup "${CTL_APP:-${abs_top_builddir:-.}/tests/control/ctl-app}" ctl-app

dltd_check_loads "libdlt-ng: ctl-app" "$bin" "$ngdir" "$ngdir/libdlt.so.2"
dltd_check_loads "reference: ctl-app" "$bin" "$refdir" "$refdir/libdlt.so.2"

# run LABEL LIBDIR OUT SCENARIO-ARGS...: one scenario against a fresh daemon.
run() {
    local label=$1 libdir=$2 out=$3 pre=
    shift 3
    [ "$label" = ng ] && pre=$preload
    if ! DLTD_EXTRA_CONF="ContextLogLevel = 5" dltd_start; then
        echo "RESULT daemon 0" >"$out"; return 1
    fi
    # The sanitizer runtime goes to ctl-app only: under TSan's halt_on_error
    # the interpreter's own socket threads (close racing recv) killed the run.
    env -u LD_PRELOAD LD_LIBRARY_PATH="$libdir" DLT_LOG_MODE=3 \
        ASAN_OPTIONS=detect_leaks=0 timeout 180 "$PY" "$srcdir/ctlscen.py" \
        --port "$DLTD_PORT" --dir "$DLTD_DIR" --bin "$bin" ${pre:+--preload "$pre"} "$@" \
        >"$out" 2>"$out.err"
    cp "$DLTD_DIR/dlt-daemon.log" "$out.daemon.log" 2>/dev/null
    dltd_stop
    grep '^#' "$out" | sed "s/^# /# $label: /"
    return 0
}
get() { awk -v k="$2" '$1 == "RESULT" && $2 == k { $1 = ""; $2 = ""; sub(/^  /, ""); print; exit }' "$1"; }

run ng "$ngdir" "$work/ng" --changes 20 --hostile
ng=$work/ng
[ -s "$ng.err" ] && sed 's/^/#   ng stderr: /' "$ng.err" | head -20
check_eq "libdlt-ng: ctl-app starts and registers" "$(get "$ng" ready)" 1
check_eq "unset level: the daemon's default arrives (CTX1)" "$(get "$ng" initial_CTX1)" 5/0
check_eq "unset level, llccb context (CTX2)" "$(get "$ng" initial_CTX2)" 5/0
check_eq "explicit level and status stay (CTX3, WARN/OFF)" "$(get "$ng" initial_CTX3)" 3/0
check_eq "explicit level, default status: the daemon fills the status (CTX4)" "$(get "$ng" initial_CTX4)" 2/0
check_eq "dlt_register_context_llccb: callback for the daemon's first answer" "$(get "$ng" initial_llccb_CTX2)" 1
check_eq "dlt_get_log_state without a viewer" "$(get "$ng" state_no_client)" 0
check_eq "dlt_get_log_state once a viewer connects" "$(get "$ng" state_client)" 1
check_eq "dlt_get_log_state after the viewer left" "$(get "$ng" state_after_disconnect)" 0
check_eq "SET_LOG_LEVEL reaches *log_level_ptr" "$(get "$ng" set_level_applied)" 1
check_eq "at level DEBUG, the viewer gets DEBUG and not VERBOSE" "$(get "$ng" filter_before)" "debug=1,verbose=0"
check_eq "after SET_LOG_LEVEL WARN, the viewer gets WARN and not INFO" "$(get "$ng" filter_after)" "warn=1,info=0"
check_eq "dlt_register_log_level_changed_callback sees the change" "$(get "$ng" llccb_CTX1)" "CTX1 3 0"
check_eq "SET_DEFAULT_LOG_LEVEL reaches the contexts that follow the default only" \
    "$(get "$ng" default_level)" "CTX1=3,CTX2=2"
check_eq "llccb on a level change" "$(get "$ng" llccb_CTX2_level)" "CTX2 6 0"
check_eq "llccb on a trace status change" "$(get "$ng" llccb_CTX2_trace)" "CTX2 6 1"
check_eq "SET_TRACE_STATUS reaches *trace_status_ptr" "$(get "$ng" trace_status_applied)" 1
check_eq "injections: only registered ids with data, plain and with id+priv" \
    "$(get "$ng" injections)" "plain 0x1000 5 68656c6c6f;id:priv-ok 0x1001 4 000102ff"
check_eq "a 4096-byte injection arrives whole" "$(get "$ng" injection_4096)" 4096/0001020304050607
nlat=$(get "$ng" latency_n); p50=$(get "$ng" latency_p50_ms); max=$(get "$ng" latency_max_ms)
echo "# libdlt-ng: level change latency (TCP request sent -> *log_level_ptr changed) over ${nlat:-0} changes: p50 ${p50:-?} ms, max ${max:-?} ms"
if [ "${nlat:-0}" = 20 ] && awk -v m="${max:-1e9}" 'BEGIN { exit !(m < 200) }'; then
    ok "20 level changes each applied in < 200 ms (p50 $p50 ms, max $max ms)"
else
    not_ok "20 level changes each applied in < 200 ms (n ${nlat:-0}, p50 ${p50:-?} ms, max ${max:-?} ms)"
fi
check_eq "dlt_set_application_ll_ts_limit returns OK" "$(get "$ng" limit_rc)" 0
check_eq "after the limit, every context is at ERROR/OFF" "$(get "$ng" limit_levels)" \
    "CTX1=2/0,CTX2=2/0,CTX3=2/0,CTX4=2/0"
check_eq "contexts stay controllable after the limit" "$(get "$ng" after_limit_set)" 1
check_eq "hostile bytes while logging: every message of the burst accepted" "$(get "$ng" hostile_burst_logged)" 2000
check_eq "hostile bytes while logging: the viewer got the whole burst" "$(get "$ng" hostile_burst_received)" 2000
check_eq "hostile bytes in the FIFO: the app keeps logging" "$(get "$ng" hostile_logging)" 1
check_eq "hostile bytes: a later SET_LOG_LEVEL still applies (resync)" "$(get "$ng" hostile_then_level)" 1
check_eq "hostile bytes: no level or injection came out of them" "$(get "$ng" hostile_side_effects)" none
check_eq "hostile bytes: a later injection still arrives" "$(get "$ng" hostile_then_injection)" \
    "plain 0x1000 5 6166746572"
check_eq "hostile bytes: the log state is still the daemon's (1)" "$(get "$ng" hostile_state)" 1
check_eq "hostile bytes: the app is alive" "$(get "$ng" hostile_alive)" 1
check_eq "hostile bytes are counted and reported as rejected" "$(get "$ng" rejections_reported)" 1
check_eq "ctl-app exits 0" "$(get "$ng" exit)" 0

# ---- the reference, same scenario (no hostile bytes: 2.18.8 dies of them)
run ref "$refdir" "$work/ref" --changes 8
ref=$work/ref
for key in initial_CTX1 initial_CTX2 initial_CTX3 initial_CTX4 initial_llccb_CTX2 \
           state_no_client state_client state_after_disconnect filter_before filter_after \
           llccb_CTX1 default_level llccb_CTX2_level llccb_CTX2_trace injections injection_4096 \
           limit_levels; do
    a=$(get "$ng" "$key"); b=$(get "$ref" "$key")
    if [ "$a" = "$b" ]; then ok "same as the reference: $key = $a"
    else not_ok "same as the reference: $key: libdlt-ng '$a', reference '$b'"; fi
done
rp50=$(get "$ref" latency_p50_ms); rmax=$(get "$ref" latency_max_ms)
echo "# reference: level change latency over $(get "$ref" latency_n) changes: p50 ${rp50:-?} ms, max ${rmax:-?} ms"

# ---- DLT_DISABLE_INJECTION_MSG_AT_USER: nothing comes back, on both
DLT_DISABLE_INJECTION_MSG_AT_USER=1 run ng "$ngdir" "$work/ngdeaf" --deaf
DLT_DISABLE_INJECTION_MSG_AT_USER=1 run ref "$refdir" "$work/refdeaf" --deaf
check_eq "DLT_DISABLE_INJECTION_MSG_AT_USER: neither the daemon's default nor SET_LOG_LEVEL applies" \
    "$(get "$work/ngdeaf" deaf_CTX1)" 4/-2
check_eq "DLT_DISABLE_INJECTION_MSG_AT_USER: no injection, log state unknown, logging works" \
    "$(get "$work/ngdeaf" deaf_injection),$(get "$work/ngdeaf" deaf_state),$(get "$work/ngdeaf" deaf_logging)" "0,-1,1"
for key in deaf_CTX1 deaf_injection deaf_state deaf_logging; do
    a=$(get "$work/ngdeaf" "$key"); b=$(get "$work/refdeaf" "$key")
    if [ "$a" = "$b" ]; then ok "DLT_DISABLE_INJECTION_MSG_AT_USER, same as the reference: $key = $a"
    else not_ok "DLT_DISABLE_INJECTION_MSG_AT_USER, same as the reference: $key: libdlt-ng '$a', reference '$b'"; fi
done

# ---- DLT_INITIAL_LOG_LEVEL applies before any daemon answers (none here)
mkdir -p "$work/nodaemon"
initial() { # libdir [env...]: the first LEVEL line of every context
    local libdir=$1 pre=
    shift
    [ "$libdir" = "$ngdir" ] && pre=$preload
    echo quit | env -u LD_PRELOAD LD_LIBRARY_PATH="$libdir" ${pre:+LD_PRELOAD=$pre} \
        DLT_PIPE_DIR="$work/nodaemon" DLT_LOG_MODE=4 ASAN_OPTIONS=detect_leaks=0 "$@" \
        timeout 20 "$bin" 2>/dev/null | awk '$1 == "LEVEL" && !seen[$2]++ { printf "%s=%s/%s ", $2, $3, $4 }'
}
a=$(initial "$ngdir"); b=$(initial "$refdir")
check_eq "no daemon: initial levels as the reference" "$a" "$b"
a=$(initial "$ngdir" DLT_INITIAL_LOG_LEVEL="CTLA:CTX1:1;::6")
b=$(initial "$refdir" DLT_INITIAL_LOG_LEVEL="CTLA:CTX1:1;::6")
check_eq "DLT_INITIAL_LOG_LEVEL applies at once, as the reference" "$a" "$b"
case $a in
"CTX1=1/"*" CTX2=6/"*" CTX3=6/"*" CTX4=6/"*) ok "DLT_INITIAL_LOG_LEVEL: CTX1 at FATAL, the rest (explicit levels too) at VERBOSE: $a" ;;
*) not_ok "DLT_INITIAL_LOG_LEVEL: want CTX1=1 and the rest 6, got $a" ;;
esac

# ---- the app FIFO follows no symlink (libdlt-ng; no daemon needed)
# start_held DIR: ctl-app whose pid is known before it starts: sh waits for a
# line on the command FIFO, then execs ctl-app in place (same pid: env and
# sh exec, so nothing may fork in between, not even timeout).
start_held() {
    rm -f "$work/cmd"; mkfifo "$work/cmd"
    # The sanitizer runtime is preloaded into ctl-app only, not into sh.
    env -u LD_PRELOAD LD_LIBRARY_PATH="$ngdir" DLT_PIPE_DIR="$1" \
        DLT_LOG_MODE=3 ASAN_OPTIONS=detect_leaks=0 \
        sh -c 'read -r go; [ -n "$1" ] && export LD_PRELOAD="$1"; exec "$0"' "$bin" "$preload" \
        <"$work/cmd" >"$work/held.out" 2>"$work/held.err" &
    held_pid=$!
    exec 7>"$work/cmd"
}
go_and_quit() {
    echo go >&7
    for _ in $(seq 1 100); do grep -q READY "$work/held.out" 2>/dev/null && break; sleep 0.05; done
    grep -q READY "$work/held.out"; local ready=$?
    stop_held
    return $ready
}
stop_held() { # quit, and make sure it is gone within 10 s
    echo quit >&7; exec 7>&-
    for _ in $(seq 1 200); do kill -0 "$held_pid" 2>/dev/null || break; sleep 0.05; done
    kill -KILL "$held_pid" 2>/dev/null
    wait "$held_pid" 2>/dev/null
}
# A held app that died must fail a check, not kill this script by SIGPIPE.
trap '' PIPE
# dltpipes is a symlink to another directory: refused, nothing created there.
mkdir -p "$work/p1" "$work/elsewhere"
ln -s "$work/elsewhere" "$work/p1/dltpipes"
start_held "$work/p1"
go_and_quit; rc=$?
if [ $rc -eq 0 ] && [ -z "$(ls -A "$work/elsewhere")" ] && grep -q "dltpipes" "$work/held.err"; then
    ok "a symlinked dltpipes is refused with a warning; the app runs; nothing is created behind it"
else
    not_ok "a symlinked dltpipes is refused (ready rc $rc, behind it: $(ls -A "$work/elsewhere" | tr '\n' ' '))"
    sed 's/^/#   /' "$work/held.err" | head -5
fi
# dlt<pid> is a symlink planted before the app starts: removed, never followed.
mkdir -p "$work/p2/dltpipes"
echo precious >"$work/target"
start_held "$work/p2"
ln -s "$work/target" "$work/p2/dltpipes/dlt$held_pid"
echo go >&7
for _ in $(seq 1 100); do grep -q READY "$work/held.out" 2>/dev/null && break; sleep 0.05; done
if [ -p "$work/p2/dltpipes/dlt$held_pid" ] && [ ! -L "$work/p2/dltpipes/dlt$held_pid" ] &&
   [ "$(cat "$work/target")" = precious ] && [ -f "$work/target" ]; then
    ok "a planted symlink dlt<pid> is replaced by the app's own FIFO; its target is untouched"
else
    not_ok "a planted symlink dlt<pid> is replaced by a FIFO, target untouched"
    ls -l "$work/p2/dltpipes" "$work/target" 2>&1 | sed 's/^/#   /'
    sed 's/^/#   /' "$work/held.err" | head -5
fi
stop_held

finish_tap
