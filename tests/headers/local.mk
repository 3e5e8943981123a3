# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: header tests (every public header alone as C and C++; struct
# layouts and constants compared with the reference headers).
TESTS += tests/headers/check-headers.sh tests/headers/check-layout.sh
EXTRA_DIST += tests/headers/check-headers.sh tests/headers/check-layout.sh \
	tests/headers/layout-dump.c
