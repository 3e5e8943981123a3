# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: wire conformance.  wire-probe sends one message per case (every
# argument writer and type, macros, levels, user timestamps, non-verbose mode,
# header switches, one-call helpers, marker, network trace) through a private
# dlt-daemon; test-wire.sh runs it on the reference libdlt.so.2 and on
# libdlt-ng and compares what dlt-receive got, byte by byte (wirecmp.py).
check_PROGRAMS += tests/wire/wire-probe
tests_wire_wire_probe_SOURCES = tests/wire/wire-probe.c
tests_wire_wire_probe_LDADD = libdlt.la -lm
TESTS += tests/wire/test-wire.sh
EXTRA_DIST += tests/wire/test-wire.sh tests/wire/wirecmp.py tests/wire/known-differences
