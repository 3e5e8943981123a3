#!/usr/bin/env python3
# SPDX-License-Identifier: MPL-2.0
"""libdlt-ng: no message may stay in the ring because the worker went to
sleep just as it was published (a missed wake-up).

Loads libdlt.so.2 (whichever LD_LIBRARY_PATH gives) into this process with
ctypes, connects to the daemon as a client (TCP, ::1 only), and then, ROUNDS
times: sleeps a random 2-5 ms (long enough for libdlt-ng's worker to stop
napping and block, so the next message must wake it), logs one message with
a unique text, and waits until the daemon has forwarded that text to us.
A message that does not arrive within TIMEOUT seconds (the worker sleeps
until the next message: there is no next one here) fails the run.

Usage: wake-race.py PORT [ROUNDS]
Prints one line: rounds=N stuck=M worst_ms=W; exit status 1 if anything
was stuck, 2 on a setup error.
"""

import ctypes
import random
import socket
import sys
import time

DLT_LOG_INFO = 4
TIMEOUT = 5.0


def main():
    port = int(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    lib = ctypes.CDLL("libdlt.so.2")
    lib.dlt_register_app.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    lib.dlt_register_context.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    lib.dlt_log_string.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p]
    ctx = ctypes.create_string_buffer(64)  # DltContext is 24 bytes; room to spare

    # Connect first: the daemon forwards only what arrives after a client is there.
    sock = socket.create_connection(("::1", port), timeout=10)
    sock.settimeout(0.05)
    if lib.dlt_register_app(b"WAKE", b"wake-up race") < 0 or \
            lib.dlt_register_context(ctx, b"WAK1", b"wake-up race") < 0:
        print("registration failed")
        return 2

    buf = b""
    rng = random.Random(20261201)
    stuck = 0
    worst = 0.0
    for i in range(rounds):
        time.sleep(rng.uniform(0.002, 0.005))
        text = b"wake-race-%06d" % i
        sent = time.monotonic()
        if lib.dlt_log_string(ctx, DLT_LOG_INFO, text) < 0:
            print("dlt_log_string failed in round %d" % i)
            return 2
        while text not in buf:
            if time.monotonic() - sent > TIMEOUT:
                break
            try:
                chunk = sock.recv(65536)
            except socket.timeout:
                continue
            if not chunk:
                print("the daemon closed the connection in round %d" % i)
                return 2
            buf += chunk
        took = time.monotonic() - sent
        if text in buf:
            worst = max(worst, took)
            buf = buf[buf.index(text) + len(text):]
        else:
            stuck += 1
            print("# round %d: message not forwarded within %.0f s" % (i, TIMEOUT))
            break  # the ring is stuck; later rounds would only wake it
    print("rounds=%d stuck=%d worst_ms=%.1f" % (i + 1, stuck, worst * 1000))
    lib.dlt_unregister_context(ctx)
    lib.dlt_unregister_app()
    sock.close()
    return 1 if stuck else 0


if __name__ == "__main__":
    sys.exit(main())
