# SPDX-License-Identifier: MPL-2.0
# upstream.sh: bash helpers sourced by the TAP tests in tests/upstream/ (upstream example
# programs and sources, run unmodified against the reference libdlt.so.2 and libdlt-ng).
#
# Provides:
#   TAP:        up_plan N, up_result PASS(0|1) TODO-SYMS DESCRIPTION, up_skip, up_diag, up_diag_file
#   libraries:  UP_REFDIR (private dir holding only a libdlt.so.2 symlink to the reference),
#               UP_NGLIB, up_missing BIN (dlt symbols BIN imports that the reference exports
#               but libdlt-ng does not), up_way_env WAY, up_check_loaded BIN WAY
#   runs:       up_run WAY PREFIX TIMEOUT CWD -- CMD...  (one run against a fresh private daemon)
#   streams:    up_stream FILE APIDS MODE [SED-SCRIPT]
#
# The three ways an unmodified binary is run:
#   ref  LD_LIBRARY_PATH=$UP_REFDIR              (the reference library, whatever RUNPATH says)
#   llp  LD_LIBRARY_PATH=$STAGE_DIR/lib          (libdlt-ng found by the loader)
#   pre  LD_PRELOAD=$STAGE_DIR/lib/libdlt.so.2   (libdlt-ng preloaded; the NEEDED entry then
#                                                 resolves to it by SONAME)
#   plain  neither (the binary's own RUNPATH decides: programs built here, which link the
#          sanitizer runtime themselves in a sanitizer build)
# In a sanitizer build the sanitizer runtime is preloaded first for llp/pre (uninstrumented
# upstream binaries do not load it themselves); leak detection is off for every run, the
# upstream programs leak by design (e.g. dlt-example-user's calloc()ed message).
#
# Environment: STAGE_DIR (required), abs_top_srcdir, REF_LIBDLT, SANITIZE_FLAGS, CC,
# UP_KEEP=1 keeps the work dir, UP_BREAK=wrong-lib points the libdlt-ng ways at a directory
# holding the reference library (harness self-test: every check that libdlt-ng is the library
# loaded must then fail).

set -u

UP_HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
UP_INTDIR=${abs_top_srcdir:+$abs_top_srcdir/tests/integration}
[ -n "$UP_INTDIR" ] && [ -f "$UP_INTDIR/dltd.sh" ] || UP_INTDIR=$UP_HERE/../integration
# shellcheck source=tests/integration/dltd.sh
. "$UP_INTDIR/dltd.sh"
UP_DUMP=$UP_INTDIR/dltdump.py
DLTD_DUMP=$UP_DUMP
UP_PY=/usr/bin/python3
[ -x "$UP_PY" ] || UP_PY=python3

# ------------------------------------------------------------------------------ TAP
up_n=0
up_fails=0
up_plan() { echo "1..$1"; }
up_diag() { printf '%s\n' "$@" | sed 's/^/# /'; }
# Show at most $2 (default 15) lines of file $1, long lines cut.
up_diag_file() { [ -s "$1" ] && head -n "${2:-15}" "$1" | cut -c1-220 | sed 's/^/#   /'; return 0; }
up_skip() { up_n=$((up_n + 1)); echo "ok $up_n # SKIP $*"; }
# up_result PASS TODO DESCRIPTION: PASS is 0 for success.  TODO is the list of symbols the
# program needs and libdlt-ng lacks: a failure is then reported as TODO (an expected failure,
# XFAIL), and turns into a real failure by itself once the symbols exist.  A success is
# always a plain "ok": marking it TODO would make it an unexpected pass (XPASS), which
# automake counts as a failure, although nothing is wrong.
up_result() {
    local pass=$1 todo=$2
    shift 2
    up_n=$((up_n + 1))
    if [ "$pass" = 0 ]; then
        echo "ok $up_n - $*"
        [ -n "$todo" ] && echo "#   (passes although libdlt-ng lacks symbols the program imports: $todo)"
    elif [ -n "$todo" ]; then
        echo "not ok $up_n - $* # TODO missing: $todo"
    else
        up_fails=$((up_fails + 1))
        echo "not ok $up_n - $*"
    fi
    return 0
}

dltd_need_stage "(run through make check)"

UP_WORK=$(mktemp -d "${TMPDIR:-/tmp}/upstream.XXXXXX") || { echo "Bail out! mktemp failed"; exit 1; }
UP_BG_PIDS=
# Private daemon dirs inside the work dir: this test's daemons are recognisable by path.
mkdir -p "$UP_WORK/d"
DLTD_TMPDIR=$UP_WORK/d
# shellcheck disable=SC2317 # invoked by the EXIT trap
up_cleanup() {
    local p
    for p in $UP_BG_PIDS; do kill -TERM "$p" 2>/dev/null; done
    for p in $UP_BG_PIDS; do wait "$p" 2>/dev/null; done
    dltd_cleanup
    if [ "${UP_KEEP:-0}" = 1 ]; then echo "# work dir kept: $UP_WORK"; else rm -rf "$UP_WORK"; fi
}
trap up_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# ------------------------------------------------------------------------------ libraries
if ! UP_REF=$(dltd_reference_lib); then echo "Bail out! reference libdlt.so.2 not found (REF_LIBDLT)"; exit 1; fi
UP_REF=$(readlink -f "$UP_REF")
UP_REFDIR=$UP_WORK/reflib
dltd_reference_libdir "$UP_REFDIR" || { echo "Bail out! cannot set up $UP_REFDIR"; exit 1; }
UP_NGDIR=$STAGE_DIR/lib
UP_NGLIB=$(readlink -f "$UP_NGDIR/libdlt.so.2" 2>/dev/null)
if [ -z "$UP_NGLIB" ] || [ ! -e "$UP_NGLIB" ]; then echo "Bail out! $STAGE_DIR/lib/libdlt.so.2 missing"; exit 1; fi
if [ "${UP_BREAK-}" = wrong-lib ]; then
    # Harness self-test: the libdlt-ng ways now load the reference library, so every
    # "loads libdlt-ng" check must fail.
    UP_NGDIR=$UP_REFDIR
    UP_NGLIB_RUN=$UP_REFDIR/libdlt.so.2
else
    UP_NGLIB_RUN=$UP_NGDIR/libdlt.so.2
fi
UP_SANPRE=$(dltd_sanitizer_preload)

nm -D --defined-only "$UP_REF" | awk '{ print $NF }' | LC_ALL=C sort -u >"$UP_WORK/ref.exports"
nm -D --defined-only "$UP_NGLIB" | awk '{ print $NF }' | LC_ALL=C sort -u >"$UP_WORK/ng.exports"

# up_missing BIN: the symbols BIN imports that the reference exports and libdlt-ng does not
# (space separated, empty when libdlt-ng has all of them).
up_missing() {
    nm -D --undefined-only "$1" 2>/dev/null | awk '{ print $NF }' | LC_ALL=C sort -u |
        LC_ALL=C comm -12 - "$UP_WORK/ref.exports" | LC_ALL=C comm -23 - "$UP_WORK/ng.exports" |
        tr '\n' ' ' | sed 's/ $//'
}

# up_way_env WAY: sets the array UP_ENV to the environment assignments of that way.
up_way_env() {
    UP_ENV=(ASAN_OPTIONS=detect_leaks=0)
    case $1 in
    ref) UP_ENV+=(LD_LIBRARY_PATH="$UP_REFDIR") ;;
    llp)
        UP_ENV+=(LD_LIBRARY_PATH="$UP_NGDIR")
        [ -n "$UP_SANPRE" ] && UP_ENV+=(LD_PRELOAD="$UP_SANPRE")
        ;;
    pre) UP_ENV+=(LD_PRELOAD="${UP_SANPRE:+$UP_SANPRE }$UP_NGLIB_RUN") ;;
    plain) ;;
    *) echo "up_way_env: unknown way $1" >&2; return 1 ;;
    esac
    return 0
}
up_way_name() {
    case $1 in
    ref) echo "reference (LD_LIBRARY_PATH)" ;;
    llp) echo "libdlt-ng (LD_LIBRARY_PATH)" ;;
    pre) echo "libdlt-ng (LD_PRELOAD)" ;;
    plain) echo "own RUNPATH" ;;
    esac
}

# up_loaded BIN WAY: the real paths of every libdlt the loader maps for BIN run that way.
up_loaded() {
    up_way_env "$2" || return 1
    env -u LD_PRELOAD -u LD_LIBRARY_PATH "${UP_ENV[@]}" LD_TRACE_LOADED_OBJECTS=1 "$1" 2>/dev/null |
        awk '/libdlt\.so/ { print ($2 == "=>") ? $3 : $1 }' | while read -r p; do readlink -f "$p"; done |
        LC_ALL=C sort -u | tr '\n' ' ' | sed 's/ $//'
}
# up_check_loaded BIN WAY EXPECTED: 0 if exactly EXPECTED (a real path) is mapped; else
# prints what was mapped on stdout.
up_check_loaded() {
    local got
    got=$(up_loaded "$1" "$2")
    [ "$got" = "$(readlink -f "$3")" ] && return 0
    echo "${got:-nothing}"
    return 1
}

# ------------------------------------------------------------------------------ runs
# up_users DIR: pids of processes (still) pointed at the private daemon dir DIR.  Only the
# programs under test get DLT_PIPE_DIR; the daemon, the receiver and this shell do not.
up_users() {
    grep -lzxF "DLT_PIPE_DIR=$1" /proc/[0-9]*/environ 2>/dev/null | cut -d/ -f3
}

# up_run WAY PREFIX TIMEOUT CWD -- CMD ARGS...
# A fresh private daemon (tests/integration/dltd.sh: loopback only, private FIFO dir and
# port) and one dlt-receive; CMD runs in CWD with the way's environment plus DLT_PIPE_DIR and
# any UP_RUN_ENV assignments.  Waits (bounded) for processes the program left behind (forked
# or exec'd children) before it stops the receiver; with UP_WAIT="APIDS MIN" also (up to 5 s)
# until MIN log messages of APIDS have arrived: under load the daemon may forward the last
# ones later than the receiver's quiet period.  Writes PREFIX.rc (exit status, 990 =
# harness failure), .ms, .out, .err, .dlt and .daemon.log.  Meant to run in a background
# subshell: it installs its own cleanup.
up_run() {
    local way=$1 prefix=$2 tmo=$3 cwd=$4 t0 rc left
    shift 5
    trap 'dltd_cleanup' EXIT
    trap 'exit 143' TERM
    DLTD_PID='' DLTD_RECV_PID='' DLTD_DIR=''
    echo 990 >"$prefix.rc"
    : >"$prefix.dlt"
    if ! dltd_start 2>"$prefix.setup"; then return 1; fi
    if ! dltd_receive_start "$DLTD_DIR/recv.dlt" 2>>"$prefix.setup"; then return 1; fi
    up_way_env "$way" || return 1
    t0=$(_dltd_now_ms)
    (cd "$cwd" && exec env -u LD_PRELOAD -u LD_LIBRARY_PATH "${UP_ENV[@]}" ${UP_RUN_ENV[@]+"${UP_RUN_ENV[@]}"} \
        DLT_PIPE_DIR="$DLTD_DIR" timeout -k 5 "$tmo" "$@" >"$prefix.out" 2>"$prefix.err" </dev/null)
    rc=$?
    echo $(( $(_dltd_now_ms) - t0 )) >"$prefix.ms"
    for _ in $(seq 1 300); do
        left=$(up_users "$DLTD_DIR")
        [ -z "$left" ] && break
        sleep 0.05
    done
    if [ -n "$left" ]; then
        echo "left behind after 15 s, killed: $left" >>"$prefix.setup"
        # shellcheck disable=SC2086 # a list of pids
        kill -KILL $left 2>/dev/null
        rc=991
    fi
    # shellcheck disable=SC2086 # "APIDS MIN": two words
    [ -n "${UP_WAIT-}" ] && set -- $UP_WAIT && [ "$1" != - ] && [ "${2:-0}" -gt 0 ] &&
        DLTD_RECV_MAX_MS=5000 dltd_wait_count "$DLTD_RECV_FILE" "$2" --apid "$1" --log-only
    dltd_receive_stop
    cp "$DLTD_RECV_FILE" "$prefix.dlt"
    cp "$DLTD_DIR/dlt-daemon.log" "$prefix.daemon.log" 2>/dev/null
    dltd_stop
    echo "$rc" >"$prefix.rc"
    return 0
}

# up_bg CMD...: run CMD in a background subshell; its pid is left in UP_LAST_PID and
# remembered for the cleanup.  up_wait PIDS...: wait for those.
up_bg() {
    ("$@") &
    UP_LAST_PID=$!
    UP_BG_PIDS="$UP_BG_PIDS $UP_LAST_PID"
}
up_wait() {
    local p keep='' q
    for p in "$@"; do wait "$p" 2>/dev/null; done
    # Forget them: a reaped pid may be reused by anything.
    for q in $UP_BG_PIDS; do
        case " $* " in *" $q "*) ;; *) keep="$keep $q" ;; esac
    done
    UP_BG_PIDS=$keep
    return 0
}
# up_leftover: pids of daemons/receivers of this test still running (none expected).
up_leftover() { pgrep -f -- "$UP_WORK/d/" | tr '\n' ' ' | sed 's/ $//'; }

# ------------------------------------------------------------------------------ streams
# up_stream FILE APIDS MODE [SED]: the log messages of the given apids (comma list), one
# normalized line each ("ecu apid ctid msin noar htyp payload-hex": no timestamps, counters
# or session ids), through the sed -E script SED if given, sorted if MODE is "sort".
up_stream() {
    local file=$1 apids=$2 mode=$3 sedscript=${4-}
    "$UP_PY" "$UP_DUMP" --normalize --log-only --apid "$apids" "$file" |
        if [ -n "$sedscript" ]; then sed -E "$sedscript"; else cat; fi |
        if [ "$mode" = sort ]; then LC_ALL=C sort; else cat; fi
}

# up_diff_diag A B: the first differing lines (< A, > B) as TAP comments, cut.
up_diff_diag() {
    diff "$1" "$2" | grep '^[<>]' | head -n 12 | cut -c1-200 | sed 's/^/#   /'
    return 0
}
