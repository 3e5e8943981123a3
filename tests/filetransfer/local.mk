# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: file transfer side by side with the reference library, through
# private dlt-daemons: the upstream file-transfer examples and ft-probe.
check_PROGRAMS += tests/filetransfer/ft-probe
tests_filetransfer_ft_probe_SOURCES = tests/filetransfer/ft-probe.c
tests_filetransfer_ft_probe_LDADD = libdlt.la
TESTS += tests/filetransfer/test-filetransfer.sh
EXTRA_DIST += tests/filetransfer/test-filetransfer.sh
