#!/bin/bash
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: configure must refuse to run in the source tree, where its
# Makefile would overwrite the committed front-door Makefile.  Checked on a
# copy of the tree (so the real one is never touched).
set -u
src=${abs_top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "1..3"
if [ ! -x "$src/configure" ]; then
    echo "Bail out! $src/configure missing (run make first)"
    exit 1
fi
# The source files configure needs, without any build tree.
(cd "$src" && tar cf - --exclude=./build --exclude='./sanitize-*' .) | (cd "$work" && tar xf -)
before=$(sha256sum < "$work/Makefile")
out=$(cd "$work" && ./configure 2>&1); rc=$?
if [ "$rc" -ne 0 ]; then echo "ok 1 - in-tree ./configure fails (exit $rc)"; else echo "not ok 1 - in-tree ./configure fails"; fi
if printf '%s\n' "$out" | grep -q "in-tree configure refused"; then
    echo "ok 2 - it says why"
else
    echo "not ok 2 - it says why"; printf '%s\n' "$out" | tail -5 | sed 's/^/# /'
fi
if [ "$(sha256sum < "$work/Makefile")" = "$before" ] && [ ! -e "$work/config.status" ]; then
    echo "ok 3 - the front-door Makefile is untouched and nothing was configured"
else
    echo "not ok 3 - the front-door Makefile is untouched and nothing was configured"
fi
