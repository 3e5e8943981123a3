#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: runs macro-probe (C and C++ builds) against the staged library
# with a private pipe directory (no daemon: messages are queued).  The probe
# prints TAP itself; its two runs are numbered one after the other here.
set -u
# shellcheck source=tests/integration/dltd.sh
. "${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/integration/dltd.sh"
dltd_need_stage
work=$(mktemp -d "${TMPDIR:-/tmp}/macro-probe.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pipes"
echo "1..22"
n=0
rc=0
for p in macro-probe macro-probe-cxx; do
    bin=$(dltd_bin "${abs_top_builddir:-.}/tests/macros/$p")
    env LD_LIBRARY_PATH="$STAGE_DIR/lib" DLT_PIPE_DIR="$work/pipes" DLT_LOG_MODE=4 \
        DLT_NG_FLUSH_TIMEOUT_MS=100 timeout 30 "$bin" > "$work/out" 2>&1 || rc=1
    while read -r status rest; do
        case $status in
        ok | not)
            n=$((n + 1))
            if [ "$status" = not ]; then
                rest=${rest#ok }
                echo "not ok $n - [$p] ${rest#* - }"
            else
                echo "ok $n - [$p] ${rest#* - }"
            fi
            ;;
        esac
    done < "$work/out"
done
while [ "$n" -lt 22 ]; do
    n=$((n + 1))
    echo "not ok $n - probe output missing"
    rc=1
done
exit $rc
