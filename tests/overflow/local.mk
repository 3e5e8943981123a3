# SPDX-License-Identifier: MPL-2.0
# Automake fragment for the overflow-mode tests (issue 5): ovf-burst through
# a private dlt-daemon in each DLT_NG_OVERFLOW mode, and mode selection by
# environment and API.  Included by the top-level Makefile.am.
check_PROGRAMS += tests/overflow/ovf-burst
tests_overflow_ovf_burst_SOURCES = tests/overflow/ovf-burst.c
tests_overflow_ovf_burst_CPPFLAGS = -I$(top_srcdir)/include/dlt -I$(top_srcdir)/include
tests_overflow_ovf_burst_LDADD = libdlt.la $(PTHREAD_LIBS) -lpthread

TESTS += tests/overflow/test-overflow-select.sh tests/overflow/test-overflow-burst.sh

EXTRA_DIST += \
	tests/overflow/test-overflow-select.sh \
	tests/overflow/test-overflow-burst.sh
