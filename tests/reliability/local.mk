# SPDX-License-Identifier: MPL-2.0
# Automake fragment for the reliability tests (daemon absent/killed, exit, fork,
# signals, stress, bad input, security).  Included by the top-level Makefile.am.

check_PROGRAMS += tests/reliability/rel-app
tests_reliability_rel_app_SOURCES = tests/reliability/rel-app.c
tests_reliability_rel_app_CPPFLAGS = -I$(top_srcdir)/include/dlt -I$(top_srcdir)/include
tests_reliability_rel_app_LDADD = libdlt.la $(PTHREAD_LIBS) -lpthread

check_PROGRAMS += tests/reliability/bad-input
tests_reliability_bad_input_SOURCES = tests/reliability/bad-input.c
tests_reliability_bad_input_CPPFLAGS = -I$(top_srcdir)/include
tests_reliability_bad_input_LDADD = libdlt.la

check_PROGRAMS += tests/reliability/wake-race
tests_reliability_wake_race_SOURCES = tests/reliability/wake-race.c
tests_reliability_wake_race_CPPFLAGS = -I$(top_srcdir)/include/dlt -I$(top_srcdir)/include
tests_reliability_wake_race_LDADD = libdlt.la

# CMocka, linked with the core like tests/unit (the default LDADD).
check_PROGRAMS += tests/reliability/test_ring_stall
tests_reliability_test_ring_stall_SOURCES = tests/reliability/test_ring_stall.cpp
TESTS += tests/reliability/test_ring_stall

REL_TESTS = \
	tests/reliability/test-daemon-late.sh \
	tests/reliability/test-daemon-restart.sh \
	tests/reliability/test-exit.sh \
	tests/reliability/test-fork.sh \
	tests/reliability/test-signals.sh \
	tests/reliability/test-stress.sh \
	tests/reliability/test-security.sh \
	tests/reliability/test-valgrind.sh \
	tests/reliability/test-bad-input.sh \
	tests/reliability/test-wake-race.sh
TESTS += $(REL_TESTS)

EXTRA_DIST += $(REL_TESTS) \
	tests/reliability/rel.sh \
	tests/reliability/relcheck.py

# The stress test, longer (not part of check): `make stress` at the top.
stress: $(check_PROGRAMS) $(check_DATA)
	$(MAKE) $(AM_MAKEFLAGS) check TESTS='tests/reliability/test-stress.sh' \
	  REL_STRESS_N=$${REL_STRESS_N:-20000} REL_THREADS=$${REL_THREADS:-24} REL_PROCS=$${REL_PROCS:-4}
.PHONY: stress
