#!/usr/bin/python3
# SPDX-License-Identifier: MPL-2.0
# wirecmp.py: compares two dlt-receive captures of wire-probe (reference libdlt.so.2 and
# libdlt-ng) case by case, message by message, at the byte level; prints TAP result lines.
"""Compare the wire-probe captures of the reference library and of libdlt-ng.

wire-probe precedes every case with a delimiter message (apid WIRE, ctid CASE, three
verbose strings: family, "NNN name", flags); every message up to the next delimiter
belongs to that case.  For each message these fields are compared exactly:

    htyp, ECU id (WEID, or '-' when absent), apid, ctid, msin, noar, payload bytes,
    and the timestamp when the case sets a user timestamp (flag "ts")

and only these are left out, because they legitimately differ between two runs: the
storage header (written by dlt-receive), mcnt, the session id (the pid) and automatic
timestamps.  In the segmented network trace (flag "nwseg") the stream id, which the
library takes from gettimeofday(), is masked.  The daemon's own log messages (apid DLTD:
"ApplicationID 'WIRE' registered for PID ...") are not library output and are dropped.

Cases flagged "marker" expect the 2.18.8 daemon's MARKER bug on the reference only: the
message after dlt_log_marker() (the one with the string "lost-on-reference") is missing on
the reference and present on libdlt-ng; everything else must be identical.

Cases flagged "missing:NAME" (either side) were skipped by wire-probe because the library
does not export NAME: they become one TAP "not ok ... # TODO missing: NAME" line per NAME.

Known differences (--known FILE, lines "family<TAB>case-name glob<TAB>reason", the case
name without its "NNN " number) are library bugs already reported: their cases are left out
of the family line and reported together as "not ok ... # TODO known difference: reason".
Once they match the reference the line becomes "ok ... # TODO", an unexpected pass that
automake counts as a failure: then delete the entry.

Output: unnumbered TAP lines ("ok - ...", "not ok - ...") and "# " diagnostics; the caller
numbers them.  Exit status 0 even when checks fail (the TAP lines carry the verdict), 2 on
usage errors.
"""

import argparse
import fnmatch
import os
import struct
import sys

FLAG_TS = "ts"
FLAG_MARKER = "marker"
FLAG_NWSEG = "nwseg"
LOST = b"lost-on-reference\x00"


def load_dltdump(path):
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    import dltdump  # noqa: E402  (path set above)
    return dltdump


def verbose_strings(dd, m):
    """The string arguments of a verbose message, or None if it has other arguments."""
    if not m.verbose:
        return None
    r = dd._Reader(m.payload, m.big_endian)
    out = []
    try:
        for _ in range(m.noar):
            ti = r.u32("type info")
            if ti & 0xFFFFF7FF != dd.TI_STRG:
                return None
            n = r.u16("len")
            out.append(r.take(n, "data").split(b"\x00", 1)[0].decode("utf-8", "replace"))
    except dd.DecodeError:
        return None
    return out


class Case:
    __slots__ = ("family", "label", "flags", "msgs", "pos")

    def __init__(self, family, label, flags, pos):
        self.family = family
        self.label = label
        self.flags = set(f for f in flags.split(",") if f)
        self.msgs = []
        self.pos = pos

    @property
    def key(self):
        return (self.family, self.label)

    def missing(self):
        return sorted(f[len("missing:"):] for f in self.flags if f.startswith("missing:"))


def read_capture(dd, path, errors):
    """Return (cases in order, stray messages before the first delimiter, overflow count)."""
    with open(path, "rb") as fh:
        data = fh.read()
    perr = []
    cases = []
    stray = []
    overflows = 0
    cur = None
    for m in dd.parse_buffer(data, perr):
        apid = dd.id_str(m.apid)
        ctid = dd.id_str(m.ctid)
        if apid == "DLTD":
            continue  # the daemon's own log (registrations with pids, client numbers)
        if m.mstp == 3 and len(m.payload) >= 4:
            sid = struct.unpack((">" if m.big_endian else "<") + "I", m.payload[:4])[0]
            if sid == 0x14:
                overflows += 1
        if apid == "WIRE" and ctid == "CASE":
            s = verbose_strings(dd, m)
            if s is not None and len(s) == 3:
                cur = Case(s[0], s[1], s[2], len(cases))
                cases.append(cur)
                continue
        if cur is None:
            if m.mstp != 3:  # the daemon's connection control message comes first
                stray.append(m)
        else:
            cur.msgs.append(m)
    errors.extend("%s: %s" % (path, e) for e in perr)
    return cases, stray, overflows


def mask_stream_id(m, payload):
    """NWST/NWCH/NWEN: STRING "NWxx", then UINT32 stream id (gettimeofday usec): mask it."""
    e = ">" if m.big_endian else "<"
    if len(payload) >= 19 and struct.unpack(e + "I", payload[:4])[0] == 0x200 \
            and payload[6:8] == b"NW" and payload[10:11] == b"\x00" \
            and struct.unpack(e + "I", payload[11:15])[0] == 0x43:
        return payload[:15].hex() + "xxxxxxxx" + payload[19:].hex()
    return payload.hex()


def norm(dd, m, flags):
    """The compared fields of one message, as one line."""
    payload = mask_stream_id(m, m.payload) if FLAG_NWSEG in flags else (m.payload.hex() or "-")
    tmsp = "-" if m.tmsp is None else ("%d" % m.tmsp if FLAG_TS in flags else "*")
    return "htyp=0x%02x ecu=%s apid=%s ctid=%s msin=%s noar=%s tmsp=%s len=%d payload=%s" % (
        m.htyp, dd.id_str(m.ecu) if m.ecu is not None else "-", dd.id_str(m.apid),
        dd.id_str(m.ctid), "-" if m.msin is None else "0x%02x" % m.msin,
        "-" if m.noar is None else m.noar, tmsp, m.length, payload)


def first_diff(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return min(len(a), len(b))


class Report:
    def __init__(self):
        self.lines = []

    def ok(self, text):
        self.lines.append("ok - " + text)

    def not_ok(self, text, diag=()):
        self.lines.append("not ok - " + text)
        self.lines.extend("#   " + d for d in diag)

    def todo(self, text, reason):
        self.lines.append("not ok - %s # TODO %s" % (text, reason))

    def diag(self, text):
        self.lines.append("# " + text)


def describe(dd, msgs, limit=6):
    out = []
    for m in msgs[:limit]:
        out.append("    " + dd.format_message(m, "full", True)[:400])
    if len(msgs) > limit:
        out.append("    ... %d more" % (len(msgs) - limit))
    return out


def compare_case(dd, rc, nc, corrupt):
    """Return (ok, number of messages compared, diagnostics)."""
    flags = rc.flags | nc.flags
    rn = [norm(dd, m, flags) for m in rc.msgs]
    nn = [norm(dd, m, flags) for m in nc.msgs]
    if corrupt and nn:
        nn[0] = nn[0][:-1] + ("0" if nn[0][-1] != "0" else "1")
    diag = []
    if FLAG_MARKER in flags:
        r_lost = [i for i, m in enumerate(rc.msgs) if LOST in m.payload]
        n_lost = [i for i, m in enumerate(nc.msgs) if LOST in m.payload]
        if r_lost:
            diag.append("the reference delivered the message after the marker "
                        "(expected upstream 2.18.8 daemon to lose it)")
        if len(n_lost) != 1:
            diag.append("libdlt-ng: %d messages 'lost-on-reference' (want exactly 1: nothing lost)"
                        % len(n_lost))
        nn = [x for i, x in enumerate(nn) if i not in n_lost]
        rn = [x for i, x in enumerate(rn) if i not in r_lost]
    if rn != nn:
        if len(rn) != len(nn):
            diag.append("reference sent %d messages, libdlt-ng %d" % (len(rn), len(nn)))
        for i, (a, b) in enumerate(zip(rn, nn)):
            if a != b:
                j = first_diff(a, b)
                diag.append("message %d differs at column %d of the compared fields:" % (i, j))
                diag.append("  ref: " + a[:300] + ("..." if len(a) > 300 else ""))
                diag.append("  ng : " + b[:300] + ("..." if len(b) > 300 else ""))
                if j > 120:
                    diag.append("  ref[%d:]: %s" % (j, a[j:j + 120]))
                    diag.append("  ng [%d:]: %s" % (j, b[j:j + 120]))
                break
        diag.append("reference (decoded):")
        diag.extend(describe(dd, rc.msgs))
        diag.append("libdlt-ng (decoded):")
        diag.extend(describe(dd, nc.msgs))
    return (not diag), len(nn), diag


def read_known(path):
    """[(family, glob, reason)] from a known-differences file."""
    out = []
    if not path:
        return out
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                raise SystemExit("wirecmp: %s: bad line (want 3 tab-separated fields): %r" % (path, line))
            out.append(tuple(parts))
    return out


def known_entry(known, key):
    name = key[1].split(" ", 1)[1] if " " in key[1] else key[1]
    for i, (fam, pat, _reason) in enumerate(known):
        if fam == key[0] and fnmatch.fnmatchcase(name, pat):
            return i
    return None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("ref")
    ap.add_argument("ng")
    ap.add_argument("--dltdump", required=True, help="path of dltdump.py")
    ap.add_argument("--expect-cases", type=int, default=0, help="number of delimiters wire-probe sent")
    ap.add_argument("--known", metavar="FILE", help="known differences (reported as TODO)")
    ap.add_argument("--corrupt", metavar="FAMILY", help="self-test: corrupt one libdlt-ng message")
    ap.add_argument("--check-ref", action="store_true",
                    help="only check that the reference capture is complete (exit 1 if not)")
    args = ap.parse_args(argv)
    dd = load_dltdump(args.dltdump)
    errors = []
    ref, ref_stray, ref_ovf = read_capture(dd, args.ref, errors)
    if args.check_ref:
        n = len(ref)
        good = n == args.expect_cases and ref_ovf == 0 and not errors
        print("%d delimiters of %d, %d overflow messages, %d parse problems"
              % (n, args.expect_cases, ref_ovf, len(errors)))
        return 0 if good else 1
    ng, ng_stray, ng_ovf = read_capture(dd, args.ng, errors)
    rep = Report()

    for e in errors:
        rep.diag("parse problem: " + e)
    for name, cases, stray, ovf in (("reference", ref, ref_stray, ref_ovf), ("libdlt-ng", ng, ng_stray, ng_ovf)):
        keys = [c.key for c in cases]
        problems = []
        if args.expect_cases and len(cases) != args.expect_cases:
            problems.append("%d delimiters received, %d sent" % (len(cases), args.expect_cases))
        if len(set(keys)) != len(keys):
            problems.append("duplicate case labels")
        if stray:
            problems.append("%d messages before the first case" % len(stray))
        if ovf:
            problems.append("%d buffer-overflow control messages" % ovf)
        text = "%s capture: all %d cases delimited, no overflow, nothing stray" % (name, len(cases))
        if problems:
            rep.not_ok(text, problems + describe(dd, stray))
        else:
            rep.ok(text)

    rmap = {c.key: c for c in ref}
    nmap = {c.key: c for c in ng}
    order = [c.key for c in ref] + [c.key for c in ng if c.key not in rmap]
    families = []
    for k in order:
        if k[0] not in families:
            families.append(k[0])

    known = read_known(args.known)
    known_res = [[0, 0, []] for _ in known]  # per entry: cases, differing cases, diagnostics
    todo = {}  # function -> [case labels]
    for fam in families:
        keys = [k for k in order if k[0] == fam]
        n_cases = n_msgs = 0
        n_todo = 0
        bad = []
        for k in keys:
            rc, nc = rmap.get(k), nmap.get(k)
            miss = sorted(set((rc.missing() if rc else []) + (nc.missing() if nc else [])))
            if miss:
                n_todo += 1
                for f in miss:
                    todo.setdefault(f, []).append("%s/%s" % k)
                continue
            if rc is None or nc is None:
                bad.append(("case %s only in the %s capture" % (k[1], "libdlt-ng" if rc is None else "reference"),
                            []))
                continue
            ki = known_entry(known, k)
            if ki is not None:
                good, n, diag = compare_case(dd, rc, nc, False)
                known_res[ki][0] += 1
                if not good:
                    known_res[ki][1] += 1
                    known_res[ki][2].extend(["case %s" % k[1]] + diag[:12])
                continue
            good, n, diag = compare_case(dd, rc, nc, args.corrupt == fam and n_cases == 0)
            n_cases += 1
            n_msgs += n
            if not good:
                bad.append(("case %s" % k[1], diag))
        if n_cases == 0 and not bad:
            continue  # every case of the family is TODO
        extra = " (%d more cases TODO)" % n_todo if n_todo else ""
        is_marker = any(FLAG_MARKER in (rmap.get(k) or nmap.get(k)).flags for k in keys)
        what = ("reference loses the message after each marker (2.18.8 daemon bug), libdlt-ng "
                "loses nothing; the rest is byte-identical") if is_marker else "byte-identical"
        text = "%s: %d cases, %d messages %s%s" % (fam, n_cases, n_msgs, what, extra)
        if bad:
            diag = []
            for title, d in bad[:8]:
                diag.append(title)
                diag.extend(d[:60])
            if len(bad) > 8:
                diag.append("... and %d more differing cases" % (len(bad) - 8))
            rep.not_ok("%s (%d of %d cases differ)" % (text, len(bad), n_cases), diag)
        else:
            rep.ok(text)

    for (fam, pat, reason), (n, n_bad, diag) in zip(known, known_res):
        text = "%s: %d cases '%s'" % (fam, n, pat)
        if n == 0:
            rep.diag("known difference matches no case: %s '%s'" % (fam, pat))
        elif n_bad:
            rep.todo(text + " (%d differ)" % n_bad, "known difference: " + reason)
            rep.lines.extend("#   " + d for d in diag[:40])
        else:
            # Fixed: an unexpected pass, which fails the suite until the entry is removed.
            rep.lines.append("ok - %s now match the reference: remove the known-differences entry"
                             " # TODO known difference: %s" % (text, reason))

    for fn in sorted(todo):
        cases = todo[fn]
        fams = sorted(set(c.split("/", 1)[0] for c in cases))
        rep.todo("%s: %d cases need %s" % (",".join(fams), len(cases), fn), "missing: " + fn)

    sys.stdout.write("\n".join(rep.lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
