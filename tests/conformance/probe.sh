# SPDX-License-Identifier: MPL-2.0
# shellcheck shell=bash
# probe.sh: sourceable bash helpers for the side-by-side probe tests: one
# probe program, run once on the reference libdlt.so.2 and once on
# libdlt-ng, outputs compared.
#
#   . tests/conformance/probe.sh
#   probe_init api-probe [DIR]  # skips without a stage; sets $probe (built in
#                            # DIR, default tests/conformance), $work (removed
#                            # at exit unless KEEP=1), $work/ref
#   echo "1..N"
#   probe_require_reference  # "Bail out!" if the reference is missing
#   probe_env reference ...  # the environment words of a reference run
#   probe_mask FILE          # FILE with diagnostics' time and pid masked

probe_init() {
    local top=${abs_top_srcdir:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
    local dir=${2:-tests/conformance}
    # shellcheck source=tests/integration/dltd.sh
    . "$top/tests/integration/dltd.sh"
    dltd_need_stage
    # shellcheck disable=SC2034 # for the test that sources this file
    probe=$(dltd_bin "${abs_top_builddir:-.}/$dir/$1")
    work=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
    # shellcheck disable=SC2064 # expand $work now
    [ -n "${KEEP-}" ] || trap "rm -rf '$work'" EXIT
    dltd_reference_libdir "$work/ref"
}

probe_require_reference() {
    if ! dltd_reference_lib >/dev/null; then
        echo "Bail out! reference libdlt.so.2 missing (package libdlt-dev/libdlt2; or set REF_LIBDLT)"
        exit 1
    fi
}

# In sanitizer builds the probe is instrumented, and the reference's own bugs
# (leaks, a mutex unlocked that it does not hold) are not ours to report:
# "reference" silences the sanitizers for that run.
probe_env() {
    [ "${1-}" = reference ] && echo "ASAN_OPTIONS=detect_leaks=0 TSAN_OPTIONS=report_bugs=0"
    return 0
}

probe_mask() {
    sed -E 's/\[ *[0-9]+\.[0-9]+\]~DLT~ *[0-9]+~/[time]~DLT~pid~/g' "$1"
}
