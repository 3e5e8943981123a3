# SPDX-License-Identifier: MPL-2.0
# Automake fragment: the benchmark worker behind tools/dlt-ng-bench (make bench).
# Not part of make check.  Linked against libdlt.la; the driver runs the real ELF
# from .libs/ and chooses the library (reference or libdlt-ng) with LD_LIBRARY_PATH.

noinst_PROGRAMS += tools/bench/dlt-ng-bench-worker
tools_bench_dlt_ng_bench_worker_SOURCES = tools/bench/dlt-ng-bench-worker.c
tools_bench_dlt_ng_bench_worker_CPPFLAGS = -I$(top_srcdir)/include/dlt -I$(top_srcdir)/include
tools_bench_dlt_ng_bench_worker_LDADD = libdlt.la $(PTHREAD_LIBS) -lpthread -lm

EXTRA_DIST += tools/dlt-ng-bench tools/dlt-ng-callgrind

# In-tree convenience: make -C build bench (the front door runs the same script).
# It uses the just-built library in .libs/, so nothing has to be installed.
bench: all-am
	$(top_srcdir)/tools/dlt-ng-bench \
	    --worker $(abs_top_builddir)/tools/bench/dlt-ng-bench-worker $(abs_top_builddir)/.libs
.PHONY: bench
