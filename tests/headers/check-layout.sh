#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: TAP test - the libdlt-ng headers are ABI/API identical to the reference DLT 2.18.8 headers.
#
# layout-dump.c is built and run twice per configuration: against the
# reference headers in /usr/include/dlt (Debian libdlt-dev 2.18.8) and
# against include/dlt of this tree.  The two outputs (struct layouts,
# constants, macro presence and behaviour; in C++ also member types,
# prototypes and data object types) must be identical.  A second check
# compares the C prototypes of every declared function as gcc -aux-info
# prints them (this also sees "()" versus "(void)" declarators).
#
# Without the reference headers every test is reported as skipped.
#
# Environment: abs_top_srcdir (default: two levels above this script),
#              CC (default gcc), CXX (default g++),
#              DLT_REFERENCE_INCDIR (default /usr/include/dlt).

set -u

if [ -z "${abs_top_srcdir:-}" ]; then
    abs_top_srcdir=$(cd "$(dirname "$0")/../.." && pwd)
fi
# shellcheck source=tests/integration/tap.sh
. "$abs_top_srcdir/tests/integration/tap.sh"
CC=${CC:-gcc}
CXX=${CXX:-g++}
refdir=${DLT_REFERENCE_INCDIR:-/usr/include/dlt}
ourdir="$abs_top_srcdir/include/dlt"
dump_src="$abs_top_srcdir/tests/headers/layout-dump.c"

ref_inc="-I$refdir -I$(dirname "$refdir")"
# The inline level check of libdlt-ng's DLT_LOG* is switched off here: the
# dump calls the macros against mock functions that ignore the level byte,
# and compares the call sequence with 2.18.8's expansion.  The check itself
# is tested in tests/macros.
our_inc="-I$ourdir -I$abs_top_srcdir/include -DDLT_NG_NO_INLINE_LEVEL_CHECK"

# configurations: name|C flags|C++ flags
configs='default|-std=gnu11|-std=gnu++17
strict-iso|-std=c99|-std=c++11
fifo-ipc+unit-tests|-std=gnu11 -DDLT_LIB_USE_FIFO_IPC -DDLT_UNIT_TESTS|-std=gnu++17 -DDLT_DAEMON_USE_FIFO_IPC -DDLT_UNIT_TESTS
shm+test+systemd|-std=gnu11 -DDLT_SHM_ENABLE -DDLT_TEST_ENABLE -DDLT_SYSTEMD_ENABLE -DDLT_SYSTEMD_WATCHDOG_ENABLE|-std=gnu++14 -DDLT_SHM_ENABLE -DDLT_TEST_ENABLE -DDLT_SYSTEMD_ENABLE -DDLT_SYSTEMD_WATCHDOG_ENABLE
socket-ipc+ipv6|-std=gnu11 -DDLT_LIB_USE_UNIX_SOCKET_IPC -DDLT_USE_IPv6|-std=gnu++17 -DDLT_LIB_USE_VSOCK_IPC -DDLT_USE_IPv6'

n_configs=$(printf '%s\n' "$configs" | wc -l)
total=$((n_configs * 2 + 1))
echo "1..$total"


if [ ! -f "$refdir/dlt.h" ]; then
    i=0
    while [ $i -lt $total ]; do
        i=$((i + 1))
        echo "ok $i - layout comparison # SKIP reference headers not found in $refdir"
    done
    exit 0
fi

tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/dlt-ng-layout.XXXXXX") || exit 99
trap 'rm -rf "$tmpdir"' EXIT INT TERM

# build_and_run compiler lang flags incflags output -> status
build_and_run() {
    # shellcheck disable=SC2086
    if ! $1 -x "$2" $3 -w $4 "$dump_src" -o "$tmpdir/dump.bin" -pthread >"$tmpdir/build.log" 2>&1; then
        { echo "compilation failed ($1 $2 $3 $4):"; cat "$tmpdir/build.log"; } >"$5"
        return 1
    fi
    if ! "$tmpdir/dump.bin" >"$5" 2>"$tmpdir/run.log"; then
        { echo "dump program failed:"; cat "$tmpdir/run.log"; } >>"$5"
        return 1
    fi
    return 0
}

compare() { # name compiler lang flags
    st=0
    build_and_run "$2" "$3" "$4" "$ref_inc" "$tmpdir/ref.out" || st=1
    build_and_run "$2" "$3" "$4" "$our_inc" "$tmpdir/our.out" || st=1
    if [ $st -ne 0 ]; then
        cat "$tmpdir/ref.out" "$tmpdir/our.out" >"$tmpdir/diff" 2>/dev/null
    elif ! diff -u "$tmpdir/ref.out" "$tmpdir/our.out" >"$tmpdir/diff" 2>&1; then
        st=1
    else
        lines=$(wc -l <"$tmpdir/our.out")
        printf 'compared %s lines\n' "$lines" >"$tmpdir/diff"
    fi
    report $st "layout dump identical: $1 [$3 $4]" "$tmpdir/diff"
}

printf '%s\n' "$configs" >"$tmpdir/configs"
while IFS='|' read -r name cflags cxxflags; do
    compare "$name" "$CC" c "$cflags"
    compare "$name" "$CXX" c++ "$cxxflags"
done <"$tmpdir/configs"

# C prototypes as seen by gcc -aux-info (skipped for compilers without it)
all="$tmpdir/all.c"
for h in dlt.h dlt_common.h dlt_user.h dlt_user_macros.h dlt_protocol.h dlt_types.h dlt_version.h \
         dlt_client.h dlt_filetransfer.h dlt_common_api.h dlt_shm.h dlt_offline_trace.h; do
    printf '#include <%s>\n' "$h"
done >"$all"
printf 'typedef int dlt_ng_unused_t;\n' >>"$all"
if $CC -std=gnu11 -aux-info "$tmpdir/probe.aux" -c "$all" $our_inc -o "$tmpdir/probe.o" >/dev/null 2>&1; then
    proto_list() { # incflags dir output
        # shellcheck disable=SC2086
        $CC -std=gnu11 -DDLT_LIB_USE_FIFO_IPC -DDLT_TEST_ENABLE -aux-info "$tmpdir/x.aux" -c "$all" $1 \
            -o "$tmpdir/x.o" >/dev/null 2>&1 || return 1
        grep -F "/* $2/" "$tmpdir/x.aux" | sed -E 's@^/\* [^:]*:[0-9]+:([A-Z]+) \*/@\1@' | LC_ALL=C sort >"$3"
        [ -s "$3" ]
    }
    st=0
    proto_list "$ref_inc" "$refdir" "$tmpdir/ref.proto" || st=1
    proto_list "$our_inc" "$ourdir" "$tmpdir/our.proto" || st=1
    if [ $st -eq 0 ]; then
        if diff -u "$tmpdir/ref.proto" "$tmpdir/our.proto" >"$tmpdir/diff" 2>&1; then
            printf 'compared %s prototypes\n' "$(wc -l <"$tmpdir/our.proto")" >"$tmpdir/diff"
        else
            st=1
        fi
    else
        echo "could not collect prototypes" >"$tmpdir/diff"
    fi
    report $st "C prototypes identical (gcc -aux-info)" "$tmpdir/diff"
else
    skip "C prototypes identical: $CC does not support -aux-info"
fi

[ "$n_fail" -eq 0 ]
