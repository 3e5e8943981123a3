# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: ABI checks on the built and installed library.
TESTS += tests/abi/check-library.sh
EXTRA_DIST += tests/abi/check-library.sh
# dlopen-probe is linked with neither library: it loads the one it is given.
check_PROGRAMS += tests/abi/dlopen-probe
tests_abi_dlopen_probe_SOURCES = tests/abi/dlopen-probe.c
tests_abi_dlopen_probe_LDADD = -ldl $(PTHREAD_LIBS)
TESTS += tests/abi/test-dlopen.sh
EXTRA_DIST += tests/abi/test-dlopen.sh
