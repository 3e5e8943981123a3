# SPDX-License-Identifier: MPL-2.0
# Automake fragment for the integration tests (mt-logger round trip through a private dlt-daemon,
# automatic timestamps with ts-probe).
#
# Included by the top-level non-recursive Makefile.am, which defines check_PROGRAMS, TESTS
# and EXTRA_DIST (empty) first, sets LOG_DRIVER to tap-driver.sh and exports STAGE_DIR,
# abs_top_srcdir and abs_top_builddir through AM_TESTS_ENVIRONMENT.  The test finds the
# binary itself as $(abs_top_builddir)/tests/integration/mt-logger (or $MT_LOGGER) and runs
# the real ELF from .libs/, choosing the library only through LD_LIBRARY_PATH.

check_PROGRAMS += tests/integration/mt-logger
tests_integration_mt_logger_SOURCES = tests/integration/mt-logger.c
tests_integration_mt_logger_CPPFLAGS = -I$(top_srcdir)/include/dlt -I$(top_srcdir)/include
tests_integration_mt_logger_LDADD = libdlt.la $(PTHREAD_LIBS) -lpthread

check_PROGRAMS += tests/integration/ts-probe
tests_integration_ts_probe_SOURCES = tests/integration/ts-probe.c
tests_integration_ts_probe_CPPFLAGS = -I$(top_srcdir)/include
tests_integration_ts_probe_LDADD = libdlt.la

TESTS += tests/integration/test-mt-roundtrip.sh tests/integration/test-daemon-levels.sh \
	tests/integration/test-timestamps.sh

EXTRA_DIST += \
	tests/integration/test-mt-roundtrip.sh \
	tests/integration/test-daemon-levels.sh \
	tests/integration/test-timestamps.sh \
	tests/integration/tscheck.py \
	tests/integration/dltd.sh \
	tests/integration/tap.sh \
	tests/integration/dltdump.py \
	tools/dlt-ng-demo.sh
