# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: behaviour behind the performance work that can be counted
# rather than timed (the worker's wake-ups while streaming and when idle).
check_PROGRAMS += tests/perf/idle-probe
tests_perf_idle_probe_SOURCES = tests/perf/idle-probe.c
tests_perf_idle_probe_CPPFLAGS = -I$(top_srcdir)/include/dlt -I$(top_srcdir)/include
tests_perf_idle_probe_LDADD = libdlt.la
TESTS += tests/perf/test-worker-idle.sh
EXTRA_DIST += tests/perf/test-worker-idle.sh
# What one message touches (pages, cache lines), from a valgrind trace of
# tools/bench/dlt-ng-footprint-probe (built with the bench worker).
TESTS += tests/perf/test-footprint.sh
EXTRA_DIST += tests/perf/test-footprint.sh
# Instructions per call under callgrind (tools/dlt-ng-bench --only callgrind):
# the same in every run, within the budgets of issue 5 and the README.
TESTS += tests/perf/test-instructions.sh
EXTRA_DIST += tests/perf/test-instructions.sh
