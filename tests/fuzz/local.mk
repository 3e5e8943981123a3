# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: libFuzzer target for the daemon-message parser.  The TAP test
# (built by the script itself with clang++, skipped without it) runs it
# briefly in 'make check'; 'make fuzz' runs it for FUZZ_TIME seconds on a
# corpus kept in tests/fuzz/corpus of the build tree (it grows across runs).
TESTS += tests/fuzz/test-fuzz.sh
EXTRA_DIST += \
	tests/fuzz/test-fuzz.sh \
	tests/fuzz/fuzz_control_parser.cpp \
	tests/fuzz/make-corpus.py
CLEANFILES += tests/fuzz/fuzz-control-parser

CLANGXX = clang++
FUZZ_TIME = 60
FUZZ_CXXFLAGS = -std=c++17 -g -O1 -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=undefined

tests/fuzz/fuzz-control-parser: $(top_srcdir)/tests/fuzz/fuzz_control_parser.cpp \
		$(top_srcdir)/lib/control_parser.cpp $(top_srcdir)/lib/control_parser.hpp \
		$(top_srcdir)/lib/wire.hpp
	$(AM_V_GEN)$(MKDIR_P) tests/fuzz && $(CLANGXX) $(FUZZ_CXXFLAGS) -I$(top_srcdir) \
		$(top_srcdir)/tests/fuzz/fuzz_control_parser.cpp \
		$(top_srcdir)/lib/control_parser.cpp -o $@

fuzz: tests/fuzz/fuzz-control-parser
	@test -d tests/fuzz/corpus || python3 $(top_srcdir)/tests/fuzz/make-corpus.py tests/fuzz/corpus
	ASAN_OPTIONS=detect_leaks=0 tests/fuzz/fuzz-control-parser -max_total_time=$(FUZZ_TIME) \
		-max_len=12000 -artifact_prefix=tests/fuzz/ tests/fuzz/corpus
.PHONY: fuzz
