# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: upstream's example programs (the unmodified Debian binaries, and their shipped
# sources rebuilt against the install tree), each against a real private dlt-daemon and
# compared with the reference library.  Needs the packages dlt-daemon, dlt-tools and
# libdlt-examples.
TESTS += tests/upstream/test-example-apps.sh tests/upstream/test-example-sources.sh
EXTRA_DIST += \
	tests/upstream/test-example-apps.sh \
	tests/upstream/test-example-sources.sh \
	tests/upstream/upstream.sh
