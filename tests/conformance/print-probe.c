/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: prints what dlt_print_mixed_string, dlt_print_hex_string and
 * dlt_print_hex return and write for a table of inputs: plain and HTML,
 * partial and complete lines, every byte value, text buffers one byte too
 * small and just large enough, bad arguments.  Run once on the reference
 * libdlt.so.2 and once on libdlt-ng; the outputs must be identical
 * (test-print.sh).  The text buffer is pre-filled so that bytes the
 * function did not write show up as '#'. */
#include <dlt/dlt_common.h>
#include <stdio.h>
#include <string.h>

static char text[4096];

static void show(const char *what, int rc, int textlength)
{
    int shown = textlength > 0 && textlength < (int)sizeof text - 8 ? textlength + 4 : 64;
    printf("%-40s rc=%d [", what, rc);
    for (int i = 0; i < shown; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == 0) {
            printf("\\0");
            if (i + 1 < shown && text[i + 1] == '#' && i + 2 < shown && text[i + 2] == '#')
                break; /* the rest is untouched */
        } else if (c == '\n') {
            printf("\\n");
        } else {
            putchar(c);
        }
    }
    printf("]\n");
    fflush(stdout);
}

static void mixed(const char *what, int textlength, uint8_t *data, int size, int html)
{
    memset(text, '#', sizeof text);
    char name[128];
    snprintf(name, sizeof name, "mixed %s tl=%d n=%d html=%d", what, textlength, size, html);
    show(name, dlt_print_mixed_string(text, textlength, data, size, html), textlength);
}

static void hexs(const char *what, int textlength, uint8_t *data, int size)
{
    memset(text, '#', sizeof text);
    char name[128];
    snprintf(name, sizeof name, "hex %s tl=%d n=%d", what, textlength, size);
    show(name, dlt_print_hex_string(text, textlength, data, size), textlength);
}

int main(void)
{
    uint8_t all[256], letters[40];
    for (int i = 0; i < 256; i++)
        all[i] = (uint8_t)i;
    for (int i = 0; i < 40; i++)
        letters[i] = (uint8_t)('<' + i);

    /* Every byte value, plain and HTML. */
    mixed("all", 2000, all, 256, 0);
    mixed("all", 2000, all, 256, 1);
    mixed("all-html2", 2000, all, 256, 2);
    /* Partial and complete lines around the 16-byte boundary. */
    for (int n = 0; n <= 40; n++) {
        mixed("letters", 400, letters, n, 0);
        mixed("letters", 400, letters, n, 1);
    }
    /* The size demanded: (n / 16 + 1) lines of 73 (HTML 76) bytes. */
    int sizes[] = {1, 15, 16, 17, 32, 33};
    for (unsigned k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        int n = sizes[k];
        int need = (n / 16 + 1) * 73, need_html = (n / 16 + 1) * 76;
        mixed("fit", need - 1, all, n, 0);
        mixed("fit", need, all, n, 0);
        mixed("fit", need_html - 1, all, n, 1);
        mixed("fit", need_html, all, n, 1);
    }
    mixed("empty", 10, all, 0, 0);
    mixed("empty", 100, all, 0, 0);
    /* Bad arguments. */
    mixed("zero-tl", 0, all, 4, 0);
    mixed("neg-tl", -1, all, 4, 0);
    mixed("neg-size", 100, all, -1, 0);
    mixed("null-data", 100, NULL, 4, 0);
    mixed("null-data-empty", 100, NULL, 0, 0);
    printf("mixed null text rc=%d\n", dlt_print_mixed_string(NULL, 100, all, 4, 0));

    /* dlt_print_hex_string: two digits and a space per byte. */
    hexs("all", 1000, all, 256);
    for (int n = 0; n <= 4; n++)
        for (int tl = 3 * n - 1; tl <= 3 * n + 1; tl++)
            hexs("fit", tl, all + 0x7e, n);
    hexs("null-data", 100, NULL, 4);
    hexs("neg-size", 100, all, -1);
    hexs("zero-tl", 0, all, 0);
    printf("hex null text rc=%d\n", dlt_print_hex_string(NULL, 100, all, 4));

    /* dlt_print_hex: to stdout, no newline. */
    printf("print_hex 5 [");
    fflush(stdout);
    dlt_print_hex(all + 0xfc, 4);
    fflush(stdout);
    printf("]\nprint_hex 1 [");
    fflush(stdout);
    dlt_print_hex(all + 0x41, 1);
    fflush(stdout);
    printf("]\nprint_hex 0 [");
    fflush(stdout);
    dlt_print_hex(all, 0);
    dlt_print_hex(all, -3);
    dlt_print_hex(NULL, 3);
    fflush(stdout);
    printf("]\n");
    return 0;
}
