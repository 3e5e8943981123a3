/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: package version strings and build feature tags. Written for libdlt-ng; declarations follow the COVESA DLT 2.18.8 ABI. */

/*
 * The package version is the version of the COVESA DLT release whose ABI
 * libdlt-ng implements.  DLT_REGISTER_APP() compiles the major and minor
 * strings into the application and hands them to
 * dlt_check_library_version(), so they must stay "2" and "18".
 *
 * The feature tags mirror how the Debian header evaluates them inside an
 * application build (none of the DLT_*_ENABLE switches is set there).
 *
 * LIBDLT_NG / LIBDLT_NG_VERSION let sources detect this implementation.
 */

#ifndef __DLT_VERSION_H_
#define __DLT_VERSION_H_

#define _DLT_PACKAGE_MAJOR_VERSION "2"
#define _DLT_PACKAGE_MINOR_VERSION "18"
#define _DLT_PACKAGE_PATCH_LEVEL "8"
#define _DLT_PACKAGE_VERSION "2.18.8"
#define _DLT_PACKAGE_VERSION_STATE "STABLE"
#define _DLT_PACKAGE_REVISION ""

#ifndef DLT_SYSTEMD_ENABLE
#define _DLT_SYSTEMD_ENABLE "-SYSTEMD"
#else
#define _DLT_SYSTEMD_ENABLE "+SYSTEMD"
#endif

#ifndef DLT_SYSTEMD_WATCHDOG_ENABLE
#define _DLT_SYSTEMD_WATCHDOG_ENABLE "-SYSTEMD_WATCHDOG"
#else
#define _DLT_SYSTEMD_WATCHDOG_ENABLE "+SYSTEMD_WATCHDOG"
#endif

#ifndef DLT_TEST_ENABLE
#define _DLT_TEST_ENABLE "-TEST"
#else
#define _DLT_TEST_ENABLE "+TEST"
#endif

#ifndef DLT_SHM_ENABLE
#define _DLT_SHM_ENABLE "-SHM"
#else
#define _DLT_SHM_ENABLE "+SHM"
#endif

/* Identification of the libdlt-ng implementation itself. */
#define LIBDLT_NG 1
#define LIBDLT_NG_VERSION "0.1.0"

#endif /* __DLT_VERSION_H_ */
