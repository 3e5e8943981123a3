# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: wire conformance.  wire-probe sends one message per case (every
# argument writer and type, macros, levels, user timestamps, non-verbose mode,
# header switches, one-call helpers, marker, network trace) through a private
# dlt-daemon.
check_PROGRAMS += tests/wire/wire-probe
tests_wire_wire_probe_SOURCES = tests/wire/wire-probe.c
tests_wire_wire_probe_LDADD = libdlt.la -lm
