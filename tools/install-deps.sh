#!/bin/sh
# SPDX-License-Identifier: MPL-2.0
# libdlt-ng: install the Debian packages the build, the tests and the demo need,
# but only those that are missing (so a ready machine pays nothing).
set -eu

# build: autotools, compilers, pkg-config, cmocka (unit tests), liburcu, libbsd
# runtime peers for tests and demo: the real daemon, its tools, the reference
# library and the upstream example binaries, python3-dlt
# make bench: valgrind (instruction counts per call)
# make fuzz and its short run in make check: clang (with its libFuzzer runtime)
PACKAGES="autoconf automake libtool autoconf-archive make g++ gcc pkgconf
libcmocka-dev liburcu-dev libbsd-dev
dlt-daemon dlt-tools libdlt-dev libdlt-examples python3-dlt python3 iproute2
valgrind clang"

missing=
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "install-deps: installing:$missing"
SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# The dlt-daemon package must never start Debian's default daemon (it binds
# all interfaces and multicasts): forbid service starts for this install.
guard=
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    guard=1
    trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
fi
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
