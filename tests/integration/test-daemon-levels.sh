#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: the daemon's answer to a context registration reaches the app.
# A private daemon with ContextLogLevel = 2 (ERROR) answers every new context
# with LOG_LEVEL 2 on the app's FIFO; the unmodified dlt-example-user then
# must stop sending WARN messages, and keep sending ERROR ones.  The same run
# on the reference library is reported for comparison (its housekeeper
# polls, so it lets several WARN messages through first).
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
intdir=${abs_top_srcdir:+$abs_top_srcdir/tests/integration}
[ -n "$intdir" ] && [ -f "$intdir/dltd.sh" ] || intdir=$here
# shellcheck source=tests/integration/tap.sh
. "$intdir/tap.sh"
# shellcheck source=tests/integration/dltd.sh
. "$intdir/dltd.sh"
dltd_need_stage
DUMP=$intdir/dltdump.py
app=/usr/lib/libdlt-examples/dlt-example-user

echo "1..5"
[ -x "$app" ] || bail "$app missing (package libdlt-examples)"

# run_app LIBDIR LEVEL [ENV...]: prints how many messages of apid LOG
# reached a client.
run_app() {
    local libdir=$1 level=$2 count
    shift 2
    DLTD_EXTRA_CONF="ContextLogLevel = 2" dltd_start || return 1
    dltd_receive_start "$DLTD_DIR/recv.dlt" || { dltd_stop; return 1; }
    local preload=
    [ -n "$libdir" ] && preload=$(dltd_sanitizer_preload)
    env -u LD_PRELOAD ${libdir:+LD_LIBRARY_PATH=$libdir} ${preload:+LD_PRELOAD=$preload} \
        ASAN_OPTIONS=detect_leaks=0 DLT_PIPE_DIR="$DLTD_DIR" DLT_LOG_MODE=4 "$@" \
        timeout 30 "$app" -n 10 -d 100 -l "$level" "level test" >/dev/null 2>&1
    dltd_receive_stop
    count=$(/usr/bin/python3 "$DUMP" --count --apid LOG --log-only "$DLTD_RECV_FILE")
    dltd_stop
    echo "${count:-0}"
}

warn=$(run_app "$STAGE_DIR/lib" 3)
# The first message may leave before the daemon's answer arrives.
if [ "${warn:-99}" -le 1 ]; then
    ok "libdlt-ng applies the daemon's level: $warn of 10 WARN messages passed"
else
    not_ok "libdlt-ng applies the daemon's level: $warn of 10 WARN messages passed (want <= 1)"
fi
err=$(run_app "$STAGE_DIR/lib" 2)
if [ "${err:-0}" -eq 10 ]; then
    ok "libdlt-ng keeps messages at the allowed level: $err of 10 ERROR messages"
else
    not_ok "libdlt-ng keeps messages at the allowed level: $err of 10 ERROR messages"
fi
ref=$(run_app "" 3)
ok "reference, same run: $ref of 10 WARN messages passed (for comparison, not asserted)"
# DLT_DISABLE_INJECTION_MSG_AT_USER: the app does not read its FIFO, so the
# daemon's level never arrives and the initial INFO level lets WARN pass.
deaf=$(run_app "$STAGE_DIR/lib" 3 DLT_DISABLE_INJECTION_MSG_AT_USER=1)
if [ "${deaf:-0}" -eq 10 ]; then
    ok "DLT_DISABLE_INJECTION_MSG_AT_USER: the daemon's level is ignored, $deaf of 10 WARN messages pass"
else
    not_ok "DLT_DISABLE_INJECTION_MSG_AT_USER: the daemon's level is ignored ($deaf of 10 WARN messages pass)"
fi
ref_deaf=$(run_app "" 3 DLT_DISABLE_INJECTION_MSG_AT_USER=1)
if [ "${ref_deaf:-0}" -eq "${deaf:-0}" ]; then
    ok "reference with DLT_DISABLE_INJECTION_MSG_AT_USER: the same $ref_deaf messages"
else
    not_ok "reference with DLT_DISABLE_INJECTION_MSG_AT_USER: the same messages ($ref_deaf, libdlt-ng $deaf)"
fi
[ "$n_fail" -eq 0 ]
