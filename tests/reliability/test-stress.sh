#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# Reliability 6: stress.  REL_PROCS processes (3) of REL_THREADS threads (16)
# log into one daemon for a few seconds while one more thread per process
# registers and unregisters contexts all along.  The accounting must hold
# exactly, per process: delivered + BUFFER_FULL returns == sent, and
# dlt_get_overflow_count() == BUFFER_FULL returns; every stream arrives in
# order without duplicates.  `make stress` runs it longer (REL_STRESS_N).
. "${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/reliability/rel.sh"

P=${REL_PROCS:-3}
T=${REL_THREADS:-16}
N=${REL_STRESS_N:-2000}
D=${REL_STRESS_PAUSE_US:-1500}
[ "$REL_SLOW" = 1 ] && N=$((N / 2))
dltd_start || bail "cannot start dlt-daemon"
dltd_receive_start "$work/stress.dlt" || bail "dlt-receive"
pids=
for p in $(seq 1 "$P"); do
    # The first process has a small ring and no pause: it overflows, and the
    # drops must be counted exactly.
    if [ "$p" -eq 1 ]; then envs=(DLT_NG_RING_SIZE=131072); d=100; else envs=(); d=$D; fi
    REL_TIMEOUT=120 run_app "$work/p$p.out" ${envs[@]+"${envs[@]}"} -- \
        stress -a "ST$(printf %02d "$p")" -t "$T" -n "$N" -d "$d" -c 4 -x free &
    pids="$pids $!"
done
rcs=0
for pid in $pids; do wait "$pid" || rcs=$((rcs + 1)); done
check "$P processes x $T threads x $N messages with context churn: all exit 0" [ $rcs -eq 0 ]
total=0
for p in $(seq 1 "$P"); do
    acc=$(field "$work/p$p.out" ACCOUNT accepted)
    total=$((total + ${acc:-0}))
done
DLTD_RECV_MAX_MS=60000 dltd_wait_count "$work/stress.dlt" "$total" --apid "$(seq -f 'ST%02g' -s , 1 "$P")" --log-only
DLTD_QUIET_MS=500 dltd_receive_stop
"$PY" "$reldir/relcheck.py" "$work/stress.dlt" >"$work/check"
for p in $(seq 1 "$P"); do
    a=ST$(printf %02d "$p")
    acc=$(field "$work/p$p.out" ACCOUNT accepted)
    full=$(field "$work/p$p.out" ACCOUNT full)
    ovf=$(field "$work/p$p.out" ACCOUNT overflow)
    oth=$(field "$work/p$p.out" ACCOUNT other)
    churn=$(sed -n 's/^CHURN //p' "$work/p$p.out")
    got=$(awk -v a="apid=$a" '$2 == a { sub("count=", "", $5); n += $5 } END { print n + 0 }' "$work/check")
    streams=$(grep -c "^STREAM apid=$a .* dups=0 inorder=1 " "$work/check")
    bad=$(grep "^STREAM apid=$a " "$work/check" | grep -vc " dups=0 inorder=1 ")
    # A paced process must deliver some of every stream; the flooding one may
    # lose whole streams to the full ring (all counted).
    want=$((T + 1)); [ "$p" -eq 1 ] && want=$streams
    diag "$a: accepted=$acc full=$full overflow=$ovf other=$oth delivered=$got streams=$streams churn=$churn"
    check "$a: delivered ($got) + full ($full) == sent ($((T * N)) + $churn churn), overflow count == full, $streams streams, all in order" \
        '[ "$got" -eq "${acc:--1}" ] && [ $((acc + full)) -eq $((T * N + churn)) ] && [ "$ovf" = "$full" ] &&
        [ "${oth:-1}" -eq 0 ] && [ "$streams" -eq "$want" ] && [ "$bad" -eq 0 ] && [ "${churn:-0}" -gt 0 ]'
done
finish_tap
