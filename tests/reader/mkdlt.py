#!/usr/bin/env python3
# SPDX-License-Identifier: MPL-2.0
# mkdlt.py: writes handcrafted .dlt files for the reader tests: every verbose
# argument type (both byte orders, VARI names and units, HEX/BIN coding, 128-bit
# and 16-bit values, traces, raw, strings with line breaks), non-verbose and
# header-less messages, control requests and responses of every service id
# and status, all message types and subtypes, and damaged files (bad storage
# headers, garbage, truncated or too-short messages, serial headers).
#
#   mkdlt.py DIR      writes DIR/types.dlt DIR/control.dlt DIR/headers.dlt
#                     DIR/corrupt.dlt DIR/truncated.dlt DIR/serial.dlt DIR/badlen-last.dlt
#                     DIR/raw-badlen.dlt DIR/empty.dlt
import struct
import sys

HTYP_UEH, HTYP_MSBF, HTYP_WEID, HTYP_WSID, HTYP_WTMS = 0x01, 0x02, 0x04, 0x08, 0x10
VERSION = 0x20
T_LOG, T_APP, T_NW, T_CTRL = 0, 1, 2, 3

_sec = [1764612000]


def storage(ecu=b"ECU1", sec=None, usec=123456, pattern=b"DLT\x01"):
    if sec is None:
        _sec[0] += 1
        sec = _sec[0]
    return pattern + struct.pack("<Ii", sec, usec) + ecu


def message(payload, mstp=T_LOG, mtin=4, verbose=True, noar=0, apid=b"APP1", ctid=b"CTX1",
            ecu=b"ECU2", seid=77, tmsp=123456789, mcnt=5, ext=True, msbf=False,
            weid=True, wsid=True, wtms=True, badlen=None):
    htyp = VERSION | (HTYP_UEH if ext else 0) | (HTYP_MSBF if msbf else 0)
    extra = b""
    if weid:
        htyp |= HTYP_WEID
        extra += ecu
    if wsid:
        htyp |= HTYP_WSID
        extra += struct.pack(">I", seid)
    if wtms:
        htyp |= HTYP_WTMS
        extra += struct.pack(">I", tmsp)
    exth = b""
    if ext:
        msin = (mtin << 4) | (mstp << 1) | (1 if verbose else 0)
        exth = struct.pack("BB", msin & 0xff, noar) + apid + ctid
    length = 4 + len(extra) + len(exth) + len(payload)
    if badlen is not None:
        length = badlen
    return struct.pack(">BBH", htyp, mcnt, length) + extra + exth + payload


class Args:
    """Verbose arguments in the given byte order."""

    def __init__(self, msbf=False):
        self.e = ">" if msbf else "<"
        self.data = b""
        self.n = 0

    def ti(self, t):
        self.data += struct.pack(self.e + "I", t)
        self.n += 1
        return self

    def raw(self, b):
        self.data += b
        return self

    def u16(self, v):
        return self.raw(struct.pack(self.e + "H", v))

    def string(self, s, ti=0x200, name=None):
        self.ti(ti | (0x800 if name is not None else 0))
        self.u16(len(s))
        if name is not None:
            self.u16(len(name)).raw(name)
        return self.raw(s)

    def num(self, ti, fmt, v, name=None, unit=None):
        if name is not None:
            self.ti(ti | 0x800)
            self.u16(len(name)).u16(len(unit or b"")).raw(name).raw(unit or b"")
        else:
            self.ti(ti)
        return self.raw(struct.pack(self.e + fmt, v))


def types_file():
    out = b""
    for msbf in (False, True):
        a = Args(msbf)
        a.num(0x11, "B", 1).num(0x11, "B", 0).num(0x11, "B", 7)
        a.num(0x41, "B", 255).num(0x42, "H", 65535).num(0x43, "I", 4294967295)
        a.num(0x44, "Q", 18446744073709551615)
        a.num(0x21, "b", -128).num(0x22, "h", -32768).num(0x23, "i", -2147483648)
        a.num(0x24, "q", -9223372036854775808)
        a.num(0x83, "f", 3.25).num(0x84, "d", -1.0e300).num(0x84, "d", 0.1)
        a.num(0x83, "f", float("inf")).num(0x84, "d", float("nan"))
        out += storage() + message(a.data, noar=a.n, msbf=msbf)
        # Name and unit (VARI), shown only with dlt_print_with_attributes.
        a = Args(msbf)
        a.num(0x43, "I", 42, name=b"speed\0", unit=b"km/h\0")
        a.num(0x23, "i", -42, name=b"delta\0", unit=b"\0")
        a.num(0x84, "d", 2.5, name=b"ratio\0", unit=b"%\0")
        a.ti(0x11 | 0x800).u16(5).raw(b"flag\0").raw(b"\x01")
        a.string(b"text\0", name=b"label\0")
        a.ti(0x400 | 0x800).u16(3).u16(4).raw(b"raw\0").raw(b"\x01\x02\x03")
        a.num(0x42, "H", 7, name=b"\0", unit=b"\0")
        out += storage() + message(a.data, noar=a.n, msbf=msbf, mtin=3)
        # HEX and BIN coded integers, 128-bit values, 16-bit floats.
        a = Args(msbf)
        for ti, fmt, v in ((0x10041, "B", 0xab), (0x10042, "H", 0xabcd), (0x10043, "I", 0xdeadbeef),
                           (0x10044, "Q", 0x0123456789abcdef), (0x18041, "B", 0xa5),
                           (0x18042, "H", 0xa55a), (0x18043, "I", 5), (0x10021, "b", -1),
                           (0x8043, "I", 99), (0x10023, "i", 17)):
            a.num(ti, fmt, v)
        a.ti(0x45).raw(bytes(range(16)))
        a.ti(0x25).raw(bytes(range(16, 32)))
        a.ti(0x82).raw(b"\x00\x3c")
        a.ti(0x85).raw(bytes(range(32, 48)))
        out += storage() + message(a.data, noar=a.n, msbf=msbf, mtin=5)
        # Strings: ASCII, UTF-8, line breaks, no NUL, embedded NUL, trace info.
        a = Args(msbf)
        a.string(b"plain\0").string("gr\u00fc\u00dfe\0".encode(), ti=0x8200)
        a.string(b"line1\nline2\rend\0").string(b"nonul").string(b"a\0b\0")
        a.string(b"hexcoded\0", ti=0x10200).string(b"\0")
        a.ti(0x2000).u16(6).raw(b"trace\0")
        a.ti(0x400).u16(5).raw(b"\x00\x01\x7f\x80\xff").ti(0x400).u16(0)
        a.ti(0x10401).u16(2).raw(b"\x12\x34")
        out += storage() + message(a.data, noar=a.n, msbf=msbf, mtin=6)
        # A long string and a long raw argument.
        a = Args(msbf)
        a.string(b"L" * 3000 + b"\0").ti(0x400).u16(1500).raw(bytes(i & 0xff for i in range(1500)))
        a.string(b"after\0")
        out += storage() + message(a.data, noar=a.n, msbf=msbf)
        # Texts that do not fit 10024 characters.
        a = Args(msbf)
        a.ti(0x400).u16(3000).raw(b"\x11" * 3000).ti(0x400).u16(3000).raw(b"\x22" * 3000)
        a.num(0x43, "I", 12345).string(b"S" * 1000 + b"\0")
        out += storage() + message(a.data, noar=a.n, msbf=msbf)
        a = Args(msbf)
        a.string(b"X" * 10022 + b"\0").num(0x43, "I", 1)
        out += storage() + message(a.data, noar=a.n, msbf=msbf)
        a = Args(msbf)
        a.string(b"Y" * 10040 + b"\0").num(0x43, "I", 1)
        out += storage() + message(a.data, noar=a.n, msbf=msbf)
        # Types the printer stops at: array, struct, fixed point, no type.
        for ti, body in ((0x100, b"\x01\x00"), (0x4000, b"\x00\x00"), (0x1043, b"\0" * 12),
                         (0x0, b""), (0x44, b"\x01\x02")):
            a = Args(msbf)
            a.num(0x43, "I", 1).ti(ti).raw(body).num(0x43, "I", 2)
            out += storage() + message(a.data, noar=a.n, msbf=msbf)
        # More arguments announced than present; fewer announced.
        a = Args(msbf)
        a.num(0x43, "I", 1).num(0x43, "I", 2)
        out += storage() + message(a.data, noar=5, msbf=msbf)
        out += storage() + message(a.data, noar=1, msbf=msbf)
        out += storage() + message(a.data, noar=0, msbf=msbf)
        # A string whose length runs past the payload.
        a = Args(msbf)
        a.ti(0x200).u16(50).raw(b"short\0")
        out += storage() + message(a.data, noar=1, msbf=msbf)
    # Every type and subtype name.
    for mstp in range(8):
        for mtin in range(16):
            a = Args()
            a.num(0x43, "I", mstp * 16 + mtin)
            out += storage() + message(a.data, mstp=mstp, mtin=mtin, noar=1)
    return out


def control_file():
    out = b""
    ids = list(range(0, 0x16)) + list(range(0xF00, 0xF0C)) + [0x1000, 0xFFFFFFFF]
    for sid in ids:
        for status in (0, 1, 2, 3, 8, 9):
            body = struct.pack("<IB", sid, status) + b"\x02\x00\x00\x00\x00"
            out += storage() + message(body, mstp=T_CTRL, mtin=2, verbose=False, apid=b"DA1\0",
                                       ctid=b"DC1\0")
        out += storage() + message(struct.pack("<I", sid), mstp=T_CTRL, mtin=2, verbose=False)
        out += storage() + message(struct.pack("<IB", sid, 0), mstp=T_CTRL, mtin=2, verbose=False)
        out += storage() + message(struct.pack("<I", sid) + b"\x01\x02", mstp=T_CTRL, mtin=1,
                                   verbose=False)
        out += storage() + message(struct.pack("<I", sid) + b"\x01", mstp=T_CTRL, mtin=3,
                                   verbose=False)
        out += storage() + message(struct.pack(">IB", sid, 0) + b"\x09", mstp=T_CTRL, mtin=2,
                                   verbose=False, msbf=True)
    # Software version and buffer overflow responses as the daemon sends them.
    ver = b"DLT Package Version: 2.18.8"
    out += storage() + message(struct.pack("<IBI", 0x13, 0, len(ver)) + ver, mstp=T_CTRL, mtin=2,
                               verbose=False)
    out += storage() + message(struct.pack("<IBBI", 0x14, 0, 1, 1234), mstp=T_CTRL, mtin=2,
                               verbose=False)
    # Short control messages: no service id at all, 1..3 bytes.
    for n in range(4):
        out += storage() + message(b"\x01" * n, mstp=T_CTRL, mtin=2, verbose=False)
    # A verbose control message.
    a = Args().num(0x43, "I", 5)
    out += storage() + message(a.data, mstp=T_CTRL, mtin=2, verbose=True, noar=1)
    # Non-verbose log messages: message id and data, short ones.
    for body in (b"", b"\x01", b"\x01\x02\x03", struct.pack("<I", 1234), struct.pack("<I", 7) +
                 bytes(range(40)), struct.pack("<I", 9) + b"\xaa" * 4000):
        out += storage() + message(body, verbose=False)
        out += storage() + message(body, ext=False)
        out += storage() + message(body, ext=False, msbf=True)
    return out


def headers_file():
    out = b""
    a = Args().num(0x43, "I", 1).string(b"hdr\0")
    for weid in (0, 1):
        for wsid in (0, 1):
            for wtms in (0, 1):
                for ext in (0, 1):
                    out += storage(ecu=b"STO\0") + message(
                        a.data if ext else b"\x01\0\0\0\x05", noar=a.n, weid=weid, wsid=wsid,
                        wtms=wtms, ext=ext, ecu=b"E\0\0\0")
    # IDs with NULs, full 4 characters, non-printable bytes.
    for apid, ctid in ((b"\0\0\0\0", b"\0\0\0\0"), (b"A\0C\0", b"LONG"), (b"\x01\x02ab", b"ctx\xff")):
        out += storage(ecu=b"\0\0\0\0") + message(a.data, noar=a.n, apid=apid, ctid=ctid,
                                                 weid=False, mcnt=255)
    # Extreme times and counters.
    out += storage(sec=0, usec=0) + message(a.data, noar=a.n, tmsp=0, mcnt=0)
    out += storage(sec=4102444800, usec=999999) + message(a.data, noar=a.n, tmsp=4294967295)
    out += storage(usec=-5) + message(a.data, noar=a.n)
    return out


def corrupt_file():
    good = storage() + message(Args().string(b"good\0").data, noar=1)
    out = good
    out += b"garbage bytes here"  # no storage header
    out += good
    out += storage(pattern=b"DLT\x02") + message(Args().string(b"bad pattern\0").data, noar=1)
    out += good
    out += storage() + message(b"", ext=False, weid=False, wsid=False, wtms=False, badlen=2)
    out += good
    out += storage() + message(Args().string(b"len too small\0").data, noar=1, badlen=10)
    out += good
    out += b"DLT\x01"  # a storage header cut short
    out += good
    out += storage() + message(Args().string(b"x" * 60 + b"\0").data, noar=1, badlen=40)
    out += good
    return out


def truncated_file():
    good = storage() + message(Args().string(b"good\0").data, noar=1)
    return good * 3 + (storage() + message(Args().string(b"cut off here\0").data, noar=1))[:-6]


def serial_file():
    good = message(Args().string(b"serial\0").data, noar=1)
    return (storage() + b"DLS\x01" + good) * 2 + storage() + good


def badlen_last_file():
    """A length too short for the headers on the last message: what a
    reader leaves in the message after refusing it (datasize is kept)."""
    good = storage() + message(Args().string(b"good\0").data, noar=1)
    return good * 2 + storage() + message(Args().string(b"short\0").data, noar=1, badlen=6)


def raw_badlen_file():
    """Messages without storage headers (dlt_file_read_raw), one of them
    with a length too short for its headers."""
    good = message(Args().string(b"raw\0").data, noar=1)
    return good + message(Args().string(b"bad\0").data, noar=1, badlen=6) + good


def main():
    d = sys.argv[1]
    for name, data in (("types", types_file()), ("control", control_file()),
                       ("headers", headers_file()), ("corrupt", corrupt_file()),
                       ("truncated", truncated_file()), ("serial", serial_file()),
                       ("badlen-last", badlen_last_file()), ("raw-badlen", raw_badlen_file()),
                       ("empty", b"")):
        with open(f"{d}/{name}.dlt", "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
