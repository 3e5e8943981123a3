#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: the reader half of dlt_common.h side by side with the reference.
#
# The same DLT files are read once on the reference libdlt.so.2 (a directory
# holding only a libdlt.so.2 link to it) and once on libdlt-ng
# ($STAGE_DIR/lib), by three unmodified or independent readers:
#   - reader-probe: every dlt_file_*, dlt_message_*, dlt_filter_* call with
#     its return code and text (headers with every flag, payload in every
#     mode and text size, argument_print, print_*, raw dlt_message_read);
#   - /usr/bin/dlt-convert -a / -x / -m / -s / -c, with -b/-e ranges, -f
#     filters and -o output files;
#   - python3-dlt (ctypes LoadLibrary("libdlt.so.2")): dlt.load with and
#     without filters, str() of every message, its decoded arguments.
# Outputs must be byte-identical (diagnostics' time and pid masked).
#
# The files: handcrafted ones (mkdlt.py: every argument type in both byte
# orders, control messages of every service and status, header variants,
# damaged and truncated files), files the upstream dlt-example-user writes
# in file mode on the reference, and, when dlt-daemon is installed, what a
# reference dlt-receive captured from a private daemon while wire-probe
# (every argument writer) logged through the reference library.
set -u
src=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
# shellcheck source=tests/integration/tap.sh
. "$src/tests/integration/tap.sh"
# shellcheck source=tests/integration/dltd.sh
. "$src/tests/integration/dltd.sh"
PY=$DLTD_PY
dltd_need_stage
build=${abs_top_builddir:-.}
probe=$(dltd_bin "$build/tests/reader/reader-probe")
wireprobe=$(dltd_bin "$build/tests/wire/wire-probe")
convert=/usr/bin/dlt-convert
app=/usr/lib/libdlt-examples/dlt-example-user
dltd_workdir reader KEEP || bail "mktemp failed"
work=$DLTD_WORK
dltd_reference_libdir "$work/ref"
ref=$work/ref
ng=$STAGE_DIR/lib
data=$work/data
# Sanitizer builds: uninstrumented readers (dlt-convert, python3) need the
# runtime of the instrumented libdlt-ng loaded first (empty otherwise).
preload=$(dltd_sanitizer_preload)
mkdir -p "$data"

mask() { sed -E 's/\[ *[0-9]+\.[0-9]+\]~DLT~ *[0-9]+~/[time]~DLT~pid~/g'; }

# tool LIBDIR CMD...: CMD on that library, stdout and stderr together.  Only
# CMD runs with the library (and, for libdlt-ng in a sanitizer build, the
# runtime preloaded), never a shell around it.
tool() {
    local lib=$1 san= pre=
    shift
    # The reference's own bugs are not ours to report; libdlt-ng's are.
    [ "$lib" = "$ref" ] && san="TSAN_OPTIONS=report_bugs=0"
    # The probe is instrumented itself: no preload, which its children
    # (dlt_execute_command) would inherit.
    [ "$lib" = "$ng" ] && [ "$1" != "$probe" ] && pre=$preload
    # shellcheck disable=SC2086 # word splitting wanted
    env -u LD_PRELOAD -u DLT_LOG_MODE $san ${pre:+LD_PRELOAD=$pre} ASAN_OPTIONS=detect_leaks=0 \
        LD_LIBRARY_PATH="$lib" timeout 600 "$@" 2>&1
}

# samefn NAME FUNC ARGS...: one TAP line; "FUNC LIBDIR ARGS..." must print
# the same on both libraries.
samefn() {
    local name=$1 fn=$2
    shift 2
    "$fn" "$ref" "$@" | mask > "$work/out.ref"
    "$fn" "$ng" "$@" | mask > "$work/out.ng"
    local lines
    lines=$(wc -l < "$work/out.ref")
    if [ "$lines" -gt 0 ] && cmp -s "$work/out.ref" "$work/out.ng"; then
        ok "$name ($lines lines identical)"
    else
        not_ok "$name ($lines lines)"
        diff -a "$work/out.ref" "$work/out.ng" | head -n 20 | cut -c1-300 | sed 's/^/# /'
        keep_evidence
    fi
}
# After a difference: keep the input files (the daemon capture differs from
# run to run) and both outputs next to the build, for a post-mortem.
keep_evidence() {
    local dest=$build/tests/reader/failed-data
    rm -rf "$dest" && mkdir -p "$dest" && cp -a "$data" "$work/out.ref" "$work/out.ng" "$dest/" &&
        diag "input files and both outputs kept in $dest"
}
# same NAME CMD...: the same for one command.
same() {
    local name=$1
    shift
    samefn "$name" tool "$@"
}
# Loops over files, each file one command run.
raw_each() { local lib=$1 f; shift; for f; do tool "$lib" "$probe" -r "$f"; done; }
convert_each() { local lib=$1 mode=$2 f; shift 2; for f; do tool "$lib" "$convert" "$mode" "$f"; done; }
ranges_each() {
    local lib=$1 f
    shift
    for f; do
        tool "$lib" "$convert" -c "$f"
        tool "$lib" "$convert" -a -b 3 -e 20 "$f"
        tool "$lib" "$convert" -x -b 0 -e 0 "$f"
    done
}
filter_each() { local lib=$1 f; shift; for f; do tool "$lib" "$convert" -a -f "$work/filter.txt" "$f"; done; }

echo "1..17"
if ! dltd_reference_lib >/dev/null || [ ! -x "$convert" ]; then
    bail "reference library or $convert missing (packages libdlt2, dlt-tools)"
fi

# ---- the files ----
"$PY" "$src/tests/reader/mkdlt.py" "$data"
if [ -x "$app" ]; then
    for spec in "verbose -n 6 hello" "nonverbose -n 4 -g hi" "raw -n 3 -r 300 x" \
        "levels -n 3 -l 6 -A APPX -C CTXY text"; do
        # shellcheck disable=SC2086 # the spec is a word list
        set -- $spec
        name=$1
        shift
        env -u LD_PRELOAD DLT_LOG_MODE=4 LD_LIBRARY_PATH="$ref" DLT_PIPE_DIR="$work" timeout 30 \
            "$app" -S 1000000 -d 1 -f "$data/example-$name.dlt" "$@" >/dev/null 2>&1
    done
fi
captured=no
if [ -x "$wireprobe" ] && command -v dlt-daemon >/dev/null 2>&1 && dltd_start; then
    if dltd_receive_start "$data/daemon.dlt"; then
        env -u LD_PRELOAD DLT_LOG_MODE=4 LD_LIBRARY_PATH="$ref" DLT_PIPE_DIR="$DLTD_DIR" \
            ASAN_OPTIONS=detect_leaks=0 TSAN_OPTIONS=report_bugs=0 timeout 120 \
            "$wireprobe" -m main >/dev/null 2>&1
        dltd_receive_stop
        [ -s "$data/daemon.dlt" ] && captured=yes
    fi
    dltd_stop
fi
files=$(cd "$data" && ls ./*.dlt | wc -l)
if [ "$files" -ge 13 ]; then
    ok "$files DLT files to read (daemon capture: $captured)"
else
    not_ok "DLT files to read: only $files"
fi

# The probe really runs on the library each side claims.
if env LD_TRACE_LOADED_OBJECTS=1 LD_LIBRARY_PATH="$ng" "$probe" | grep -q "$ng/libdlt.so.2" &&
    env LD_TRACE_LOADED_OBJECTS=1 LD_LIBRARY_PATH="$ref" "$probe" | grep -q "$ref/libdlt.so.2"; then
    ok "reader-probe loads libdlt-ng and the reference as told"
else
    not_ok "reader-probe loads libdlt-ng and the reference as told"
fi

all=("$data"/*.dlt)
small=("$data"/types.dlt "$data"/control.dlt "$data"/headers.dlt "$data"/corrupt.dlt
       "$data"/serial.dlt "$data"/truncated.dlt)
[ -s "$data/daemon.dlt" ] && small+=("$data/daemon.dlt")

# ---- reader-probe ----
same "reader-probe: every file, message, header flag and payload mode" "$probe" "${all[@]}"
same "reader-probe: filters, argument checks, filter files" "$probe" -a
same "reader-probe: dlt_message_argument_print over every kind of type info, TYLE and short data" \
    "$probe" -t
samefn "reader-probe: dlt_message_read over raw bytes, with and without resync" \
    raw_each "${small[@]}"
printf 'APP1 CTX1\n---- CTX3\nLOG- ----\nDA1 DC1\n' > "$work/filter.txt"
same "reader-probe: files read through a filter" "$probe" -f "$work/filter.txt" "${small[@]}"

# ---- dlt-convert ----
for mode in -a -x -m -s; do
    samefn "dlt-convert $mode on every file" convert_each "$mode" "${all[@]}"
done
samefn "dlt-convert -c, -b/-e ranges" ranges_each "${all[@]}"
samefn "dlt-convert -f filter files" filter_each "${all[@]}"
# -o writes the messages again: the written files must be the same bytes.
for side in ref ng; do
    lib=$ref
    [ "$side" = ng ] && lib=$ng
    tool "$lib" "$convert" -b 2 -e 40 -f "$work/filter.txt" -o "$work/cut-$side.dlt" \
        "$data/types.dlt" >/dev/null
done
if [ -s "$work/cut-ref.dlt" ] && cmp -s "$work/cut-ref.dlt" "$work/cut-ng.dlt"; then
    ok "dlt-convert -o with range and filter writes the same $(stat -c %s "$work/cut-ref.dlt") bytes"
else
    not_ok "dlt-convert -o with range and filter writes the same bytes"
fi

# ---- dlt_execute_command: dlt-convert -t unpacks a tar.gz through it ----
same "reader-probe: dlt_execute_command status codes and output file" "$probe" -e "$work"
tar czf "$work/files.tar.gz" -C "$data" types.dlt control.dlt
ws=/tmp/dlt_convert_workspace # fixed in dlt-convert; it leaves the files there
had_ws=no
[ -d "$ws" ] && had_ws=yes
same "dlt-convert -t (tar.gz input, unpacked by dlt_execute_command)" \
    "$convert" -t -a "$work/files.tar.gz"
rm -f "$ws/types.dlt" "$ws/control.dlt"
[ "$had_ws" = no ] && rmdir "$ws" 2>/dev/null

# ---- python3-dlt ----
if "$PY" -c 'import dlt.dlt' 2>/dev/null; then
    same "python3-dlt: dlt.load, filters, str() and arguments of every message" \
        "$PY" "$src/tests/reader/pyread.py" "${all[@]}"
else
    ok "python3-dlt # SKIP python3-dlt not installed"
fi
[ "$n_fail" -eq 0 ]
