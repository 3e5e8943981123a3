#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# test-timestamps.sh: TAP test: automatic message timestamps are right, reference and libdlt-ng.
#
# ts-probe (tests/integration/ts-probe.c) logs from one thread, each message carrying the
# clock reading taken just before it started; tscheck.py checks that each message's
# timestamp lies between its own reading and the next message's (one 0.1 ms unit of
# slack).  libdlt-ng stores raw TSC counts that its worker converts (lib/tsc.hpp), so this
# checks the conversion end to end: through the daemon to a dlt-receive client, on the
# local-print console line (converted by the logging thread instead), and in file mode.
# The probe's phases: right after registration (still calibrating), a stream, after the
# worker fell asleep, a burst, after 1.5 s of quiet.  The same run on the reference shows
# that the check holds for it too.  A last case shifts libdlt-ng's timestamps by two units
# and expects the check to fail (the checker's self-test).
#
# Environment: STAGE_DIR (required, else SKIP), abs_top_srcdir, abs_top_builddir,
# TS_KEEP=1 keeps the work dir.

set -u
src=${abs_top_srcdir:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
intdir=$src/tests/integration
# shellcheck source=tests/integration/tap.sh
. "$intdir/tap.sh"
# shellcheck source=tests/integration/dltd.sh
. "$intdir/dltd.sh"
PY=$DLTD_PY
dltd_need_stage
CHECK=$intdir/tscheck.py

plan 8

dltd_workdir timestamps TS_KEEP || bail "mktemp failed"
work=$DLTD_WORK

probe=${abs_top_builddir:-.}/tests/integration/ts-probe
# shellcheck disable=SC2317 # invoked by dltd_elf_bin
relink_probe() { "$probe"; }
bin=$(dltd_elf_bin "$probe" relink_probe) || bail "no ts-probe ELF binary found ($probe)"
dltd_reference_libdir "$work/ref"
preload=$(dltd_sanitizer_preload)

# probe LABEL LIBDIR ARGS...: run ts-probe with LIBDIR's libdlt.so.2; stdout in $work/LABEL.out.
probe() {
    local label=$1 libdir=$2 pre=
    shift 2
    [ "$libdir" = "$STAGE_DIR/lib" ] && pre=$preload
    env -u LD_PRELOAD LD_LIBRARY_PATH="$libdir" ${pre:+LD_PRELOAD=$pre} ASAN_OPTIONS=detect_leaks=0 \
        DLT_PIPE_DIR="${DLTD_DIR:-$work}" timeout 60 "$bin" "$@" >"$work/$label.out" 2>"$work/$label.err"
}

# tscheck NAME ARGS...: one TAP line from tscheck.py ARGS.
tscheck() {
    local name=$1 out
    shift
    if out=$("$PY" "$CHECK" "$@" 2>&1); then
        ok "$name: $(printf '%s\n' "$out" | tail -n 1)"
    else
        not_ok "$name"
        printf '%s\n' "$out" | head -n 12 | sed 's/^/#   /'
    fi
}

for lib in ref ng; do
    libdir=$work/ref
    [ "$lib" = ng ] && libdir=$STAGE_DIR/lib
    dltd_start || bail "$lib: cannot start dlt-daemon"
    dltd_receive_start "$DLTD_DIR/recv.dlt" || bail "$lib: cannot start dlt-receive"
    probe "$lib-daemon" "$libdir" daemon || diag "$lib: ts-probe exited $?"
    DLTD_RECV_MAX_MS=5000 dltd_wait_count "$DLTD_RECV_FILE" 5067 --apid TSPR --log-only
    dltd_receive_stop
    cp "$DLTD_RECV_FILE" "$work/$lib-daemon.dlt"
    dltd_stop
    tscheck "$lib: timestamps at a dlt-receive client" \
        --dlt "$work/$lib-daemon.dlt" --phases "$work/$lib-daemon.out"
    tscheck "$lib: timestamps on the local-print console" \
        --console "$work/$lib-daemon.out" --phases "$work/$lib-daemon.out"
    probe "$lib-file" "$libdir" file "$work/$lib-file.dlt" || diag "$lib: ts-probe (file) exited $?"
    tscheck "$lib: timestamps in file mode" --dlt "$work/$lib-file.dlt" --phases "$work/$lib-file.out"
done

# Self-test: two units off must be caught.
if "$PY" "$CHECK" --dlt "$work/ng-daemon.dlt" --phases "$work/ng-daemon.out" --shift 2 >/dev/null; then
    not_ok "the check fails for timestamps two units late"
else
    ok "the check fails for timestamps two units late"
fi
if "$PY" "$CHECK" --dlt "$work/ng-daemon.dlt" --phases "$work/ng-daemon.out" --shift -2 >/dev/null; then
    not_ok "the check fails for timestamps two units early"
else
    ok "the check fails for timestamps two units early"
fi

finish_tap
