# shellcheck shell=bash
# SPDX-License-Identifier: MPL-2.0
# Shared set-up of the tests/control scripts, sourced after tap.sh and
# dltd.sh with $work (the test's scratch directory) set.
#
# control_app_setup APP NAME: the test program APP on both libraries.  Sets
#   bin      APP's ELF binary (a libtool wrapper is run once first, with no
#            daemon and "quit" on stdin, so that it relinks)
#   refdir   a directory holding only the reference libdlt.so.2
#   ngdir    libdlt-ng's staged library directory
#   preload  the sanitizer runtime to preload for libdlt-ng runs (or empty)
# and bails out (TAP) if the binary or the reference directory is missing.
# shellcheck disable=SC2034,SC2154 # sets the caller's globals, reads its $work
control_app_setup() {
    local app=$1 name=$2
    # shellcheck disable=SC2317 # invoked by dltd_elf_bin
    relink_app() { mkdir -p "$work/nodaemon"; echo quit | DLT_PIPE_DIR="$work/nodaemon" "$app"; }
    bin=$(dltd_elf_bin "$app" relink_app) || bail "no $name ELF binary found ($app)"
    refdir=$work/reflib
    dltd_reference_libdir "$refdir" || bail "cannot set up the reference library"
    ngdir=$STAGE_DIR/lib
    preload=$(dltd_sanitizer_preload)
}
