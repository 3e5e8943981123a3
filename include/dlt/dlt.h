/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: umbrella header, pulls in the common and the user API. Written for libdlt-ng; declarations follow the COVESA DLT 2.18.8 ABI. */

/*
 * Typical use:  #include <dlt/dlt.h>  (or <dlt.h> with -I<prefix>/include/dlt,
 * as the automotive-dlt pkg-config file sets it up).
 */

#ifndef DLT_H
#define DLT_H

#include "dlt_common.h"
#include "dlt_user.h"

#endif /* DLT_H */
