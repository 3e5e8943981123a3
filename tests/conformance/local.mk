# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: side-by-side API conformance with the reference library.
check_PROGRAMS += tests/conformance/api-probe
tests_conformance_api_probe_SOURCES = tests/conformance/api-probe.c
tests_conformance_api_probe_LDADD = libdlt.la
TESTS += tests/conformance/test-api-probe.sh tests/conformance/test-file-mode.sh \
	tests/conformance/test-local-print.sh
EXTRA_DIST += tests/conformance/test-api-probe.sh tests/conformance/test-file-mode.sh \
	tests/conformance/test-local-print.sh
check_PROGRAMS += tests/conformance/print-probe
tests_conformance_print_probe_SOURCES = tests/conformance/print-probe.c
tests_conformance_print_probe_LDADD = libdlt.la
TESTS += tests/conformance/test-print.sh
EXTRA_DIST += tests/conformance/test-print.sh
check_PROGRAMS += tests/conformance/common-probe
tests_conformance_common_probe_SOURCES = tests/conformance/common-probe.c
tests_conformance_common_probe_LDADD = libdlt.la
TESTS += tests/conformance/test-common.sh
EXTRA_DIST += tests/conformance/test-common.sh tests/conformance/probe.sh
