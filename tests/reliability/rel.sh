# SPDX-License-Identifier: MPL-2.0
# rel.sh: shared bits of the reliability tests (sourced by bash; TAP output through
# tests/integration/tap.sh).
set -u
top_src=${abs_top_srcdir:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
# shellcheck source=tests/integration/tap.sh
. "$top_src/tests/integration/tap.sh"

top_build=${abs_top_builddir:-$top_src/build}
reldir=$top_src/tests/reliability
# shellcheck source=tests/integration/dltd.sh
. "$top_src/tests/integration/dltd.sh"
PY=$DLTD_PY
dltd_need_stage
REL_APP=$(dltd_bin "$top_build/tests/reliability/rel-app")
REL_SANPRE=$(dltd_sanitizer_preload)
case ${SANITIZE_FLAGS-} in *thread*) REL_TSAN=1 ;; *) REL_TSAN=0 ;; esac
case ${SANITIZE_FLAGS-} in *address*|*thread*) REL_SLOW=1 ;; *) REL_SLOW=0 ;; esac

dltd_workdir reltest KEEP || bail "mktemp failed"
work=$DLTD_WORK

# run_app OUT [ENV=VALUE...] -- ARGS...: rel-app on libdlt-ng (stdout to OUT,
# stderr to OUT.err), bounded by REL_TIMEOUT (60 s); returns its status.
run_app() {
    local out=$1; shift
    local envs=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do envs+=("$1"); shift; done
    shift
    env LD_LIBRARY_PATH="$STAGE_DIR/lib" ${REL_SANPRE:+LD_PRELOAD=$REL_SANPRE} \
        DLT_PIPE_DIR="${DLTD_DIR:-$work/nodaemon}" ${envs[@]+"${envs[@]}"} \
        timeout "${REL_TIMEOUT:-60}" "$REL_APP" "$@" >"$out" 2>"$out.err"
}

# field OUT KEY NAME: value of NAME= on the line starting with KEY in OUT.
field() { sed -n "s/^$2 .*\\b$3=\\([^ ]*\\).*/\\1/p" "$1" | head -n 1; }

# Start a daemon (again) on the current DLTD_DIR/DLTD_CONF/DLTD_PORT.
dltd_restart_same() {
    local daemon t0
    daemon=$(_dltd_tool "${DLT_DAEMON-}" dlt-daemon) || return 1
    env -u LD_LIBRARY_PATH -u LD_PRELOAD "$daemon" -c "$DLTD_CONF" -t "$DLTD_DIR" -p "$DLTD_PORT" \
        >>"$DLTD_DIR/dlt-daemon.log" 2>&1 </dev/null &
    DLTD_PID=$!
    t0=$(_dltd_now_ms)
    while [ $(( $(_dltd_now_ms) - t0 )) -lt 10000 ]; do
        kill -0 "$DLTD_PID" 2>/dev/null || { DLTD_PID=; return 1; }
        _dltd_port_listening "$DLTD_PORT" && [ -p "$DLTD_DIR/dlt" ] && return 0
        sleep 0.02
    done
    return 1
}

# The rel-app process under a backgrounded run_app (subshell -> timeout -> rel-app).
leaf_pid() {
    local p=$1 c _i
    for _i in 1 2 3 4; do
        c=$(pgrep -P "$p" | head -n 1)
        [ -n "$c" ] || break
        p=$c
    done
    printf '%s\n' "$p"
}
