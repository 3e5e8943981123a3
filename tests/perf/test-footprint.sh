#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: what one usual message touches, counted: valgrind lackey
# traces every access of tools/bench/dlt-ng-footprint-probe's marked
# message and tools/bench/footprint.py counts distinct pages and cache
# lines.  A thread's first message after a sleep pays for each of them, a
# page walk per page (the dearest miss under a hypervisor), so
# libdlt.so.2's own part must stay at one page of code (start, the writers
# and finish: DLT_LOG_PATH) and one page of data (Runtime's first page: the
# clock, the ring, the registry's generation, the worker's rest state,
# the first contexts' level bytes), and none of its read-only data (the
# GOT: thread_scratch() takes the TLS offset from the runtime's first
# line).  Its timestamp must be a raw TSC count
# (no instruction in clock_gettime).  The reference library's counts are
# printed for comparison.  Skipped without valgrind and in sanitizer builds.
set -u
here=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
# shellcheck source=tests/integration/dltd.sh
. "$here/tests/integration/dltd.sh"
dltd_need_stage
n_tests=5
echo "1..$n_tests"
skip_all() { for i in $(seq "$n_tests"); do echo "ok $i # SKIP $1"; done; exit 0; }
VG=$(command -v valgrind) || skip_all "valgrind not installed"
[ -n "$(dltd_sanitizer_preload)" ] && skip_all "sanitizer build"
probe=$(dltd_elf_bin "${abs_top_builddir:-.}/tools/bench/dlt-ng-footprint-probe" \
    env DLT_PIPE_DIR=/nonexistent "${abs_top_builddir:-.}/tools/bench/dlt-ng-footprint-probe") ||
    { for i in $(seq "$n_tests"); do echo "not ok $i - footprint-probe not built"; done; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/no-daemon" # a FIFO directory without a daemon: messages stay queued

# Counts for the library in directory $1 (its libdlt.so.2), or nothing.
footprint() {
    env LD_LIBRARY_PATH="$1" DLT_PIPE_DIR="$work/no-daemon" \
        timeout 300 "$VG" --tool=lackey --trace-mem=yes --log-file="$work/trace" \
        "$probe" 2>"$work/err" >/dev/null || return 1
    python3 "$here/tools/bench/footprint.py" "$work/trace" "$work/err" "$1/libdlt.so.2"
}
count() { printf '%s\n' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

ng=$(footprint "$STAGE_DIR/lib")
if [ -n "$ng" ]; then echo "ok 1 - footprint-probe traced: $ng"; else echo "not ok 1 - footprint-probe traced"; fi
code=$(count "$ng" lib_code_pages)
data=$(count "$ng" lib_data_pages)
if [ "${code:-0}" -eq 1 ]; then
    echo "ok 2 - the message runs from one code page of libdlt.so.2"
else
    echo "not ok 2 - the message runs from one code page of libdlt.so.2 (got ${code:-none})"
fi
if [ "${data:-0}" -eq 1 ]; then
    echo "ok 3 - it touches one page of libdlt.so.2's data"
else
    echo "not ok 3 - it touches one page of libdlt.so.2's data (got ${data:-none})"
fi
clock=$(count "$ng" clock_gettime_instructions)
if [ "${clock:-1}" -eq 0 ]; then
    echo "ok 4 - its timestamp is a raw TSC count (no clock_gettime)"
else
    echo "not ok 4 - its timestamp is a raw TSC count (${clock:-no} instructions in clock_gettime)"
fi
ro=$(count "$ng" lib_ro_pages)
if [ "${ro:-1}" -eq 0 ]; then
    echo "ok 5 - it reads none of libdlt.so.2's read-only data (its GOT included)"
else
    echo "not ok 5 - it reads none of libdlt.so.2's read-only data (got ${ro:-no} pages)"
fi
ref=$(dltd_reference_libdir "$work/ref" && footprint "$work/ref")
[ -n "$ref" ] && echo "# reference: $ref"
exit 0
