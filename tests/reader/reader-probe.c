/* SPDX-License-Identifier: MPL-2.0 */
/* reader-probe: drives the reader half of dlt_common.h (dlt_file_*,
 * dlt_message_*, dlt_filter_*) over DLT files and prints every return code
 * and every text the library produces.  test-reader.sh runs the SAME binary
 * on the reference libdlt.so.2 and on libdlt-ng and compares the outputs
 * byte for byte.
 *
 * Usage: reader-probe [-f FILTERFILE] FILE...     one report per file
 *        reader-probe -r FILE                     dlt_message_read over the raw bytes
 *        reader-probe -a                          argument checks and filters (no file)
 *        reader-probe -e DIR                      dlt_execute_command (writes into DIR) */
#include <dlt/dlt_common.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define TEXT 10024

static char text[TEXT + 64];

/* Print the text, and the bytes after its NUL up to n (shows truncation). */
static void show(const char *what, int rc)
{
    printf("%s rc=%d [%s]\n", what, rc, text);
    fflush(stdout);
}

static void report_message(DltMessage *msg, int verbose)
{
    static const int flag_sets[] = {
        DLT_HEADER_SHOW_NONE, DLT_HEADER_SHOW_TIME, DLT_HEADER_SHOW_TMSTP,
        DLT_HEADER_SHOW_MSGCNT, DLT_HEADER_SHOW_ECUID, DLT_HEADER_SHOW_APID,
        DLT_HEADER_SHOW_CTID, DLT_HEADER_SHOW_MSGTYPE, DLT_HEADER_SHOW_MSGSUBTYPE,
        DLT_HEADER_SHOW_VNVSTATUS, DLT_HEADER_SHOW_NOARG, DLT_HEADER_SHOW_ALL,
        DLT_HEADER_SHOW_APID | DLT_HEADER_SHOW_CTID,
        DLT_HEADER_SHOW_MSGTYPE | DLT_HEADER_SHOW_NOARG,
        DLT_HEADER_SHOW_TMSTP | DLT_HEADER_SHOW_ECUID | DLT_HEADER_SHOW_MSGSUBTYPE,
    };
    static const int small_sizes[] = {1, 2, 5, 11, 20, 27, 40, 64, 100, 300};
    char name[64];
    int rc;

    printf("msg headersize=%d datasize=%d serial=%d resync=%d\n", msg->headersize,
           msg->datasize, msg->found_serialheader, msg->resync_offset);
    memset(text, 0, sizeof text);
    rc = dlt_message_header(msg, text, TEXT, verbose);
    show("header", rc);
    for (size_t i = 0; i < sizeof flag_sets / sizeof flag_sets[0]; i++) {
        memset(text, 0, sizeof text);
        rc = dlt_message_header_flags(msg, text, TEXT, flag_sets[i], verbose);
        snprintf(name, sizeof name, "header_flags(0x%x)", flag_sets[i]);
        show(name, rc);
    }
    for (int type = 0; type <= 6; type++) {
        memset(text, 0, sizeof text);
        rc = dlt_message_payload(msg, text, TEXT, type, verbose);
        snprintf(name, sizeof name, "payload(%d)", type);
        show(name, rc);
    }
    for (size_t i = 0; i < sizeof small_sizes / sizeof small_sizes[0]; i++) {
        for (int type = 1; type <= 5; type++) {
            memset(text, 0, sizeof text);
            rc = dlt_message_payload(msg, text, (size_t)small_sizes[i], type, verbose);
            snprintf(name, sizeof name, "payload(%d, len %d)", type, small_sizes[i]);
            show(name, rc);
        }
    }
    dlt_print_with_attributes(true);
    memset(text, 0, sizeof text);
    rc = dlt_message_payload(msg, text, TEXT, DLT_OUTPUT_ASCII, verbose);
    show("payload(attributes)", rc);
    dlt_print_with_attributes(false);

    memset(text, 0, sizeof text);
    rc = dlt_message_print_header(msg, text, TEXT, verbose);
    printf("\nprint_header rc=%d\n", rc);
    rc = dlt_message_print_hex(msg, text, TEXT, verbose);
    printf("\nprint_hex rc=%d\n", rc);
    rc = dlt_message_print_ascii(msg, text, TEXT, verbose);
    printf("\nprint_ascii rc=%d\n", rc);
    rc = dlt_message_print_mixed_plain(msg, text, TEXT, verbose);
    printf("\nprint_mixed_plain rc=%d\n", rc);
    rc = dlt_message_print_mixed_html(msg, text, TEXT, verbose);
    printf("\nprint_mixed_html rc=%d\n", rc);
    fflush(stdout);

    /* Every argument of a verbose message through dlt_message_argument_print. */
    if (DLT_IS_HTYP_UEH(msg->standardheader->htyp) && msg->extendedheader &&
        DLT_IS_MSIN_VERB(msg->extendedheader->msin) && msg->databuffer) {
        uint8_t *ptr = msg->databuffer;
        int32_t left = msg->datasize;
        for (int a = 0; a < msg->extendedheader->noar && left >= 4; a++) {
            uint32_t ti;
            memcpy(&ti, ptr, 4);
            ti = DLT_ENDIAN_GET_32(msg->standardheader->htyp, ti);
            ptr += 4;
            left -= 4;
            memset(text, 0, sizeof text);
            rc = dlt_message_argument_print(msg, ti, &ptr, &left, text, TEXT, -1, verbose);
            printf("arg %d ti=0x%x rc=%d left=%d [%s]\n", a, ti, rc, left, text);
            if (rc != 0)
                break;
        }
    }
    rc = dlt_message_get_extraparameters(msg, verbose);
    printf("get_extra rc=%d ecu=%.4s seid=%u tmsp=%u\n", rc, msg->headerextra.ecu,
           msg->headerextra.seid, msg->headerextra.tmsp);
    fflush(stdout);
}

static void report_file(const char *path, const char *filterfile)
{
    DltFile file;
    DltFilter filter;
    int rc;

    /* Fields dlt_file_init leaves alone must not show stack garbage. */
    memset(&file, 0, sizeof file);
    rc = dlt_file_init(&file, 0);
    printf("== %s\nfile_init rc=%d\n", strrchr(path, '/') ? strrchr(path, '/') + 1 : path, rc);
    if (filterfile) {
        rc = dlt_filter_init(&filter, 0);
        printf("filter_init rc=%d\n", rc);
        rc = dlt_filter_load(&filter, filterfile, 0);
        printf("filter_load rc=%d counter=%d\n", rc, filter.counter);
        rc = dlt_file_set_filter(&file, &filter, 0);
        printf("set_filter rc=%d\n", rc);
    }
    rc = dlt_file_open(&file, path, 0);
    printf("file_open rc=%d length=%llu\n", rc, (unsigned long long)file.file_length);
    fflush(stdout);
    int reads = 0;
    while ((rc = dlt_file_read(&file, 0)) >= 0 && reads < 100000)
        reads++;
    printf("file_read: %d reads, last rc=%d counter=%d total=%d errors=%d position=%llu "
           "headersize=%d datasize=%d\n",
           reads, rc, file.counter, file.counter_total, file.error_messages,
           (unsigned long long)file.file_position, file.msg.headersize, file.msg.datasize);
    for (int i = 0; i < file.counter; i++) {
        rc = dlt_file_message(&file, i, 0);
        printf("-- message %d rc=%d position=%d\n", i, rc, file.position);
        if (rc >= 0)
            report_message(&file.msg, 0);
    }
    rc = dlt_file_message(&file, file.counter, 0);
    printf("message(out of range) rc=%d\n", rc);

    /* The raw readers, from the start. */
    rc = dlt_file_close(&file, 0);
    printf("file_close rc=%d\n", rc);
    rc = dlt_file_open(&file, path, 0);
    printf("file_open again rc=%d\n", rc);
    for (int i = 0; i < 5; i++) {
        rc = dlt_file_read_raw(&file, 0, 0);
        printf("read_raw rc=%d counter=%d total=%d headersize=%d datasize=%d\n", rc, file.counter,
               file.counter_total, file.msg.headersize, file.msg.datasize);
    }
    rc = dlt_file_free(&file, 0);
    printf("file_free rc=%d\n", rc);
    if (filterfile) {
        rc = dlt_filter_free(&filter, 0);
        printf("filter_free rc=%d\n", rc);
    }
    fflush(stdout);
}

/* dlt_message_read over a whole file's bytes (serial headers and resync). */
static void report_raw(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        printf("cannot open %s\n", path);
        return;
    }
    static uint8_t data[1 << 20];
    size_t n = fread(data, 1, sizeof data, f);
    fclose(f);
    for (int resync = 0; resync <= 1; resync++) {
        DltMessage msg;
        memset(&msg, 0, sizeof msg);
        dlt_message_init(&msg, 0);
        size_t off = 0;
        int count = 0;
        /* Skip storage headers: dlt_message_read wants the message itself. */
        while (off < n && count < 5000) {
            if (n - off >= 16 && memcmp(data + off, "DLT\1", 4) == 0)
                off += 16;
            int rc = dlt_message_read(&msg, data + off, (unsigned)(n - off), resync, 0);
            printf("read(resync %d) at %zu rc=%d headersize=%d datasize=%d resync_offset=%d\n",
                   resync, off, rc, msg.headersize, msg.datasize, msg.resync_offset);
            if (rc != DLT_MESSAGE_ERROR_OK) {
                /* With resync the bytes searched need not be searched again. */
                off += msg.resync_offset > 0 ? (size_t)msg.resync_offset : 1;
                continue;
            }
            memset(text, 0, sizeof text);
            rc = dlt_message_payload(&msg, text, TEXT, DLT_OUTPUT_ASCII, 0);
            show("  payload", rc);
            off += (size_t)msg.resync_offset + (size_t)(msg.headersize - 16) + (size_t)msg.datasize;
            count++;
        }
        dlt_message_free(&msg, 0);
    }
    fflush(stdout);
}

static void report_api(void)
{
    DltFilter filter;
    DltMessage msg;
    DltFile file;
    int rc;

    printf("filter_init(NULL) rc=%d\n", dlt_filter_init(NULL, 0));
    printf("filter_free(NULL) rc=%d\n", dlt_filter_free(NULL, 0));
    printf("message_init(NULL) rc=%d\n", dlt_message_init(NULL, 0));
    printf("message_free(NULL) rc=%d\n", dlt_message_free(NULL, 0));
    printf("file_init(NULL) rc=%d\n", dlt_file_init(NULL, 0));
    printf("file_free(NULL) rc=%d\n", dlt_file_free(NULL, 0));
    printf("file_close(NULL) rc=%d\n", dlt_file_close(NULL, 0));
    printf("file_read(NULL) rc=%d\n", dlt_file_read(NULL, 0));
    printf("file_open(NULL) rc=%d\n", dlt_file_open(NULL, "x", 0));
    printf("message_header(NULL) rc=%d\n", dlt_message_header(NULL, text, TEXT, 0));
    printf("message_payload(NULL) rc=%d\n", dlt_message_payload(NULL, text, TEXT, 2, 0));
    printf("message_read(NULL) rc=%d\n", dlt_message_read(NULL, (uint8_t *)text, 10, 0, 0));
    printf("filter_load(NULL) rc=%d\n", dlt_filter_load(NULL, "x", 0));
    printf("check_rcv(10, 5) rc=%d\n", dlt_check_rcv_data_size(10, 5));
    printf("check_rcv(5, 10) rc=%d\n", dlt_check_rcv_data_size(5, 10));
    printf("check_rcv(5, 5) rc=%d\n", dlt_check_rcv_data_size(5, 5));
    fflush(stdout);

    rc = dlt_message_init(&msg, 0);
    printf("message_init rc=%d headersize=%d datasize=%d dbs=%d buf=%p\n", rc, msg.headersize,
           msg.datasize, msg.databuffersize, (void *)msg.databuffer);
    memset(text, 0, sizeof text);
    uint8_t small[] = {0x35, 0, 0, 4};
    rc = dlt_message_read(&msg, small, sizeof small, 0, 0);
    printf("message_read(4 bytes, header only) rc=%d\n", rc);
    rc = dlt_message_read(&msg, small, 3, 0, 0);
    printf("message_read(3 bytes) rc=%d\n", rc);
    uint8_t lenbad[] = {0x35, 0, 0, 2, 0, 0};
    rc = dlt_message_read(&msg, lenbad, sizeof lenbad, 0, 0);
    printf("message_read(len 2) rc=%d\n", rc);
    uint8_t longlen[] = {0x21, 0, 0, 40, 1, 2, 3, 4};
    rc = dlt_message_read(&msg, longlen, sizeof longlen, 0, 0);
    printf("message_read(len 40, 8 bytes) rc=%d\n", rc);
    dlt_message_free(&msg, 0);

    rc = dlt_filter_init(&filter, 0);
    printf("filter_init rc=%d counter=%d\n", rc, filter.counter);
    const char *ap[] = {"APP1", "APP2", "", "APP1", "LONGER", "A"};
    const char *ct[] = {"CTX1", "", "CTX3", "CTX1", "CTX", "B"};
    int lv[] = {0, 3, 4, 0, 6, 1};
    /* Ids are passed in 4-byte buffers: the reference reads 4 bytes of
     * whatever it is given. */
    char a4[6][8], c4[6][8];
    for (int i = 0; i < 6; i++) {
        memset(a4[i], 0, 8);
        memset(c4[i], 0, 8);
        strncpy(a4[i], ap[i], 7);
        strncpy(c4[i], ct[i], 7);
        rc = dlt_filter_add(&filter, a4[i], c4[i], lv[i], 0, 100 * i, 0);
        printf("filter_add(%s,%s,%d) rc=%d counter=%d\n", ap[i], ct[i], lv[i], rc, filter.counter);
    }
    printf("filter_find(APP1,CTX1) = %d\n", dlt_filter_find(&filter, a4[0], c4[0], 0, 0, 0, 0));
    printf("filter_find(APP2,) = %d\n", dlt_filter_find(&filter, a4[1], c4[1], 3, 0, 100, 0));
    printf("filter_find(XXXX,) = %d\n", dlt_filter_find(&filter, "XXXX", c4[1], 3, 0, 100, 0));
    printf("filter_find(APP2 wrong level) = %d\n", dlt_filter_find(&filter, a4[1], c4[1], 4, 0, 100, 0));
    char path[] = "/tmp/reader-probe-filter.XXXXXX";
    int fd = mkstemp(path);
    if (fd >= 0)
        close(fd);
    rc = dlt_filter_save(&filter, path, 0);
    printf("filter_save rc=%d\n", rc);
    FILE *f = fopen(path, "r");
    if (f) {
        char line[256];
        while (fgets(line, sizeof line, f))
            printf("  saved: %s", line);
        fclose(f);
    }
    rc = dlt_filter_delete(&filter, a4[1], c4[1], 3, 0, 100, 0);
    printf("filter_delete(APP2) rc=%d counter=%d\n", rc, filter.counter);
    rc = dlt_filter_delete(&filter, a4[1], c4[1], 3, 0, 100, 0);
    printf("filter_delete(APP2 again) rc=%d counter=%d\n", rc, filter.counter);
    DltFilter loaded;
    dlt_filter_init(&loaded, 0);
    rc = dlt_filter_load(&loaded, path, 0);
    printf("filter_load(saved) rc=%d counter=%d\n", rc, loaded.counter);
    for (int i = 0; i < loaded.counter; i++)
        printf("  entry %d %.4s %.4s ll=%d min=%d max=%d\n", i, loaded.apid[i], loaded.ctid[i],
               loaded.log_level[i], loaded.payload_min[i], loaded.payload_max[i]);
    for (int i = 0; i < 40; i++) {
        char id[8];
        snprintf(id, sizeof id, "F%03d", i);
        rc = dlt_filter_add(&filter, id, c4[5], 0, 0, INT32_MAX, 0);
        if (rc != 0)
            printf("filter_add #%d rc=%d counter=%d\n", i, rc, filter.counter);
    }
    rc = dlt_filter_load(&loaded, "/nonexistent/filter", 0);
    printf("filter_load(missing) rc=%d\n", rc);
    unlink(path);
    fflush(stdout);

    memset(&file, 0, sizeof file);
    rc = dlt_file_init(&file, 0);
    printf("file_init rc=%d handle=%p counter=%d\n", rc, (void *)file.handle, file.counter);
    rc = dlt_file_open(&file, "/nonexistent/file.dlt", 0);
    printf("file_open(missing) rc=%d\n", rc);
    /* (dlt_file_read on a file that is not open crashes the reference.) */
    rc = dlt_file_free(&file, 0);
    printf("file_free rc=%d\n", rc);
    fflush(stdout);
}

/* dlt_execute_command: wait status, stdout into a file (a command that
 * cannot be executed is left out: 2.18.8's child then runs on in the
 * caller's code). */
static void report_exec(const char *dir)
{
    char out[512];
    snprintf(out, sizeof out, "%s/exec-out.txt", dir);
    printf("true=%d\n", dlt_execute_command(NULL, "true", NULL));
    fflush(stdout);
    printf("false=%d\n", dlt_execute_command(NULL, "false", NULL));
    fflush(stdout);
    printf("exit3=%d\n", dlt_execute_command(NULL, "sh", "-c", "exit 3", NULL));
    fflush(stdout);
    printf("to file=%d\n", dlt_execute_command(out, "sh", "-c", "echo first; echo err >&2", NULL));
    fflush(stdout);
    printf("to file again=%d\n", dlt_execute_command(out, "echo", "second", "arg", NULL));
    fflush(stdout);
    FILE *f = fopen(out, "r");
    char line[128];
    while (f && fgets(line, sizeof line, f))
        printf("  file: %s", line);
    if (f)
        fclose(f);
    printf("no command=%d\n", dlt_execute_command(NULL, NULL));
    fflush(stdout);
    printf("bad file=%d\n", dlt_execute_command("/nonexistent/dir/x", "echo", "x", NULL));
    fflush(stdout);
}

/* dlt_message_argument_print for type infos of every kind (with VARI,
 * FIXP, ARAY, both byte orders), every TYLE and short to ample data
 * lengths: the return code, the length and position left, the text.  What
 * upstream leaves behind after a failure is part of the contract: readers
 * walk a payload with it. */
static void report_argument_sweep(void)
{
    static const uint32_t kinds[] = {
        0x10, 0x20, 0x40, 0x80, 0x400, 0x2000, 0x200, 0x200 | (1u << 15), 0x20 | 0x40,
        0x40 | 0x800, 0x40 | 0x1000, 0x40 | 0x800 | 0x1000, 0x80 | 0x800, 0x10 | 0x800,
        0x100 | 0x40, 0x200 | 0x800, 0x400 | 0x800, 0x40 | (2u << 15), 0x40 | (3u << 15),
        0x40 | (4u << 15)};
    static const int lens[] = {0, 1, 2, 3, 4, 5, 8, 9, 16, 17, 40};
    static uint8_t headers[64];
    DltMessage msg;
    memset(&msg, 0, sizeof msg);
    msg.storageheader = (DltStorageHeader *)headers;
    msg.standardheader = (DltStandardHeader *)(headers + sizeof(DltStorageHeader));
    for (int msbf = 0; msbf < 2; msbf++) {
        msg.standardheader->htyp = (uint8_t)(0x35 | (msbf ? DLT_HTYP_MSBF : 0));
        for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
            for (uint32_t tyle = 0; tyle < 16; tyle++)
                for (size_t l = 0; l < sizeof lens / sizeof lens[0]; l++) {
                    /* 2.18.8 reads past the given length for a 64-bit
                     * HEX integer with fewer than 8 bytes left (libdlt-ng
                     * refuses it): not compared. */
                    if ((kinds[k] & DLT_TYPE_INFO_SCOD) == (2u << 15) && tyle == DLT_TYLE_64BIT &&
                        lens[l] < 8)
                        continue;
                    uint8_t data[64];
                    for (int b = 0; b < 64; b++)
                        data[b] = (uint8_t)(b * 7 + 1);
                    data[0] = 3; /* a small 16-bit length (names, raw, strings) */
                    data[1] = 0;
                    uint8_t *ptr = data;
                    int32_t left = lens[l];
                    char out[256];
                    memset(out, 0, sizeof out);
                    const uint32_t ti = kinds[k] | tyle;
                    int rc = dlt_message_argument_print(&msg, ti, &ptr, &left, out, sizeof out,
                                                        -1, 0);
                    printf("msbf=%d ti=0x%x len=%d rc=%d left=%d advanced=%d text=[%s]\n", msbf,
                           ti, lens[l], rc, left, (int)(ptr - data), out);
                }
    }
}

int main(int argc, char **argv)
{
    const char *filterfile = NULL;
    int i = 1;
    if (argc > 1 && strcmp(argv[1], "-a") == 0) {
        report_api();
        return 0;
    }
    if (argc > 1 && strcmp(argv[1], "-t") == 0) {
        report_argument_sweep();
        return 0;
    }
    if (argc > 2 && strcmp(argv[1], "-e") == 0) {
        report_exec(argv[2]);
        return 0;
    }
    if (argc > 2 && strcmp(argv[1], "-r") == 0) {
        report_raw(argv[2]);
        return 0;
    }
    if (argc > 2 && strcmp(argv[1], "-f") == 0) {
        filterfile = argv[2];
        i = 3;
    }
    for (; i < argc; i++)
        report_file(argv[i], filterfile);
    return 0;
}
