#!/usr/bin/python3
# SPDX-License-Identifier: MPL-2.0
# make-corpus.py DIR: write the seed corpus of the control-parser fuzz
# target: well-formed daemon->app messages (LOG_LEVEL, LOG_STATE, INJECTION),
# streams of them, and the malformed shapes the parser must survive.
import os
import struct
import sys


def hdr(t):
    return b"DUH\x01" + struct.pack("<I", t)


def log_level(ll, ts, pos):
    return hdr(6) + struct.pack("<BBi", ll, ts, pos)


def log_state(s):
    return hdr(12) + struct.pack("<b", s)


def injection(pos, sid, data, claimed=None):
    n = len(data) if claimed is None else claimed
    return hdr(7) + struct.pack("<iII", pos, sid, n) + data


SEEDS = {
    "log-level": log_level(4, 0, 0),
    "log-state": log_state(1),
    "injection": injection(0, 0x1000, b"hello"),
    "stream": log_state(0) + log_level(5, 0, 0) + log_level(4, 1, 1) + injection(1, 0x1001, b"\0\1\2"),
    "garbage-between": b"xx" + log_level(1, 0, 0) + b"\xffDU" + log_state(1) + b"DUH",
    "unknown-type": hdr(14) + b"\0" * 8 + log_level(3, 0, 2),
    "huge-length": injection(0, 0x1000, b"", 0xFFFFFFF0) + log_state(1),
    "torn-log-level": log_level(6, 0, 0)[:11],
    "torn-header": hdr(7)[:6],
    "large-injection-partial": injection(0, 0x1000, b"x" * 100, 9000) + log_level(2, 0, 0),
    "large-injection": injection(0, 0x1000, bytes(range(256)) * 20),
    "negative-pos": log_level(2, 0, -1) + injection(-7, 0x1000, b"a"),
    "empty-injection": injection(3, 0x1000, b""),
}


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, data in SEEDS.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
