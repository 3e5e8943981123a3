# SPDX-License-Identifier: MPL-2.0
# libdlt-ng front door (GNU make).  This file is committed and is NOT generated:
# it installs missing build packages, bootstraps autotools and builds out of
# tree in build/.  configure refuses to run in this directory so it can never
# overwrite this file.
#
#   make            build, and stage an install tree in build/stage/
#   make check      build and run every test
#   make demo       a real private dlt-daemon, an unmodified upstream example
#                   app logging through libdlt-ng, and what a DLT client got
#   make check-sanitize   the test suite under ASan+UBSan and under TSan
#   make fuzz       libFuzzer on the daemon-message parser (FUZZ_TIME=60 s)
#   make stress     the reliability stress test, long form (~1 min)
#   make bench      reference libdlt.so.2 vs libdlt-ng: latency, burst, rate,
#                   disabled cost, callgrind, footprint (tools/dlt-ng-bench; ~4 min)
#   make install PREFIX=/usr [DESTDIR=...]   a real install (own build tree)

BUILD   := build
STAGE   := $(abspath $(BUILD))/stage
PREFIX  ?= /usr/local
JOBS    ?= $(shell nproc 2>/dev/null || echo 2)
SUBMAKE  = $(MAKE) --no-print-directory -j$(JOBS)

.PHONY: all deps check demo install check-sanitize bench fuzz clean distclean stress

all: $(BUILD)/Makefile
	@$(SUBMAKE) -C $(BUILD)
	@$(SUBMAKE) -C $(BUILD) install >/dev/null
	@echo "libdlt-ng staged in $(STAGE) (lib/libdlt.so.2, include/dlt, lib/pkgconfig)"

# Packages this tree needs on a Debian/Ubuntu machine; installed only if missing.
deps:
	@tools/install-deps.sh

configure: configure.ac Makefile.am | deps
	autoreconf -fi -W all

$(BUILD)/Makefile: configure
	@mkdir -p $(BUILD)
	cd $(BUILD) && ../configure --quiet --prefix=$(STAGE) --libdir=$(STAGE)/lib

check: all
	@$(SUBMAKE) -C $(BUILD) check

demo: all
	@tools/dlt-ng-demo.sh $(STAGE)

# Reference libdlt.so.2 vs libdlt-ng, side by side (~3 min; not part of check).
bench: all
	@tools/dlt-ng-bench $(BUILD)/stage

# The control-parser fuzz target (clang++ -fsanitize=fuzzer) for FUZZ_TIME
# seconds (default 60); make check runs it briefly.
fuzz: $(BUILD)/Makefile
	@$(SUBMAKE) -C $(BUILD) fuzz $(if $(FUZZ_TIME),FUZZ_TIME=$(FUZZ_TIME))

# The reliability stress test, long form (tests/reliability; ~1 min).
stress: all
	@$(SUBMAKE) -C $(BUILD) stress

check-sanitize: $(BUILD)/Makefile
	@$(SUBMAKE) -C $(BUILD) check-sanitize

install: configure
	@mkdir -p $(BUILD)/install
	cd $(BUILD)/install && ../../configure --quiet --prefix=$(PREFIX)
	@$(SUBMAKE) -C $(BUILD)/install install

clean:
	@if [ -f $(BUILD)/Makefile ]; then $(SUBMAKE) -C $(BUILD) clean; fi

distclean:
	rm -rf $(BUILD) configure config.h.in config.h.in~ aclocal.m4 autom4te.cache \
	       build-aux Makefile.in m4/libtool.m4 m4/lt*.m4
