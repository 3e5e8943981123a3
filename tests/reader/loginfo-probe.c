/* SPDX-License-Identifier: MPL-2.0 */
/* loginfo-probe: the GET_LOG_INFO response text parser of dlt_client.h and
 * its helpers (dlt_set_loginfo_parse_service_id, dlt_getloginfo_conv_*,
 * dlt_hex_ascii_to_binary) on texts as dlt-control builds them, every
 * result printed; test-client.sh compares the output on both libraries. */
#include <dlt/dlt_client.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "get_log_info, 07, " + the bytes in hex, as dlt_message_payload shows them. */
static void make_text(char *text, size_t cap, int opt, const unsigned char *b, size_t n)
{
    size_t at = (size_t)snprintf(text, cap, "get_log_info, %02x, ", opt);
    for (size_t i = 0; i < n && at + 4 < cap; i++)
        at += (size_t)snprintf(text + at, cap - at, i ? " %02x" : "%02x", b[i]);
}

static void show(DltServiceGetLogInfoResponse *r)
{
    printf("  service=%u status=%u apps=%u\n", r->service_id, r->status,
           r->log_info_type.count_app_ids);
    for (int a = 0; a < r->log_info_type.count_app_ids && r->log_info_type.app_ids; a++) {
        AppIDsType *app = &r->log_info_type.app_ids[a];
        printf("  app %.4s contexts=%u desc(%u)=%s\n", app->app_id, app->count_context_ids,
               app->len_app_description, app->app_description ? app->app_description : "(null)");
        for (int c = 0; c < app->count_context_ids && app->context_id_info; c++) {
            ContextIDsInfoType *ctx = &app->context_id_info[c];
            printf("    ctx %.4s ll=%d ts=%d desc(%u)=%s\n", ctx->context_id, ctx->log_level,
                   ctx->trace_status, ctx->len_context_description,
                   ctx->context_description ? ctx->context_description : "(null)");
        }
    }
}

static void parse(const char *name, int opt, const unsigned char *b, size_t n)
{
    static char text[20000];
    DltServiceGetLogInfoResponse *r = calloc(1, sizeof *r);
    make_text(text, sizeof text, opt, b, n);
    /* Without the status the parser refuses; dlt-control reads it first. */
    int rc = dlt_client_parse_get_log_info_resp_text(r, text);
    printf("%s: parse without status rc=%d\n", name, rc);
    rc = dlt_set_loginfo_parse_service_id(text, &r->service_id, &r->status);
    printf("%s: parse_service_id rc=%d\n", name, rc);
    rc = dlt_client_parse_get_log_info_resp_text(r, text);
    printf("%s: parse rc=%d\n", name, rc);
    if (rc == 0)
        show(r);
    rc = dlt_client_cleanup_get_log_info(r);
    printf("%s: cleanup rc=%d\n", name, rc);
}

int main(void)
{
    /* two apps; the first with two contexts */
    static const unsigned char full[] = {
        0x02, 0x00,                                   /* 2 apps */
        'A', 'P', 'P', '1', 0x02, 0x00,               /* APP1, 2 contexts */
        'C', 'T', 'X', '1', 0x04, 0x01, 0x03, 0x00, 'o', 'n', 'e',
        'C', 'T', 'X', '2', 0xff, 0x00, 0x00, 0x00,
        0x04, 0x00, 'a', 'p', 'p', '1',               /* app description */
        'A', 'P', 'P', '2', 0x01, 0x00,
        'C', '3', 0x00, 0x00, 0x06, 0x01, 0x02, 0x00, 'c', '3',
        0x00, 0x00,
        'r', 'e', 'm', 'o'};
    parse("opt7", 7, full, sizeof full);
    static const unsigned char opt6[] = {0x01, 0x00, 'A', 'P', 'P', '1', 0x01, 0x00,
                                         'C', 'T', 'X', '1', 0x05, 0x00, 'r', 'e', 'm', 'o'};
    parse("opt6", 6, opt6, sizeof opt6);
    static const unsigned char opt4[] = {0x01, 0x00, 'A', 'P', 'P', '1', 0x02, 0x00,
                                         'C', 'T', 'X', '1', 0x05, 'C', 'T', 'X', '2', 0x02,
                                         'r', 'e', 'm', 'o'};
    parse("opt4", 4, opt4, sizeof opt4);
    static const unsigned char opt3[] = {0x01, 0x00, 'A', 'P', 'P', '1', 0x01, 0x00,
                                         'C', 'T', 'X', '1', 'r', 'e', 'm', 'o'};
    parse("opt3", 3, opt3, sizeof opt3);
    static const unsigned char opt5[] = {0x01, 0x00, 'A', 'P', 'P', '1', 0x01, 0x00,
                                         'C', 'T', 'X', '1', 0x01, 'r', 'e', 'm', 'o'};
    parse("opt5", 5, opt5, sizeof opt5);
    static const unsigned char none[] = {0x00, 0x00};
    for (int st = 0; st <= 10; st++) {
        char name[16];
        snprintf(name, sizeof name, "status%d", st);
        parse(name, st, none, sizeof none);
    }

    char svc[64];
    uint32_t id = 0;
    uint8_t o = 0;
    const char *texts[] = {"get_log_info, 07, 01 00", "get_log_info, 03, ", "get_log_info, 0a, 00",
                           "set_log_level, ok", "get_software_version, ok, 01", "x"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        snprintf(svc, sizeof svc, "%s", texts[i]);
        id = 0;
        o = 0;
        /* Not "get_log_info": strncmp's result, whose magnitude depends on
         * the CPU's string functions and, in sanitizer builds, on the
         * interceptor: only its sign is compared. */
        int rc = dlt_set_loginfo_parse_service_id(svc, &id, &o);
        printf("parse_service_id(%s) rc=%s id=%u opt=%u\n", texts[i],
               rc < 0 ? "<0" : rc > 0 ? ">0" : "0", id, o);
    }
    char conv[] = "34 12 ff 7f 80 41 42 43 44 00 ";
    int count = 0;
    int16_t u = dlt_getloginfo_conv_ascii_to_uint16_t(conv, &count);
    printf("to_uint16 = %d count=%d\n", u, count);
    int16_t s = dlt_getloginfo_conv_ascii_to_int16_t(conv, &count);
    printf("to_int16 = %d count=%d\n", s, count);
    s = dlt_getloginfo_conv_ascii_to_int16_t(conv, &count);
    printf("to_int16 = %d count=%d\n", s, count);
    s = dlt_getloginfo_conv_ascii_to_int16_t(conv, &count);
    printf("to_int16 = %d count=%d\n", s, count);
    char id4[8] = {0};
    dlt_getloginfo_conv_ascii_to_id(conv, &count, id4, 4);
    printf("to_id = %s count=%d\n", id4, count);

    const char *hex[] = {"0a0b0c", "0A 0B", "1", "123", "zz", "", "deadbeef"};
    for (size_t i = 0; i < sizeof hex / sizeof hex[0]; i++) {
        uint8_t bin[16];
        memset(bin, 0xee, sizeof bin);
        int size = 16;
        dlt_hex_ascii_to_binary(hex[i], bin, &size);
        printf("hex_ascii_to_binary(%s) size=%d:", hex[i], size);
        for (int k = 0; k < 6; k++)
            printf(" %02x", bin[k]);
        printf("\n");
    }
    return 0;
}
