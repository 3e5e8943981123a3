# SPDX-License-Identifier: MPL-2.0
# Automake fragment: the benchmark worker behind tools/dlt-ng-bench (make bench).
# Not part of make check.  Linked against libdlt.la; the driver runs the real ELF
# from .libs/ and chooses the library (reference or libdlt-ng) with LD_LIBRARY_PATH.

noinst_PROGRAMS += tools/bench/dlt-ng-bench-worker
tools_bench_dlt_ng_bench_worker_SOURCES = tools/bench/dlt-ng-bench-worker.c
tools_bench_dlt_ng_bench_worker_CPPFLAGS = -I$(top_srcdir)/include/dlt -I$(top_srcdir)/include
tools_bench_dlt_ng_bench_worker_LDADD = libdlt.la $(PTHREAD_LIBS) -lpthread -lm

# One usual message between two markers, for a valgrind lackey trace
# (tools/bench/footprint.py counts what it touched): the bench's footprint
# part and tests/perf/test-footprint.sh.
noinst_PROGRAMS += tools/bench/dlt-ng-footprint-probe
tools_bench_dlt_ng_footprint_probe_SOURCES = tools/bench/dlt-ng-footprint-probe.c
tools_bench_dlt_ng_footprint_probe_CPPFLAGS = -I$(top_srcdir)/include/dlt -I$(top_srcdir)/include
tools_bench_dlt_ng_footprint_probe_LDADD = libdlt.la

EXTRA_DIST += tools/dlt-ng-bench tools/dlt-ng-callgrind tools/bench/footprint.py

# In-tree convenience: make -C build bench (the front door runs the same script).
# It uses the just-built library in .libs/, so nothing has to be installed.
bench: all-am
	$(top_srcdir)/tools/dlt-ng-bench \
	    --worker $(abs_top_builddir)/tools/bench/dlt-ng-bench-worker $(abs_top_builddir)/.libs
.PHONY: bench
