# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: checks of the build itself.
TESTS += tests/build/check-in-tree.sh
EXTRA_DIST += tests/build/check-in-tree.sh
