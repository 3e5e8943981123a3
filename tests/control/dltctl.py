#!/usr/bin/python3
# SPDX-License-Identifier: MPL-2.0
# dltctl.py: a minimal DLT viewer for the tests: connects to a dlt-daemon's
# TCP port, sends standard DLT control requests (what a viewer or dlt-control
# sends) and collects what the daemon forwards (log messages and control
# responses).  Written for libdlt-ng from the DLT protocol description.
#
# Frame of a request: standard header (HTYP = UEH | WEID | version 1, MCNT,
# LEN big-endian counting from HTYP), ECU ID, extended header (MSIN = control
# request, non-verbose; NOAR 0; APID; CTID), then the payload, little-endian
# since MSBF is clear: a 32-bit service id and the service's fields.
"""Usage as a module:

    c = DltClient(port); c.set_log_level("APP", "CTX", 5); c.messages(); c.close()

As a command (for manual use):

    dltctl.py PORT log-level APID CTID LEVEL
    dltctl.py PORT trace-status APID CTID STATUS
    dltctl.py PORT default-log-level LEVEL
    dltctl.py PORT inject APID CTID SERVICE_ID HEXDATA
"""

import socket
import struct
import sys
import threading
import time

HTYP_UEH, HTYP_MSBF, HTYP_WEID, HTYP_WSID, HTYP_WTMS = 0x01, 0x02, 0x04, 0x08, 0x10
HTYP_VERSION1 = 0x20
MSTP_LOG, MSTP_CONTROL = 0, 3
MTIN_CONTROL_REQUEST, MTIN_CONTROL_RESPONSE = 1, 2

SERVICE_SET_LOG_LEVEL = 0x01
SERVICE_SET_TRACE_STATUS = 0x02
SERVICE_SET_DEFAULT_LOG_LEVEL = 0x11


def _id4(s):
    b = s.encode() if isinstance(s, str) else bytes(s)
    return (b + b"\0\0\0\0")[:4]


def control_frame(payload, apid="DLTC", ctid="CTRL", ecu="ECU1", mcnt=0):
    """A complete control request message (no storage or serial header)."""
    htyp = HTYP_UEH | HTYP_WEID | HTYP_VERSION1
    msin = (MTIN_CONTROL_REQUEST << 4) | (MSTP_CONTROL << 1)  # non-verbose
    ext = struct.pack("<BB4s4s", msin, 0, _id4(apid), _id4(ctid))
    length = 4 + 4 + len(ext) + len(payload)
    return struct.pack(">BBH4s", htyp, mcnt & 0xFF, length, _id4(ecu)) + ext + payload


class Message:
    __slots__ = ("t", "ecu", "apid", "ctid", "mstp", "mtin", "verbose", "payload", "msbf")

    def text(self):
        """Printable view of the payload (verbose strings show up as text)."""
        return self.payload.decode("latin-1")


def parse_message(buf):
    """(message, size) for the message at the start of buf, or (None, 0)."""
    if len(buf) < 4:
        return None, 0
    htyp = buf[0]
    length = struct.unpack(">H", buf[2:4])[0]
    if length < 4:
        return None, -1
    if len(buf) < length:
        return None, 0
    m = Message()
    m.t = time.monotonic_ns()
    at = 4
    m.ecu = b""
    if htyp & HTYP_WEID:
        m.ecu = buf[at:at + 4]
        at += 4
    if htyp & HTYP_WSID:
        at += 4
    if htyp & HTYP_WTMS:
        at += 4
    m.apid = m.ctid = b""
    m.mstp = m.mtin = m.verbose = 0
    if htyp & HTYP_UEH and at + 10 <= length:
        msin = buf[at]
        m.verbose = msin & 1
        m.mstp = (msin >> 1) & 7
        m.mtin = (msin >> 4) & 15
        m.apid = buf[at + 2:at + 6].rstrip(b"\0")
        m.ctid = buf[at + 6:at + 10].rstrip(b"\0")
        at += 10
    m.msbf = bool(htyp & HTYP_MSBF)
    m.payload = bytes(buf[at:length])
    return m, length


class DltClient:
    """A TCP client of the daemon; a thread collects what it sends."""

    def __init__(self, port, host="::1", timeout=5.0):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.sock.settimeout(0.2)
        self.lock = threading.Condition()
        self.msgs = []
        self.closed = False
        self.mcnt = 0
        self.thread = threading.Thread(target=self._reader, daemon=True)
        self.thread.start()

    def _reader(self):
        buf = b""
        while not self.closed:
            try:
                data = self.sock.recv(65536)
            except socket.timeout:
                continue
            except OSError:
                break
            if not data:
                break
            buf += data
            while True:
                m, size = parse_message(buf)
                if size < 0:  # garbage: drop a byte and go on
                    buf = buf[1:]
                    continue
                if m is None:
                    break
                buf = buf[size:]
                with self.lock:
                    self.msgs.append(m)
                    self.lock.notify_all()

    def send(self, payload, apid="DLTC", ctid="CTRL"):
        """Send one control request; returns the monotonic time (ns) just before."""
        frame = control_frame(payload, apid, ctid, mcnt=self.mcnt)
        self.mcnt += 1
        t = time.monotonic_ns()
        self.sock.sendall(frame)
        return t

    def set_log_level(self, apid, ctid, level):
        return self.send(struct.pack("<I4s4sB4s", SERVICE_SET_LOG_LEVEL, _id4(apid), _id4(ctid),
                                     level & 0xFF, b"remo"))

    def set_trace_status(self, apid, ctid, status):
        return self.send(struct.pack("<I4s4sB4s", SERVICE_SET_TRACE_STATUS, _id4(apid),
                                     _id4(ctid), status & 0xFF, b"remo"))

    def set_default_log_level(self, level):
        return self.send(struct.pack("<IB4s", SERVICE_SET_DEFAULT_LOG_LEVEL, level & 0xFF,
                                     b"remo"))

    def inject(self, apid, ctid, service_id, data):
        # The daemon finds the target context from the extended header.
        return self.send(struct.pack("<II", service_id, len(data)) + bytes(data), apid, ctid)

    def messages(self):
        with self.lock:
            return list(self.msgs)

    def wait_for(self, pred, timeout):
        """Wait until a collected message satisfies pred; returns it or None."""
        deadline = time.monotonic() + timeout
        with self.lock:
            seen = 0
            while True:
                for m in self.msgs[seen:]:
                    if pred(m):
                        return m
                seen = len(self.msgs)
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self.lock.wait(left)

    def responses(self, service_id):
        """Status bytes of the control responses for service_id, in order."""
        out = []
        for m in self.messages():
            if m.mstp == MSTP_CONTROL and m.mtin == MTIN_CONTROL_RESPONSE and len(m.payload) >= 5:
                sid = struct.unpack(">I" if m.msbf else "<I", m.payload[:4])[0]
                if sid == service_id:
                    out.append(m.payload[4])
        return out

    def close(self):
        self.closed = True
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()
        self.thread.join(2)


def main(argv):
    if len(argv) < 3:
        sys.stderr.write(__doc__)
        return 2
    c = DltClient(int(argv[1]))
    cmd, args = argv[2], argv[3:]
    if cmd == "log-level":
        c.set_log_level(args[0], args[1], int(args[2]))
    elif cmd == "trace-status":
        c.set_trace_status(args[0], args[1], int(args[2]))
    elif cmd == "default-log-level":
        c.set_default_log_level(int(args[0]))
    elif cmd == "inject":
        c.inject(args[0], args[1], int(args[2], 0), bytes.fromhex(args[3]))
    else:
        sys.stderr.write(__doc__)
        return 2
    time.sleep(0.5)
    for m in c.messages():
        if m.mstp == MSTP_CONTROL and m.mtin == MTIN_CONTROL_RESPONSE:
            print("response", m.apid.decode(), m.ctid.decode(), m.payload.hex())
    c.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
