#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: dlt_message_payload on random messages, side by side.
# payload-fuzz-probe reads a few thousand random messages (random bytes and
# mangled argument lists of every type, both byte orders, every message
# type) and prints the payload text of each in every output type, with text
# buffers from 1 byte up: on the reference and on libdlt-ng the return codes,
# the texts (but for the buffer's last byte, see the probe) and the
# diagnostics must be the same.  On libdlt-ng alone, -g also checks that no
# byte past the buffer is ever written and that every text is terminated
# inside it (2.18.8 writes one byte past a buffer its text fills).
set -u
# shellcheck source=tests/conformance/probe.sh
. "${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/conformance/probe.sh"
probe_init payload-fuzz-probe tests/reader
SEEDS="1 2 3"
NSEEDS=$(wc -w <<<"$SEEDS")
COUNT=1000
echo "1..3"
probe_require_reference
run() { # LIBDIR OUT SEED [reference|-g]
    local flag=
    [ "${4-}" = -g ] && flag=-g
    # shellcheck disable=SC2046 # word splitting wanted
    env -u LD_PRELOAD -u DLT_LOG_MODE $(probe_env "${4-}") LD_LIBRARY_PATH="$1" \
        timeout 120 "$probe" $flag "$3" "$COUNT" > "$2" 2>&1
}
# libdlt-ng runs with -g: the guard check prints nothing when it holds, and
# fails the run (status 1) when it does not.
rc_all=0 guard_ok=yes
same=0 lines=0 read_ok=0
for seed in $SEEDS; do
    run "$work/ref" "$work/ref.$seed" "$seed" reference || rc_all=1
    run "$STAGE_DIR/lib" "$work/ng.$seed" "$seed" -g
    case $? in
    0) ;;
    1) guard_ok=no
       grep -m 5 'past the buffer\|not terminated' "$work/ng.$seed" | sed 's/^/# /' ;;
    *) rc_all=1 ;;
    esac
    probe_mask "$work/ref.$seed" > "$work/ref.$seed.out"
    probe_mask "$work/ng.$seed" > "$work/ng.$seed.out"
    if diff "$work/ref.$seed.out" "$work/ng.$seed.out" > "$work/diff.$seed"; then
        same=$((same + 1))
    else
        echo "# seed $seed differs:"
        head -n 12 "$work/diff.$seed" | sed 's/^/# /'
    fi
    lines=$((lines + $(grep -c '^  type' "$work/ref.$seed.out")))
    read_ok=$((read_ok + $(grep -c 'read 0$' "$work/ref.$seed.out")))
done
if [ "$rc_all" -eq 0 ] && [ "$read_ok" -gt 1000 ]; then
    echo "ok 1 - both libraries ran $NSEEDS seeds of $COUNT messages ($read_ok read)"
else
    echo "not ok 1 - both libraries ran every seed (rc $rc_all, $read_ok messages read)"
fi
if [ "$same" -eq "$NSEEDS" ] && [ "$lines" -gt 50000 ]; then
    echo "ok 2 - the same return codes, texts and diagnostics in all $lines payload texts"
else
    echo "not ok 2 - the same return codes, texts and diagnostics ($same seeds of $NSEEDS agree)"
fi
if [ "$guard_ok" = yes ]; then
    echo "ok 3 - libdlt-ng never writes past the text buffer and always terminates the text"
else
    echo "not ok 3 - libdlt-ng never writes past the text buffer and always terminates the text"
fi
