/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: helpers from dlt_common.h that applications call directly. */
#include <cstring>

#include "compat/shim.hpp"

DLT_EXPORT void dlt_set_id(char *id, const char *text)
{
    /* Up to 4 characters, stopping at the first NUL; the rest NUL. */
    if (!id)
        return;
    std::memset(id, 0, DLT_ID_SIZE);
    if (!text)
        return;
    for (int i = 0; i < DLT_ID_SIZE && text[i]; ++i)
        id[i] = text[i];
}
