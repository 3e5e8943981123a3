/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: offline trace (file rotation) declarations of the daemon (source compatibility only). Written for libdlt-ng; declarations follow the COVESA DLT 2.18.8 ABI. */

/*
 * Offline trace belongs to dlt-daemon; libdlt.so.2 does not export these
 * functions and neither does libdlt-ng.  The header is installed so that
 * sources which include it keep compiling.
 *
 * Unlike the upstream header this one also compiles on its own in strict
 * ISO modes: it pulls in <sys/types.h> for ssize_t/size_t and takes
 * NAME_MAX from <linux/limits.h> when <limits.h> does not provide it.
 * The structure layout is unchanged (NAME_MAX is 255 on Linux either way).
 */

#ifndef DLT_OFFLINE_TRACE_H
#define DLT_OFFLINE_TRACE_H

#include <limits.h>
#include <sys/types.h>
#if !defined(NAME_MAX) && defined(__linux__)
#   include <linux/limits.h>
#endif

#include "dlt_types.h"

/* file name parts: <base>[_<timestamp>|.<index>].dlt */
#define DLT_OFFLINETRACE_FILENAME_BASE "dlt_offlinetrace"
#define DLT_OFFLINETRACE_FILENAME_INDEX_DELI "."
#define DLT_OFFLINETRACE_FILENAME_TIMESTAMP_DELI "_"
#define DLT_OFFLINETRACE_FILENAME_EXT ".dlt"

typedef struct
{
    char directory[NAME_MAX + 1];   /* where the files live */
    char filename[NAME_MAX + 1];    /* file currently written */
    int fileSize;                   /* size limit of one file */
    int maxSize;                    /* size limit of all files */
    int filenameTimestampBased;     /* name by timestamp instead of index */
    int ohandle;                    /* descriptor of the current file */
} DltOfflineTrace;

#ifdef __cplusplus
extern "C" {
#endif

extern DltReturnValue dlt_offline_trace_init(DltOfflineTrace *trace,
                                             const char *directory,
                                             int fileSize,
                                             int maxSize,
                                             int filenameTimestampBased);
extern DltReturnValue dlt_offline_trace_free(DltOfflineTrace *buf);
extern DltReturnValue dlt_offline_trace_write(DltOfflineTrace *trace,
                                              unsigned char *data1, int size1,
                                              unsigned char *data2, int size2,
                                              unsigned char *data3, int size3);
extern ssize_t dlt_offline_trace_get_total_size(DltOfflineTrace *trace);
unsigned int dlt_offline_trace_storage_dir_info(char *path, char *file_name, char *newest, char *oldest);
void dlt_offline_trace_file_name(char *log_file_name, size_t length, char *name, unsigned int idx);
unsigned int dlt_offline_trace_get_idx_of_log_file(char *file);

#ifdef __cplusplus
}
#endif

#endif /* DLT_OFFLINE_TRACE_H */
