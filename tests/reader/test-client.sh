#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: dlt_client.h and dlt_receiver_* side by side with the reference.
#
#  1. client-probe (every setter, connect, every control sender and query,
#     cleanup) runs once on each library against a listener on [::1]; the
#     return codes and the bytes the listener got must be the same (the
#     uptime stamp in each message masked).
#  2. The unmodified /usr/bin/dlt-receive runs on libdlt-ng against a private
#     daemon (tests/integration/dltd.sh: ::1 only, no UDP, private dir and
#     port), next to the reference dlt-receive that dltd.sh starts (always
#     WITHOUT LD_LIBRARY_PATH) and a reference dlt-receive -a; while
#     wire-probe logs every argument writer, one ng dlt-receive writes a
#     file (-o) and one prints (-a).  The messages must be the same (all but
#     the receive times, and the daemon's per-connection notices); so must
#     what python3-dlt's own client (pyclient.py) receives on each library.
#  3. loginfo-probe (the GET_LOG_INFO text parser and its helpers) prints the
#     same on both libraries, and the unmodified /usr/bin/dlt-control, run
#     on each library in turn against a private daemon with an upstream
#     example application registered, prints the same for every command.
set -u
src=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
# shellcheck source=tests/integration/tap.sh
. "$src/tests/integration/tap.sh"
# shellcheck source=tests/integration/dltd.sh
. "$src/tests/integration/dltd.sh"
PY=$DLTD_PY
dltd_need_stage
build=${abs_top_builddir:-.}
probe=$(dltd_bin "$build/tests/reader/client-probe")
liprobe=$(dltd_bin "$build/tests/reader/loginfo-probe")
control=/usr/bin/dlt-control
app=/usr/lib/libdlt-examples/dlt-example-user
wireprobe=$(dltd_bin "$build/tests/wire/wire-probe")
receive=/usr/bin/dlt-receive
work=$(mktemp -d "${TMPDIR:-/tmp}/client.XXXXXX")
pids=()
# shellcheck disable=SC2317 # invoked by the EXIT trap
cleanup() {
    local p
    for p in "${pids[@]}"; do _dltd_kill "$p"; done
    dltd_cleanup
    [ -n "${KEEP-}" ] || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
dltd_reference_libdir "$work/ref"
ref=$work/ref
ng=$STAGE_DIR/lib
# Sanitizer builds: the uninstrumented tools need the runtime of the
# instrumented libdlt-ng loaded first (empty otherwise).
preload=$(dltd_sanitizer_preload)
pre_for() { [ "$1" = "$ng" ] && echo "$preload"; return 0; }
# The reference's own bugs are not ours to report.
quiet_for() { [ "$1" = "$ref" ] && echo "TSAN_OPTIONS=report_bugs=0"; return 0; }
stdbuf_so=
for f in /usr/libexec/coreutils/libstdbuf.so /usr/lib/*/coreutils/libstdbuf.so; do
    [ -e "$f" ] && stdbuf_so=$f && break
done
mask() { sed -E 's/\[ *[0-9]+\.[0-9]+\]~DLT~ *[0-9]+~/[time]~DLT~pid~/g'; }

echo "1..10"
if ! dltd_reference_lib >/dev/null || [ ! -x "$receive" ]; then
    bail "reference library or $receive missing (packages libdlt2, dlt-tools)"
fi

# ---- 1: client-probe against a listener ----
# listen OUT: a one-connection listener on [::1] writing what it gets to OUT;
# prints its port.
cat > "$work/listen.py" <<'EOF'
import socket, sys
s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
s.bind(("::1", 0))
s.listen(1)
s.settimeout(30)
print(s.getsockname()[1], flush=True)
c, _ = s.accept()
c.settimeout(30)
data = b""
while True:
    b = c.recv(65536)
    if not b:
        break
    data += b
open(sys.argv[1], "wb").write(data)
EOF
probe_run() {
    local side=$1 lib=$2 port i
    rm -f "$work/port-$side"
    "$PY" "$work/listen.py" "$work/got-$side" > "$work/port-$side" &
    local lpid=$!
    for i in $(seq 1 100); do [ -s "$work/port-$side" ] && break; sleep 0.05; done
    port=$(cat "$work/port-$side")
    # shellcheck disable=SC2046 # word splitting wanted
    env -u LD_PRELOAD -u DLT_LOG_MODE ASAN_OPTIONS=detect_leaks=0 $(quiet_for "$lib") \
        LD_LIBRARY_PATH="$lib" timeout 30 "$probe" "$port" 2>&1 | mask |
        sed -E 's/^(init_port rc=.* port=)[0-9]+/\1PORT/' > "$work/probe-$side.txt"
    wait "$lpid"
}
probe_run ref "$ref"
probe_run ng "$ng"
lines=$(wc -l < "$work/probe-ref.txt")
if [ "$lines" -gt 20 ] && diff "$work/probe-ref.txt" "$work/probe-ng.txt" > "$work/diff"; then
    ok "client-probe: the same $lines return codes and diagnostics"
else
    not_ok "client-probe: the same return codes and diagnostics ($lines lines)"
    sed 's/^/# /' "$work/diff" | head -20
fi
# The messages as sent, each with its uptime stamp masked.
cat > "$work/msgs.py" <<'EOF'
import sys
def msgs(b):
    out, i = [], 0
    while i < len(b):
        if b[i:i + 4] == b"DLS\x01":
            out.append("DLS")
            i += 4
            continue
        ln = int.from_bytes(b[i + 2:i + 4], "big")
        m = bytearray(b[i:i + ln])
        if m[0] & 0x10:  # WTMS: after the ECU id (WEID) if any
            at = 4 + (4 if m[0] & 0x04 else 0) + (4 if m[0] & 0x08 else 0)
            m[at:at + 4] = b"TTTT"
        out.append(m.hex())
        i += max(ln, 1)
    return out
for line in msgs(open(sys.argv[1], "rb").read()):
    print(line)
EOF
"$PY" "$work/msgs.py" "$work/got-ref" > "$work/sent-ref.txt" 2>&1
"$PY" "$work/msgs.py" "$work/got-ng" > "$work/sent-ng.txt" 2>&1
sent=$(wc -l < "$work/sent-ref.txt")
if [ "$sent" -ge 17 ] && cmp -s "$work/sent-ref.txt" "$work/sent-ng.txt"; then
    ok "client-probe: the $sent control messages sent are byte-identical"
else
    not_ok "client-probe: the control messages sent are byte-identical ($sent)"
    diff "$work/sent-ref.txt" "$work/sent-ng.txt" | head -10 | sed 's/^/# /'
fi

# ---- 2: dlt-receive on libdlt-ng against a private daemon ----
if ! command -v dlt-daemon >/dev/null 2>&1 || [ ! -x "$wireprobe" ]; then
    for t in 3 4 5 6 7 8 9 10; do ok "dlt-receive # SKIP dlt-daemon or wire-probe missing"; done
    exit $((n_fail > 0))
fi
if ! dltd_start || ! dltd_receive_start "$work/ref.dlt"; then
    bail "private dlt-daemon or reference dlt-receive did not start"
fi
start_receiver() { # LIBDIR OUT ARGS...
    local lib=$1 out=$2
    shift 2
    local pre
    pre=$(pre_for "$lib")
    # -a prints through stdio and is stopped with TERM: line buffering.
    if [ -n "$pre" ]; then
        # stdbuf by hand: the sanitizer runtime must come first in LD_PRELOAD
        env -u LD_PRELOAD LD_PRELOAD="$pre $stdbuf_so" _STDBUF_O=L ASAN_OPTIONS=detect_leaks=0 \
            LD_LIBRARY_PATH="$lib" "$receive" "$@" -p "$DLTD_PORT" ::1 > "$out" 2>&1 < /dev/null &
    else
        env -u LD_PRELOAD ASAN_OPTIONS=detect_leaks=0 TSAN_OPTIONS=report_bugs=0 \
            LD_LIBRARY_PATH="$lib" stdbuf -oL "$receive" "$@" -p "$DLTD_PORT" ::1 > "$out" 2>&1 \
            < /dev/null &
    fi
    pids+=($!)
}
start_receiver "$ng" "$work/ng-o.log" -o "$work/ng.dlt"
start_receiver "$ng" "$work/ng-a.txt" -a
start_receiver "$ref" "$work/ref-a.txt" -a
# python3-dlt's client on each library; it ends when the daemon closes.
pypids=()
for side in ref ng; do
    lib=$ref
    [ "$side" = ng ] && lib=$ng
    pre=$(pre_for "$lib")
    env -u LD_PRELOAD ${pre:+LD_PRELOAD=$pre} ASAN_OPTIONS=detect_leaks=0 $(quiet_for "$lib") \
        LD_LIBRARY_PATH="$lib" timeout 180 \
        "$PY" "$src/tests/reader/pyclient.py" "$DLTD_PORT" > "$work/py-$side.txt" 2>&1 < /dev/null &
    pypids+=($!)
done
# All connected: the daemon tells every client about each connection (up to 60 s:
# a sanitizer-instrumented python3 starts slowly while other tests run).
for i in $(seq 1 1200); do
    [ "$(_dltd_port_clients "$DLTD_PORT")" -ge 6 ] && break
    sleep 0.05
done
alive=0
for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=$((alive + 1)); done
if [ "$alive" -eq 3 ] && [ "$(_dltd_port_clients "$DLTD_PORT")" -ge 6 ]; then
    ok "dlt-receive on libdlt-ng connects to the daemon on [::1] (-o and -a)"
else
    not_ok "dlt-receive on libdlt-ng connects to the daemon ($alive of 3 receivers alive)"
    sed 's/^/# /' "$work/ng-o.log" | head -5
fi
env -u LD_PRELOAD DLT_LOG_MODE=4 LD_LIBRARY_PATH="$ref" DLT_PIPE_DIR="$DLTD_DIR" \
    ASAN_OPTIONS=detect_leaks=0 TSAN_OPTIONS=report_bugs=0 timeout 120 \
    "$wireprobe" -m main > "$work/wire-probe.out" 2>&1
dltd_receive_stop
for p in "${pids[@]}"; do _dltd_kill "$p"; done
pids=()
dltd_stop
for p in "${pypids[@]}"; do wait "$p"; done

# Messages as text without the receive time, index and the daemon's
# connection notices (their order depends on who connected first).
strip() {
    sed -E 's/^([0-9]+ )?[0-9]{4}\/[0-9]{2}\/[0-9]{2} [0-9:.]+ //' |
        grep -av ' DLTD INTM \| DA1- DC1- control response N 1 \[service(3842)'
}
/usr/bin/dlt-convert -a "$work/ref.dlt" 2>&1 | strip > "$work/ref.txt"
/usr/bin/dlt-convert -a "$work/ng.dlt" 2>&1 | strip > "$work/ng.txt"
msgs=$(wc -l < "$work/ref.txt")
if [ "$msgs" -gt 500 ] && cmp -s "$work/ref.txt" "$work/ng.txt"; then
    ok "dlt-receive -o on libdlt-ng stored the same $msgs messages as the reference dlt-receive"
else
    not_ok "dlt-receive -o on libdlt-ng stored the same messages as the reference ($msgs)"
    diff -a "$work/ref.txt" "$work/ng.txt" | head -10 | cut -c1-200 | sed 's/^/# /'
fi
# The stored bytes too: storage header ECU and message, times aside.
cat > "$work/strip.py" <<'EOF'
import sys
b = open(sys.argv[1], "rb").read()
i = 0
while i + 20 <= len(b):
    ln = int.from_bytes(b[i + 18:i + 20], "big")
    m = b[i + 16:i + 16 + ln]
    h = m[0]
    at = 4 + (4 if h & 0x04 else 0) + (4 if h & 0x08 else 0) + (4 if h & 0x10 else 0)
    apid = m[at + 2:at + 6] if h & 0x01 else b""
    if apid not in (b"DLTD", b"DA1\0"):  # the daemon's per-connection notices
        print(b[i + 12:i + 16].hex(), m.hex())
    i += 16 + max(ln, 4)
EOF
"$PY" "$work/strip.py" "$work/ref.dlt" > "$work/ref.bytes"
"$PY" "$work/strip.py" "$work/ng.dlt" > "$work/ng.bytes"
if [ -s "$work/ref.bytes" ] && cmp -s "$work/ref.bytes" "$work/ng.bytes"; then
    ok "dlt-receive -o on libdlt-ng: the stored messages are byte-identical ($(wc -l < "$work/ng.bytes"))"
else
    not_ok "dlt-receive -o on libdlt-ng: the stored messages are byte-identical"
fi
strip < "$work/ref-a.txt" > "$work/ref-a.cut"
strip < "$work/ng-a.txt" > "$work/ng-a.cut"
lines=$(wc -l < "$work/ref-a.cut")
if [ "$lines" -gt 500 ] && cmp -s "$work/ref-a.cut" "$work/ng-a.cut"; then
    ok "dlt-receive -a on libdlt-ng printed the same $lines lines as on the reference"
else
    not_ok "dlt-receive -a on libdlt-ng printed the same lines as on the reference ($lines)"
    diff -a "$work/ref-a.cut" "$work/ng-a.cut" | head -10 | cut -c1-200 | sed 's/^/# /'
fi

pylines=$(grep -c . "$work/py-ref.txt")
if [ "$pylines" -gt 500 ] && grep -q '^disconnected' "$work/py-ng.txt" &&
    cmp -s "$work/py-ref.txt" "$work/py-ng.txt"; then
    ok "python3-dlt's client on libdlt-ng received the same $pylines lines as on the reference"
else
    not_ok "python3-dlt's client on libdlt-ng received the same lines as on the reference ($pylines)"
    diff -a "$work/py-ref.txt" "$work/py-ng.txt" | head -10 | cut -c1-200 | sed 's/^/# /'
fi

# ---- 3: GET_LOG_INFO parsing and dlt-control ----
for side in ref ng; do
    lib=$ref
    [ "$side" = ng ] && lib=$ng
    # shellcheck disable=SC2046 # word splitting wanted
    env -u LD_PRELOAD -u DLT_LOG_MODE ASAN_OPTIONS=detect_leaks=0 $(quiet_for "$lib") \
        LD_LIBRARY_PATH="$lib" timeout 30 "$liprobe" 2>&1 | mask > "$work/loginfo-$side.txt"
done
lines=$(wc -l < "$work/loginfo-ref.txt")
if [ "$lines" -gt 60 ] && diff "$work/loginfo-ref.txt" "$work/loginfo-ng.txt" > "$work/diff"; then
    ok "loginfo-probe: the GET_LOG_INFO parser and helpers give the same $lines lines"
else
    not_ok "loginfo-probe: the GET_LOG_INFO parser and helpers give the same lines ($lines)"
    sed 's/^/# /' "$work/diff" | head -20
fi
if ! dltd_start; then
    bail "private dlt-daemon did not start"
fi
env -u LD_PRELOAD DLT_LOG_MODE=4 LD_LIBRARY_PATH="$ref" DLT_PIPE_DIR="$DLTD_DIR" timeout 60 \
    "$app" -n 600 -d 50 hello > /dev/null 2>&1 &
pids+=($!)
ctl() { # LIBDIR ARGS...: dlt-control on that library, output masked
    local lib=$1
    shift
    local pre
    pre=$(pre_for "$lib")
    # shellcheck disable=SC2046 # word splitting wanted
    env -u LD_PRELOAD -u DLT_LOG_MODE ${pre:+LD_PRELOAD=$pre} ASAN_OPTIONS=detect_leaks=0 \
        $(quiet_for "$lib") LD_LIBRARY_PATH="$lib" timeout 20 "$control" "$@" -t 500 \
        -p "$DLTD_PORT" ::1 2>&1 | mask
}
for i in $(seq 1 100); do
    ctl "$ref" -j | grep -q '^APID:LOG' && break
    sleep 0.1
done
: > "$work/ctl-ref.txt"
: > "$work/ctl-ng.txt"
# Each command runs on the reference, then on libdlt-ng, so both see the
# daemon in the same state.
while IFS= read -r line; do
    eval "set -- $line"
    { echo "--- $line"; ctl "$ref" "$@"; } >> "$work/ctl-ref.txt"
    { echo "--- $line"; ctl "$ng" "$@"; } >> "$work/ctl-ng.txt"
done <<'CMDS'
-j
-k
-l 4 -a LOG -c TEST
-j
-r 1 -a LOG -c TEST
-j
-l 2 -a LOG
-j
-l 5
-d 3
-f 1
-i 1
-o
-s 4096 -m hi -a LOG -c TEST
-s 4097 -x 'ad 01 24 ef' -a LOG -c TEST
-j
-g
CMDS
_dltd_kill "${pids[0]}"
pids=()
dltd_stop
lines=$(wc -l < "$work/ctl-ref.txt")
if [ "$lines" -gt 40 ] && diff "$work/ctl-ref.txt" "$work/ctl-ng.txt" > "$work/diff"; then
    ok "dlt-control on libdlt-ng prints the same $lines lines as on the reference (17 commands)"
else
    not_ok "dlt-control on libdlt-ng prints the same lines as on the reference ($lines)"
    sed 's/^/# /' "$work/diff" | head -20
fi
if grep -q '^CTID:TEST  2  1 Test Context for Logging' "$work/ctl-ng.txt"; then
    ok "dlt-control -j on libdlt-ng shows the levels it set (TEST: level 2, trace status 1)"
else
    not_ok "dlt-control -j on libdlt-ng shows the levels it set"
    grep 'CTID:TEST' "$work/ctl-ng.txt" | sed 's/^/# /'
fi
[ "$n_fail" -eq 0 ]
