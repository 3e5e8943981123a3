/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: file-transfer probe.  Each argument is one step, run in order:
 *
 *   count:FILE  info:FILE  head:FILE  alias:FILE:N  data:FILE:PKG:MS
 *   datamax:FILE:-:MS  end:FILE:DEL  complete:FILE:DEL:MS
 *       call dlt_user_log_file_* (alias N = 0 passes a NULL alias, else
 *       "alias-N"; datamax passes (int)LONG_MAX); an N prefix (Ncount ...)
 *       passes a NULL context; the file NULL passes a NULL file name;
 *   err:FILE:CODE:ERRNO   dlt_user_log_file_errorMessage with errno set;
 *   stat:FILE    getFileSerialNumber, getFilesize, getFileCreationDate,
 *                isFile, and getFileCreationDate2 if the file exists;
 *   hash:TEXT    stringHash with three seeds;
 *   rm:FILE      doRemoveFile;
 *   sleep:-:MS   doTimeout;
 *   room         checkUserBufferForFreeSpace, dlt_user_check_buffer;
 *   fill:-:N     N messages of 1000 bytes, then room;
 *   dropcap      drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (as root),
 *                so that mode 000 files are unreadable.
 *
 * Before each step a message "STEP" <step> is logged, so the received
 * stream can be read step by step; each step prints one line:
 * "<step> -> <result> (<ms> ms)". */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include <linux/capability.h>

#include "dlt.h"
#include "dlt_filetransfer.h"

/* Exported by libdlt 2.18.8 (and libdlt-ng), declared in no header. */
void dlt_user_log_file_errorMessage(DltContext *fileContext, const char *filename, int errorCode);
uint32_t getFileSerialNumber(const char *file, int *ok);
time_t getFileCreationDate(const char *file, int *ok);
void getFileCreationDate2(const char *file, int *ok, char *date);
uint32_t getFilesize(const char *file, int *ok);
void stringHash(const char *str, uint32_t *hash);
int isFile(const char *file);
void doTimeout(int timeout);
int checkUserBufferForFreeSpace(void);
int doRemoveFile(const char *filename);

DLT_DECLARE_CONTEXT(ctx)

static long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int drop_caps(void)
{
    struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
    struct __user_cap_data_struct d[2];
    if (geteuid() != 0)
        return 0;
    if (syscall(SYS_capget, &h, d) != 0)
        return -1;
    d[0].effective &= ~((1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH));
    return (int)syscall(SYS_capset, &h, d);
}

static void room(char *out, size_t size)
{
    int total = -7, used = -7;
    const int check = checkUserBufferForFreeSpace();
    const int rc = dlt_user_check_buffer(&total, &used);
    const int rc_null = dlt_user_check_buffer(NULL, &used);
    snprintf(out, size, "check %d rc %d rc(NULL) %d used<=total %d", check, rc, rc_null,
             used >= 0 && used <= total);
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    DLT_REGISTER_APP("FTPR", "file-transfer probe");
    DLT_REGISTER_CONTEXT(ctx, "FTPC", "file-transfer probe context");
    for (int i = 1; i < argc; i++) {
        char op[32] = "", arg[512] = "", result[512] = "";
        int a = 0, b = 0;
        if (sscanf(argv[i], "%31[^:]:%511[^:]:%d:%d", op, arg, &a, &b) < 1) {
            fprintf(stderr, "bad step %s\n", argv[i]);
            return 2;
        }
        const char *file = strcmp(arg, "NULL") ? arg : NULL;
        DltContext *c = &ctx;
        if (op[0] == 'N') {
            c = NULL;
            memmove(op, op + 1, strlen(op));
        }
        DLT_LOG(ctx, DLT_LOG_INFO, DLT_STRING("STEP"), DLT_STRING(argv[i]));
        const long t0 = now_ms();
        if (!strcmp(op, "count")) {
            snprintf(result, sizeof result, "%d", dlt_user_log_file_packagesCount(c, file));
        } else if (!strcmp(op, "info")) {
            snprintf(result, sizeof result, "%d", dlt_user_log_file_infoAbout(c, file));
        } else if (!strcmp(op, "head")) {
            snprintf(result, sizeof result, "%d", dlt_user_log_file_header(c, file));
        } else if (!strcmp(op, "alias")) {
            char alias[32];
            snprintf(alias, sizeof alias, "alias-%d", a);
            snprintf(result, sizeof result, "%d", dlt_user_log_file_header_alias(c, file, a ? alias : NULL));
        } else if (!strcmp(op, "data")) {
            snprintf(result, sizeof result, "%d", dlt_user_log_file_data(c, file, a, b));
        } else if (!strcmp(op, "datamax")) {
            snprintf(result, sizeof result, "%d", dlt_user_log_file_data(c, file, (int)LONG_MAX, b));
        } else if (!strcmp(op, "end")) {
            snprintf(result, sizeof result, "%d", dlt_user_log_file_end(c, file, a));
        } else if (!strcmp(op, "complete")) {
            snprintf(result, sizeof result, "%d", dlt_user_log_file_complete(c, file, a, b));
        } else if (!strcmp(op, "err")) {
            errno = b;
            dlt_user_log_file_errorMessage(c, file, a);
            snprintf(result, sizeof result, "errno %d", errno);
        } else if (!strcmp(op, "stat")) {
            int ok1 = 7, ok2 = 7, ok3 = 7, ok4 = 7;
            char date[64] = "unset";
            const uint32_t serial = getFileSerialNumber(file, &ok1);
            const uint32_t size = getFilesize(file, &ok2);
            const long created = (long)getFileCreationDate(file, &ok3);
            /* The reference crashes on a file it cannot stat. */
            if (file && ok1)
                getFileCreationDate2(file, &ok4, date);
            date[strcspn(date, "\n")] = '\0';
            snprintf(result, sizeof result, "serial %u/%d size %u/%d ctime %ld/%d date '%s'/%d isFile %d",
                     serial, ok1, size, ok2, created, ok3, date, ok4, isFile(file));
        } else if (!strcmp(op, "hash")) {
            uint32_t h0 = 0, h1 = 1, h2 = 0x12345678u;
            stringHash(arg, &h0);
            stringHash(arg, &h1);
            stringHash(arg, &h2);
            snprintf(result, sizeof result, "%08x %08x %08x", h0, h1, h2);
        } else if (!strcmp(op, "rm")) {
            const int rc = doRemoveFile(file);
            snprintf(result, sizeof result, "%d errno %d", rc, rc ? errno : 0);
        } else if (!strcmp(op, "sleep")) {
            doTimeout(a);
            snprintf(result, sizeof result, "slept");
        } else if (!strcmp(op, "room")) {
            room(result, sizeof result);
        } else if (!strcmp(op, "fill")) {
            static char big[1000];
            memset(big, 'x', sizeof big - 1);
            for (int k = 0; k < a; k++)
                DLT_LOG(ctx, DLT_LOG_INFO, DLT_STRING(big));
            room(result, sizeof result);
        } else if (!strcmp(op, "dropcap")) {
            snprintf(result, sizeof result, "%d", drop_caps());
        } else {
            fprintf(stderr, "unknown step %s\n", argv[i]);
            return 2;
        }
        printf("%s -> %s (%ld ms)\n", argv[i], result, now_ms() - t0);
    }
    DLT_UNREGISTER_CONTEXT(ctx);
    /* Flush first: 2.18.8's plain dlt_unregister_app drops what its buffer
     * still holds (under TSan's slowdown, the tail of a step's stream). */
    dlt_unregister_app_flush_buffered_logs();
    return 0;
}
