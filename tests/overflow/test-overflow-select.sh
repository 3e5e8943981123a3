#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# test-overflow-select.sh: TAP test: DLT_NG_OVERFLOW / DLT_NG_BLOCK_TIMEOUT_MS and
# dlt_ng_set_overflow_mode() select the overflow mode; garbage keeps the defaults with a
# diagnostic; the API wins over the environment.  No daemon: DLT_PIPE_DIR is an empty
# private directory (the library just keeps retrying to connect).
set -u
src=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
# shellcheck source=tests/integration/tap.sh
. "$src/tests/integration/tap.sh"
# shellcheck source=tests/integration/dltd.sh
. "$src/tests/integration/dltd.sh"
dltd_need_stage
bin=${abs_top_builddir:-.}/tests/overflow/ovf-burst
work=$(mktemp -d "${TMPDIR:-/tmp}/ovf-select.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT

# query EXPECTED_LINE [ENV...] -- [ARGS...]: run ovf-burst -q with env and args.
query() {
    local want=$1 what=$2
    shift 2
    local envs=() args=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do envs+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    args=("$@")
    env -u DLT_NG_OVERFLOW -u DLT_NG_BLOCK_TIMEOUT_MS DLT_PIPE_DIR="$work" DLT_LOG_MODE=3 \
        DLT_NG_FLUSH_TIMEOUT_MS=0 "${envs[@]}" \
        "$bin" -q "${args[@]}" >"$work/out" 2>"$work/err"
    local rc=$? got
    got=$(cat "$work/out")
    if [ "$rc" -eq 0 ] && [ "$got" = "$want" ]; then
        ok "$what: $got"
    else
        not_ok "$what: want '$want', got '$got' (exit $rc)"
        diag < "$work/err"
    fi
}
# stderr of the last query mentions $1?
said() {
    if grep -q -- "$1" "$work/err"; then ok "$2"; else not_ok "$2"; diag < "$work/err"; fi
}
silent() {
    if grep -q -- "$1" "$work/err"; then not_ok "$2"; diag < "$work/err"; else ok "$2"; fi
}

echo "1..16"
# Modes: 0 drop_newest, 1 overwrite_oldest, 2 block.
query "mode 0 timeout 100 setret 0" "default: drop_newest, 100 ms"
silent "DLT_NG_OVERFLOW" "no diagnostic without the variables"
query "mode 1 timeout 100 setret 0" "DLT_NG_OVERFLOW=overwrite_oldest" DLT_NG_OVERFLOW=overwrite_oldest
query "mode 2 timeout 250 setret 0" "DLT_NG_OVERFLOW=block, DLT_NG_BLOCK_TIMEOUT_MS=250" \
    DLT_NG_OVERFLOW=block DLT_NG_BLOCK_TIMEOUT_MS=250
query "mode 0 timeout 100 setret 0" "DLT_NG_OVERFLOW=drop_newest" DLT_NG_OVERFLOW=drop_newest
query "mode 0 timeout 100 setret 0" "DLT_NG_OVERFLOW=BLOCK (case matters): default kept" DLT_NG_OVERFLOW=BLOCK
said 'DLT_NG_OVERFLOW="BLOCK" ignored' "garbage mode: diagnostic names the value"
query "mode 2 timeout 100 setret 0" "DLT_NG_BLOCK_TIMEOUT_MS=12x: default timeout kept" \
    DLT_NG_OVERFLOW=block DLT_NG_BLOCK_TIMEOUT_MS=12x
said 'DLT_NG_BLOCK_TIMEOUT_MS="12x" ignored' "garbage timeout: diagnostic"
query "mode 2 timeout 100 setret 0" "DLT_NG_BLOCK_TIMEOUT_MS=10001 (over the bound): default kept" \
    DLT_NG_OVERFLOW=block DLT_NG_BLOCK_TIMEOUT_MS=10001
query "mode 1 timeout 100 setret 0" "API overwrite_oldest wins over DLT_NG_OVERFLOW=block" \
    DLT_NG_OVERFLOW=block -- -a overwrite_oldest
query "mode 2 timeout 40 setret 0" "API block with 40 ms" -- -a block -t 40
query "mode 2 timeout 250 setret 0" "API block with -1 keeps the environment's timeout" \
    DLT_NG_BLOCK_TIMEOUT_MS=250 -- -a block -t -1
query "mode 0 timeout 100 setret -5" "API mode 7: DLT_RETURN_WRONG_PARAMETER, nothing changes" \
    -- -a 7
query "mode 0 timeout 100 setret -5" "API timeout 10001: DLT_RETURN_WRONG_PARAMETER" \
    -- -a block -t 10001
query "mode 1 timeout 0 setret 0" "API timeout 0 accepted" DLT_NG_OVERFLOW=block -- -a overwrite_oldest -t 0
[ "$n_fail" -eq 0 ]
