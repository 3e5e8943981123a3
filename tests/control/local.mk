# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: the daemon talks back.  ctl-app is driven through a private
# dlt-daemon's TCP port by dltctl.py (a minimal viewer that sends control
# requests), on libdlt-ng and on the reference side by side; hostile bytes
# are written into its FIFO; ctl-stress races registration, logging and
# level updates; test-stale-level.sh has the daemon answer a context the
# app unregistered meanwhile; the parser fuzz target runs briefly (tests/fuzz).
check_PROGRAMS += tests/control/ctl-app
tests_control_ctl_app_SOURCES = tests/control/ctl-app.c
tests_control_ctl_app_CPPFLAGS = -I$(top_srcdir)/include/dlt -I$(top_srcdir)/include
tests_control_ctl_app_LDADD = libdlt.la $(PTHREAD_LIBS) -lpthread

# A TAP program: registry stress, with its own FIFO as the "daemon".
check_PROGRAMS += tests/control/ctl-stress
tests_control_ctl_stress_SOURCES = tests/control/ctl-stress.c
tests_control_ctl_stress_CPPFLAGS = -I$(top_srcdir)/include/dlt -I$(top_srcdir)/include
tests_control_ctl_stress_LDADD = libdlt.la $(PTHREAD_LIBS) -lpthread -ldl

# Driven by test-stale-level.sh: a daemon answer that crosses an
# unregistration is dropped silently, as upstream does.
check_PROGRAMS += tests/control/stale-app
tests_control_stale_app_SOURCES = tests/control/stale-app.c
tests_control_stale_app_CPPFLAGS = -I$(top_srcdir)/include/dlt -I$(top_srcdir)/include
tests_control_stale_app_LDADD = libdlt.la

TESTS += tests/control/test-control.sh tests/control/ctl-stress tests/control/test-stale-level.sh
EXTRA_DIST += \
	tests/control/test-control.sh \
	tests/control/test-stale-level.sh \
	tests/control/app-setup.sh \
	tests/control/ctlscen.py \
	tests/control/dltctl.py
