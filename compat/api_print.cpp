/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the byte-array printers of dlt_common.h (dlt_print_hex,
 * dlt_print_hex_string, dlt_print_mixed_string), with libdlt 2.18.8's
 * formats, checks, return values and warnings (lib/text_format.hpp). */
#include <cstdio>

#include "compat/shim.hpp"
#include "lib/diag.hpp"
#include "lib/text_format.hpp"

using dltng::DiagLevel;

DLT_EXPORT void dlt_print_hex(uint8_t *ptr, int size)
{
    if (!ptr)
        return;
    for (int i = 0; i < size; ++i)
        std::printf(i ? " %02x" : "%02x", ptr[i]);
}

DLT_EXPORT DltReturnValue dlt_print_hex_string(char *text, int textlength, uint8_t *ptr, int size)
{
    if (!text || !ptr || textlength <= 0 || size < 0)
        return DLT_RETURN_WRONG_PARAMETER;
    /* Two digits and a separator (or the NUL) per byte. */
    const long long required = 3LL * size;
    if (textlength < required) {
        dltng::diag(DiagLevel::kWarning, "String does not fit hex data (available=%d, required=%lld) !",
                    textlength, required);
        return DLT_RETURN_ERROR;
    }
    /* size 0 leaves text untouched, as upstream. */
    if (size > 0)
        dltng::format_hex_string(ptr, size, ' ', text, static_cast<std::size_t>(textlength));
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_print_mixed_string(char *text, int textlength, uint8_t *ptr, int size,
                                                 int html)
{
    if (!text || !ptr || textlength <= 0 || size < 0)
        return DLT_RETURN_WRONG_PARAMETER;
    const std::size_t required = dltng::mixed_string_required(size, html);
    if (static_cast<std::size_t>(textlength) < required) {
        dltng::diag(DiagLevel::kWarning,
                    "String does not fit mixed data (available=%d, required=%zu) !", textlength,
                    required);
        return DLT_RETURN_ERROR;
    }
    if (size > 0)
        dltng::format_mixed_string(ptr, size, html, text, static_cast<std::size_t>(textlength));
    return DLT_RETURN_OK;
}
