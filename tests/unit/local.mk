# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: CMocka unit tests of the C++ core, one group per binary, TAP
# output through automake's driver.
UNIT_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)
UNIT_LDADD = libdltng-core.la $(CMOCKA_LIBS) $(PTHREAD_LIBS)
UNIT_TESTS = \
	tests/unit/test_encoder \
	tests/unit/test_ring \
	tests/unit/test_message \
	tests/unit/test_control_parser \
	# EOL
check_PROGRAMS += $(UNIT_TESTS)
TESTS += $(UNIT_TESTS)

tests_unit_test_encoder_SOURCES = tests/unit/test_encoder.cpp
tests_unit_test_encoder_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_encoder_LDADD = $(UNIT_LDADD)
tests_unit_test_ring_SOURCES = tests/unit/test_ring.cpp
tests_unit_test_ring_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_ring_LDADD = $(UNIT_LDADD)
tests_unit_test_message_SOURCES = tests/unit/test_message.cpp
tests_unit_test_message_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_message_LDADD = $(UNIT_LDADD)
tests_unit_test_control_parser_SOURCES = tests/unit/test_control_parser.cpp
tests_unit_test_control_parser_CPPFLAGS = $(UNIT_CPPFLAGS)
tests_unit_test_control_parser_LDADD = $(UNIT_LDADD)
