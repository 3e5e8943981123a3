# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: the reader half of dlt_common.h (dlt_message_*, dlt_file_*,
# dlt_filter_*), side by side with the reference: reader-probe, the Debian
# dlt-convert and python3-dlt run on the same DLT files with each library.
check_PROGRAMS += tests/reader/reader-probe
tests_reader_reader_probe_SOURCES = tests/reader/reader-probe.c
tests_reader_reader_probe_LDADD = libdlt.la
TESTS += tests/reader/test-reader.sh
EXTRA_DIST += tests/reader/test-reader.sh tests/reader/mkdlt.py tests/reader/pyread.py
check_PROGRAMS += tests/reader/client-probe
tests_reader_client_probe_SOURCES = tests/reader/client-probe.c
tests_reader_client_probe_LDADD = libdlt.la
TESTS += tests/reader/test-client.sh
EXTRA_DIST += tests/reader/test-client.sh tests/reader/pyclient.py
check_PROGRAMS += tests/reader/loginfo-probe
tests_reader_loginfo_probe_SOURCES = tests/reader/loginfo-probe.c
tests_reader_loginfo_probe_LDADD = libdlt.la
check_PROGRAMS += tests/reader/buffer-probe
tests_reader_buffer_probe_SOURCES = tests/reader/buffer-probe.c
tests_reader_buffer_probe_LDADD = libdlt.la
TESTS += tests/reader/test-buffer.sh
EXTRA_DIST += tests/reader/test-buffer.sh
# dlt_message_payload on random messages with small text buffers.
check_PROGRAMS += tests/reader/payload-fuzz-probe
tests_reader_payload_fuzz_probe_SOURCES = tests/reader/payload-fuzz-probe.c
tests_reader_payload_fuzz_probe_LDADD = libdlt.la
TESTS += tests/reader/test-payload-fuzz.sh
EXTRA_DIST += tests/reader/test-payload-fuzz.sh
