#!/usr/bin/python3
# SPDX-License-Identifier: MPL-2.0
# ctlscen.py: one run of ctl-app against a private dlt-daemon, driven over
# the daemon's TCP port with dltctl.py as a viewer would.  Prints what
# happened as "RESULT <key> <value>" lines (test-control.sh asserts on them
# and compares libdlt-ng with the reference) and "# ..." comments.
#
#   ctlscen.py --port P --dir PIPEDIR --bin CTL_APP [--changes N] [--hostile]
#
# The library is chosen by the caller's environment (LD_LIBRARY_PATH).
# Every wait is bounded; the reference library polls its FIFO only every
# 0.5-1 s, so waits for something that must happen are generous, and checks
# that something does NOT happen are made by sending a positive probe after
# the negative ones (the FIFO keeps their order) and waiting for the probe.
import argparse
import os
import statistics
import struct
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dltctl  # noqa: E402

WAIT = 6.0  # seconds for something that must happen, even on the reference
BURST = 2000  # messages logged while hostile bytes arrive


def result(key, value):
    print("RESULT %s %s" % (key, value), flush=True)


def comment(text):
    print("# " + text, flush=True)


class App:
    """ctl-app as a child process; its stdout lines are collected."""

    def __init__(self, binary, env):
        self.p = subprocess.Popen([binary], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, env=env, text=True, bufsize=1)
        self.lines = []
        self.cond = threading.Condition()
        self.err = []
        threading.Thread(target=self._read, args=(self.p.stdout, self.lines), daemon=True).start()
        threading.Thread(target=self._read, args=(self.p.stderr, self.err), daemon=True).start()

    def _read(self, f, into):
        for line in f:
            with self.cond:
                into.append(line.rstrip("\n"))
                self.cond.notify_all()

    def cmd(self, text):
        try:
            self.p.stdin.write(text + "\n")
            self.p.stdin.flush()
        except (BrokenPipeError, OSError):
            pass  # the app is gone: the waits that follow time out

    def wait_line(self, pred, timeout=WAIT, start=0):
        """Index and words of the first line (from index start) satisfying pred."""
        deadline = time.monotonic() + timeout
        with self.cond:
            i = start
            while True:
                while i < len(self.lines):
                    w = self.lines[i].split()
                    if w and pred(w):
                        return i, w
                    i += 1
                left = deadline - time.monotonic()
                if left <= 0 or (self.p.poll() is not None and i >= len(self.lines)):
                    return None, None
                self.cond.wait(min(left, 0.2))

    def mark(self):
        with self.cond:
            return len(self.lines)

    def ask(self, command, answer):
        start = self.mark()
        self.cmd(command)
        _, w = self.wait_line(lambda w: w[0] == answer, start=start)
        return w[1] if w else None

    def levels(self):
        """Latest LEVEL line per context: {ctid: (ll, ts)}."""
        out = {}
        with self.cond:
            for line in self.lines:
                w = line.split()
                if w and w[0] == "LEVEL":
                    out[w[1]] = (int(w[2]), int(w[3]))
        return out

    def quit(self):
        try:
            self.cmd("quit")
        except (BrokenPipeError, OSError):
            pass
        try:
            return self.p.wait(15)
        except subprocess.TimeoutExpired:
            self.p.kill()
            return self.p.wait()


def wait_level(app, ctid, ll, ts=None, start=0, timeout=WAIT):
    return app.wait_line(lambda w: w[0] == "LEVEL" and w[1] == ctid and int(w[2]) == ll and
                         (ts is None or int(w[3]) == ts), timeout=timeout, start=start)


def wait_state(app, want, timeout=WAIT):
    deadline = time.monotonic() + timeout
    while True:
        st = app.ask("state", "STATE")
        if st is not None and int(st) == want or time.monotonic() > deadline:
            return st
        time.sleep(0.05)


def seen_text(client, text):
    return any(m.mstp == dltctl.MSTP_LOG and text.encode() in m.payload
               for m in client.messages())


def log_and_see(app, client, ctid, level, text):
    app.ask("log %s %d %s" % (ctid, level, text), "LOGGED")


def deaf(app, a):
    """The app does not read its FIFO: no level, injection or log state."""
    client = dltctl.DltClient(a.port)
    client.set_log_level("CTLA", "CTX1", 1)
    client.inject("CTLA", "CTX1", 0x1000, b"deaf")
    log_and_see(app, client, "CTX1", 4, "D1-info")
    time.sleep(2.0)  # the reference would have polled its FIFO by now
    lv = app.levels()
    result("deaf_CTX1", "%d/%d" % lv.get("CTX1", (99, 99)))
    result("deaf_injection", int(any(x.startswith("INJ ") for x in app.lines)))
    result("deaf_state", app.ask("state", "STATE"))
    result("deaf_logging", int(client.wait_for(lambda m: b"D1-info" in m.payload, WAIT) is not None))
    client.close()
    result("exit", app.quit())
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--dir", required=True)
    ap.add_argument("--bin", required=True)
    ap.add_argument("--preload", default="",
                    help="LD_PRELOAD for ctl-app only (a sanitizer runtime): not for this "
                         "interpreter, whose own threads a sanitizer would report")
    ap.add_argument("--changes", type=int, default=20)
    ap.add_argument("--hostile", action="store_true")
    ap.add_argument("--deaf", action="store_true",
                    help="DLT_DISABLE_INJECTION_MSG_AT_USER is set: expect nothing back")
    a = ap.parse_args()

    env = dict(os.environ, DLT_PIPE_DIR=a.dir)
    if a.preload:
        env["LD_PRELOAD"] = a.preload
    app = App(a.bin, env)
    _, w = app.wait_line(lambda w: w[0] == "READY")
    if not w:
        result("ready", 0)
        comment("ctl-app did not start: %s" % " | ".join(app.err[-5:]))
        app.quit()
        return 1
    pid = int(w[1])
    result("ready", 1)
    if a.deaf:
        return deaf(app, a)

    # ---- initial levels: the daemon (ContextLogLevel = 5) answers "unset"
    i, _ = wait_level(app, "CTX1", 5)
    j, _ = wait_level(app, "CTX4", 2, 0)
    time.sleep(0.3)
    lv = app.levels()
    for c in ("CTX1", "CTX2", "CTX3", "CTX4"):
        result("initial_%s" % c, "%d/%d" % lv.get(c, (99, 99)))
    result("initial_llccb_CTX2", int(app.wait_line(
        lambda w: w[0] == "LLCB" and w[1] == "CTX2", timeout=0.5)[0] is not None))
    result("state_no_client", wait_state(app, 0, timeout=2))

    # ---- a viewer connects: LOG_STATE 1
    client = dltctl.DltClient(a.port)
    t0 = time.monotonic()
    st = wait_state(app, 1)
    result("state_client", st)
    comment("log state 1 seen after %.0f ms" % ((time.monotonic() - t0) * 1000))

    # ---- level change filters in the app
    log_and_see(app, client, "CTX1", 5, "F1-debug")
    log_and_see(app, client, "CTX1", 6, "F1-verbose")
    start = app.mark()
    client.set_log_level("CTLA", "CTX1", 3)
    k, _ = wait_level(app, "CTX1", 3, start=start)
    result("set_level_applied", int(k is not None))
    log_and_see(app, client, "CTX1", 4, "F2-info")
    log_and_see(app, client, "CTX1", 3, "F2-warn")
    client.wait_for(lambda m: b"F2-warn" in m.payload, WAIT)
    client.wait_for(lambda m: b"F1-debug" in m.payload, 1.0)
    result("filter_before", "debug=%d,verbose=%d" % (seen_text(client, "F1-debug"),
                                                       seen_text(client, "F1-verbose")))
    result("filter_after", "warn=%d,info=%d" % (seen_text(client, "F2-warn"),
                                                 seen_text(client, "F2-info")))
    # The llccb callback of CTX1 (installed with
    # dlt_register_log_level_changed_callback) saw the change.
    _, w = app.wait_line(lambda w: w[0] == "LLCB" and w[1] == "CTX1" and w[2] == "3",
                         start=start, timeout=2)
    result("llccb_CTX1", " ".join(w[1:4]) if w else "none")

    # ---- SET_DEFAULT_LOG_LEVEL: the daemon updates contexts that follow its
    # default (CTX2, registered with its level unset), not CTX1 (set above)
    start = app.mark()
    client.set_default_log_level(2)
    wait_level(app, "CTX2", 2, start=start)
    time.sleep(0.3)
    lv = app.levels()
    result("default_level", "CTX1=%d,CTX2=%d" % (lv["CTX1"][0], lv["CTX2"][0]))

    # ---- llccb of a context registered with dlt_register_context_llccb
    start = app.mark()
    client.set_log_level("CTLA", "CTX2", 6)
    _, w = app.wait_line(lambda w: w[0] == "LLCB" and w[1] == "CTX2" and w[2] == "6",
                         start=start)
    result("llccb_CTX2_level", " ".join(w[1:4]) if w else "none")
    start = app.mark()
    client.set_trace_status("CTLA", "CTX2", 1)
    _, w = app.wait_line(lambda w: w[0] == "LLCB" and w[1] == "CTX2" and w[3] == "1",
                         start=start)
    result("llccb_CTX2_trace", " ".join(w[1:4]) if w else "none")
    k, _ = wait_level(app, "CTX2", 6, 1, start=start)
    result("trace_status_applied", int(k is not None))

    # ---- injections: negatives first, then positive probes
    start = app.mark()
    client.inject("CTLA", "CTX1", 0x1002, b"nobody")   # no callback for this id
    client.inject("CTLA", "CTX2", 0x1000, b"notme")    # context without callbacks
    client.inject("CTLA", "CTX1", 0x1000, b"")         # no data
    client.inject("CTLA", "CTX1", 0x1000, b"hello")
    client.inject("CTLA", "CTX1", 0x1001, bytes([0, 1, 2, 0xff]))
    _, w = app.wait_line(lambda w: w[0] == "INJ" and w[2] == "0x1001", start=start)
    time.sleep(0.2)
    injs = [" ".join(x.split()[1:5]) for x in app.lines[start:] if x.startswith("INJ ")]
    result("injections", ";".join(injs) if injs else "none")
    big = bytes(range(256)) * 16  # 4096 bytes: more than one FIFO atomic write with headers
    start = app.mark()
    client.inject("CTLA", "CTX1", 0x1000, big)
    _, w = app.wait_line(lambda w: w[0] == "INJ", start=start)
    result("injection_4096", "%s/%s" % (w[3], w[4][:16]) if w else "none")
    resp = client.responses(0x1000)
    comment("daemon responses to injection 0x1000: %s" % resp)

    # ---- latency of a level change: request sent -> level byte changed
    lat = []
    for n in range(a.changes):
        level = 5 if n % 2 == 0 else 4
        start = app.mark()
        t_send = client.set_log_level("CTLA", "CTX1", level)
        k, w = wait_level(app, "CTX1", level, start=start)
        if not w:
            break
        lat.append((int(w[4]) - t_send) / 1e6)
    if lat:
        result("latency_n", len(lat))
        result("latency_p50_ms", "%.2f" % statistics.median(lat))
        result("latency_max_ms", "%.2f" % max(lat))
    else:
        result("latency_n", 0)

    # ---- dlt_set_application_ll_ts_limit: APP_LL_TS, the daemon answers
    start = app.mark()
    rc = app.ask("limit 2 0", "LIMIT")
    result("limit_rc", rc)
    time.sleep(0.2)
    wait_level(app, "CTX3", 2, start=start, timeout=3)
    time.sleep(1.5)  # the daemon's per-context answers (reference: polled)
    lv = app.levels()
    result("limit_levels", ",".join("%s=%d/%d" % ((c,) + lv[c]) for c in sorted(lv)))
    start = app.mark()
    client.set_log_level("CTLA", "CTX1", 4)  # still controllable afterwards
    k, _ = wait_level(app, "CTX1", 4, start=start)
    result("after_limit_set", int(k is not None))

    # ---- hostile bytes on the app FIFO; later real changes still apply
    if a.hostile:
        fifo = os.path.join(a.dir, "dltpipes", "dlt%d" % pid)
        hdr = lambda t: b"DUH\x01" + struct.pack("<I", t)  # noqa: E731
        junk = [
            b"\x00garbage\xffDUH",                            # noise, partial pattern
            hdr(99) + b"\x01\x02\x03",                        # unknown type
            hdr(7) + struct.pack("<iII", 0, 0x1000, 0xFFFFFFF0),  # huge injection length
            hdr(7) + struct.pack("<iII", 9999, 0x1000, 3) + b"abc",  # unknown context
            hdr(7) + struct.pack("<iII", -5, 0x1000, 3) + b"abc",    # negative position
            hdr(6) + struct.pack("<BBi", 200, 0, 0),          # impossible level
            hdr(6) + struct.pack("<BBi", 1, 0, 123456),       # unknown position
            hdr(12) + b"\x05",                                # impossible log state
            hdr(12),                                          # LOG_STATE without its byte
            hdr(6) + b"\x01\x00",                             # torn LOG_LEVEL
        ]
        # The app logs a burst while the bytes arrive.
        start = app.mark()
        app.cmd("burst CTX1 %d" % BURST)
        fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        for piece in junk:
            os.write(fd, piece)
            time.sleep(0.001)
        for _ in range(50):  # random bytes with patterns in them
            os.write(fd, os.urandom(64) + b"DUH\x01" + os.urandom(16))
        torn_tail = hdr(6) + b"\x06"                          # left hanging at the end
        os.write(fd, torn_tail)
        os.close(fd)
        _, w = app.wait_line(lambda w: w[0] == "BURST", start=start, timeout=30)
        result("hostile_burst_logged", w[1] if w else "none")
        log_and_see(app, client, "CTX1", 4, "H1-still-logging")
        m = client.wait_for(lambda m: b"H1-still-logging" in m.payload, WAIT)
        result("hostile_logging", int(m is not None))
        got = set(mm.payload for mm in client.messages() if b"burst-" in mm.payload)
        result("hostile_burst_received", len(got))
        start = app.mark()
        client.set_log_level("CTLA", "CTX1", 1)
        k, w = wait_level(app, "CTX1", 1, start=start)
        result("hostile_then_level", int(k is not None))
        _, w = app.wait_line(lambda w: w[0] == "LEVEL" and w[1] != "CTX1" or
                             w[0] == "INJ", start=start, timeout=0.3)
        result("hostile_side_effects", " ".join(w) if w else "none")
        start = app.mark()
        client.inject("CTLA", "CTX1", 0x1000, b"after")
        _, w = app.wait_line(lambda w: w[0] == "INJ", start=start)
        result("hostile_then_injection", " ".join(w[1:5]) if w else "none")
        result("hostile_state", app.ask("state", "STATE"))
        alive = app.p.poll() is None
        result("hostile_alive", int(alive))
        if not alive:
            comment("the app died (exit %s) after the hostile bytes" % app.p.returncode)

    # ---- the viewer leaves: LOG_STATE 0
    client.close()
    result("state_after_disconnect", wait_state(app, 0))

    rc = app.quit()
    result("exit", rc)
    with app.cond:
        warn = [e for e in app.err if "rejected" in e]
    result("rejections_reported", int(bool(warn)))
    for e in app.err[-8:]:
        comment("app stderr: " + e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
