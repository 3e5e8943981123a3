#!/usr/bin/env python3
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: what one message touches, from a valgrind lackey trace of
# tools/bench/dlt-ng-footprint-probe (its last marked message): distinct pages and
# cache lines, split into the program's own, libdlt.so.2's code (its PLT
# apart), libdlt.so.2's writable data (its bss included) and the rest;
# and how many instructions it ran in libc's clock_gettime (it read the clock).
# Usage: footprint.py TRACE STDERR LIBDLT_SO
# Prints one line of key=value pairs.
import os
import re
import subprocess
import sys

trace, err, lib = sys.argv[1:4]
lib = os.path.realpath(lib)
text = open(err).read()
begin, end = (int(x, 16) for x in text.split("MARKERS")[1].split()[:2])

maps = []
for line in text.splitlines():
    if line.startswith("MAP "):
        f = line[4:].split()
        lo, hi = (int(x, 16) for x in f[0].split("-"))
        maps.append((lo, hi, f[1], f[5] if len(f) > 5 else "", int(f[2], 16)))

# libdlt's mappings, the anonymous one right after them (its bss), and
# the file offsets of its PLT sections.
lib_maps = [m for m in maps if m[3] and os.path.realpath(m[3]) == lib]
lib_lo = min(m[0] for m in lib_maps)
lib_hi = max(m[1] for m in lib_maps)
for m in maps:
    if m[0] == lib_hi and m[3] == "":
        lib_hi = m[1]
plt = []
out = subprocess.run(["objdump", "-h", lib], capture_output=True, text=True).stdout
for line in out.splitlines():
    f = line.split()
    if len(f) >= 6 and f[1].startswith(".plt"):
        vma, size = int(f[3], 16), int(f[2], 16)
        plt.append((vma, vma + size))
base = min(m[0] - m[4] for m in lib_maps)  # load bias (vma = address - base)


def kind(addr, is_code):
    for lo, hi, perm, name, off in maps:
        if lo <= addr < hi:
            if lib_lo <= addr < lib_hi:
                if is_code:
                    vma = addr - base
                    return "lib_plt" if any(a <= vma < b for a, b in plt) else "lib_code"
                return "lib_data" if "w" in perm else "lib_ro"
            return "other"
    return "other"


runs, cur, inside = [], None, False
pat = re.compile(r"^\s*([ILSM])\s+([0-9a-f]+),(\d+)")
with open(trace) as f:
    for line in f:
        m = pat.match(line)
        if not m:
            continue
        k, a = m.group(1), int(m.group(2), 16)
        if k == "L" and a == begin:
            inside, cur = True, []
        elif k == "L" and a == end and inside:
            inside = False
            runs.append(cur)
        elif inside:
            cur.append((k, a))
if not runs:
    sys.exit("no marked message in the trace")
pages, lines = {}, {}
for k, a in runs[-1]:
    c = kind(a, k == "I")
    pages.setdefault(c, set()).add(a >> 12)
    lines.setdefault(c, set()).add(a >> 6)
allp = set().union(*pages.values())
alll = set().union(*lines.values())
res = {"instructions": sum(1 for k, _ in runs[-1] if k == "I"),
       "pages": len(allp), "lines": len(alll)}
for c in ("lib_code", "lib_plt", "lib_data", "lib_ro", "other"):
    res[c + "_pages"] = len(pages.get(c, ()))
    res[c + "_lines"] = len(lines.get(c, ()))


def function_range(name, symbol):
    """[lo, hi) of symbol of the mapped library whose path ends in name."""
    mine = [m for m in maps if m[3].endswith(name)]
    if not mine:
        return None
    path = mine[0][3]
    bias = min(m[0] - m[4] for m in mine)
    out = subprocess.run(["nm", "-D", "--defined-only", "-S", path],
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        f = line.split()
        if len(f) == 4 and f[3].split("@")[0] == symbol:
            lo = bias + int(f[0], 16)
            return lo, lo + int(f[1], 16)
    return None


# Instructions run in libc's clock_gettime: the message read the clock.
clock = function_range("/libc.so.6", "clock_gettime")
res["clock_gettime_instructions"] = sum(
    1 for k, a in runs[-1] if k == "I" and clock and clock[0] <= a < clock[1])
print(" ".join("%s=%d" % kv for kv in res.items()))
