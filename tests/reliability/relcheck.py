#!/usr/bin/python3
# SPDX-License-Identifier: MPL-2.0
# relcheck.py: what a dlt-receive client got from rel-app, per process and stream.
"""Summarise rel-app messages in DLT storage files.

rel-app logs DLT_UINT32(stream), DLT_UINT32(seq).  For each (apid, session
id, stream) this prints one line:

    STREAM apid=X pid=P stream=S count=N first=A last=B dups=D inorder=0|1 ranges=a-b,c-d

``ranges`` lists the received sequence numbers run-length encoded (sorted).
``inorder`` is 1 if the sequence numbers arrived strictly increasing.
With several files (one per client, e.g. before and after a daemon restart)
the files are read in the order given, as one stream.

``--contexts`` also prints ``CONTEXT apid=X ctid=Y`` for every context the
daemon announced in GET_LOG_INFO control messages (daemon option
SendContextRegistration = 1), i.e. the contexts the daemon knows.
"""

import argparse
import os
import struct
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "integration"))
import dltdump  # noqa: E402

U32 = 0x43  # verbose type info: unsigned, 32 bit


def ranges(values):
    out = []
    for v in sorted(set(values)):
        if out and v == out[-1][1] + 1:
            out[-1][1] = v
        else:
            out.append([v, v])
    return ",".join("%d-%d" % (a, b) for a, b in out) or "-"


def seq_of(m):
    if m.mstp != 0 or not m.verbose or m.noar != 2 or len(m.payload) != 16:
        return None
    fmt = ">IIII" if m.big_endian else "<IIII"
    t1, stream, t2, seq = struct.unpack(fmt, m.payload)
    if t1 != U32 or t2 != U32:
        return None
    return stream, seq


def contexts_of(m):
    """(apid, ctid) pairs in a GET_LOG_INFO response (service 3)."""
    if m.mstp != 3 or len(m.payload) < 7:
        return []
    e = ">" if m.big_endian else "<"
    if struct.unpack(e + "I", m.payload[:4])[0] != 3:
        return []
    p = m.payload[5:]
    out = []
    try:
        (n_apps,) = struct.unpack(e + "H", p[:2])
        p = p[2:]
        for _ in range(n_apps):
            app = p[:4]
            (n_ctx,) = struct.unpack(e + "H", p[4:6])
            p = p[6:]
            for _ in range(n_ctx):
                ctid = p[:4]
                p = p[4:]
                # status 7 also carries log level, trace status and a description.
                status = m.payload[4]
                if status >= 5:
                    p = p[2:]
                if status >= 7:
                    (dl,) = struct.unpack(e + "H", p[:2])
                    p = p[2 + dl:]
                out.append((dltdump.id_str(app), dltdump.id_str(ctid)))
            if status >= 7:
                (dl,) = struct.unpack(e + "H", p[:2])
                p = p[2 + dl:]
    except struct.error:
        pass
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--apid", action="append")
    ap.add_argument("--contexts", action="store_true")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    want = set(x for v in a.apid or [] for x in v.split(",") if x)
    streams = {}
    order = []
    ctxs = set()
    for f in a.files:
        try:
            with open(f, "rb") as fh:
                data = fh.read()
        except OSError:
            continue
        errors = []
        for m in dltdump.parse_buffer(data, errors):
            apid = dltdump.id_str(m.apid)
            if a.contexts:
                ctxs.update(contexts_of(m))
            if want and apid not in want:
                continue
            s = seq_of(m)
            if s is None:
                continue
            key = (apid, m.seid, s[0])
            if key not in streams:
                streams[key] = []
                order.append(key)
            streams[key].append(s[1])
    for key in order:
        v = streams[key]
        dups = len(v) - len(set(v))
        inorder = int(all(x < y for x, y in zip(v, v[1:])))
        print("STREAM apid=%s pid=%s stream=%d count=%d first=%d last=%d dups=%d inorder=%d ranges=%s"
              % (key[0], key[1], key[2], len(v), v[0], v[-1], dups, inorder, ranges(v)))
    for app, ctid in sorted(ctxs):
        print("CONTEXT apid=%s ctid=%s" % (app, ctid))
    return 0


if __name__ == "__main__":
    sys.exit(main())
