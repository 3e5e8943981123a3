#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: ABI and install-tree checks of libdlt.so.2 (TAP).
#   identity: SONAME, only libc needed, no symbol versions, small static TLS
#   exports: exactly compat/libdlt.sym, all named as upstream names them
#   coverage: which dlt_user.h functions of the reference are still missing
#   install tree: headers and pkg-config module let an app build and run
set -u
src=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
stage=${STAGE_DIR:?STAGE_DIR must point at the install tree}
ref=${REF_LIBDLT:-/usr/lib/x86_64-linux-gnu/libdlt.so.2}
lib=$stage/lib/libdlt.so.2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# shellcheck source=tests/integration/tap.sh
. "$src/tests/integration/tap.sh"

echo "1..14"

check "installed libdlt.so.2 exists" test -e "$lib"
soname=$(readelf -d "$lib" | sed -n 's/.*SONAME.*\[\(.*\)\]/\1/p')
check "SONAME is libdlt.so.2 (got '$soname')" test "$soname" = libdlt.so.2
needed=$(readelf -d "$lib" | sed -n 's/.*NEEDED.*\[\(.*\)\]/\1/p' | tr '\n' ' ')
# A sanitizer build links the sanitizer runtimes, and its library can only
# be loaded by instrumented programs: those checks are for real builds.
sanitized=${SANITIZE_FLAGS:+1}
if [ -n "$sanitized" ]; then
    ok "needs libc only # SKIP sanitizer build (needs: $needed)"
else
    check "needs libc only, no C++ runtime (needs: $needed)" test "$needed" = "libc.so.6 "
fi
if readelf -V "$lib" | grep -q "Version definition"; then
    not_ok "no symbol version definitions (upstream has none)"
else
    ok "no symbol version definitions (upstream has none)"
fi
tls_hex=$(readelf -lW "$lib" | awk '$1 == "TLS" { print $6 }')
tls=$(( ${tls_hex:-0} ))
check "static TLS stays small enough for dlopen ($tls bytes <= 64)" test "$tls" -le 64

nm -D --defined-only "$lib" | awk '{ print $3 }' | sort > "$work/exported"
sed -n '/global:/,/local:/p' "$src/compat/libdlt.sym" | grep -o '[a-zA-Z_0-9]*;' | tr -d ';' |
    sort > "$work/listed"
if diff "$work/listed" "$work/exported" > "$work/diff"; then
    ok "exports are exactly compat/libdlt.sym ($(wc -l < "$work/exported") symbols)"
else
    not_ok "exports are exactly compat/libdlt.sym"; diag < "$work/diff"
fi

# Names we may export that 2.18.8 does not: our extension, and the function
# that 2.18.11 exports (apps built against newer headers import it).
printf '%s\n' dlt_get_overflow_count dlt_ng_get_block_timeout dlt_ng_get_overflow_mode dlt_ng_set_overflow_mode dlt_user_is_logLevel_enabled | sort > "$work/allowed"
if [ -e "$ref" ]; then
    nm -D --defined-only "$ref" | awk '{ print $3 }' | sort > "$work/reference"
    comm -23 "$work/exported" "$work/reference" | comm -23 - "$work/allowed" > "$work/invented"
    if [ -s "$work/invented" ]; then
        not_ok "every export is a reference export or an allowed extension"; diag < "$work/invented"
    else
        ok "every export is a reference export or an allowed extension"
    fi
    # The 101 dlt_user.h functions (reference exports declared in dlt_user.h).
    grep -o '\bdlt_[a-zA-Z0-9_]*[[:space:]]*(' /usr/include/dlt/dlt_user.h 2>/dev/null |
        tr -d '( \t' | sort -u | comm -12 - "$work/reference" > "$work/user_api"
    comm -23 "$work/user_api" "$work/exported" > "$work/missing"
    total=$(wc -l < "$work/user_api"); missing=$(wc -l < "$work/missing")
    if [ "$missing" -eq 0 ]; then
        ok "all $total dlt_user.h functions of the reference are exported"
    else
        not_ok "all $total dlt_user.h functions of the reference are exported ($missing missing)"
        { tr '\n' ' ' < "$work/missing"; echo; } | fold -s -w 100 | diag
    fi
else
    ok "every export is a reference export # SKIP no reference library"
    ok "dlt_user.h coverage # SKIP no reference library"
fi

check "headers installed under include/dlt" test -e "$stage/include/dlt/dlt.h" -a -e "$stage/include/dlt/dlt_user_macros.h"
pc_dir=$stage/lib/pkgconfig
check "pkg-config module automotive-dlt installed" test -e "$pc_dir/automotive-dlt.pc"

cat > "$work/app.c" <<'APP'
#include <dlt.h>
#include <dlt/dlt_ng.h>
#include <stdio.h>
DLT_DECLARE_CONTEXT(ctx)
int main(void)
{
    DLT_REGISTER_APP("PKGC", "pkg-config built app");
    DLT_REGISTER_CONTEXT(ctx, "MAIN", "main context");
    DLT_LOG(ctx, DLT_LOG_INFO, DLT_STRING("built with pkg-config"), DLT_UINT32(42));
    printf("overflow=%llu\n", (unsigned long long)dlt_get_overflow_count());
    DLT_UNREGISTER_CONTEXT(ctx);
    DLT_UNREGISTER_APP();
    return dlt_free() == DLT_RETURN_OK ? 0 : 1;
}
APP
# The tree is installed under a DESTDIR (STAGE_SYSROOT): tell pkg-config.
flags=$(PKG_CONFIG_PATH= PKG_CONFIG_LIBDIR="$pc_dir" PKG_CONFIG_SYSROOT_DIR="${STAGE_SYSROOT-}" \
        pkg-config --cflags --libs automotive-dlt)
# shellcheck disable=SC2086
if ${CC:-cc} ${SANITIZE_FLAGS-} -Wall -Werror -o "$work/app" "$work/app.c" $flags -Wl,-rpath,"$stage/lib" 2> "$work/cc.err"; then
    ok "an app builds with pkg-config --cflags --libs automotive-dlt ($flags)"
else
    not_ok "an app builds with pkg-config --cflags --libs automotive-dlt"; diag < "$work/cc.err"
fi
loaded=$(LD_TRACE_LOADED_OBJECTS=1 "$work/app" 2>/dev/null | awk '/libdlt.so.2/ { print $3 }')
check "the app loads the staged library ($loaded)" test "$loaded" = "$lib"
# No daemon here (private empty pipe dir): it must still start, log, and
# leave within the flush timeout.
pipes=$work/pipes; mkdir -p "$pipes"
start=$(date +%s%N)
out=$(DLT_PIPE_DIR=$pipes DLT_NG_FLUSH_TIMEOUT_MS=300 DLT_LOG_MODE=4 timeout 20 "$work/app" 2>&1); rc=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
if [ -n "$sanitized" ]; then
    ok "dlopen from python # SKIP sanitizer build"
else
    check "the staged library can be dlopen()ed (as python3-dlt does)" \
        python3 -c "import ctypes; ctypes.CDLL('$lib').dlt_get_log_state"
fi
check "the app runs without a daemon and exits 0 in ${ms} ms (< 3000)" test $rc -eq 0 -a $ms -lt 3000 -a "$out" = "overflow=0"
