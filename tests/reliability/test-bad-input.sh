#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# Reliability 8: bad input (tests/reliability/bad-input.c; the NULL-pointer,
# level and truncation rows of tests/conformance/api-probe.c are not repeated,
# but for dlt_unregister_context's, kept together here).
#  - every row gets the return code libdlt-ng documents;
#  - the rows the reference survives give the reference's codes, except the
#    deliberate differences listed below;
#  - a fork child unregistering its parent's context: OK with libdlt-ng's
#    fork support, the reference's codes with DLT_NG_FORK=disable;
#  - garbage in every environment variable the library reads: init, register
#    and log still work, nothing crashes, exit stays bounded.
. "${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/reliability/rel.sh"

BI=$(dltd_bin "$top_build/tests/reliability/bad-input")
have_ref=0
dltd_reference_lib >/dev/null && have_ref=1
mkdir -p "$work/nodaemon"
bi() { # LIBDIR OUT ARGS...: bad-input without a daemon
    local lib=$1 out=$2; shift 2
    env LD_LIBRARY_PATH="$lib" DLT_PIPE_DIR="$work/nodaemon" DLT_NG_FLUSH_TIMEOUT_MS=100 \
        timeout 60 "$BI" "$@" >"$out" 2>"$out.err"
}

bi "$STAGE_DIR/lib" "$work/tap.out" tap; rc=$?
while IFS= read -r line; do
    case $line in
    "ok "*) ok "${line#ok * - }" ;;
    "not ok "*) not_ok "${line#not ok * - }" ;;
    esac
done <"$work/tap.out"
check "bad-input exits 0 on libdlt-ng (rc $rc)" [ "$rc" -eq 0 ]

# Deliberate differences from the reference (rows: reference's code -> ours):
#   write_finish again: 0 (the reference sends the freed buffer again) -> WRONG_PARAMETER
known='^ROW write_finish again '
if [ "$have_ref" = 1 ] && [ -z "$REL_SANPRE" ]; then
    dltd_reference_libdir "$work/ref"
    bi "$work/ref" "$work/ref.out" ref; rrc=$?
    bi "$STAGE_DIR/lib" "$work/ng.out" ref
    grep -E -v "$known" "$work/ref.out" >"$work/ref.rows"
    grep -E -v "$known" "$work/ng.out" >"$work/ng.rows"
    if [ "$rrc" -eq 0 ] && diff "$work/ref.rows" "$work/ng.rows" >"$work/diff"; then
        ok "the $(wc -l <"$work/ref.rows") rows the reference survives get its return codes (but the known differences)"
    else
        not_ok "the rows the reference survives get its return codes (ref rc $rrc)"
        diag_file "$work/diff" 20
    fi
else
    skip "reference comparison (no reference library, or a sanitizer build)"
fi

# A fork child unregisters a context of its parent.  By default libdlt-ng
# runs in the child, which may unregister (the daemon is not told: the
# registration is the parent's); with DLT_NG_FORK=disable the library is off
# there, as the reference's is: the same rows as the reference.
fork_rows() { grep '^ROW' "$1"; }
if [ "$REL_TSAN" = 1 ]; then
    skip "fork child unregisters (ThreadSanitizer: threads after a multi-threaded fork)"
else
    bi "$STAGE_DIR/lib" "$work/fork.out" fork; rc=$?
    printf '%s\n' "ROW child: unregister the parent's ctx rc=0" "ROW child: handle after it cleared" \
        "ROW child: unregister it again rc=0" "ROW parent: unregister ctx rc=0" \
        "ROW parent: unregister app rc=0" >"$work/fork.want"
    if [ "$rc" -eq 0 ] && fork_rows "$work/fork.out" | diff "$work/fork.want" - >"$work/diff"; then
        ok "a fork child unregisters its parent's context: OK, then OK again"
    else
        not_ok "a fork child unregisters its parent's context (rc $rc)"
        diag_file "$work/diff" 10; diag_file "$work/fork.out.err" 5
    fi
fi
if [ "$have_ref" = 1 ] && [ -z "$REL_SANPRE" ]; then
    bi "$work/ref" "$work/fork.ref" fork; rrc=$?
    DLT_NG_FORK=disable bi "$STAGE_DIR/lib" "$work/fork.dis" fork; rc=$?
    if [ "$rrc" -eq 0 ] && [ "$rc" -eq 0 ] && grep -q 'child: unregister it again rc=-1' "$work/fork.ref" &&
        diff <(fork_rows "$work/fork.ref") <(fork_rows "$work/fork.dis") >"$work/diff"; then
        ok "with DLT_NG_FORK=disable a fork child gets the reference's codes (ERROR, handle kept)"
    else
        not_ok "with DLT_NG_FORK=disable a fork child gets the reference's codes (rc $rc, ref rc $rrc)"
        diag_file "$work/diff" 10
    fi
else
    skip "fork child compared with the reference (no reference library, or a sanitizer build)"
fi

# Garbage environment, with a daemon so that exit does not wait.
dltd_start || bail "cannot start dlt-daemon"
long=$(printf 'X:Y:%.0s' $(seq 1 3000))
cases=(
    DLT_LOG_MSG_BUF_LEN=1000000 DLT_LOG_MSG_BUF_LEN=-5 DLT_LOG_MSG_BUF_LEN=abc DLT_LOG_MSG_BUF_LEN=0
    DLT_LOG_MSG_BUF_LEN=65535 DLT_LOG_MSG_BUF_LEN=99999999999999999999999
    DLT_USER_BUFFER_MAX=abc DLT_USER_BUFFER_MAX=1 DLT_USER_BUFFER_MIN=-1 DLT_USER_BUFFER_STEP=x
    DLT_NG_RING_SIZE=-1 DLT_NG_RING_SIZE=0x100 DLT_NG_RING_SIZE= DLT_NG_RING_SIZE=99999999999999
    DLT_NG_FLUSH_TIMEOUT_MS=-1 DLT_NG_FLUSH_TIMEOUT_MS=abc DLT_NG_FLUSH_TIMEOUT_MS=99999999999
    DLT_NG_DELIVERY_DELAY_MS=-1 DLT_NG_DELIVERY_DELAY_MS=201 DLT_NG_DELIVERY_DELAY_MS=x DLT_NG_DELIVERY_DELAY_MS=0
    DLT_NG_FORK=maybe DLT_NG_FORK=
    DLT_LOCAL_PRINT_MODE=sometimes DLT_LOCAL_PRINT_MODE=
    'DLT_INITIAL_LOG_LEVEL=:::;;;x:y:z' DLT_INITIAL_LOG_LEVEL=ENVG:ENVC:99 DLT_INITIAL_LOG_LEVEL=";;;"
    "DLT_INITIAL_LOG_LEVEL=$long"
    DLT_DISABLE_EXTENDED_HEADER_FOR_NONVERBOSE=yes DLT_DISABLE_INJECTION_MSG_AT_USER=
    DLT_LOG_LEVEL=abc DLT_LOG_LEVEL=99 DLT_LOG_MODE=99 DLT_LOG_MODE=-1 DLT_LOG_FILENAME=/nonexistent/dir/f
)
bad=0
for c in "${cases[@]}"; do
    env LD_LIBRARY_PATH="$STAGE_DIR/lib" ${REL_SANPRE:+LD_PRELOAD=$REL_SANPRE} \
        DLT_PIPE_DIR="$DLTD_DIR" "$c" timeout 30 "$BI" env >"$work/env.out" 2>&1
    rc=$?
    if [ $rc -ne 0 ] || ! grep -q '^ENV ok$' "$work/env.out"; then
        bad=$((bad + 1)); diag "${c:0:60}: rc $rc"; diag_file "$work/env.out" 5
    fi
done
check "garbage in ${#cases[@]} environment settings: init, register and log still work ($bad failed)" \
    [ $bad -eq 0 ]
finish_tap
