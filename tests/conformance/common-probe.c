/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: probe of the dlt_common.h helpers applications call besides the
 * logging API (the internal logger, ID/string helpers, storage header,
 * service names).  Prints return codes and results; test-common.sh runs it
 * on the reference library and on libdlt-ng and compares stdout, stderr
 * and the log file (time stamps and pids masked).
 * Usage: common-probe LOGFILE */
#include <stdio.h>
#include <string.h>
#include <sys/time.h>

#include <dlt/dlt_common.h>
#include <dlt/dlt_protocol.h>

void dlt_log_set_fifo_basedir(const char *pipe_dir);
extern const char *const dlt_service_names[];
extern const char *const dlt_user_service_names[];

static void flush(void)
{
    fflush(stdout);
    fflush(stderr);
}

static void logger(const char *logfile)
{
    for (int p = -2; p <= 9; p++) {
        char s[40];
        snprintf(s, sizeof s, "prio %d msg\n", p);
        printf("dlt_log(%d) = %d\n", p, dlt_log(p, s));
        flush();
    }
    printf("dlt_log(NULL) = %d\n", dlt_log(3, NULL));
    printf("dlt_vlog = %d\n", dlt_vlog(4, "fmt %d %s\n", 42, "x"));
    flush();
    printf("dlt_vlog(NULL) = %d\n", dlt_vlog(4, NULL));
    dlt_log(6, "no newline");
    printf("<after\n");
    flush();

    /* Levels: out of range is refused with a warning. */
    dlt_log_set_level(4);
    printf("level 4: info %d\n", dlt_log(6, "info hidden\n"));
    flush();
    printf("level 4: warning %d\n", dlt_log(4, "warn shown\n"));
    flush();
    dlt_log_set_level(8);
    dlt_log_set_level(-1);
    dlt_log(5, "notice hidden at 4\n");
    dlt_log_set_level(7);
    dlt_log(7, "debug shown at 7\n");
    dlt_log(8, "prio 8 hidden at 7\n");
    dlt_log(-5, "negative prio shown\n");
    dlt_log_set_level(6);
    flush();

    /* Truncation. */
    char big[3000];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = 0;
    dlt_vlog(6, "%s|END\n", big);
    printf("<vlog\n");
    flush();
    dlt_log(6, big);
    printf("<log\n");
    flush();
    printf("dlt_vnlog(10) = %d\n", dlt_vnlog(6, 10, "abcdefghijklmnop\n"));
    printf("\ndlt_vnlog(0) = %d\n", dlt_vnlog(6, 0, "abc\n"));
    printf("dlt_vnlog(NULL) = %d\n", dlt_vnlog(6, 10, NULL));
    dlt_vnlog(6, 2000, "%s|END\n", big);
    printf("<vnlog\n");
    flush();

    /* Sinks. */
    dlt_log_init(DLT_LOG_TO_STDERR);
    dlt_log(6, "to stderr\n");
    printf("dlt_user_printf = %d\n", dlt_user_printf("printf to stderr %d\n", 3));
    flush();
    dlt_log_init(DLT_LOG_DROPPED);
    printf("dropped: %d\n", dlt_log(6, "dropped\n"));
    printf("dlt_user_printf = %d\n", dlt_user_printf("printf dropped mode %d\n", 4));
    flush();
    dlt_log_init(7);
    dlt_log(6, "unknown mode 7\n");
    printf("dlt_user_printf = %d\n", dlt_user_printf("printf mode %d\n", 7));
    flush();
    dlt_log_init(DLT_LOG_TO_CONSOLE);
    printf("dlt_user_printf(NULL) = %d\n", dlt_user_printf(NULL));
    flush();

    /* File: a missing directory first, then the real file. */
    dlt_log_set_filename("/nonexistent-dir-libdlt-ng/x.log");
    dlt_log_init(DLT_LOG_TO_FILE);
    dlt_log(6, "lost: no file\n");
    dlt_user_printf("printf in file mode\n");
    flush();
    dlt_log_set_filename(logfile);
    dlt_log_init(DLT_LOG_TO_FILE);
    dlt_log(6, "to file\n");
    dlt_vlog(6, "file %d\n", 7);
    dlt_log_init(DLT_LOG_TO_CONSOLE);
    dlt_log(6, "back on stdout\n");
    dlt_log_init(DLT_LOG_TO_FILE);
    dlt_log(6, "file again\n");
    /* No line for the file after dlt_log_free: 2.18.8 then writes to the
     * closed FILE (a use after free that crashes it now and then). */
    dlt_log_free();
    dlt_log_init(DLT_LOG_TO_CONSOLE);
    dlt_log(6, "stdout at the end\n");
    flush();
}

static void strings(void)
{
    printf("strnlen %zu %zu %zu %zu\n", dlt_strnlen_s("abcdef", 3), dlt_strnlen_s("ab", 10),
           dlt_strnlen_s(NULL, 4), dlt_strnlen_s("abc", 0));
    const char *ids[] = {"AB", "ABCDEFG", "", "A\0B", "ABCD"};
    for (unsigned i = 0; i < sizeof ids / sizeof ids[0]; i++) {
        char t[10];
        memset(t, 'z', sizeof t);
        dlt_print_id(t, ids[i]);
        printf("dlt_print_id %u [%.9s] %d\n", i, t, t[5]);
    }
    char t[10];
    memset(t, 'z', sizeof t);
    dlt_print_id(t, NULL);
    printf("dlt_print_id NULL [%.9s]\n", t);
    dlt_print_id(NULL, "AB");

    char c1[] = "ab\ncd\r\tx\n";
    dlt_clean_string(c1, sizeof c1);
    printf("clean [%s]\n", c1);
    char c2[] = "a\nb\n";
    dlt_clean_string(c2, 2);
    printf("clean 2 [%s]\n", c2);
    char c3[] = "a\nb\n";
    dlt_clean_string(c3, 0);
    dlt_clean_string(c3, -3);
    dlt_clean_string(NULL, 3);
    printf("clean 0 [%s]\n", c3);

    unsigned char d[] = {'a', 0, 'b', 200, 'c', 127, ' ', '~', 0x1f, 0x80};
    const int cases[][2] = {{4, 8}, {8, 8}, {9, 8}, {9, 0}, {20, 10}, {9, -1}, {0, 1}, {-1, 8}};
    for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[24];
        memset(buf, 'Q', sizeof buf);
        char *bp = buf;
        const int rc = dlt_print_char_string(&bp, cases[i][0], d, cases[i][1]);
        printf("dlt_print_char_string(%d, %d) = %d [%.23s] moved %ld\n", cases[i][0], cases[i][1],
               rc, buf, (long)(bp - buf));
        flush();
    }
    char buf[24];
    char *bp = buf;
    printf("char_string NULLs %d %d ", dlt_print_char_string(NULL, 9, d, 8),
           dlt_print_char_string(&bp, 9, NULL, 8));
    bp = NULL;
    printf("%d\n", dlt_print_char_string(&bp, 9, d, 8));
}

static void storage_header(void)
{
    DltStorageHeader sh;
    printf("dlt_set_storageheader NULL %d %d\n", dlt_set_storageheader(NULL, "E"),
           dlt_set_storageheader(&sh, NULL));
    const char *ecus[] = {"E", "ECU12345", "", "ECU1"};
    for (unsigned i = 0; i < sizeof ecus / sizeof ecus[0]; i++) {
        struct timeval before, after;
        memset(&sh, 0x55, sizeof sh);
        gettimeofday(&before, NULL);
        const int rc = dlt_set_storageheader(&sh, ecus[i]);
        gettimeofday(&after, NULL);
        /* The time must lie between the two readings. */
        const long long t = (long long)sh.seconds * 1000000 + sh.microseconds;
        const long long lo = (long long)before.tv_sec * 1000000 + before.tv_usec;
        const long long hi = (long long)after.tv_sec * 1000000 + after.tv_usec;
        printf("dlt_set_storageheader(\"%s\") = %d pattern %02x%02x%02x%02x ecu %02x%02x%02x%02x "
               "time in range %d check %d\n",
               ecus[i], rc, (unsigned char)sh.pattern[0], (unsigned char)sh.pattern[1],
               (unsigned char)sh.pattern[2], (unsigned char)sh.pattern[3],
               (unsigned char)sh.ecu[0], (unsigned char)sh.ecu[1], (unsigned char)sh.ecu[2],
               (unsigned char)sh.ecu[3], t >= lo && t <= hi, dlt_check_storageheader(&sh));
    }
    printf("dlt_check_storageheader NULL %d\n", dlt_check_storageheader(NULL));
    memcpy(sh.pattern, "DLT\2", 4);
    printf("dlt_check_storageheader bad %d\n", dlt_check_storageheader(&sh));
}

static void services(void)
{
    for (unsigned i = 0; i <= 0x16; i++)
        printf("service %#x %s\n", i, dlt_get_service_name(i));
    for (unsigned i = 0xeff; i <= 0xf10; i++)
        printf("service %#x %s\n", i, dlt_get_service_name(i));
    printf("service %#x %s\n", 0xffffffffu, dlt_get_service_name(0xffffffffu));
    for (unsigned i = 0; i < 21; i++)
        printf("dlt_service_names[%u] %s\n", i, dlt_service_names[i]);
    for (unsigned i = 0; i < 15; i++)
        printf("dlt_user_service_names[%u] %s\n", i, dlt_user_service_names[i]);
    printf("serial header %02x%02x%02x%02x\n", dltSerialHeader[0], dltSerialHeader[1],
           dltSerialHeader[2], dltSerialHeader[3]);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: common-probe LOGFILE\n");
        return 2;
    }
    logger(argv[1]);
    strings();
    storage_header();
    services();
    dlt_log_set_fifo_basedir("/tmp");
    return 0;
}
