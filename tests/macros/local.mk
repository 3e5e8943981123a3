# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: the DLT_LOG* macros (inline level check): evaluation rules, in
# C and in C++.
check_PROGRAMS += tests/macros/macro-probe tests/macros/macro-probe-cxx
tests_macros_macro_probe_SOURCES = tests/macros/macro-probe.c
tests_macros_macro_probe_LDADD = libdlt.la
tests_macros_macro_probe_cxx_SOURCES = tests/macros/macro-probe-cxx.cpp
tests_macros_macro_probe_cxx_LDADD = libdlt.la
# DLT_LOG_TS keeps 2.18.8's C cast of TS.
tests_macros_macro_probe_cxx_CXXFLAGS = $(AM_CXXFLAGS) -Wno-old-style-cast
TESTS += tests/macros/test-macros.sh
EXTRA_DIST += tests/macros/test-macros.sh tests/macros/macro-probe.c
