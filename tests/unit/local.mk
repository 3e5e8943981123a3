# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: CMocka unit tests of the C++ core, one group per binary, TAP
# output through automake's driver.  Programs without their own _LDADD
# (the unit tests) link the core and CMocka.
LDADD = libdltng-core.la $(CMOCKA_LIBS) $(PTHREAD_LIBS)
AM_CPPFLAGS += $(CMOCKA_CFLAGS)
UNIT_TESTS = \
	tests/unit/test_encoder \
	tests/unit/test_ring \
	tests/unit/test_ring_overflow \
	tests/unit/test_message \
	tests/unit/test_control_parser \
	tests/unit/test_env_levels \
	tests/unit/test_text_format \
	tests/unit/test_tsc \
	tests/unit/test_scratch \
	tests/unit/test_publish_barrier \
	# EOL
check_PROGRAMS += $(UNIT_TESTS)
TESTS += $(UNIT_TESTS)
EXTRA_DIST += tests/unit/cmocka.hpp
tests_unit_test_encoder_SOURCES = tests/unit/test_encoder.cpp
tests_unit_test_ring_SOURCES = tests/unit/test_ring.cpp
tests_unit_test_ring_overflow_SOURCES = tests/unit/test_ring_overflow.cpp
tests_unit_test_message_SOURCES = tests/unit/test_message.cpp
tests_unit_test_control_parser_SOURCES = tests/unit/test_control_parser.cpp
tests_unit_test_env_levels_SOURCES = tests/unit/test_env_levels.cpp
tests_unit_test_text_format_SOURCES = tests/unit/test_text_format.cpp
tests_unit_test_tsc_SOURCES = tests/unit/test_tsc.cpp
tests_unit_test_scratch_SOURCES = tests/unit/test_scratch.cpp
tests_unit_test_publish_barrier_SOURCES = tests/unit/test_publish_barrier.cpp
