/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the GET_LOG_INFO response parser that dlt-control uses.  The
 * response arrives as the text dlt_message_payload makes of it,
 * "get_log_info, 07, 01 00 41 50 50 31 ...": dlt_set_loginfo_parse_service_id
 * reads the service and status, dlt_client_parse_get_log_info_resp_text
 * the bytes after them into a DltServiceGetLogInfoResponse (applications,
 * their contexts, levels, trace status and descriptions), and
 * dlt_client_cleanup_get_log_info frees that.  dlt_hex_ascii_to_binary
 * turns dlt-control's hex arguments into bytes.  The conversions keep
 * libdlt 2.18.8's quirks (compared in tests/reader/test-client.sh). */
#include <cstdlib>
#include <cstring>

#include "compat/shim.hpp"
#include "dlt_client.h"
#include "lib/diag.hpp"

using dltng::DiagLevel;

namespace {

/* "xx " per byte in the text. */
constexpr int kByteChars = 3;

int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* What strtol(s, NULL, 16) gives for the first characters of s (n at most). */
long hex_prefix(const char *s, int n)
{
    long v = 0;
    for (int i = 0; i < n && s[i]; ++i) {
        const int d = hex_value(s[i]);
        if (d < 0)
            break;
        v = v * 16 + d;
    }
    return v;
}

/* Free what parse allocated, for the first count applications. */
void free_apps(LogInfoType *info, int count)
{
    if (!info->app_ids)
        return;
    for (int a = 0; a < count; ++a) {
        AppIDsType *app = &info->app_ids[a];
        if (app->context_id_info) {
            for (int c = 0; c < app->count_context_ids; ++c)
                std::free(app->context_id_info[c].context_description);
            std::free(app->context_id_info);
        }
        std::free(app->app_description);
    }
    std::free(info->app_ids);
    info->app_ids = nullptr;
}

/* A description of len bytes ("xx " each) as a NUL-terminated string. */
char *read_description(char *rp, int *rp_count, uint16_t len)
{
    char *s = static_cast<char *>(std::calloc(static_cast<std::size_t>(len) + 1, 1));
    if (s)
        dlt_getloginfo_conv_ascii_to_id(rp, rp_count, s, len);
    else
        *rp_count += kByteChars * len;
    return s;
}

} // namespace

DLT_EXPORT int dlt_set_loginfo_parse_service_id(char *resp_text, uint32_t *service_id,
                                                uint8_t *service_opt)
{
    if (!resp_text || !service_id || !service_opt)
        return DLT_RETURN_ERROR;
    /* Anything but "get_log_info": what strncmp says, as upstream.  Only
     * its sign is defined; the magnitude is the C library's (glibc gives a
     * byte difference or just +-1 depending on the CPU's string functions),
     * the same the reference gives on this machine. */
    const int diff = std::strncmp(resp_text, "get_log_info", GET_LOG_INFO_LENGTH - 1);
    if (diff != 0)
        return diff;
    *service_id = DLT_SERVICE_ID_GET_LOG_INFO;
    /* The status after "get_log_info, ", read as a decimal number. */
    char opt[SERVICE_OPT_LENGTH] = {0, 0, 0};
    const char *at = resp_text + GET_LOG_INFO_LENGTH - 1; /* the ", " first */
    if (strnlen(at, 2) == 2)
        std::memcpy(opt, at + 2, strnlen(at + 2, SERVICE_OPT_LENGTH - 1));
    *service_opt = static_cast<uint8_t>(std::atoi(opt));
    return DLT_RETURN_OK;
}

DLT_EXPORT int16_t dlt_getloginfo_conv_ascii_to_uint16_t(char *rp, int *rp_count)
{
    if (!rp || !rp_count)
        return -1;
    /* Two bytes, little endian: "lo hi" -> "hilo"; 2.18.8 keeps only the
     * low byte of the value (counts above 255 are cut). */
    const char *p = rp + *rp_count;
    char c[5] = {0, 0, 0, 0, 0};
    std::memcpy(c, p, strnlen(p, sizeof c)); /* never past the end of the text */
    const char swapped[5] = {c[3], c[4], c[0], c[1], 0};
    const long v = hex_prefix(swapped, 4);
    *rp_count += 2 * kByteChars;
    return static_cast<int16_t>(v & 0xff);
}

DLT_EXPORT int16_t dlt_getloginfo_conv_ascii_to_int16_t(char *rp, int *rp_count)
{
    if (!rp || !rp_count)
        return -1;
    const char *p = rp + *rp_count;
    const long v = hex_prefix(p, 2);
    *rp_count += kByteChars;
    return static_cast<int16_t>(static_cast<int8_t>(v));
}

DLT_EXPORT void dlt_getloginfo_conv_ascii_to_id(char *rp, int *rp_count, char *wp, int len)
{
    if (!rp || !rp_count || !wp)
        return;
    /* Past the end of the text the bytes are 0 (never read beyond it). */
    bool ended = false;
    for (int i = 0; i < len; ++i) {
        const char *p = rp + *rp_count;
        if (!ended && strnlen(p, 2) < 2) {
            wp[i] = static_cast<char>(hex_prefix(p, 2));
            ended = true;
        } else {
            wp[i] = ended ? 0 : static_cast<char>(hex_prefix(p, 2));
        }
        if (!ended && strnlen(p, kByteChars) < kByteChars)
            ended = true;
        *rp_count += kByteChars;
    }
}

DLT_EXPORT void dlt_hex_ascii_to_binary(const char *ptr, uint8_t *binary, int *size)
{
    if (!ptr || !binary || !size)
        return;
    /* Pairs of hex digits; other characters are skipped, but (as upstream)
     * each of them, and the end, clears the byte about to be written. */
    const int cap = *size;
    int n = 0;
    bool half = false;
    for (const char *c = ptr; *c && n < cap; ++c) {
        const int v = hex_value(*c);
        if (v < 0) {
            if (!half)
                binary[n] = 0;
            continue;
        }
        if (!half) {
            binary[n] = static_cast<uint8_t>(v);
            half = true;
        } else {
            binary[n] = static_cast<uint8_t>(binary[n] * 16 + v);
            ++n;
            half = false;
        }
    }
    if (!half && n < cap)
        binary[n] = 0;
    *size = n;
}

DLT_EXPORT DltReturnValue dlt_client_parse_get_log_info_resp_text(DltServiceGetLogInfoResponse *resp,
                                                                  char *resp_text)
{
    if (!resp || !resp_text)
        return DLT_RETURN_WRONG_PARAMETER;
    /* The caller took service id and status from the text first
     * (dlt_set_loginfo_parse_service_id). */
    const int status = resp->status;
    if (status < 3 || status > 7) {
        const char *why = status == 8   ? ": NO matching Context IDs"
                          : status == 9 ? ": Response data over flow"
                                        : "";
        dltng::diag(DiagLevel::kWarning, "%s: The status(%d) is invalid%s", __func__, status, why);
        return DLT_RETURN_ERROR;
    }
    char *rp = resp_text + DLT_GET_LOG_INFO_HEADER;
    int rp_count = 0;
    LogInfoType *info = &resp->log_info_type;
    info->count_app_ids = static_cast<uint16_t>(dlt_getloginfo_conv_ascii_to_uint16_t(rp, &rp_count));
    info->app_ids = static_cast<AppIDsType *>(std::calloc(info->count_app_ids, sizeof(AppIDsType)));
    if (!info->app_ids && info->count_app_ids) {
        dltng::diag(DiagLevel::kError, "calloc failed for app_ids");
        return DLT_RETURN_ERROR;
    }
    for (int a = 0; a < info->count_app_ids; ++a) {
        AppIDsType *app = &info->app_ids[a];
        dlt_getloginfo_conv_ascii_to_id(rp, &rp_count, app->app_id, DLT_ID_SIZE);
        app->count_context_ids =
            static_cast<uint16_t>(dlt_getloginfo_conv_ascii_to_uint16_t(rp, &rp_count));
        app->context_id_info = static_cast<ContextIDsInfoType *>(
            std::calloc(app->count_context_ids, sizeof(ContextIDsInfoType)));
        if (!app->context_id_info && app->count_context_ids) {
            dltng::diag(DiagLevel::kError, "calloc failed for context_id_info");
            free_apps(info, a + 1);
            return DLT_RETURN_ERROR;
        }
        for (int c = 0; c < app->count_context_ids; ++c) {
            ContextIDsInfoType *ctx = &app->context_id_info[c];
            dlt_getloginfo_conv_ascii_to_id(rp, &rp_count, ctx->context_id, DLT_ID_SIZE);
            /* status 4/6/7: log level; 5/6/7: trace status; 7: description */
            if (status == 4 || status == 6 || status == 7)
                ctx->log_level = dlt_getloginfo_conv_ascii_to_int16_t(rp, &rp_count);
            if (status == 5 || status == 6 || status == 7)
                ctx->trace_status = dlt_getloginfo_conv_ascii_to_int16_t(rp, &rp_count);
            if (status == 7) {
                ctx->len_context_description =
                    static_cast<uint16_t>(dlt_getloginfo_conv_ascii_to_uint16_t(rp, &rp_count));
                ctx->context_description =
                    read_description(rp, &rp_count, ctx->len_context_description);
            }
        }
        if (status == 7) {
            app->len_app_description =
                static_cast<uint16_t>(dlt_getloginfo_conv_ascii_to_uint16_t(rp, &rp_count));
            app->app_description = read_description(rp, &rp_count, app->len_app_description);
        }
    }
    return DLT_RETURN_OK;
}

DLT_EXPORT int dlt_client_cleanup_get_log_info(DltServiceGetLogInfoResponse *resp)
{
    if (!resp)
        return DLT_RETURN_OK;
    free_apps(&resp->log_info_type, resp->log_info_type.count_app_ids);
    std::free(resp);
    return DLT_RETURN_OK;
}
