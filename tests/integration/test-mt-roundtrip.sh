#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# test-mt-roundtrip.sh: TAP test: mt-logger through a private dlt-daemon, reference libdlt vs libdlt-ng.
#
# Runs the SAME mt-logger binary twice, each time against a fresh private daemon with one
# dlt-receive client: once with the reference libdlt.so.2 and once with the staged libdlt-ng
# ($STAGE_DIR/lib).  The library is chosen purely through LD_LIBRARY_PATH (a directory that
# holds only a libdlt.so.2 symlink for the reference, $STAGE_DIR/lib for libdlt-ng), and the
# choice is asserted with LD_TRACE_LOADED_OBJECTS.  Then it checks that libdlt-ng delivered
# exactly T*N MTLG log messages and that the multiset of normalized messages
# (ecu apid ctid msin noar htyp payload) equals the reference's.
#
# Why one daemon per run rather than one daemon and two apids: both runs must log as MTLG so
# that the normalized lines can be compared byte for byte, and a fresh daemon gives both
# libraries identical starting conditions (no stale registrations, empty daemon buffers).
# It costs ~0.2 s.
#
# Environment: STAGE_DIR (required, else SKIP), abs_top_srcdir, abs_top_builddir,
# MT_LOGGER (default $abs_top_builddir/tests/integration/mt-logger), REF_LIBDLT
# (default: the system libdlt.so.2), MT_THREADS (4), MT_MESSAGES (250), MT_KEEP=1 keeps
# the work dir, MT_CORRUPT=1 corrupts one libdlt-ng line on purpose (harness self-test:
# the comparison must then fail).

set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
intdir=${abs_top_srcdir:+$abs_top_srcdir/tests/integration}
[ -n "$intdir" ] && [ -f "$intdir/dltd.sh" ] || intdir=$here
# shellcheck source=tests/integration/tap.sh
. "$intdir/tap.sh"
DUMP="$intdir/dltdump.py"
# shellcheck source=tests/integration/dltd.sh
. "$intdir/dltd.sh"
PY=$DLTD_PY
dltd_need_stage

plan 13

T=${MT_THREADS:-4}
N=${MT_MESSAGES:-250}
EXPECT=$((T * N))

dltd_workdir mt-roundtrip MT_KEEP || bail "mktemp failed"
work=$DLTD_WORK

# ---------------------------------------------------------------- tools
what="dlt-daemon and dlt-receive are installed (CI installs the dlt-daemon package)"
if dltd_have_tools; then ok "$what"; else not_ok "$what"; bail "dlt-daemon/dlt-receive missing"; fi

# ---------------------------------------------------------------- binaries and libraries
mt=${MT_LOGGER:-${abs_top_builddir:-.}/tests/integration/mt-logger}
# A libtool wrapper that relinks on first use: run it once (no daemon: returns at once).
# shellcheck disable=SC2317 # invoked by dltd_elf_bin
relink_mt() { mkdir -p "$work/nodaemon"; DLT_PIPE_DIR="$work/nodaemon" "$mt" -t 1 -n 0; }
bin=$(dltd_elf_bin "$mt" relink_mt) || bail "no mt-logger ELF binary found (MT_LOGGER=$mt)"

ref=$(dltd_reference_lib) || bail "reference libdlt.so.2 not found (set REF_LIBDLT)"
[ -e "$STAGE_DIR/lib/libdlt.so.2" ] || bail "$STAGE_DIR/lib/libdlt.so.2 does not exist"
# The reference is selected by a directory holding only a libdlt.so.2 symlink, so that it
# wins over any RUNPATH the build may have put into the binary.
refdir=$work/reflib
dltd_reference_libdir "$refdir" || bail "cannot set up $refdir"
ngdir=$STAGE_DIR/lib

# ---------------------------------------------------------------- one run
# run_one LABEL LIBDIR PREFIX: fresh daemon + receiver, run mt-logger, keep PREFIX.dlt,
# PREFIX.out, PREFIX.err; sets run_rc and run_ms.
run_one() {
    local label=$1 libdir=$2 prefix=$3 t0
    run_rc=99; run_ms=0
    if ! dltd_start; then diag "$label: cannot start dlt-daemon"; return 1; fi
    if ! dltd_receive_start "$DLTD_DIR/recv.dlt"; then
        diag "$label: cannot start dlt-receive"; dltd_stop; return 1
    fi
    t0=$(_dltd_now_ms)
    env -u LD_PRELOAD LD_LIBRARY_PATH="$libdir" DLT_PIPE_DIR="$DLTD_DIR" \
        timeout 60 "$bin" -t "$T" -n "$N" ${MT_EXTRA_ARGS-} >"$prefix.out" 2>"$prefix.err"
    run_rc=$?
    run_ms=$(( $(_dltd_now_ms) - t0 ))
    # Return as soon as everything is there; otherwise give the daemon a few seconds.
    DLTD_RECV_MAX_MS=5000 dltd_wait_count "$DLTD_RECV_FILE" "$EXPECT" --apid MTLG --log-only
    dltd_receive_stop
    cp "$DLTD_RECV_FILE" "$prefix.dlt"
    cp "$DLTD_DIR/dlt-daemon.log" "$prefix.daemon.log" 2>/dev/null
    dltd_stop
    return 0
}

count_mtlg() { local n; n=$("$PY" "$DUMP" --count --apid MTLG --log-only "$@") || n=0; echo "${n:-0}"; }
normalize() { "$PY" "$DUMP" --normalize --apid MTLG --log-only "$1" | LC_ALL=C sort; }

# ---------------------------------------------------------------- reference
dltd_check_loads "reference: mt-logger" "$bin" "$refdir" "$ref"
ref_n=0
for attempt in 1 2; do
    run_one reference "$refdir" "$work/ref" || bail "reference run: daemon/receiver setup failed"
    ref_rc=$run_rc; ref_ms=$run_ms
    ref_n=$(count_mtlg "$work/ref.dlt")
    [ "$ref_n" -eq "$EXPECT" ] && break
    diag "reference attempt $attempt delivered $ref_n of $EXPECT MTLG messages; retrying once"
done
diag "reference: exit $ref_rc after ${ref_ms} ms, $ref_n/$EXPECT MTLG messages received"
if [ "$ref_n" -eq "$EXPECT" ]; then
    ok "reference delivered all $EXPECT messages ($T threads x $N)"
    ref_complete=1
else
    # The reference library may drop messages in bursts; that is not libdlt-ng's fault.
    skip "reference delivered only $ref_n of $EXPECT messages (reference drops in bursts)"
    ref_complete=0
fi

# ---------------------------------------------------------------- libdlt-ng
dltd_check_loads "libdlt-ng: mt-logger" "$bin" "$ngdir" "$ngdir/libdlt.so.2"
run_one libdlt-ng "$ngdir" "$work/ng" || bail "libdlt-ng run: daemon/receiver setup failed"
ng_rc=$run_rc; ng_ms=$run_ms
diag "libdlt-ng: exit $ng_rc after ${ng_ms} ms"

if [ "$ng_rc" -eq 0 ]; then
    ok "libdlt-ng: mt-logger exits 0 (all API calls returned the expected value)"
else
    not_ok "libdlt-ng: mt-logger exits 0 (got $ng_rc$([ "$ng_rc" -eq 124 ] && echo ', timeout'))"
fi

# The library's own diagnostics are not asserted here, only shown.
if [ -s "$work/ng.out" ] || [ -s "$work/ng.err" ]; then
    diag "libdlt-ng run printed (stdout, then stderr):"
    diag_file "$work/ng.out" 10
    diag_file "$work/ng.err" 10
fi

ng_n=$(count_mtlg "$work/ng.dlt")
if [ "$ng_n" -eq "$EXPECT" ]; then
    ok "libdlt-ng delivered exactly $EXPECT MTLG log messages"
else
    not_ok "libdlt-ng delivered exactly $EXPECT MTLG log messages (got $ng_n)"
fi

# Per context: CTX1 gets the (t+i) even messages.
exp_ctx1=0
for ((t = 0; t < T; t++)); do exp_ctx1=$((exp_ctx1 + (N + 1 - (t % 2)) / 2)); done
exp_ctx2=$((EXPECT - exp_ctx1))
ng_c1=$(count_mtlg --ctid CTX1 "$work/ng.dlt")
ng_c2=$(count_mtlg --ctid CTX2 "$work/ng.dlt")
if [ "$ng_c1" -eq "$exp_ctx1" ] && [ "$ng_c2" -eq "$exp_ctx2" ]; then
    ok "libdlt-ng per-context counts: CTX1 $ng_c1, CTX2 $ng_c2"
else
    not_ok "libdlt-ng per-context counts: CTX1 $ng_c1 (want $exp_ctx1), CTX2 $ng_c2 (want $exp_ctx2)"
fi

# Message counters: per context, in arrival order, 0,1,2,... mod 256 even
# though four threads share each DltContext (libdlt-ng assigns them in the
# worker; upstream's unsynchronised ++ can repeat or skip values).
gaps=$("$PY" "$DUMP" --full --apid MTLG --log-only "$work/ng.dlt" |
    awk '{ want = next_mcnt[$9] + 0; if ($4 != want) bad++; next_mcnt[$9] = (want + 1) % 256 }
         END { print bad + 0 }')
if [ "$gaps" -eq 0 ]; then
    ok "libdlt-ng: per-context message counters are gapless and in order"
else
    not_ok "libdlt-ng: per-context message counters are gapless and in order ($gaps out of sequence)"
fi

# No overflow/other control messages tagged MTLG (a dropped message shows up as one).
ng_all=$("$PY" "$DUMP" --count --apid MTLG "$work/ng.dlt") || ng_all=0
ng_ctrl=$((ng_all - ng_n))
if [ "$ng_ctrl" -eq 0 ]; then
    ok "libdlt-ng: no control (e.g. buffer overflow) messages for MTLG"
else
    not_ok "libdlt-ng: no control (e.g. buffer overflow) messages for MTLG (got $ng_ctrl)"
fi

# ---------------------------------------------------------------- comparison
normalize "$work/ref.dlt" >"$work/ref.norm"
normalize "$work/ng.dlt" >"$work/ng.norm"
if [ "${MT_CORRUPT:-0}" = 1 ]; then
    # Harness self-test: flip the last payload nibble of one line.
    sed -i '1s/.$/x/' "$work/ng.norm"
    LC_ALL=C sort -o "$work/ng.norm" "$work/ng.norm"
fi
if [ ! -s "$work/ref.norm" ]; then
    not_ok "normalized messages of libdlt-ng equal the reference's (reference received nothing)"
elif [ "$ref_complete" = 1 ]; then
    if cmp -s "$work/ref.norm" "$work/ng.norm"; then
        ok "normalized messages (ecu apid ctid msin noar htyp payload) of libdlt-ng equal the reference's ($EXPECT lines)"
    else
        not_ok "normalized messages of libdlt-ng equal the reference's"
        diag "first differences (< reference, > libdlt-ng):"
        diff "$work/ref.norm" "$work/ng.norm" | grep '^[<>]' | head -n 20 | sed 's/^/#   /'
    fi
else
    # Reference incomplete: every reference line must still be in libdlt-ng's multiset.
    missing=$(LC_ALL=C comm -23 "$work/ref.norm" "$work/ng.norm")
    if [ -z "$missing" ]; then
        ok "normalized reference messages are a sub-multiset of libdlt-ng's (reference incomplete)"
    else
        not_ok "normalized reference messages are a sub-multiset of libdlt-ng's"
        diag "reference lines missing from libdlt-ng:"
        printf '%s\n' "$missing" | head -n 20 | sed 's/^/#   /'
    fi
fi

# ---------------------------------------------------------------- exit path
# Same workload without dlt_free(): the process just returns from main and
# the library's unload hook must deliver everything still queued.
MT_EXTRA_ARGS=-w run_one "libdlt-ng -w" "$ngdir" "$work/ngexit" ||
    bail "libdlt-ng exit run: daemon/receiver setup failed"
diag "libdlt-ng -w: exit $run_rc after ${run_ms} ms"
if [ "$run_rc" -eq 0 ]; then
    ok "libdlt-ng -w (no dlt_free, plain exit): mt-logger exits 0"
else
    not_ok "libdlt-ng -w (no dlt_free, plain exit): mt-logger exits 0 (got $run_rc)"
fi
exit_n=$(count_mtlg "$work/ngexit.dlt")
if [ "$exit_n" -eq "$EXPECT" ]; then
    ok "libdlt-ng -w: nothing lost at exit ($exit_n of $EXPECT delivered)"
else
    not_ok "libdlt-ng -w: nothing lost at exit ($exit_n of $EXPECT delivered)"
fi

# Reference run status, for information (it is the same binary, so it must be 0 too).
if [ "$ref_rc" -eq 0 ]; then
    ok "reference: mt-logger exits 0"
else
    not_ok "reference: mt-logger exits 0 (got $ref_rc)"
    diag_file "$work/ref.err"
fi

finish_tap
