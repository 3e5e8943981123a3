# SPDX-License-Identifier: MPL-2.0
# Automake fragment for the reliability tests (daemon absent/killed, exit, fork,
# signals, stress, bad input, security).  Included by the top-level Makefile.am.

check_PROGRAMS += tests/reliability/rel-app
tests_reliability_rel_app_SOURCES = tests/reliability/rel-app.c
tests_reliability_rel_app_CPPFLAGS = -I$(top_srcdir)/include/dlt -I$(top_srcdir)/include
tests_reliability_rel_app_LDADD = libdlt.la $(PTHREAD_LIBS) -lpthread

REL_TESTS = \
	tests/reliability/test-daemon-late.sh \
	tests/reliability/test-daemon-restart.sh \
	tests/reliability/test-exit.sh \
	tests/reliability/test-fork.sh
TESTS += $(REL_TESTS)

EXTRA_DIST += $(REL_TESTS) \
	tests/reliability/rel.sh \
	tests/reliability/relcheck.py
