#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: TAP test - the man pages.
#
#  (a) every symbol exported by compat/libdlt.sym (between "global:" and
#      "local:") has a page man/<symbol>.3;
#  (b) every full page (not a .so stub) formats without a single warning:
#      mandoc -T lint -W warning if mandoc is installed, otherwise
#      groff -mandoc -Tutf8 -ww -z;
#  (c) every .so stub is exactly one ".so manN/<page>.N" line whose target
#      exists in man/, is a full page, and lists the stub's name in NAME;
#  (d) dist_man_MANS in man/local.mk lists exactly the pages in man/.
#
# Environment: abs_top_srcdir (default: the parent of this script's
#              directory).

set -u

if [ -z "${abs_top_srcdir:-}" ]; then
    abs_top_srcdir=$(cd "$(dirname "$0")/.." && pwd)
fi
# shellcheck source=tests/integration/tap.sh
. "$abs_top_srcdir/tests/integration/tap.sh"
mandir="$abs_top_srcdir/man"
symfile="$abs_top_srcdir/compat/libdlt.sym"

tmpdir=$(mktemp -d "${TMPDIR:-/tmp}/dlt-ng-man.XXXXXX") || exit 99
trap 'rm -rf "$tmpdir"' EXIT INT TERM

if [ ! -r "$symfile" ] || [ ! -d "$mandir" ]; then
    echo "1..0 # SKIP $symfile or $mandir not found"
    exit 0
fi

# Exported names: identifiers ending in ';' between global: and local:.
symbols=$(sed -n '/^[[:space:]]*global:/,/^[[:space:]]*local:/p' "$symfile" |
    sed -n 's/^[[:space:]]*\([A-Za-z_][A-Za-z0-9_]*\)[[:space:]]*;.*/\1/p' |
    LC_ALL=C sort -u)

pages=$(cd "$mandir" && ls -1 *.[37] 2>/dev/null | LC_ALL=C sort)

is_stub() { # file
    head -n 1 "$1" | grep -q '^\.so '
}

full=""
stubs=""
for p in $pages; do
    if is_stub "$mandir/$p"; then
        stubs="$stubs $p"
    else
        full="$full $p"
    fi
done

count() { # words...
    echo $# # one per word
}
n_sym=$(count $symbols)
n_full=$(count $full)
n_stub=$(count $stubs)

if command -v mandoc >/dev/null 2>&1; then
    linter=mandoc
elif command -v groff >/dev/null 2>&1; then
    linter=groff
else
    linter=none
fi

echo "1..$((n_sym + n_full + n_stub + 1))"


# (a) a page for every exported symbol
for s in $symbols; do
    if [ -f "$mandir/$s.3" ]; then
        report 0 "page for exported symbol $s"
    else
        report 1 "page for exported symbol $s (man/$s.3 missing)"
    fi
done

# (b) lint every full page
log="$tmpdir/lint.log"
for p in $full; do
    case $linter in
    mandoc)
        mandoc -T lint -W warning "$mandir/$p" >"$log" 2>&1
        rc=$?
        ;;
    groff)
        (cd "$mandir" && groff -mandoc -Tutf8 -ww -z "$p") >"$log" 2>&1
        rc=$?
        ;;
    *)
        skip "lint $p: neither mandoc nor groff installed"
        continue
        ;;
    esac
    if [ "$rc" -eq 0 ] && [ ! -s "$log" ]; then
        report 0 "$linter lint $p"
    else
        [ -s "$log" ] || echo "exit status $rc" >"$log"
        report 1 "$linter lint $p" "$log"
    fi
done

# (c) every stub points at an existing full page that documents its name
for p in $stubs; do
    name=${p%.*}
    lines=$(grep -c '' "$mandir/$p")
    target=$(sed -n '1s/^\.so[[:space:]][[:space:]]*man[0-9]\/\([^[:space:]]*\)[[:space:]]*$/\1/p' "$mandir/$p")
    why=""
    if [ "$lines" -ne 1 ]; then
        why="more than one line"
    elif [ -z "$target" ]; then
        why="not of the form .so manN/page.N"
    elif [ ! -f "$mandir/$target" ]; then
        why="target man/$target does not exist"
    elif is_stub "$mandir/$target"; then
        why="target man/$target is itself a stub"
    elif ! sed -n '/^\.Sh NAME/,/^\.Sh /p' "$mandir/$target" |
            grep -q "^\.Nm $name\( ,\)*\$"; then
        why="man/$target does not list $name in NAME"
    fi
    if [ -z "$why" ]; then
        report 0 "stub $p -> $target"
    else
        report 1 "stub $p: $why"
    fi
done

# (d) man/local.mk lists exactly the pages present
listed=$(sed -n '/^dist_man_MANS[[:space:]]*=/,/# EOL/p' "$mandir/local.mk" |
    sed -n 's/^[[:space:]]*man\/\([^[:space:]]*\.[37]\)[[:space:]]*\\*$/\1/p' |
    LC_ALL=C sort)
if [ "$listed" = "$pages" ]; then
    report 0 "man/local.mk lists every page"
else
    printf '%s\n' "$pages" >"$tmpdir/present"
    printf '%s\n' "$listed" >"$tmpdir/listed"
    diff "$tmpdir/listed" "$tmpdir/present" >"$tmpdir/diff"
    report 1 "man/local.mk lists every page (diff listed vs present)" "$tmpdir/diff"
fi

[ "$n_fail" -eq 0 ]
