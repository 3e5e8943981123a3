#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: file transfer (dlt_filetransfer.h), side by side with the
# reference libdlt.so.2 through private dlt-daemons (dltd.sh: ::1 only,
# private FIFO dir and port).
#
# The unmodified upstream dlt-example-filetransfer and dlt-test-filetransfer,
# and ft-probe (every function, the helpers 2.18.8 exports, error cases:
# missing, unreadable and special files, NULL context, bad package numbers,
# failed deletion), run once on each library, each run against a fresh
# daemon with one dlt-receive.  What the client received is compared as
# normalized messages (ecu apid ctid msin noar htyp payload bytes), and the
# programs' own output (return codes) line by line.
#
# Deletions cannot leave the same file behind for the second run, so that
# phase masks the serial number and date of the deleted files.  Calls on
# which the reference crashes (NULL file name, a path stat() rejects with
# something other than ENOENT) are checked as: libdlt-ng returns the error
# code, and the messages the reference sent before crashing are the first
# ones libdlt-ng sends.
#
# Environment: STAGE_DIR (else SKIP), abs_top_srcdir, abs_top_builddir,
# REF_LIBDLT, FT_KEEP=1 keeps the work dir.
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
intdir=${abs_top_srcdir:+$abs_top_srcdir/tests/integration}
[ -n "$intdir" ] && [ -f "$intdir/dltd.sh" ] || intdir=$here/../integration
# shellcheck source=tests/integration/tap.sh
. "$intdir/tap.sh"
DUMP=$intdir/dltdump.py
# shellcheck source=tests/integration/dltd.sh
. "$intdir/dltd.sh"
PY=$DLTD_PY
dltd_need_stage

plan 19

examples=/usr/lib/libdlt-examples
ft_example=$examples/dlt-example-filetransfer
ft_test=$examples/dlt-test-filetransfer
dltd_reference_lib >/dev/null || bail "reference libdlt.so.2 missing (package libdlt2; or set REF_LIBDLT)"
[ -x "$ft_example" ] && [ -x "$ft_test" ] || bail "$examples missing (package libdlt-examples)"
dltd_have_tools ||
    bail "dlt-daemon or dlt-receive missing (package dlt-daemon / dlt-tools)"

probe=$(dltd_bin "${abs_top_builddir:-.}/tests/filetransfer/ft-probe")
[ -x "$probe" ] || bail "ft-probe not built"

dltd_workdir ft-test FT_KEEP || bail "mktemp failed"
work=$DLTD_WORK

refdir=$work/reflib
dltd_reference_libdir "$refdir" || bail "cannot set up $refdir"
ngdir=$STAGE_DIR/lib
preload=$(dltd_sanitizer_preload)

# ---------------------------------------------------------------- the files
F=$work/files
mkdir -p "$F/dir" "$F/ro"
printf 'hello world\n' > "$F/small.txt"
: > "$F/empty.bin"
head -c 1024 /dev/urandom > "$F/f1024.bin"
head -c 1025 /dev/urandom > "$F/f1025.bin"
head -c 3000 /dev/urandom > "$F/f3000.bin"
head -c 70000 /dev/urandom > "$F/big.bin"     # > 64 KiB: the size reaches the inode bits
seq 1 400 > "$F/text.txt"
head -c 5000 /dev/urandom > "$F/image.png"
printf 'secret\n' > "$F/noread.txt"
chmod 000 "$F/noread.txt"
printf 'keep\n' > "$F/ro/keep.txt"
chmod 555 "$F/ro"
"$PY" -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$F/sock" ||
    bail "cannot create a UNIX socket file"

# ---------------------------------------------------------------- helpers
# session LIBDIR PREFIX CWD PRELOAD CMD...: a fresh daemon and receiver; runs
# CMD (a word list; the word @STEPS@ expands to one process per entry of
# the array STEPS, each entry split into the probe's arguments).  Keeps
# PREFIX.out (stdout of all processes + exit codes) and PREFIX.dlt.
session() {
    local libdir=$1 prefix=$2 cwd=$3 pre=$4 s rc quiet=
    shift 4
    # In sanitizer builds the probe is instrumented, and the reference's own
    # races (its housekeeper thread) are not ours to report: TSan then also
    # exits 66 or stalls the reference's shutdown.
    [ "$libdir" = "$refdir" ] && quiet=TSAN_OPTIONS=report_bugs=0
    dltd_start || return 1
    dltd_receive_start "$DLTD_DIR/recv.dlt" || { dltd_stop; return 1; }
    : > "$prefix.out"
    if [ "$1" = @STEPS@ ]; then
        for s in "${STEPS[@]}"; do
            # shellcheck disable=SC2086 # one probe argument per word
            (cd "$cwd" && env -u LD_PRELOAD LD_LIBRARY_PATH="$libdir" ${pre:+LD_PRELOAD=$pre} \
                ASAN_OPTIONS=detect_leaks=0 ${quiet:+"$quiet"} DLT_PIPE_DIR="$DLTD_DIR" DLT_LOG_MODE=4 \
                timeout 60 "$probe" $s) >> "$prefix.out" 2>> "$prefix.err"
            rc=$?
            [ "$rc" -eq 0 ] || echo "exit $rc: $s" >> "$prefix.out"
        done
    else
        (cd "$cwd" && env -u LD_PRELOAD LD_LIBRARY_PATH="$libdir" ${pre:+LD_PRELOAD=$pre} \
            ASAN_OPTIONS=detect_leaks=0 ${quiet:+"$quiet"} DLT_PIPE_DIR="$DLTD_DIR" DLT_LOG_MODE=4 \
            timeout 60 "$@") >> "$prefix.out" 2>> "$prefix.err"
        rc=$?
        echo "exit $rc" >> "$prefix.out"
    fi
    # Under load the daemon may forward later than the receiver's quiet
    # time: first wait (bounded) for what must arrive.
    if [ "$1" = @STEPS@ ]; then
        wait_steps "$DLTD_RECV_FILE" "$(printf '%s\n' "${STEPS[@]}" | wc -w)"
    elif [ -n "${WAIT_N-}" ]; then
        DLTD_RECV_MAX_MS=20000 dltd_wait_count "$DLTD_RECV_FILE" "$WAIT_N" --apid "$APID" --log-only
    fi
    dltd_receive_stop
    cp "$DLTD_RECV_FILE" "$prefix.dlt"
    dltd_stop
    # Return codes are compared, durations are not.
    sed -i 's/ ([0-9]* ms)$//' "$prefix.out"
    "$PY" "$DUMP" --normalize --apid "$APID" --log-only "$prefix.dlt" > "$prefix.norm"
}

# wait_steps FILE N: until N "STEP" messages of $APID arrived (20 s at most).
wait_steps() {
    local t0 got
    t0=$(_dltd_now_ms)
    while :; do
        got=$("$PY" "$DUMP" --normalize --apid "$APID" --log-only "$1" 2>/dev/null |
            grep -c ' 0002000005005354455000')
        [ "${got:-0}" -ge "$2" ] && return 0
        [ $(( $(_dltd_now_ms) - t0 )) -ge 20000 ] && return 1
        sleep 0.05
    done
}

# both NAME PRELOAD-FOR-NG CWD-REF CWD-NG CMD...: run on both libraries.
both() {
    local name=$1 pre=$2 cref=$3 cng=$4
    shift 4
    session "$refdir" "$work/$name.ref" "$cref" "" "$@" || bail "$name: daemon/receiver setup failed"
    session "$ngdir" "$work/$name.ng" "$cng" "$pre" "$@" || bail "$name: daemon/receiver setup failed"
}

# same_output NAME WHAT: the programs printed the same (return codes).
same_output() {
    if [ -s "$work/$1.ref.out" ] && diff "$work/$1.ref.out" "$work/$1.ng.out" > "$work/$1.out.diff"; then
        ok "$2: same output and exit codes ($(wc -l < "$work/$1.ref.out") lines)"
    else
        not_ok "$2: same output and exit codes (< reference, > libdlt-ng)"
        head -n 30 "$work/$1.out.diff" | sed 's/^/#   /'
    fi
}

# same_stream NAME WHAT [MIN]: the client received the same messages.
same_stream() {
    local lines
    lines=$(wc -l < "$work/$1.ref.norm")
    if [ "$lines" -lt "${3:-1}" ]; then
        not_ok "$2: the reference run delivered $lines messages (want >= ${3:-1})"
    elif cmp -s "$work/$1.ref.norm" "$work/$1.ng.norm"; then
        ok "$2: received messages identical, byte for byte ($lines messages)"
    else
        not_ok "$2: received messages identical (< reference, > libdlt-ng)"
        "$PY" "$DUMP" --decode --apid "$APID" --log-only "$work/$1.ref.dlt" > "$work/$1.ref.dec"
        "$PY" "$DUMP" --decode --apid "$APID" --log-only "$work/$1.ng.dlt" > "$work/$1.ng.dec"
        diff "$work/$1.ref.dec" "$work/$1.ng.dec" | head -n 20 | cut -c1-300 | sed 's/^/#   /'
        if [ -s "$work/$1.ng.err" ]; then
            diag "libdlt-ng runs printed on stderr:"
            head -n 10 "$work/$1.ng.err" | sed 's/^/#   /'
        fi
    fi
}

# ---------------------------------------------------------------- upstream examples
APID=FLTR
WAIT_N=72 both example "$preload" "$F" "$F" "$ft_example" -i -t 2 "$F/big.bin"
same_output example "dlt-example-filetransfer -i"
same_stream example "dlt-example-filetransfer -i" 72

WAIT_N=38 both test "$preload" "$F" "$F" "$ft_test" -t "$F/text.txt" -i "$F/image.png"
same_output test "dlt-test-filetransfer"
same_stream test "dlt-test-filetransfer" 30
if grep -q "failed" "$work/test.ng.out"; then
    not_ok "dlt-test-filetransfer: no test failed on libdlt-ng"
    grep failed "$work/test.ng.out" | sed 's/^/#   /'
else
    ok "dlt-test-filetransfer: no test failed on libdlt-ng"
fi

# ---------------------------------------------------------------- the probe
APID=FTPR
STEPS=(
    "count:$F/small.txt count:$F/empty.bin count:$F/f1024.bin count:$F/f1025.bin count:$F/f3000.bin count:$F/big.bin count:$F/nonexist count:$F/dir count:NULL Ncount:$F/small.txt Ncount:$F/nonexist"
    "info:$F/small.txt info:$F/empty.bin info:$F/big.bin info:$F/dir info:$F/nonexist Ninfo:$F/small.txt Ninfo:$F/nonexist"
    "head:$F/f3000.bin head:$F/big.bin head:$F/nonexist Nhead:$F/small.txt alias:$F/small.txt:1 alias:$F/small.txt:0 alias:$F/nonexist:1 Nalias:$F/small.txt:1"
    "data:$F/f3000.bin:0:0 data:$F/f3000.bin:1:0 data:$F/f3000.bin:3:0 data:$F/f3000.bin:4:0 data:$F/f3000.bin:-1:0 datamax:$F/f3000.bin:0:0 data:$F/f1024.bin:1:0 data:$F/f1024.bin:2:0 data:$F/big.bin:69:0 data:$F/empty.bin:1:0 data:$F/nonexist:1:0 data:$F/dir:1:0 Ndata:$F/f3000.bin:1:0 Ndata:$F/f3000.bin:9:0"
    "end:$F/small.txt:0 end:$F/nonexist:0 end:$F/nonexist:1 Nend:$F/small.txt:0"
    "complete:$F/small.txt:0:0 complete:$F/f3000.bin:0:5 complete:$F/f1024.bin:0:-5 complete:$F/empty.bin:0:0 complete:$F/big.bin:0:0 complete:$F/nonexist:0:0 Ncomplete:$F/small.txt:0:0 Ncomplete:$F/nonexist:0:0"
    "dropcap data:$F/noread.txt:1:0 data:$F/noread.txt:9:0 complete:$F/noread.txt:0:0 info:$F/noread.txt head:$F/noread.txt end:$F/noread.txt:0"
    "data:$F/sock:1:0 complete:$F/sock:0:0"
    "dropcap end:$F/ro/keep.txt:1 complete:$F/ro/keep.txt:1:0"
    "err:$F/small.txt:-500:2 err:$F/small.txt:-500:0 err:$F/small.txt:-123:13 err:$F/nonexist:-600:2 Nerr:$F/small.txt:-500:0"
    "stat:$F/small.txt stat:$F/big.bin stat:$F/empty.bin stat:$F/dir stat:$F/nonexist hash: hash:a hash:ab hash:$F/small.txt hash:$(printf '\303\251\200\377') rm:$F/nonexist sleep:-:0 sleep:-:-1 room"
)
both probe "" "$F" "$F" @STEPS@
same_output probe "ft-probe: return codes of every function and helper"
same_stream probe "ft-probe: FLST/FLDA/FLFI/FLIF/FLER and error messages" 150
if [ -f "$F/ro/keep.txt" ] && [ -f "$F/noread.txt" ]; then
    ok "failed deletions left the files in place"
else
    not_ok "failed deletions left the files in place"
fi

# ---------------------------------------------------------------- deletion
# Each library deletes its own copies (same relative names, same content).
for lib in ref ng; do
    mkdir -p "$work/del-$lib/emptydir"
    printf 'delete me\n' > "$work/del-$lib/del1.txt"
    printf 'delete me too\n' > "$work/del-$lib/del2.txt"
    printf 'x\n' > "$work/del-$lib/del3.txt"
done
STEPS=("complete:del1.txt:1:0 end:del2.txt:1 end:del2.txt:1 complete:del2.txt:1:0 rm:del3.txt rm:del3.txt rm:emptydir")
both delete "" "$work/del-ref" "$work/del-ng" @STEPS@
# Mask serial numbers and creation dates: they name the inode and ctime.
mask() {
    "$PY" - "$1" <<'EOF'
import re, sys
lines = open(sys.argv[1]).read().split("\n")
secrets = set()
for line in lines:
    # "FLST"/"FLDA"/"FLFI", then the serial: u32 type info, empty name and unit, value.
    for serial in re.findall(r"464c(?:5354|4441|4649)004308000000000000(.{8})", line):
        secrets.add(serial)
    for d in re.findall(r"1a00((?:[0-9a-f]{2}){24}0a00)", line):
        secrets.add(d)
out = []
for line in lines:
    for s in secrets:
        line = line.replace(s, "X" * len(s))
    out.append(line)
sys.stdout.write("\n".join(out))
EOF
}
mask "$work/delete.ref.norm" > "$work/delete.ref.masked"
mask "$work/delete.ng.norm" > "$work/delete.ng.masked"
same_output delete "deletion (complete/end with deleteFlag, doRemoveFile)"
if [ "$(wc -l < "$work/delete.ref.masked")" -ge 10 ] &&
    cmp -s "$work/delete.ref.masked" "$work/delete.ng.masked"; then
    ok "deletion: received messages identical but for serial numbers and dates ($(wc -l < "$work/delete.ref.masked") messages)"
else
    not_ok "deletion: received messages identical but for serial numbers and dates"
    diff "$work/delete.ref.masked" "$work/delete.ng.masked" | head -n 20 | cut -c1-300 | sed 's/^/#   /'
fi
left=$(cd "$work/del-ng" && ls)
if [ -z "$left" ] && [ -z "$(cd "$work/del-ref" && ls)" ]; then
    ok "deletion: both libraries removed every file (and the empty directory)"
else
    not_ok "deletion: both libraries removed every file (libdlt-ng left: $left)"
fi

# ---------------------------------------------------------------- where the reference crashes
STEPS=("head:NULL" "info:$F/small.txt/x" "complete:NULL:0:0" "end:$F/small.txt/x:0" "data:NULL:1:0")
both crash "" "$F" "$F" @STEPS@
ref_crashes=$(grep -c '^exit ' "$work/crash.ref.out")
ng_lines=$(grep -c -- ' -> -[3-7]00$' "$work/crash.ng.out")
if ! grep -q '^exit ' "$work/crash.ng.out" && [ "$ng_lines" -eq 5 ]; then
    ok "NULL file name / ENOTDIR: libdlt-ng returns the error code (the reference crashed $ref_crashes of 5 times)"
else
    not_ok "NULL file name / ENOTDIR: libdlt-ng returns the error code"
    sed 's/^/#   /' "$work/crash.ng.out"
fi
# Per step (segments start at the STEP message), the reference's messages
# before its crash are the first messages of libdlt-ng.
if "$PY" - "$work/crash.ref.norm" "$work/crash.ng.norm" <<'EOF'
import sys
def segments(path):
    segs = []
    for line in open(path).read().splitlines():
        if " 0002000005005354455000" in line:
            segs.append([])
        if segs:
            segs[-1].append(line)
    return segs
ref, ng = segments(sys.argv[1]), segments(sys.argv[2])
good = len(ref) == len(ng) == 5 and all(n[:len(r)] == r and len(r) >= 2 for r, n in zip(ref, ng))
sys.exit(0 if good else 1)
EOF
then
    ok "NULL file name / ENOTDIR: libdlt-ng sends what the reference sent before crashing, first"
else
    not_ok "NULL file name / ENOTDIR: libdlt-ng sends what the reference sent before crashing, first"
    diff "$work/crash.ref.norm" "$work/crash.ng.norm" | head -n 20 | cut -c1-200 | sed 's/^/#   /'
fi
# ...and then an FLER.
if [ "$(grep -c ' 0x21 [0-9]* 0x3d 000200000500464c4552' "$work/crash.ng.norm")" -eq 5 ]; then
    ok "NULL file name / ENOTDIR: libdlt-ng ends each failed call with an FLER"
else
    not_ok "NULL file name / ENOTDIR: libdlt-ng ends each failed call with an FLER"
fi

# ---------------------------------------------------------------- timing
# libdlt-ng alone, without a daemon (the messages wait in the ring).
mkdir -p "$work/nodaemon"
times=$(env -u LD_PRELOAD LD_LIBRARY_PATH="$ngdir" DLT_PIPE_DIR="$work/nodaemon" DLT_LOG_MODE=4 \
    DLT_NG_FLUSH_TIMEOUT_MS=100 ASAN_OPTIONS=detect_leaks=0 timeout 60 "$probe" \
    "complete:$F/f3000.bin:0:100" "data:$F/f3000.bin:2:150" "sleep:-:120" 2>/dev/null |
    sed -n 's/^.*(\([0-9]*\) ms)$/\1/p' | tr '\n' ' ')
read -r t_complete t_data t_sleep <<< "$times"
if [ "${t_complete:-0}" -ge 295 ] && [ "${t_complete:-0}" -lt 3000 ] &&
    [ "${t_data:-0}" -ge 145 ] && [ "${t_data:-0}" -lt 3000 ] &&
    [ "${t_sleep:-0}" -ge 115 ] && [ "${t_sleep:-0}" -lt 3000 ]; then
    ok "timeouts: 3 packages x 100 ms took $t_complete ms, one package + 150 ms $t_data ms, doTimeout(120) $t_sleep ms"
else
    not_ok "timeouts: 3 packages x 100 ms took ${t_complete:-?} ms (want ~300), data ${t_data:-?} (~150), doTimeout ${t_sleep:-?} (~120)"
fi

# ---------------------------------------------------------------- queue fill (no daemon)
# Upstream's checkUserBufferForFreeSpace says "no room" (-1) once its user
# buffer is more than half full; libdlt-ng uses its message ring.
out=$(env -u LD_PRELOAD LD_LIBRARY_PATH="$ngdir" DLT_PIPE_DIR="$work/nodaemon" DLT_LOG_MODE=4 \
    DLT_NG_RING_SIZE=131072 DLT_NG_FLUSH_TIMEOUT_MS=100 ASAN_OPTIONS=detect_leaks=0 \
    timeout 60 "$probe" room fill:-:100 2>/dev/null | sed 's/ ([0-9]* ms)$//')
if printf '%s\n' "$out" | grep -qx 'room -> check 1 rc 0 rc(NULL) -5 used<=total 1' &&
    printf '%s\n' "$out" | grep -qx 'fill:-:100 -> check -1 rc 0 rc(NULL) -5 used<=total 1'; then
    ok "checkUserBufferForFreeSpace: room when empty, none when the ring is more than half full"
else
    not_ok "checkUserBufferForFreeSpace: room when empty, none when the ring is more than half full"
    diag "$out"
fi
# A transfer waits for room instead of losing packages (upstream too): with
# no daemon, complete of a file larger than the ring does not return.
env -u LD_PRELOAD LD_LIBRARY_PATH="$ngdir" DLT_PIPE_DIR="$work/nodaemon" DLT_LOG_MODE=4 \
    DLT_NG_RING_SIZE=131072 DLT_NG_FLUSH_TIMEOUT_MS=100 ASAN_OPTIONS=detect_leaks=0 \
    timeout 2 "$probe" "complete:$F/big.bin:0:1" > /dev/null 2>&1
rc=$?
if [ "$rc" -eq 124 ]; then
    ok "complete waits while the ring is more than half full (no daemon: still waiting after 2 s)"
else
    not_ok "complete waits while the ring is more than half full (exit $rc, want the timeout's 124)"
fi

# ---------------------------------------------------------------- overall
if [ "$(grep -c . "$work/probe.ng.out")" -ge 80 ]; then
    ok "ft-probe ran all steps on libdlt-ng ($(grep -c . "$work/probe.ng.out") lines)"
else
    not_ok "ft-probe ran all steps on libdlt-ng"
fi
if ! grep -q '^exit ' "$work/probe.ng.out" "$work/delete.ng.out"; then
    ok "no probe process failed on libdlt-ng"
else
    not_ok "no probe process failed on libdlt-ng"
    grep '^exit ' "$work/probe.ng.out" "$work/delete.ng.out" | sed 's/^/#   /'
fi

finish_tap
