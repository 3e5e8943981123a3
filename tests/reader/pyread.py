# Reads DLT files through python3-dlt (ctypes on libdlt.so.2) and prints
# what it sees: ids, header fields, the message text and the decoded arguments.
import sys
from dlt import dlt


def show(n, m):
    try:
        text = str(m)
    except Exception as e:  # python3-dlt fails on messages without extended header
        text = "str error: " + type(e).__name__
    print(n, m.apid, m.ctid, m.ecuid, m.mcnt, m.seid, m.tmsp, m.noar, m.datasize, text)
    try:
        m.payload._parse_payload()
        print("  args:", m.payload._params)
    except Exception as e:
        print("  args error:", type(e).__name__)


for f in sys.argv[1:]:
    n = 0
    for m in dlt.load(f):
        n += 1
        show(n, m)
    print(f, n, "messages")
    print(f, "filtered APP1/CTX1:", sum(1 for _ in dlt.load(f, filters=[("APP1", "CTX1")])))
