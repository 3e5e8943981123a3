# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: ABI checks on the built and installed library.
TESTS += tests/abi/check-library.sh
EXTRA_DIST += tests/abi/check-library.sh
