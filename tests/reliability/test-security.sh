#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# Reliability 9: security.
#  - the app's own FIFO (dltpipes/dlt<pid>) is a FIFO owned by the process's
#    user with no permission for others; every descriptor the library opens
#    is close-on-exec;
#  - a symlink planted as the daemon FIFO (DLT_PIPE_DIR/dlt -> a regular
#    file) is never followed: the file stays untouched;
#  - in a setuid process every environment variable is ignored (secure_getenv):
#    a setuid-nobody copy of rel-app run by root does not obey
#    DLT_LOCAL_PRINT_MODE=FORCE_ON, which the plain copy does.
. "${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/reliability/rel.sh"

mkdir -p "$work/nodaemon"
dltd_start || bail "cannot start dlt-daemon"
run_app "$work/fifo.out" -- seq -a SECU -n 100 -d 10000 &
app=$!
sleep 0.4
leaf=$(leaf_pid $app)
fifo=$DLTD_DIR/dltpipes/dlt$leaf
perm=$(stat -c '%F %a %u' "$fifo" 2>/dev/null)
diag "$fifo: $perm"
read -r ftype fmode fuid <<<"${perm:-none 777 -1}"
check "the app FIFO is a FIFO of uid $(id -u) without permissions for others ($perm)" \
    '[ "$ftype" = fifo ] && [ "$fuid" = "$(id -u)" ] && [ $((0$fmode & 7)) -eq 0 ]'
noexec=0
nfds=0
for fdinfo in /proc/"$leaf"/fdinfo/*; do
    fd=${fdinfo##*/}
    [ "$fd" -le 2 ] && continue
    target=$(readlink "/proc/$leaf/fd/$fd" 2>/dev/null) || continue
    # Only the library's own: its FIFO(s) and its eventfd (not the harness's).
    case $target in "$DLTD_DIR"/*|anon_inode:*) ;; *) continue ;; esac
    flags=$(sed -n 's/^flags:[[:space:]]*//p' "$fdinfo")
    nfds=$((nfds + 1))
    if [ $((0$flags & 02000000)) -eq 0 ]; then noexec=$((noexec + 1)); diag "fd $fd ($target) lacks O_CLOEXEC"; fi
done
check "all $nfds descriptors of the library (daemon FIFO, own FIFO, eventfd) are close-on-exec" \
    '[ "$nfds" -ge 3 ] && [ "$noexec" -eq 0 ]'
wait $app
dltd_stop

mkdir -p "$work/trap"
: >"$work/victim"
ln -s "$work/victim" "$work/trap/dlt"
DLTD_DIR=$work/trap run_app "$work/trap.out" DLT_NG_FLUSH_TIMEOUT_MS=300 -- seq -a SECU -n 10
check "a symlink in place of the daemon FIFO is not followed (victim size $(stat -c %s "$work/victim"))" \
    '[ ! -s "$work/victim" ]'

if [ "$(id -u)" -ne 0 ]; then
    skip "setuid: needs root to make a setuid-nobody copy"
elif [ -n "$REL_SANPRE" ]; then
    skip "setuid: a sanitizer runtime cannot be preloaded into a setuid program"
elif [ -e /tmp/dlt ]; then
    skip "setuid: /tmp/dlt exists (a setuid program would talk to that daemon)"
else
    mkdir -p "$work/suid" && chmod 755 "$work" "$work/suid"
    cp "$REL_APP" "$work/suid/rel-app" && chown nobody "$work/suid/rel-app" && chmod 4755 "$work/suid/rel-app"
    had_pipes=0; [ -d /tmp/dltpipes ] && had_pipes=1
    envs=(DLT_LOCAL_PRINT_MODE=FORCE_ON DLT_PIPE_DIR="$work/nodaemon")
    env "${envs[@]}" timeout 30 "$REL_APP" seq -a SUID -n 1 -T 100 >"$work/plain.out" 2>&1
    env "${envs[@]}" timeout 30 "$work/suid/rel-app" seq -a SUID -n 1 -T 100 >"$work/suid.out" 2>&1
    [ $had_pipes = 0 ] && rmdir /tmp/dltpipes 2>/dev/null
    diag_file "$work/plain.out" 3; diag_file "$work/suid.out" 3
    if ! grep -q '^ACCOUNT' "$work/suid.out"; then
        skip "setuid: the setuid copy did not run (nosuid mount?)"
    else
        check "the plain copy obeys DLT_LOCAL_PRINT_MODE=FORCE_ON" grep -q ' SUID C000 log info ' "$work/plain.out"
        check "the setuid copy ignores the environment (no local print)" '! grep -q " SUID C000 " "$work/suid.out"'
    fi
fi
finish_tap
