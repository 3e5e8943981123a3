#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: TAP test - every public header compiles on its own (C and C++).
#
# For each include/dlt/*.h a translation unit containing only that header is
# compiled as C (c99 and gnu11, -pedantic) and as C++ (c++11 and c++17),
# always with -Wall -Wextra -Werror.  Further units include all headers
# (twice, to exercise the include guards) and use the <dlt/...> spelling.
#
# Environment: abs_top_srcdir (default: two levels above this script),
#              CC (default gcc), CXX (default g++), CFLAGS/CXXFLAGS (extra).

set -u

if [ -z "${abs_top_srcdir:-}" ]; then
    abs_top_srcdir=$(cd "$(dirname "$0")/../.." && pwd)
fi
# shellcheck source=tests/integration/tap.sh
. "$abs_top_srcdir/tests/integration/tap.sh"
CC=${CC:-gcc}
CXX=${CXX:-g++}
incdir="$abs_top_srcdir/include/dlt"

tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/dlt-ng-hdr.XXXXXX") || exit 99
trap 'rm -rf "$tmpdir"' EXIT INT TERM

headers=$(cd "$incdir" && ls -1 *.h 2>/dev/null | LC_ALL=C sort)
if [ -z "$headers" ]; then
    echo "1..0 # SKIP no headers found in $incdir"
    exit 0
fi

c_stds="c99 gnu11"
cxx_stds="c++11 c++17"
n_hdr=$(echo "$headers" | wc -l)
# per header: 2 C + 2 C++; all-in-one: 2 C + 2 C++; <dlt/...> spelling: 1 C + 1 C++;
# exported level check: 2 C + 2 C++; SPDX: 1
total=$((n_hdr * 4 + 4 + 2 + 4 + 1))
echo "1..$total"


compile_c() { # std source description
    $CC -std="$1" -Wall -Wextra -Werror -pedantic ${CFLAGS:-} \
        -I"$incdir" -I"$abs_top_srcdir/include" \
        -c "$2" -o "$tmpdir/out.o" >"$tmpdir/log" 2>&1
    report $? "$3 [C $1]" "$tmpdir/log"
}

compile_cxx() { # std source description
    $CXX -std="$1" -Wall -Wextra -Werror ${CXXFLAGS:-} \
        -I"$incdir" -I"$abs_top_srcdir/include" \
        -c "$2" -o "$tmpdir/out.o" >"$tmpdir/log" 2>&1
    report $? "$3 [C++ $1]" "$tmpdir/log"
}

# A declaration after the include keeps macro-only headers from producing an
# empty translation unit (which -pedantic rejects).
for h in $headers; do
    src_c="$tmpdir/single.c"
    src_cxx="$tmpdir/single.cc"
    printf '#include <%s>\ntypedef int dlt_ng_header_test_t;\n' "$h" >"$src_c"
    cp "$src_c" "$src_cxx"
    for s in $c_stds; do compile_c "$s" "$src_c" "$h standalone"; done
    for s in $cxx_stds; do compile_cxx "$s" "$src_cxx" "$h standalone"; done
done

# every header, in order, twice
all_c="$tmpdir/all.c"
: >"$all_c"
for pass in 1 2; do
    for h in $headers; do printf '#include <%s>\n' "$h" >>"$all_c"; done
done
printf 'typedef int dlt_ng_header_test_t;\n' >>"$all_c"
cp "$all_c" "$tmpdir/all.cc"
for s in $c_stds; do compile_c "$s" "$all_c" "all headers together (twice)"; done
for s in $cxx_stds; do compile_cxx "$s" "$tmpdir/all.cc" "all headers together (twice)"; done

# the <dlt/...> spelling with only the parent include directory on the path
sub_c="$tmpdir/subdir.c"
: >"$sub_c"
for h in $headers; do printf '#include <dlt/%s>\n' "$h" >>"$sub_c"; done
printf 'typedef int dlt_ng_header_test_t;\n' >>"$sub_c"
cp "$sub_c" "$tmpdir/subdir.cc"
$CC -std=gnu11 -Wall -Wextra -Werror ${CFLAGS:-} -I"$abs_top_srcdir/include" \
    -c "$sub_c" -o "$tmpdir/out.o" >"$tmpdir/log" 2>&1
report $? "<dlt/...> spelling with -I include only [C gnu11]" "$tmpdir/log"
$CXX -std=c++17 -Wall -Wextra -Werror ${CXXFLAGS:-} -I"$abs_top_srcdir/include" \
    -c "$tmpdir/subdir.cc" -o "$tmpdir/out.o" >"$tmpdir/log" 2>&1
report $? "<dlt/...> spelling with -I include only [C++ c++17]" "$tmpdir/log"

# DLT_NG_EXPORTED_IS_LOGLEVEL_ENABLED turns the inline level check into a
# plain declaration that the library can define (as it does for its export).
exp_c="$tmpdir/exported.c"
cat >"$exp_c" <<'EOF_SRC'
#define DLT_NG_EXPORTED_IS_LOGLEVEL_ENABLED 1
#include <dlt.h>
#if !defined(LIBDLT_NG) || !defined(LIBDLT_NG_VERSION)
#error "libdlt-ng identification macros missing"
#endif
#ifdef __cplusplus
extern "C"
#endif
DltReturnValue dlt_user_is_logLevel_enabled(DltContext *handle, DltLogLevelType loglevel)
{
    if ((loglevel < DLT_LOG_DEFAULT) || (loglevel >= DLT_LOG_MAX))
        return DLT_RETURN_WRONG_PARAMETER;
    if ((handle == NULL) || (handle->log_level_ptr == NULL))
        return DLT_RETURN_WRONG_PARAMETER;
    return ((loglevel != DLT_LOG_OFF) && ((int)loglevel <= (int)*handle->log_level_ptr))
           ? DLT_RETURN_TRUE : DLT_RETURN_LOGGING_DISABLED;
}
EOF_SRC
cp "$exp_c" "$tmpdir/exported.cc"
for s in $c_stds; do compile_c "$s" "$exp_c" "exported dlt_user_is_logLevel_enabled variant"; done
for s in $cxx_stds; do compile_cxx "$s" "$tmpdir/exported.cc" "exported dlt_user_is_logLevel_enabled variant"; done

# every header starts with the SPDX tag
: >"$tmpdir/log"
spdx_ok=0
for h in $headers; do
    if [ "$(head -n 1 "$incdir/$h")" != "/* SPDX-License-Identifier: MPL-2.0 */" ]; then
        echo "$h: first line is not the SPDX tag" >>"$tmpdir/log"
        spdx_ok=1
    fi
done
report $spdx_ok "every header starts with the SPDX line" "$tmpdir/log"

[ "$n_fail" -eq 0 ]
