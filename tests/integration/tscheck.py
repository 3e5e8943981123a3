#!/usr/bin/python3
# SPDX-License-Identifier: MPL-2.0
# tscheck.py: checks the automatic timestamps of ts-probe's messages (tests/integration/ts-probe.c).
"""Check ts-probe's message timestamps against the clock values they carry.

Each TSPR message carries CLOCK_MONOTONIC (0.1 ms units) read just before
it was started; the next message's value was read after it was finished.
So message i's timestamp must lie in [value(i) - SLACK, value(i+1) + SLACK].
SLACK (default 1 unit) covers the two sides reading the clock independently
(libdlt-ng converts TSC counts; a reading and a conversion that straddle a
0.1 ms boundary differ by one).  The last message only has its lower bound.

Usage:
  tscheck.py --dlt FILE --phases OUT        messages of a DLT storage file
  tscheck.py --console OUT --phases OUT     local-print lines in OUT after "print-begin"
OUT is ts-probe's stdout, whose "phase CTID N" lines give the counts
expected per context.  --console checks only the PRNT phase.  --shift K adds
K units to every timestamp (a self-test: the check must then fail).
Prints a summary; exit 0 if every bound and count holds, 1 otherwise.
"""

import argparse
import os
import re
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dltdump  # noqa: E402

TI_UINT32 = 0x43  # verbose type info: unsigned, 32 bits


def phases(path):
    want = {}
    for line in open(path, encoding="utf-8", errors="replace"):
        f = line.split()
        if len(f) == 3 and f[0] == "phase":
            want[f[1]] = int(f[2])
    return want


def from_dlt(path):
    """(ctid, timestamp, value) of the TSPR log messages, in file order."""
    errors = []
    with open(path, "rb") as fh:
        msgs = dltdump.parse_buffer(fh.read(), errors)
    out = []
    for m in msgs:
        if dltdump.id_str(m.apid or b"") != "TSPR" or m.msin is None or (m.msin >> 1) & 7 != 0:
            continue
        e = ">" if m.htyp & dltdump.HTYP_MSBF else "<"
        if len(m.payload) != 8 or struct.unpack(e + "I", m.payload[:4])[0] != TI_UINT32:
            raise SystemExit("%s: message %d: payload is not one uint32" % (path, m.index))
        out.append((dltdump.id_str(m.ctid), m.tmsp, struct.unpack(e + "I", m.payload[4:])[0]))
    return out


LINE = re.compile(r"^\d{4}/\d\d/\d\d [\d:.]+ +(\d+) \d+ \S+ TSPR (\S+) log info V 1 \[(\d+)\]")


def from_console(path):
    out, on = [], False
    for line in open(path, encoding="utf-8", errors="replace"):
        if line.startswith("print-begin"):
            on = True
            continue
        m = LINE.match(line) if on else None
        if m:
            out.append((m.group(2), int(m.group(1)), int(m.group(3))))
    return out


def main():
    ap = argparse.ArgumentParser()
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--dlt")
    src.add_argument("--console")
    ap.add_argument("--phases", required=True)
    ap.add_argument("--slack", type=int, default=1)
    ap.add_argument("--shift", type=int, default=0)
    a = ap.parse_args()

    msgs = from_dlt(a.dlt) if a.dlt else from_console(a.console)
    msgs = [(c, t + a.shift, v) for c, t, v in msgs]
    want = phases(a.phases)
    if a.console:
        want = {"PRNT": want.get("PRNT", -1)}
    ok = True
    got = {}
    for c, _, _ in msgs:
        got[c] = got.get(c, 0) + 1
    for c in sorted(want):
        if got.get(c, 0) != want[c]:
            print("context %s: %d messages, want %d" % (c, got.get(c, 0), want[c]))
            ok = False
    early = late = 0
    worst = {}
    for i, (c, t, v) in enumerate(msgs):
        if t is None:
            print("message %d (%s) has no timestamp" % (i, c))
            ok = False
            continue
        lo = v - a.slack
        hi = msgs[i + 1][2] + a.slack if i + 1 < len(msgs) else None
        bad = t < lo or (hi is not None and t > hi)
        dist = max(v - t, (t - msgs[i + 1][2]) if hi is not None else 0, 0)
        worst[c] = max(worst.get(c, 0), dist)
        if bad:
            early += t < lo
            late += t >= lo
            if early + late <= 5:
                print("message %d (%s): timestamp %d outside [%d, %s]"
                      % (i, c, t, lo, "-" if hi is None else hi))
    if early or late:
        print("%d timestamps too early, %d too late" % (early, late))
        ok = False
    print("%d messages; largest distance from the clock bounds per context (0.1 ms): %s"
          % (len(msgs), " ".join("%s %d" % kv for kv in sorted(worst.items())) or "-"))
    return 0 if ok and msgs else 1


if __name__ == "__main__":
    sys.exit(main())
