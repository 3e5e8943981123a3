#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# test-overflow-burst.sh: TAP test: a burst of OVF_N (100000) messages from one thread
# (tests/overflow/ovf-burst) through a private dlt-daemon, counted at a dlt-receive client,
# in each overflow mode of libdlt-ng:
#   block             every message reaches the daemon, none is counted as lost;
#   drop_newest       delivered + dlt_get_overflow_count() == sent, exactly, and the
#                     count equals the DLT_RETURN_BUFFER_FULL returns; the delivered
#                     messages are the oldest ones (late app, see below), and with the
#                     worker draining a small ring meanwhile, exact and in order too;
#   overwrite_oldest  delivered + dlt_get_overflow_count() == sent, exactly, and the
#                     delivered messages are exactly the newest ones, in order; and, with
#                     the worker draining a small ring meanwhile (evictions racing its
#                     claims), still exact, in order, without duplicates.
# For the deterministic runs (-l) the app registers its context first and its application only
# after the burst (ovf-burst -l): the worker sends nothing for an application the daemon
# does not know, so during the burst nothing leaves the ring, exactly as if the daemon
# were absent, but deterministic (no race with a daemon coming up) and without faking
# FIFO paths.  Then the app registers and the ring's content, the newest messages, goes
# out.  Counting is exact in every case: nothing here depends on timing except the
# generous block timeout (a daemon that stalls 10 s would break "block delivers all").
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
intdir=${abs_top_srcdir:+$abs_top_srcdir/tests/integration}
[ -n "$intdir" ] && [ -f "$intdir/dltd.sh" ] || intdir=$here/../integration
# shellcheck source=tests/integration/tap.sh
. "$intdir/tap.sh"
DUMP="$intdir/dltdump.py"
# shellcheck source=tests/integration/dltd.sh
. "$intdir/dltd.sh"
PY=$DLTD_PY
dltd_need_stage

N=${OVF_N:-100000}
bin=${abs_top_builddir:-.}/tests/overflow/ovf-burst
dltd_workdir ovf-burst OVF_KEEP || bail "mktemp failed"
work=$DLTD_WORK

dltd_have_tools ||
    bail "dlt-daemon/dlt-receive missing (CI installs the dlt-daemon package)"

echo "1..17"

# run MODE-LABEL ENV... -- ARGS...: fresh daemon + receiver, ovf-burst with the
# environment and arguments; leaves $work/LABEL.{dlt,out,err}, sets sent/full/other/ovf/
# delivered/rc.
run() {
    local label=$1
    shift
    local envs=() args=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do envs+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    args=("$@")
    dltd_start || bail "$label: cannot start dlt-daemon"
    dltd_receive_start "$DLTD_DIR/recv.dlt" || bail "$label: cannot start dlt-receive"
    env -u LD_PRELOAD -u DLT_NG_OVERFLOW -u DLT_NG_BLOCK_TIMEOUT_MS -u DLT_NG_RING_SIZE \
        LD_LIBRARY_PATH="$STAGE_DIR/lib" DLT_PIPE_DIR="$DLTD_DIR" DLT_NG_FLUSH_TIMEOUT_MS=10000 \
        "${envs[@]}" timeout 120 "$bin" -n "$N" "${args[@]}" \
        >"$work/$label.out" 2>"$work/$label.err"
    rc=$?
    # Everything the app handed over is in the daemon by now (dlt_free flushed it);
    # wait until the receiver has it too.
    read -r _ sent _ okn _ full _ other _ ovf _ _ _ _ _ _ _ errok <<<"$(grep '^sent ' "$work/$label.out")"
    : "${sent:=0}" "${okn:=0}" "${full:=0}" "${other:=0}" "${ovf:=0}" "${errok:=0}"
    DLTD_RECV_MAX_MS=20000 dltd_wait_count "$DLTD_RECV_FILE" $((sent - ovf)) --apid OVFL --ctid BRST --log-only
    dltd_receive_stop
    cp "$DLTD_RECV_FILE" "$work/$label.dlt"
    cp "$DLTD_DIR/dlt-daemon.log" "$work/$label.daemon.log" 2>/dev/null
    dltd_stop
    delivered=$("$PY" "$DUMP" --count --apid OVFL --ctid BRST --log-only "$work/$label.dlt") || delivered=0
    delivered_err=$("$PY" "$DUMP" --count --apid OVFL --ctid ERRS --log-only "$work/$label.dlt") || delivered_err=0
    diag "$label: exit $rc; $(cat "$work/$label.out"); delivered $delivered"
}

# Numbers (the DLT_UINT32 argument) of the delivered messages, in arrival order.
numbers() {
    "$PY" "$DUMP" --decode --apid OVFL --ctid BRST --log-only "$1" | sed -n 's/.*"burst" u32:\([0-9][0-9]*\)}.*/\1/p'
}

# ---------------------------------------------------------------- block
run block DLT_NG_OVERFLOW=block DLT_NG_BLOCK_TIMEOUT_MS=10000
if [ "$rc" -eq 0 ] && [ "$sent" -eq "$N" ]; then ok "block: ovf-burst ran ($N messages)"; else
    not_ok "block: ovf-burst ran (exit $rc)"; diag_file "$work/block.err"; fi
if [ "$okn" -eq "$N" ] && [ "$ovf" -eq 0 ]; then
    ok "block: every call returned DLT_RETURN_OK, overflow count 0"
else
    not_ok "block: every call returned DLT_RETURN_OK, overflow count 0 (ok $okn, full $full, overflow $ovf)"
fi
if [ "$delivered" -eq "$N" ]; then ok "block: 100% delivered ($delivered of $N)"; else
    not_ok "block: 100% delivered ($delivered of $N)"; fi

# ---------------------------------------------------------------- drop_newest
# Late app (see above): nothing leaves the ring during the burst, so it must overflow,
# and what is delivered are exactly the oldest messages, those that fit.  Then 100
# ERROR messages: the ring is full for INFO, but they may use the priority headroom.
run drop DLT_NG_OVERFLOW=drop_newest -- -l -e 100
if [ "$rc" -eq 0 ] && [ "$sent" -eq "$N" ]; then ok "drop_newest: ovf-burst ran"; else
    not_ok "drop_newest: ovf-burst ran (exit $rc)"; diag_file "$work/drop.err"; fi
if [ "$ovf" -gt 0 ] && [ "$ovf" -eq "$full" ] && [ $((okn + full)) -eq "$N" ]; then
    ok "drop_newest: overflow count ($ovf) == DLT_RETURN_BUFFER_FULL returns, > 0"
else
    not_ok "drop_newest: overflow count ($ovf) == DLT_RETURN_BUFFER_FULL returns ($full), > 0"
fi
if [ $((delivered + ovf)) -eq "$N" ]; then
    ok "drop_newest: delivered + overflow == sent ($delivered + $ovf == $N)"
else
    not_ok "drop_newest: delivered + overflow == sent ($delivered + $ovf != $N)"
fi
numbers "$work/drop.dlt" >"$work/drop.numbers"
seq 0 $((delivered - 1)) >"$work/drop.want"
if [ "$delivered" -gt 0 ] && cmp -s "$work/drop.numbers" "$work/drop.want"; then
    ok "drop_newest: the delivered messages are exactly the oldest $delivered, in order"
else
    not_ok "drop_newest: the delivered messages are exactly the oldest $delivered, in order"
    diff "$work/drop.want" "$work/drop.numbers" | head -5 | sed 's/^/#   /'
fi

if [ "$errok" -eq 100 ] && [ "$delivered_err" -eq 100 ]; then
    ok "drop_newest: after INFO filled the ring, 100 of 100 ERROR messages accepted and delivered"
else
    not_ok "drop_newest: after INFO filled the ring, 100 ERROR messages accepted ($errok) and delivered ($delivered_err)"
fi

# While the worker drains a small ring: how many overflow depends on the machine, but
# the accounting must be exact whatever it is.
run drop-live DLT_NG_OVERFLOW=drop_newest DLT_NG_RING_SIZE=131072
if [ "$rc" -eq 0 ] && [ "$ovf" -eq "$full" ] && [ $((delivered + ovf)) -eq "$N" ]; then
    ok "drop_newest, worker draining: delivered + overflow == sent ($delivered + $ovf == $N), overflow == BUFFER_FULL returns"
else
    not_ok "drop_newest, worker draining: delivered + overflow == sent (exit $rc, $delivered + $ovf, full $full)"
fi
numbers "$work/drop-live.dlt" >"$work/drop-live.numbers"
if awk 'NR > 1 && $1 <= prev { bad = 1 } { prev = $1 } END { exit bad }' "$work/drop-live.numbers"; then
    ok "drop_newest, worker draining: delivered messages strictly increasing"
else
    not_ok "drop_newest, worker draining: delivered messages strictly increasing"
fi

# ---------------------------------------------------------------- overwrite_oldest
run overwrite DLT_NG_OVERFLOW=overwrite_oldest -- -l
if [ "$rc" -eq 0 ] && [ "$sent" -eq "$N" ]; then ok "overwrite_oldest: ovf-burst ran"; else
    not_ok "overwrite_oldest: ovf-burst ran (exit $rc)"; diag_file "$work/overwrite.err"; fi
if [ "$okn" -eq "$N" ] && [ "$ovf" -gt 0 ]; then
    ok "overwrite_oldest: every call returned DLT_RETURN_OK; $ovf older messages evicted"
else
    not_ok "overwrite_oldest: every call returned DLT_RETURN_OK, some evicted (ok $okn, full $full, overflow $ovf)"
fi
if [ $((delivered + ovf)) -eq "$N" ]; then
    ok "overwrite_oldest: delivered + overflow == sent ($delivered + $ovf == $N)"
else
    not_ok "overwrite_oldest: delivered + overflow == sent ($delivered + $ovf != $N)"
fi
numbers "$work/overwrite.dlt" >"$work/overwrite.numbers"
seq $((N - delivered)) $((N - 1)) >"$work/overwrite.want"
if [ "$delivered" -gt 0 ] && cmp -s "$work/overwrite.numbers" "$work/overwrite.want"; then
    ok "overwrite_oldest: the delivered messages are exactly the newest $delivered, in order"
else
    not_ok "overwrite_oldest: the delivered messages are exactly the newest $delivered, in order"
    diff "$work/overwrite.want" "$work/overwrite.numbers" | head -5 | sed 's/^/#   /'
fi

# overwrite_oldest while the worker drains: producer evictions race the worker's claims.
run overwrite-live DLT_NG_OVERFLOW=overwrite_oldest DLT_NG_RING_SIZE=131072
# (A producer may still be refused when the oldest record is not published yet: counted.)
if [ "$rc" -eq 0 ] && [ $((okn + full)) -eq "$N" ] && [ $((delivered + ovf)) -eq "$N" ]; then
    ok "overwrite_oldest, worker draining: delivered + overflow == sent ($delivered + $ovf == $N)"
else
    not_ok "overwrite_oldest, worker draining: delivered + overflow == sent (exit $rc, ok $okn, $delivered + $ovf != $N)"
fi
numbers "$work/overwrite-live.dlt" >"$work/overwrite-live.numbers"
if awk 'NR > 1 && $1 <= prev { bad = 1 } { prev = $1 } END { exit bad }' "$work/overwrite-live.numbers" &&
    [ "$(tail -n 1 "$work/overwrite-live.numbers")" = $((N - 1)) ]; then
    ok "overwrite_oldest, worker draining: delivered messages strictly increasing, the newest included"
else
    not_ok "overwrite_oldest, worker draining: delivered messages strictly increasing, the newest included"
fi

# The daemon was told about the losses (upstream's OVERFLOW message, as deltas): it shows
# them to clients as control messages of the app.
ctrl=$(( $("$PY" "$DUMP" --count --apid OVFL "$work/drop.dlt") - $("$PY" "$DUMP" --count --apid OVFL --log-only "$work/drop.dlt") ))
if [ "$ctrl" -gt 0 ]; then ok "drop_newest: the daemon reported the overflow ($ctrl control messages)"; else
    not_ok "drop_newest: the daemon reported the overflow (no control message for OVFL)"; fi

[ "$n_fail" -eq 0 ]
