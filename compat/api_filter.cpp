/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the DltFilter table of dlt_common.h (dlt_filter_*): up to
 * DLT_FILTER_MAX entries of application id, context id, log level and
 * payload size bounds, saved to and loaded from text files of
 * "APID CTID" pairs.  Return values, messages and file formats follow
 * libdlt 2.18.8 (compared side by side in tests/reader/). */
#include <climits>
#include <cstdio>
#include <cstring>

#include "compat/shim.hpp"
#include "lib/diag.hpp"

using dltng::DiagLevel;

namespace {

/* An id as the table stores it: up to 4 characters, NUL padded. */
void store_id(char *dst, const char *src)
{
    std::memset(dst, 0, DLT_ID_SIZE);
    for (int i = 0; src && i < DLT_ID_SIZE && src[i]; ++i)
        dst[i] = src[i];
}

/* Upstream prints ids through dlt_print_id: '-' for missing characters. */
void put_id(FILE *f, const char *id)
{
    for (int i = 0; i < DLT_ID_SIZE; ++i) {
        if (!id[i]) {
            for (; i < DLT_ID_SIZE; ++i)
                std::fputc('-', f);
            break;
        }
        std::fputc(id[i], f);
    }
}

} // namespace

DLT_EXPORT DltReturnValue dlt_filter_init(DltFilter *filter, int verbose)
{
    (void)verbose;
    if (!filter)
        return DLT_RETURN_WRONG_PARAMETER;
    filter->counter = 0;
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_filter_free(DltFilter *filter, int verbose)
{
    (void)verbose;
    return filter ? DLT_RETURN_OK : DLT_RETURN_WRONG_PARAMETER;
}

DLT_EXPORT int dlt_filter_find(DltFilter *filter, const char *apid, const char *ctid,
                               const int log_level, const int32_t payload_min,
                               const int32_t payload_max, int verbose)
{
    (void)verbose;
    if (!filter || !apid)
        return -1;
    char a[DLT_ID_SIZE], c[DLT_ID_SIZE];
    store_id(a, apid);
    store_id(c, ctid);
    for (int i = 0; i < filter->counter && i < DLT_FILTER_MAX; ++i) {
        if (std::memcmp(filter->apid[i], a, DLT_ID_SIZE) == 0 &&
            std::memcmp(filter->ctid[i], c, DLT_ID_SIZE) == 0 &&
            filter->log_level[i] == log_level && filter->payload_min[i] == payload_min &&
            filter->payload_max[i] == payload_max)
            return i;
    }
    return -1;
}

DLT_EXPORT DltReturnValue dlt_filter_add(DltFilter *filter, const char *apid, const char *ctid,
                                         const int log_level, const int32_t payload_min,
                                         const int32_t payload_max, int verbose)
{
    if (!filter || !apid)
        return DLT_RETURN_WRONG_PARAMETER;
    if (filter->counter >= DLT_FILTER_MAX) {
        dltng::diag(DiagLevel::kWarning,
                    "Maximum number (%d) of allowed filters reached, ignoring filter!",
                    DLT_FILTER_MAX);
        return DLT_RETURN_ERROR;
    }
    /* An entry that is already there is not added twice. */
    if (dlt_filter_find(filter, apid, ctid, log_level, payload_min, payload_max, verbose) >= 0)
        return DLT_RETURN_ERROR;
    const int i = filter->counter;
    store_id(filter->apid[i], apid);
    store_id(filter->ctid[i], ctid);
    filter->log_level[i] = log_level;
    filter->payload_min[i] = payload_min;
    filter->payload_max[i] = payload_max;
    filter->counter++;
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_filter_delete(DltFilter *filter, const char *apid, const char *ctid,
                                            const int log_level, const int32_t payload_min,
                                            const int32_t payload_max, int verbose)
{
    if (!filter || !apid)
        return DLT_RETURN_WRONG_PARAMETER;
    const int found =
        dlt_filter_find(filter, apid, ctid, log_level, payload_min, payload_max, verbose);
    if (found < 0)
        return DLT_RETURN_ERROR;
    for (int i = found; i + 1 < filter->counter; ++i) {
        std::memcpy(filter->apid[i], filter->apid[i + 1], DLT_ID_SIZE);
        std::memcpy(filter->ctid[i], filter->ctid[i + 1], DLT_ID_SIZE);
        filter->log_level[i] = filter->log_level[i + 1];
        filter->payload_min[i] = filter->payload_min[i + 1];
        filter->payload_max[i] = filter->payload_max[i + 1];
    }
    filter->counter--;
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_filter_save(DltFilter *filter, const char *filename, int verbose)
{
    (void)verbose;
    if (!filter || !filename)
        return DLT_RETURN_WRONG_PARAMETER;
    FILE *f = std::fopen(filename, "w");
    if (!f) {
        dltng::diag(DiagLevel::kWarning, "Filter file %s cannot be opened!", filename);
        return DLT_RETURN_ERROR;
    }
    /* "APID CTID " per entry, no line breaks, as upstream. */
    for (int i = 0; i < filter->counter && i < DLT_FILTER_MAX; ++i) {
        put_id(f, filter->apid[i]);
        std::fputc(' ', f);
        put_id(f, filter->ctid[i]);
        std::fputc(' ', f);
    }
    std::fclose(f);
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_filter_load(DltFilter *filter, const char *filename, int verbose)
{
    if (!filter || !filename)
        return DLT_RETURN_WRONG_PARAMETER;
    FILE *f = std::fopen(filename, "r");
    if (!f) {
        dltng::diag(DiagLevel::kWarning, "Filter file %s cannot be opened!", filename);
        return DLT_RETURN_ERROR;
    }
    filter->counter = 0;
    /* Whitespace separated tokens, two per entry; "----" is the wildcard.
     * Upstream echoes each pair on stdout as " APID CTID\r\n". */
    char token[DLT_LINE_LEN];
    char apid[DLT_ID_SIZE + 1], ctid[DLT_ID_SIZE + 1];
    while (std::fscanf(f, "%1023s", token) == 1) {
        std::printf(" %s", token);
        std::memset(apid, 0, sizeof apid);
        if (std::strcmp(token, "----") != 0)
            store_id(apid, token);
        if (std::fscanf(f, "%1023s", token) != 1) {
            /* A lone last token: observed to reach the table only as far as
             * the "table full" warning. */
            if (filter->counter >= DLT_FILTER_MAX)
                dlt_filter_add(filter, apid, "", 0, 0, INT32_MAX, verbose);
            break;
        }
        std::printf(" %s\r\n", token);
        std::memset(ctid, 0, sizeof ctid);
        if (std::strcmp(token, "----") != 0)
            store_id(ctid, token);
        dlt_filter_add(filter, apid, ctid, 0, 0, INT32_MAX, verbose);
    }
    std::fclose(f);
    return DLT_RETURN_OK;
}
