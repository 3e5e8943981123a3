/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: file transfer over DLT (FLST/FLDA/FLFI messages). Written for libdlt-ng; declarations follow the COVESA DLT 2.18.8 ABI. */

/*
 * Sends a file through a logging context as a header message, numbered
 * data packages and an end message, which dlt-viewer can reassemble.
 * All functions return 0 (or a count) on success and one of the negative
 * DLT_FILETRANSFER_* codes below on failure.
 *
 * Upstream 2.18.8 declares these without C++ linkage guards; here they get
 * extern "C" so C++ callers link against the library's C symbols.
 */

#ifndef DLT_FILETRANSFER_H
#define DLT_FILETRANSFER_H

#include <limits.h>
#include <sys/stat.h>
#include "dlt.h"
#include <signal.h>
#include <errno.h>

/* error codes */
#define DLT_FILETRANSFER_ERROR_FILE_COMPLETE -300
#define DLT_FILETRANSFER_ERROR_FILE_COMPLETE1 -301
#define DLT_FILETRANSFER_ERROR_FILE_COMPLETE2 -302
#define DLT_FILETRANSFER_ERROR_FILE_COMPLETE3 -303
#define DLT_FILETRANSFER_ERROR_FILE_HEAD -400
#define DLT_FILETRANSFER_ERROR_FILE_DATA -500
#define DLT_FILETRANSFER_ERROR_FILE_DATA_USER_BUFFER_FAILED -501
#define DLT_FILETRANSFER_ERROR_FILE_END -600
#define DLT_FILETRANSFER_ERROR_INFO_ABOUT -700
#define DLT_FILETRANSFER_ERROR_PACKAGE_COUNT -800
#define DLT_FILETRANSFER_FILE_SERIAL_NUMBER -900

#ifdef __cplusplus
extern "C" {
#endif

/* Header, all packages and end in one go; timeout between packages. */
extern int dlt_user_log_file_complete(DltContext *fileContext, const char *filename, int deleteFlag, int timeout);

/* Number of data packages the file will be split into. */
extern int dlt_user_log_file_packagesCount(DltContext *fileContext, const char *filename);

/* Logs name, size, creation date and package count of the file. */
extern int dlt_user_log_file_infoAbout(DltContext *fileContext, const char *filename);

/* Start message announcing the file under another name. */
extern int dlt_user_log_file_header_alias(DltContext *fileContext, const char *filename, const char *alias);

/* Start message. */
extern int dlt_user_log_file_header(DltContext *fileContext, const char *filename);

/* Data package number packageToTransfer, or the whole file when it is
 * LONG_MAX; timeout (ms) is the pause between packages. */
extern int dlt_user_log_file_data(DltContext *fileContext, const char *filename, int packageToTransfer, int timeout);

/* End message; optionally deletes the file. */
extern int dlt_user_log_file_end(DltContext *fileContext, const char *filename, int deleteFlag);

#ifdef __cplusplus
}
#endif

#endif /* DLT_FILETRANSFER_H */
