# SPDX-License-Identifier: MPL-2.0
# dltd.sh: sourceable bash helpers to run a private, loopback-only dlt-daemon and dlt-receive,
# and the set-up steps the shell tests share (stage check, finding a check program's binary).
#
# Usage (in bash):
#   . tests/integration/dltd.sh
#   dltd_trap                       # EXIT/INT/TERM trap that always cleans up
#   dltd_workdir NAME KEEPVAR       # or: the same traps plus a private $DLTD_WORK dir
#   dltd_start || exit 1            # exports DLTD_DIR DLTD_PORT DLTD_PID DLTD_CONF
#   dltd_receive_start "$out.dlt"   # exports DLTD_RECV_PID DLTD_RECV_FILE
#   DLT_PIPE_DIR=$DLTD_DIR ./app    # point a libdlt application at the daemon
#   dltd_receive_stop               # waits until the file is quiet, then stops the receiver
#   dltd_stop                       # stops the daemon and removes $DLTD_DIR
#
# Network rule: the daemon only binds ::1, has UDP multicast, gateway and offline storage
# off, and uses a private FIFO dir, control socket and TCP port.  Every process started here
# is stopped by its pid.  The daemon and the receiver are always run WITHOUT LD_LIBRARY_PATH /
# LD_PRELOAD, so they keep using the system libdlt.so.2 whatever the caller exported.
#
# Tunables (environment): DLT_DAEMON (path of dlt-daemon), DLT_RECEIVE (path of dlt-receive),
# DLTD_TMPDIR (parent dir of the private dir, default ${TMPDIR:-/tmp}),
# DLTD_KEEP=1 (keep the private dir on stop, for debugging), DLTD_QUIET_MS (default 300).
#
# Test set-up helpers (no daemon involved):
#   dltd_need_stage [NOTE]                 # no STAGE_DIR: "1..0 # SKIP no stage", exit 0
#   bin=$(dltd_bin "$build/tests/x/prog")  # .libs/prog if libtool put it there, else prog
#   bin=$(dltd_elf_bin "$build/tests/x/prog" [RELINK...]) || bail "no ELF binary"

DLTD_DIR=${DLTD_DIR-}
DLTD_PORT=${DLTD_PORT-}
DLTD_PID=${DLTD_PID-}
DLTD_CONF=${DLTD_CONF-}
DLTD_RECV_PID=${DLTD_RECV_PID-}
DLTD_RECV_FILE=${DLTD_RECV_FILE-}

# Print a diagnostic on stderr (as a TAP comment, harmless elsewhere).
# The Python the helpers and the tests run their scripts with.
DLTD_PY=/usr/bin/python3
[ -x "$DLTD_PY" ] || DLTD_PY=python3
_dltd_log() { printf '# dltd: %s\n' "$*" >&2; }

# Milliseconds since the epoch.
_dltd_now_ms() { date +%s%3N; }

# Resolve a tool: $1 = override var content, $2 = name.
_dltd_tool() {
    if [ -n "$1" ]; then
        [ -x "$1" ] || return 1
        printf '%s\n' "$1"; return 0
    fi
    command -v "$2" 2>/dev/null && return 0
    local d
    for d in /usr/bin /usr/sbin /usr/local/bin; do
        [ -x "$d/$2" ] && { printf '%s\n' "$d/$2"; return 0; }
    done
    return 1
}

# Are dlt-daemon and dlt-receive there (DLT_DAEMON, DLT_RECEIVE, else the PATH)?
dltd_have_tools() {
    _dltd_tool "${DLT_DAEMON-}" dlt-daemon >/dev/null && _dltd_tool "${DLT_RECEIVE-}" dlt-receive >/dev/null
}

# dltd_need_stage [NOTE]: the test needs the staged install tree that make check
# exports as STAGE_DIR; without it, print a TAP skip-all plan ("1..0 # SKIP no stage",
# NOTE appended) and exit the test with status 0.  Call it before any output.
# shellcheck disable=SC2120 # NOTE is optional
dltd_need_stage() {
    [ -n "${STAGE_DIR-}" ] && return 0
    echo "1..0 # SKIP no stage${1:+ $1}"
    exit 0
}

# _dltd_libs_dir PATH: libtool's .libs directory next to PATH (as dirname would find it).
_dltd_libs_dir() {
    case $1 in
    */*) printf '%s/.libs\n' "${1%/*}" ;;
    *) printf './.libs\n' ;;
    esac
}

# dltd_bin PATH: the check program PATH (as automake names it) to run: libtool's real
# binary DIR/.libs/NAME when it is there, else PATH itself (a plain binary, or libtool's
# wrapper script, which finds its binary on its own).  Prints the path.
dltd_bin() {
    local b
    b="$(_dltd_libs_dir "$1")/${1##*/}"
    [ -x "$b" ] || b=$1
    printf '%s\n' "$b"
}

# _dltd_first_elf FILE...: print the first FILE that is an ELF file.
_dltd_first_elf() {
    local f
    for f; do
        [ -f "$f" ] && [ "$(head -c 4 "$f" 2>/dev/null | od -An -c | tr -d ' ')" = '177ELF' ] &&
            { printf '%s\n' "$f"; return 0; }
    done
    return 1
}

# dltd_elf_bin PATH [RELINK...]: like dltd_bin, but for tests that need the ELF file
# itself (LD_TRACE_LOADED_OBJECTS, or a library chosen by LD_LIBRARY_PATH alone, which a
# wrapper script would override): the first ELF of DIR/.libs/NAME, DIR/.libs/lt-NAME
# (what a wrapper that relinks on first use leaves) and PATH.  If there is none and PATH
# is executable, the command RELINK... (it should run the wrapper once, briefly; output
# discarded) is run and the .libs names are tried again.  Prints the path, or returns 1.
dltd_elf_bin() {
    local path=$1 libs lt
    libs="$(_dltd_libs_dir "$1")/${1##*/}"
    lt="$(_dltd_libs_dir "$1")/lt-${1##*/}"
    shift
    _dltd_first_elf "$libs" "$lt" "$path" && return 0
    [ $# -gt 0 ] && [ -x "$path" ] || return 1
    "$@" >/dev/null 2>&1
    _dltd_first_elf "$libs" "$lt"
}

# Port number (decimal) -> 4-digit upper-case hex as in /proc/net/tcp6.
_dltd_hexport() { printf '%04X' "$1"; }

# True if something listens on TCP port $1 (IPv4 or IPv6, any address).
_dltd_port_listening() {
    local hp
    hp=$(_dltd_hexport "$1")
    awk -v hp="$hp" 'NR > 1 { split($2, a, ":"); if (a[2] == hp && $4 == "0A") f = 1 }
                     END { exit !f }' /proc/net/tcp6 /proc/net/tcp 2>/dev/null
}

# Number of established TCP connections whose remote port is $1 (i.e. clients of the daemon).
_dltd_port_clients() {
    local hp
    hp=$(_dltd_hexport "$1")
    awk -v hp="$hp" 'NR > 1 { split($3, a, ":"); if (a[2] == hp && $4 == "01") n++ }
                     END { print n + 0 }' /proc/net/tcp6 /proc/net/tcp 2>/dev/null
}

# Pick a free TCP port on ::1 (random in 20000..59999, checked by binding it once).
_dltd_free_port() {
    local py=$DLTD_PY port _i
    for _i in $(seq 1 50); do
        port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        _dltd_port_listening "$port" && continue
        if "$py" - "$port" <<'EOF' 2>/dev/null
import socket, sys
s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
try:
    s.bind(("::1", int(sys.argv[1])))
except OSError:
    sys.exit(1)
finally:
    s.close()
EOF
        then
            printf '%s\n' "$port"; return 0
        fi
    done
    return 1
}

# Write the private daemon configuration for dir $1 to file $2.  Lines in
# DLTD_EXTRA_CONF are appended (never to weaken the loopback-only settings).
_dltd_write_conf() {
    cat >"$2" <<EOF
# private dlt-daemon configuration written by dltd.sh (loopback only)
ECUId = ECU1
SendContextRegistration = 0
SendMessageTime = 0
SendECUSoftwareVersion = 0
SendTimezone = 0
LoggingMode = 0
LoggingLevel = 6
LoggingFilename = $1/dlt-daemon-internal.log
TimeOutOnSend = 4
RingbufferMinSize = 500000
RingbufferMaxSize = 10000000
RingbufferStepSize = 500000
PersistanceStoragePath = $1
ControlSocketPath = $1/dlt-ctrl.sock
GatewayMode = 0
OfflineLogstorageMaxDevices = 0
UDPConnectionSetup = 0
BindAddress = ::1
${DLTD_EXTRA_CONF-}
EOF
}

# Start a private daemon.  Exports DLTD_DIR DLTD_PORT DLTD_PID DLTD_CONF.  Returns 0 on success.
dltd_start() {
    local daemon timeout_ms=${DLTD_START_TIMEOUT_MS:-10000} attempt t0
    if [ -n "$DLTD_PID" ]; then _dltd_log "daemon already started (pid $DLTD_PID)"; return 1; fi
    daemon=$(_dltd_tool "${DLT_DAEMON-}" dlt-daemon) || { _dltd_log "dlt-daemon not found"; return 1; }
    DLTD_DIR=$(mktemp -d "${DLTD_TMPDIR:-${TMPDIR:-/tmp}}/dltd.XXXXXX") || return 1
    DLTD_CONF=$DLTD_DIR/dlt.conf
    _dltd_write_conf "$DLTD_DIR" "$DLTD_CONF"
    for attempt in 1 2 3 4 5; do
        DLTD_PORT=$(_dltd_free_port) || { _dltd_log "no free port"; return 1; }
        rm -f "$DLTD_DIR/dlt"
        # env execs the tool, so $! is the tool's own pid (a function here would add a subshell).
        env -u LD_LIBRARY_PATH -u LD_PRELOAD "$daemon" -c "$DLTD_CONF" -t "$DLTD_DIR" -p "$DLTD_PORT" \
            >>"$DLTD_DIR/dlt-daemon.log" 2>&1 </dev/null &
        DLTD_PID=$!
        t0=$(_dltd_now_ms)
        while :; do
            if ! kill -0 "$DLTD_PID" 2>/dev/null; then
                wait "$DLTD_PID" 2>/dev/null
                _dltd_log "dlt-daemon exited early on port $DLTD_PORT (attempt $attempt)"
                DLTD_PID=
                break
            fi
            if [ -p "$DLTD_DIR/dlt" ] && _dltd_port_listening "$DLTD_PORT"; then
                export DLTD_DIR DLTD_PORT DLTD_PID DLTD_CONF
                return 0
            fi
            if [ $(( $(_dltd_now_ms) - t0 )) -gt "$timeout_ms" ]; then
                _dltd_log "dlt-daemon not ready after ${timeout_ms} ms"
                kill -KILL "$DLTD_PID" 2>/dev/null; wait "$DLTD_PID" 2>/dev/null
                DLTD_PID=
                break
            fi
            sleep 0.02
        done
    done
    _dltd_log "daemon log follows:"; sed 's/^/#   /' "$DLTD_DIR/dlt-daemon.log" >&2
    return 1
}

# Start dlt-receive writing the .dlt storage file $1; waits until it is connected.
# Exports DLTD_RECV_PID DLTD_RECV_FILE.
dltd_receive_start() {
    local recv file=$1 before t0 timeout_ms=${DLTD_RECV_TIMEOUT_MS:-10000}
    [ -n "$file" ] || { _dltd_log "dltd_receive_start: no file given"; return 1; }
    [ -n "$DLTD_PID" ] || { _dltd_log "dltd_receive_start: no daemon"; return 1; }
    [ -n "$DLTD_RECV_PID" ] && { _dltd_log "receiver already running"; return 1; }
    recv=$(_dltd_tool "${DLT_RECEIVE-}" dlt-receive) || { _dltd_log "dlt-receive not found"; return 1; }
    rm -f "$file"
    before=$(_dltd_port_clients "$DLTD_PORT")
    env -u LD_LIBRARY_PATH -u LD_PRELOAD "$recv" -o "$file" -p "$DLTD_PORT" ::1 \
        >>"$DLTD_DIR/dlt-receive.log" 2>&1 </dev/null &
    DLTD_RECV_PID=$!
    DLTD_RECV_FILE=$file
    export DLTD_RECV_PID DLTD_RECV_FILE
    # Connected = a new established client connection exists AND the daemon has served it:
    # on accept the daemon logs "New client connection ... established" to its clients
    # (apid DLTD ctid INTM), so the file becomes non-empty once the connection is registered.
    t0=$(_dltd_now_ms)
    while :; do
        if ! kill -0 "$DLTD_RECV_PID" 2>/dev/null; then
            wait "$DLTD_RECV_PID" 2>/dev/null
            _dltd_log "dlt-receive exited early"; sed 's/^/#   /' "$DLTD_DIR/dlt-receive.log" >&2
            DLTD_RECV_PID=; return 1
        fi
        if [ "$(_dltd_port_clients "$DLTD_PORT")" -gt "$before" ] && [ -s "$file" ]; then
            return 0
        fi
        if [ $(( $(_dltd_now_ms) - t0 )) -gt "$timeout_ms" ]; then
            _dltd_log "dlt-receive not connected after ${timeout_ms} ms"
            return 1
        fi
        sleep 0.02
    done
}

# Wait until the received file has not grown for DLTD_QUIET_MS (default 300) ms, then stop
# the receiver.  DLTD_RECV_MAX_MS (default 30000) bounds the total wait.
dltd_receive_stop() {
    local quiet=${DLTD_QUIET_MS:-300} max=${DLTD_RECV_MAX_MS:-30000} size last t0 tlast now
    [ -n "$DLTD_RECV_PID" ] || return 0
    t0=$(_dltd_now_ms); tlast=$t0; last=-1
    while :; do
        size=$(stat -c %s "$DLTD_RECV_FILE" 2>/dev/null || echo 0)
        now=$(_dltd_now_ms)
        if [ "$size" != "$last" ]; then last=$size; tlast=$now; fi
        [ $((now - tlast)) -ge "$quiet" ] && break
        if [ $((now - t0)) -ge "$max" ]; then _dltd_log "receiver file still growing after ${max} ms"; break; fi
        kill -0 "$DLTD_RECV_PID" 2>/dev/null || break
        sleep 0.05
    done
    _dltd_kill "$DLTD_RECV_PID"
    DLTD_RECV_PID=
}

# Wait (bounded) until the file $1 holds at least $2 messages matching dltdump.py args $3...,
# e.g.  dltd_wait_count out.dlt 1000 --apid MTLG --log-only.  Returns 0 when reached.
dltd_wait_count() {
    local file=$1 want=$2 max=${DLTD_RECV_MAX_MS:-30000} t0 n
    shift 2
    t0=$(_dltd_now_ms)
    while :; do
        n=$("$DLTD_PY" "$DLTD_DUMP" --count "$@" "$file" 2>/dev/null || echo 0)
        [ "${n:-0}" -ge "$want" ] && return 0
        [ $(( $(_dltd_now_ms) - t0 )) -ge "$max" ] && return 1
        sleep 0.05
    done
}

# Stop pid $1 (TERM, then KILL after 5 s) and reap it.
_dltd_kill() {
    local pid=$1 _i
    [ -n "$pid" ] || return 0
    kill -TERM "$pid" 2>/dev/null
    for _i in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    return 0
}

# Stop the daemon (and a receiver still running), remove the private dir.
dltd_stop() {
    if [ -n "$DLTD_RECV_PID" ]; then _dltd_kill "$DLTD_RECV_PID"; DLTD_RECV_PID=; fi
    if [ -n "$DLTD_PID" ]; then _dltd_kill "$DLTD_PID"; DLTD_PID=; fi
    if [ -n "$DLTD_DIR" ] && [ -d "$DLTD_DIR" ]; then
        if [ "${DLTD_KEEP:-0}" = 1 ]; then _dltd_log "kept $DLTD_DIR"; else rm -rf "$DLTD_DIR"; fi
    fi
    DLTD_DIR=; DLTD_PORT=
    return 0
}

# Cleanup for traps: stops everything started here; never fails.
dltd_cleanup() {
    dltd_stop
    # shellcheck disable=SC2086 # a space separated list on purpose
    if [ -n "${DLTD_EXTRA_CLEANUP-}" ]; then rm -rf -- $DLTD_EXTRA_CLEANUP; fi
    return 0
}

# Install the traps: EXIT always cleans up; INT/TERM/HUP exit (which runs the EXIT trap).
# Extra paths to remove at exit can be listed (space separated) in DLTD_EXTRA_CLEANUP.
dltd_trap() {
    trap 'dltd_cleanup' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    trap 'exit 129' HUP
}

# dltd_workdir NAME KEEPVAR: make a private work directory ${TMPDIR:-/tmp}/NAME.XXXXXX, in
# DLTD_WORK, and install dltd_trap's traps with an EXIT cleanup that also removes it (made
# writable first: a test may have locked parts of it), or keeps it and prints its path when
# the variable named KEEPVAR is 1.  Returns 1 if mktemp fails.
dltd_workdir() {
    DLTD_WORK=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX") || return 1
    _DLTD_KEEP_VAR=$2
    dltd_trap
    trap '_dltd_work_cleanup' EXIT
}
# shellcheck disable=SC2317 # invoked by the EXIT trap
_dltd_work_cleanup() {
    dltd_cleanup
    if [ "${!_DLTD_KEEP_VAR:-0}" = 1 ]; then
        echo "# work dir kept: $DLTD_WORK"
    else
        chmod -R u+rwx "$DLTD_WORK" 2>/dev/null
        rm -rf "$DLTD_WORK"
    fi
}

# Path of dltdump.py next to this file (used by dltd_wait_count; tests use it too).
DLTD_DUMP=${DLTD_DUMP:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/dltdump.py}

# In a sanitizer build libdlt-ng needs its sanitizer runtime loaded first,
# which uninstrumented programs (the upstream example apps) do not do:
# prints an LD_PRELOAD value for them, empty in a normal build.
dltd_sanitizer_preload() {
    local flags=${SANITIZE_FLAGS-} rt=
    case $flags in
    *address*) rt=libasan.so ;;
    *thread*) rt=libtsan.so ;;
    *undefined*) rt=libubsan.so ;;
    esac
    [ -n "$rt" ] && "${CC:-cc}" -print-file-name="$rt"
    return 0
}

# Prints the reference libdlt.so.2: REF_LIBDLT if set (and present), else the first of
# the usual places that has one.  Returns 1 if there is none.
dltd_reference_lib() {
    local c
    if [ -n "${REF_LIBDLT-}" ]; then
        [ -e "$REF_LIBDLT" ] && echo "$REF_LIBDLT"
        return
    fi
    for c in /usr/lib/x86_64-linux-gnu/libdlt.so.2 /usr/lib64/libdlt.so.2 /usr/lib/libdlt.so.2; do
        [ -e "$c" ] && { echo "$c"; return 0; }
    done
    return 1
}

# Make directory $1 hold only a libdlt.so.2 link to the reference library,
# so that LD_LIBRARY_PATH=$1 runs a program on the reference whatever else
# (an installed libdlt-ng, a RUNPATH) the loader would find.  Returns 1 if
# there is no reference library.
dltd_reference_libdir() {
    local ref
    ref=$(dltd_reference_lib) || return 1
    mkdir -p "$1" && ln -sf "$(readlink -f "$ref")" "$1/libdlt.so.2"
}

# dltd_loaded_lib BIN LIBDIR: prints the libdlt.so.2 the dynamic loader picks for BIN run
# with LD_LIBRARY_PATH=LIBDIR and no LD_PRELOAD (nothing if none).  BIN must be an ELF
# binary, not a libtool wrapper (see dltd_elf_bin).
dltd_loaded_lib() {
    env -u LD_PRELOAD LD_LIBRARY_PATH="$2" LD_TRACE_LOADED_OBJECTS=1 "$1" 2>/dev/null |
        awk '$1 == "libdlt.so.2" && $2 == "=>" { print $3; exit }'
}

# dltd_check_loads LABEL BIN LIBDIR EXPECTED: one TAP result (tap.sh): does BIN, run with
# LD_LIBRARY_PATH=LIBDIR, load the file EXPECTED (compared as real paths)?
dltd_check_loads() {
    local got
    got=$(dltd_loaded_lib "$2" "$3")
    if [ -n "$got" ] && [ "$(readlink -f "$got")" = "$(readlink -f "$4")" ]; then
        ok "$1 loads $(readlink -f "$got") (via $got)"
    else
        not_ok "$1 loads $(readlink -f "$4")"
        diag "the loader resolved libdlt.so.2 to '${got:-nothing}' with LD_LIBRARY_PATH=$3"
    fi
}
