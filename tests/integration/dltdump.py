#!/usr/bin/python3
# SPDX-License-Identifier: MPL-2.0
# dltdump.py: exact, dependency-free reader of DLT storage files (.dlt) for tests and demos.
"""Print the messages of DLT storage files (as written by ``dlt-receive -o``).

One line per message.  Default fields::

    apid ctid msin noar htyp payload-hex

``--normalize`` prints only fields that are comparable between two runs
(no timestamps, session id or message counter; the ECU id is kept)::

    ecu apid ctid msin noar htyp payload-hex

``--full`` prints every header field::

    index sec.usec ecu mcnt seid tmsp len apid ctid msin noar htyp payload-hex

IDs are printed without their NUL padding ("LOG\\0" -> "LOG"); an all-NUL ID
prints as "-".  msin and htyp are hex (0x..), noar decimal.  ``--decode``
replaces the payload hex by a readable decoding of verbose arguments.

The parser follows the DLT wire format: storage header "DLT\\x01" + sec(LE32)
+ usec(LE32) + ecu[4]; standard header htyp, mcnt, len (big-endian, counts
from the standard header on); optional ECU id (WEID), session id (WSID, BE32),
timestamp (WTMS, BE32); optional extended header (UEH) msin, noar, apid,
ctid; then the payload, whose byte order is big-endian if htyp has MSBF.
"""

import argparse
import struct
import sys

STORAGE_PATTERN = b"DLT\x01"
STORAGE_HEADER_SIZE = 16

HTYP_UEH = 0x01
HTYP_MSBF = 0x02
HTYP_WEID = 0x04
HTYP_WSID = 0x08
HTYP_WTMS = 0x10

MSIN_VERB = 0x01
MSTP_NAMES = {0: "log", 1: "app_trace", 2: "nw_trace", 3: "control"}

# Verbose type-info bits.
TYLE_MASK = 0x0000000F
TI_BOOL = 0x00000010
TI_SINT = 0x00000020
TI_UINT = 0x00000040
TI_FLOA = 0x00000080
TI_ARAY = 0x00000100
TI_STRG = 0x00000200
TI_RAWD = 0x00000400
TI_VARI = 0x00000800
TI_FIXP = 0x00001000
TI_TRAI = 0x00002000
TI_STRU = 0x00004000
SCOD_MASK = 0x00038000
SCOD_ASCII = 0x00000000
SCOD_UTF8 = 0x00008000
SCOD_HEX = 0x00010000
SCOD_BIN = 0x00018000

TYLE_BYTES = {1: 1, 2: 2, 3: 4, 4: 8, 5: 16}


class Message:
    """One parsed DLT message."""

    __slots__ = ("index", "sec", "usec", "storage_ecu", "htyp", "mcnt", "length",
                 "ecu", "seid", "tmsp", "msin", "noar", "apid", "ctid", "payload")

    def __init__(self):
        self.index = 0
        self.sec = 0
        self.usec = 0
        self.storage_ecu = b""
        self.htyp = 0
        self.mcnt = 0
        self.length = 0
        self.ecu = None
        self.seid = None
        self.tmsp = None
        self.msin = None
        self.noar = None
        self.apid = None
        self.ctid = None
        self.payload = b""

    @property
    def has_ext(self):
        return self.msin is not None

    @property
    def mstp(self):
        return None if self.msin is None else (self.msin >> 1) & 0x7

    @property
    def mtin(self):
        return None if self.msin is None else (self.msin >> 4) & 0xF

    @property
    def verbose(self):
        return self.msin is not None and bool(self.msin & MSIN_VERB)

    @property
    def big_endian(self):
        return bool(self.htyp & HTYP_MSBF)


def id_str(raw):
    """Printable form of a 4-byte ID: NUL padding removed, '-' when empty."""
    if raw is None:
        return "-"
    s = raw.split(b"\x00", 1)[0]
    if not s:
        return "-"
    out = []
    for b in s:
        if 0x21 <= b <= 0x7E:
            out.append(chr(b))
        else:
            out.append("\\x%02x" % b)
    return "".join(out)


def parse_buffer(data, errors):
    """Yield Message objects from the bytes of a storage file.

    Garbage between messages is skipped by scanning for the next storage
    header pattern; every skip and a truncated last message is reported
    through errors (a list of strings).
    """
    pos = 0
    end = len(data)
    index = 0
    while pos < end:
        if data[pos:pos + 4] != STORAGE_PATTERN:
            nxt = data.find(STORAGE_PATTERN, pos + 1)
            if nxt < 0:
                errors.append("offset %d: %d trailing bytes without storage header" % (pos, end - pos))
                return
            errors.append("offset %d: skipped %d bytes to the next storage header" % (pos, nxt - pos))
            pos = nxt
            continue
        if end - pos < STORAGE_HEADER_SIZE + 4:
            errors.append("offset %d: truncated message (%d bytes)" % (pos, end - pos))
            return
        m = Message()
        m.sec, m.usec = struct.unpack_from("<II", data, pos + 4)
        m.storage_ecu = bytes(data[pos + 12:pos + 16])
        hdr = pos + STORAGE_HEADER_SIZE
        m.htyp, m.mcnt, m.length = struct.unpack_from(">BBH", data, hdr)
        need = 4
        if m.htyp & HTYP_WEID:
            need += 4
        if m.htyp & HTYP_WSID:
            need += 4
        if m.htyp & HTYP_WTMS:
            need += 4
        if m.htyp & HTYP_UEH:
            need += 10
        if m.length < need:
            errors.append("offset %d: len %d smaller than its headers (%d); resyncing" % (pos, m.length, need))
            nxt = data.find(STORAGE_PATTERN, pos + 1)
            if nxt < 0:
                return
            pos = nxt
            continue
        if hdr + m.length > end:
            errors.append("offset %d: truncated message (len %d, %d bytes left)" % (pos, m.length, end - hdr))
            return
        p = hdr + 4
        if m.htyp & HTYP_WEID:
            m.ecu = bytes(data[p:p + 4])
            p += 4
        if m.htyp & HTYP_WSID:
            (m.seid,) = struct.unpack_from(">I", data, p)
            p += 4
        if m.htyp & HTYP_WTMS:
            (m.tmsp,) = struct.unpack_from(">I", data, p)
            p += 4
        if m.htyp & HTYP_UEH:
            m.msin, m.noar = struct.unpack_from("BB", data, p)
            m.apid = bytes(data[p + 2:p + 6])
            m.ctid = bytes(data[p + 6:p + 10])
            p += 10
        m.payload = bytes(data[p:hdr + m.length])
        m.index = index
        index += 1
        yield m
        pos = hdr + m.length


# ---------------------------------------------------------------------------
# Verbose payload decoding
# ---------------------------------------------------------------------------

class DecodeError(Exception):
    pass


def _quote(text):
    out = ['"']
    for ch in text:
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\x%02x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


class _Reader:
    def __init__(self, buf, big_endian):
        self.buf = buf
        self.pos = 0
        self.e = ">" if big_endian else "<"

    def take(self, n, what):
        if self.pos + n > len(self.buf):
            raise DecodeError("%s needs %d bytes, %d left" % (what, n, len(self.buf) - self.pos))
        b = self.buf[self.pos:self.pos + n]
        self.pos += n
        return b

    def u16(self, what):
        return struct.unpack(self.e + "H", self.take(2, what))[0]

    def u32(self, what):
        return struct.unpack(self.e + "I", self.take(4, what))[0]

    def left(self):
        return len(self.buf) - self.pos


def _cstr(raw):
    """Text of a NUL-terminated length-counted field (name, unit)."""
    return raw.split(b"\x00", 1)[0].decode("utf-8", "backslashreplace")


def _fmt_int(raw, signed, scod, e):
    n = len(raw)
    value = int.from_bytes(raw, "big" if e == ">" else "little", signed=signed)
    if scod == SCOD_HEX:
        return "0x%0*x" % (2 * n, value & ((1 << (8 * n)) - 1))
    if scod == SCOD_BIN:
        return "0b" + format(value & ((1 << (8 * n)) - 1), "0%db" % (8 * n))
    return str(value)


def decode_arg(r):
    """Decode one verbose argument; return its text form."""
    ti = r.u32("type info")
    tyle = ti & TYLE_MASK
    scod = ti & SCOD_MASK
    name = unit = None
    if ti & (TI_ARAY | TI_STRU | TI_TRAI):
        raise DecodeError("unsupported type info 0x%08x (array/struct/trace info)" % ti)

    if ti & TI_BOOL:
        if ti & TI_VARI:
            nlen = r.u16("bool name length")
            name = _cstr(r.take(nlen, "bool name"))
        size = TYLE_BYTES.get(tyle, 1)
        raw = r.take(size, "bool value")
        text = "bool:" + ("true" if any(raw) else "false")
        if any(raw) and raw[0] not in (0, 1):
            text = "bool:%d" % raw[0]
    elif ti & (TI_SINT | TI_UINT | TI_FLOA):
        if tyle not in TYLE_BYTES:
            raise DecodeError("bad TYLE %d in type info 0x%08x" % (tyle, ti))
        size = TYLE_BYTES[tyle]
        if ti & TI_VARI:
            nlen = r.u16("name length")
            ulen = r.u16("unit length")
            name = _cstr(r.take(nlen, "name"))
            unit = _cstr(r.take(ulen, "unit"))
        fixp = ""
        if ti & TI_FIXP:
            (quant,) = struct.unpack(r.e + "f", r.take(4, "fixp quantization"))
            off_raw = r.take(8 if tyle == 4 else 4, "fixp offset")
            fixp = " (q=%r off=%s)" % (quant, _fmt_int(off_raw, True, SCOD_ASCII, r.e))
        raw = r.take(size, "value")
        if ti & TI_FLOA:
            if size == 4:
                text = "f32:%r" % struct.unpack(r.e + "f", raw)[0]
            elif size == 8:
                text = "f64:%r" % struct.unpack(r.e + "d", raw)[0]
            elif size == 2:
                text = "f16:%r" % struct.unpack(r.e + "e", raw)[0]
            else:
                text = "f%d:0x%s" % (size * 8, raw.hex())
        else:
            signed = bool(ti & TI_SINT)
            text = "%s%d:%s" % ("i" if signed else "u", size * 8, _fmt_int(raw, signed, scod, r.e))
        text += fixp
    elif ti & (TI_STRG | TI_RAWD):
        dlen = r.u16("data length")
        if ti & TI_VARI:
            nlen = r.u16("name length")
            name = _cstr(r.take(nlen, "name"))
        data = r.take(dlen, "data")
        if ti & TI_STRG:
            body = data[:-1] if data.endswith(b"\x00") else data
            if scod == SCOD_UTF8:
                text = "utf8:" + _quote(body.decode("utf-8", "backslashreplace"))
            else:
                text = "str:" + _quote(body.decode("latin-1"))
            if not data.endswith(b"\x00"):
                text += "(no NUL)"
        else:
            tag = "raw"
            if scod == SCOD_HEX:
                tag = "rawhex"
            elif scod == SCOD_BIN:
                tag = "rawbin"
            text = "%s:%s" % (tag, data.hex())
    else:
        raise DecodeError("unknown type info 0x%08x" % ti)

    if ti & TI_VARI:
        # name=value, unit in brackets; VARI with neither name nor unit (2.18.8's DLT_INT/
        # DLT_UINT quirk) is marked "(vari)" so that it stays visible.
        label = name if name else ""
        if unit:
            label += "[%s]" % unit
        text = "%s=%s" % (label, text) if label else text + "(vari)"
    return text


def decode_payload(m):
    """Readable form of a message payload."""
    if m.mstp == 3:
        if len(m.payload) >= 4:
            sid = struct.unpack((">" if m.big_endian else "<") + "I", m.payload[:4])[0]
            return "{ctrl service=0x%x %s}" % (sid, m.payload[4:].hex() or "-")
        return "{ctrl %s}" % (m.payload.hex() or "-")
    if not m.verbose:
        if len(m.payload) >= 4:
            mid = struct.unpack((">" if m.big_endian else "<") + "I", m.payload[:4])[0]
            return "{nv id=%d %s}" % (mid, m.payload[4:].hex() or "-")
        return "{nv %s}" % (m.payload.hex() or "-")
    r = _Reader(m.payload, m.big_endian)
    args = []
    try:
        for _ in range(m.noar):
            args.append(decode_arg(r))
        if r.left():
            args.append("<%d extra bytes: %s>" % (r.left(), r.buf[r.pos:].hex()))
    except DecodeError as exc:
        args.append("<decode error: %s; rest %s>" % (exc, r.buf[r.pos:].hex() or "-"))
    return "{" + " ".join(args) + "}"


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------

def _hex_or_dash(v, width):
    return "-" if v is None else "0x%0*x" % (width, v)


def format_message(m, mode, decode):
    payload = decode_payload(m) if decode else (m.payload.hex() or "-")
    msin = _hex_or_dash(m.msin, 2)
    noar = "-" if m.noar is None else str(m.noar)
    htyp = "0x%02x" % m.htyp
    common = [id_str(m.apid), id_str(m.ctid), msin, noar, htyp, payload]
    if mode == "normalize":
        return " ".join([id_str(m.ecu if m.ecu is not None else m.storage_ecu)] + common)
    if mode == "full":
        head = [str(m.index), "%d.%06d" % (m.sec, m.usec),
                id_str(m.ecu if m.ecu is not None else m.storage_ecu),
                str(m.mcnt), "-" if m.seid is None else str(m.seid),
                "-" if m.tmsp is None else str(m.tmsp), str(m.length)]
        return " ".join(head + common)
    return " ".join(common)


def _id_set(values):
    out = set()
    for v in values or []:
        for part in v.split(","):
            if part:
                out.add(part)
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Print DLT storage files (.dlt) one message per line.",
        epilog="Exit status: 0 ok (parse problems are reported on stderr), 1 parse problems with --strict, 2 usage or I/O error.")
    ap.add_argument("files", nargs="+", metavar="FILE", help="storage file ('-' = stdin)")
    ap.add_argument("--apid", action="append", metavar="X", help="only this apid (repeatable, or comma list)")
    ap.add_argument("--ctid", action="append", metavar="X", help="only this ctid (repeatable, or comma list)")
    ap.add_argument("--log-only", action="store_true",
                    help="drop control messages (MSTP 3) and the daemon's DA1/DC1 messages")
    ap.add_argument("--count", action="store_true", help="print only the number of matching messages")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--normalize", action="store_true",
                      help="print 'ecu apid ctid msin noar htyp payload' (comparable between runs)")
    mode.add_argument("--full", action="store_true", help="print every header field")
    ap.add_argument("--decode", action="store_true", help="decode verbose arguments instead of payload hex")
    ap.add_argument("--strict", action="store_true", help="exit 1 on any parse problem (default: warn only)")
    args = ap.parse_args(argv)

    apids = _id_set(args.apid)
    ctids = _id_set(args.ctid)
    out_mode = "normalize" if args.normalize else ("full" if args.full else "default")
    count = 0
    problems = 0
    out = sys.stdout
    try:
        for fname in args.files:
            try:
                if fname == "-":
                    data = sys.stdin.buffer.read()
                else:
                    with open(fname, "rb") as fh:
                        data = fh.read()
            except OSError as exc:
                print("dltdump: %s" % exc, file=sys.stderr)
                return 2
            errors = []
            for m in parse_buffer(data, errors):
                apid = id_str(m.apid)
                ctid = id_str(m.ctid)
                if apids and apid not in apids:
                    continue
                if ctids and ctid not in ctids:
                    continue
                if args.log_only and (m.mstp == 3 or apid == "DA1" or ctid == "DC1"):
                    continue
                count += 1
                if not args.count:
                    out.write(format_message(m, out_mode, args.decode) + "\n")
            for e in errors:
                print("dltdump: %s: %s" % (fname, e), file=sys.stderr)
            problems += len(errors)
        if args.count:
            out.write("%d\n" % count)
        out.flush()
    except BrokenPipeError:
        return 0
    return 1 if (problems and args.strict) else 0


if __name__ == "__main__":
    sys.exit(main())
