# SPDX-License-Identifier: MPL-2.0
# pyclient.py: a python3-dlt client (its DLTClient, i.e. ctypes on
# dlt_client_init / set_server_ip / connect / cleanup of libdlt.so.2) that
# receives through the library's own dlt_client_main_loop with a ctypes
# message callback until the daemon closes the connection, and prints every
# message's header (without the time) and payload as the library renders
# them.  The daemon's per-connection notices are left out.
#   pyclient.py PORT
import ctypes
import sys

from dlt import dlt

lib = dlt.dltlib
client = dlt.DLTClient(servIP="::1", port=int(sys.argv[1]))
print("connected", client.connect(), flush=True)
header = ctypes.create_string_buffer(10024)
payload = ctypes.create_string_buffer(10024)
CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def on_message(msg, _data):
    # every field but the time and the ECU id of the storage header, which
    # main_loop leaves unset (garbage) for messages without their own ECU id
    lib.dlt_message_header_flags(ctypes.c_void_p(msg), header, ctypes.c_size_t(10024),
                                 0xFFFF & ~0x0009, 0)
    lib.dlt_message_payload(ctypes.c_void_p(msg), payload, ctypes.c_size_t(10024), 2, 0)
    text = header.value
    if b" DLTD INTM " not in text and b" DA1- DC1- " not in text:
        print(text.decode(errors="replace"), "[" + payload.value.decode(errors="replace") + "]",
              flush=True)
    return 0


callback = CALLBACK(on_message)
lib.dlt_client_register_message_callback(callback)
print("main loop", lib.dlt_client_main_loop(ctypes.byref(client), None, 0), flush=True)
client.disconnect()
print("disconnected", flush=True)
