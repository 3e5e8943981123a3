#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# test-fuzz.sh: TAP test: a SHORT libFuzzer run of the daemon-message parser
# (tests/fuzz/fuzz_control_parser.cpp over lib/control_parser.cpp), built
# with clang++ -fsanitize=fuzzer,address,undefined from the seed corpus that
# make-corpus.py writes.  'make fuzz' runs the same target for longer
# (FUZZ_TIME seconds, default 60).  Skipped, saying so, without clang++.
#   FUZZ_RUNS (default 20000) bounds this run; CLANGXX picks the compiler.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=${abs_top_srcdir:-$here/../..}
out=${abs_top_builddir:-.}/tests/fuzz
cxx=${CLANGXX:-}
if [ -z "$cxx" ]; then
    for c in clang++ clang++-14; do command -v "$c" >/dev/null 2>&1 && { cxx=$c; break; }; done
fi
if [ -z "$cxx" ]; then
    echo "1..0 # SKIP clang++ not installed (tools/install-deps.sh installs clang)"
    exit 0
fi
echo "1..3"
mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/fuzz-test.XXXXXX") || { echo "Bail out! mktemp"; exit 1; }
trap 'rm -rf "$work"' EXIT
bin=$out/fuzz-control-parser
if "$cxx" -std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -I"$src" "$src/tests/fuzz/fuzz_control_parser.cpp" "$src/lib/control_parser.cpp" \
    -o "$bin" >"$work/build.log" 2>&1; then
    echo "ok 1 - fuzz target builds with $cxx -fsanitize=fuzzer,address,undefined"
else
    if grep -q "libclang_rt.fuzzer\|cannot find.*fuzzer" "$work/build.log"; then
        echo "ok 1 # SKIP the libFuzzer runtime of $cxx is missing"
        echo "ok 2 # SKIP no fuzz target"; echo "ok 3 # SKIP no fuzz target"; exit 0
    fi
    echo "not ok 1 - fuzz target builds with $cxx"; sed 's/^/# /' "$work/build.log" | head -20
    echo "not ok 2 - seed corpus # no target"; echo "not ok 3 - fuzz run # no target"; exit 1
fi
if /usr/bin/python3 "$src/tests/fuzz/make-corpus.py" "$work/corpus" && [ -n "$(ls "$work/corpus")" ]; then
    echo "ok 2 - seed corpus of $(ls "$work/corpus" | wc -l) daemon messages written"
else
    echo "not ok 2 - seed corpus written"
fi
runs=${FUZZ_RUNS:-20000}
# No leak detection: the process is short and the parser allocates nothing.
if ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    timeout 300 "$bin" -runs="$runs" -max_len=12000 -seed=1 -artifact_prefix="$work/" \
    "$work/corpus" >"$work/fuzz.log" 2>&1; then
    echo "ok 3 - $runs fuzz runs: no crash, no overread, no broken parser invariant"
    grep -E "^Done|cov:" "$work/fuzz.log" | tail -2 | sed 's/^/# /'
else
    echo "not ok 3 - $runs fuzz runs: no crash, no overread, no broken parser invariant"
    tail -30 "$work/fuzz.log" | sed 's/^/# /'
    for a in "$work"/crash-* "$work"/timeout-*; do
        [ -f "$a" ] && echo "# crashing input (hex): $(od -An -tx1 "$a" | tr -d ' \n' | head -c 400)"
    done
    exit 1
fi
