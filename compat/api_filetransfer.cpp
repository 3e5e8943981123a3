/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: file transfer over DLT (dlt_filetransfer.h) and the helpers
 * that libdlt 2.18.8 exports with it.  Written for libdlt-ng from the
 * behaviour of the 2.18.8 library as a DLT client sees it (messages,
 * argument types and order, return codes, timing); see
 * dlt_user_log_file_complete(3).
 *
 * Everything here is ordinary application code on top of the public
 * logging API (dlt_user_log_write_start ... _finish): the messages take the
 * same path, levels and limits as any other.  Unlike upstream there is no
 * shared 1024-byte global: every call reads into its own stack buffer, so
 * transfers in several threads do not corrupt each other. */
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "compat/shim.hpp"
#include "dlt_filetransfer.h"

/* Exported by libdlt 2.18.8 but declared in no public header; the
 * signatures are those the 2.18.8 library is called with. */
extern "C" {
void dlt_user_log_file_errorMessage(DltContext *fileContext, const char *filename, int errorCode);
uint32_t getFileSerialNumber(const char *file, int *ok);
time_t getFileCreationDate(const char *file, int *ok);
void getFileCreationDate2(const char *file, int *ok, char *date);
uint32_t getFilesize(const char *file, int *ok);
void stringHash(const char *str, uint32_t *hash);
int isFile(const char *file);
void doTimeout(int timeout);
DltReturnValue checkUserBufferForFreeSpace(void);
int doRemoveFile(const char *filename);
}

namespace {

/* Bytes per data package (FLDA); announced in FLST as "buffer size". */
constexpr int kPackageSize = 1024;
/* asctime() text: "Www Mmm dd hh:mm:ss yyyy\n" and its NUL, with room. */
constexpr std::size_t kDateSize = 32;

/* One verbose message, written only if dlt_user_log_write_start opened it
 * (a NULL or unregistered context, or a disabled level, sends nothing).  A
 * writer that fails (a NULL string, no room) leaves its argument out and
 * the message is still sent, as upstream does. */
class Message {
public:
    Message(DltContext *ctx, DltLogLevelType level) noexcept
        : open_(dlt_user_log_write_start(ctx, &data_, level) > DLT_RETURN_OK)
    {
    }
    Message(const Message &) = delete;
    Message &operator=(const Message &) = delete;
    ~Message() { send(); }

    Message &str(const char *text) noexcept
    {
        if (open_)
            (void)dlt_user_log_write_string(&data_, text);
        return *this;
    }
    Message &u32(std::uint32_t v) noexcept
    {
        if (open_)
            (void)dlt_user_log_write_uint(&data_, v);
        return *this;
    }
    Message &i32(std::int32_t v) noexcept
    {
        if (open_)
            (void)dlt_user_log_write_int(&data_, v);
        return *this;
    }
    Message &raw(unsigned char *bytes, std::uint16_t len) noexcept
    {
        if (open_)
            (void)dlt_user_log_write_raw(&data_, bytes, len);
        return *this;
    }
    /* The transfer functions report success even when the message could
     * not be queued, as upstream does. */
    void send() noexcept
    {
        if (open_)
            (void)dlt_user_log_write_finish(&data_);
        open_ = false;
    }

private:
    DltContextData data_{};
    bool open_;
};

/* stat() that treats NULL as a bad address, as the kernel would. */
bool stat_file(const char *file, struct stat *st) noexcept
{
    if (!file) {
        errno = EFAULT;
        return false;
    }
    return ::stat(file, st) == 0;
}

void set_ok(int *ok, int value) noexcept
{
    if (ok)
        *ok = value;
}

/* Read up to kPackageSize bytes at the current offset (or at off when
 * positioned), like fread(): short only at end of file or on error. */
struct Chunk {
    std::uint16_t len = 0;
    bool eof = false;
    bool error = false;
};

Chunk read_chunk(int fd, unsigned char *buf, bool positioned, off_t off) noexcept
{
    Chunk c;
    std::size_t got = 0;
    while (got < static_cast<std::size_t>(kPackageSize)) {
        const std::size_t want = static_cast<std::size_t>(kPackageSize) - got;
        const ssize_t n = positioned ? ::pread(fd, buf + got, want, off + static_cast<off_t>(got))
                                     : ::read(fd, buf + got, want);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            c.error = true;
            break;
        }
        if (n == 0) {
            c.eof = true;
            break;
        }
        got += static_cast<std::size_t>(n);
    }
    c.len = static_cast<std::uint16_t>(got);
    return c;
}

int open_file(const char *filename) noexcept
{
    int fd;
    do
        fd = ::open(filename, O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    return fd;
}

void close_file(int fd) noexcept
{
    const int saved = errno;
    (void)::close(fd);
    errno = saved;
}

void send_package(DltContext *ctx, std::uint32_t serial, std::uint32_t number, unsigned char *buf,
                  std::uint16_t len) noexcept
{
    Message(ctx, DLT_LOG_INFO).str("FLDA").u32(serial).u32(number).raw(buf, len).str("FLDA");
}

/* Wait while the message queue is more than half full, so that a long
 * transfer does not push out other messages (upstream waits in the same
 * place).  A timeout below 1 ms still sleeps 1 ms between checks rather
 * than spin. */
void wait_for_room(int timeout) noexcept
{
    while (checkUserBufferForFreeSpace() < DLT_RETURN_OK)
        doTimeout(timeout > 0 ? timeout : 1);
}

/* Every package from the first to the end of the file, timeout ms after
 * each, as upstream's dlt_user_log_file_complete does: a file whose size
 * is a multiple of the package size ends with an empty package, and an
 * empty file is sent as one empty package.  Returns 0, or
 * DLT_FILETRANSFER_ERROR_FILE_DATA after reporting an error. */
int send_all_packages(DltContext *ctx, const char *filename, int timeout) noexcept
{
    const int fd = open_file(filename);
    if (fd < 0) {
        dlt_user_log_file_errorMessage(ctx, filename, DLT_FILETRANSFER_ERROR_FILE_DATA);
        return DLT_FILETRANSFER_ERROR_FILE_DATA;
    }
    int ok = 0;
    const std::uint32_t serial = getFileSerialNumber(filename, &ok);
    unsigned char buf[kPackageSize];
    std::uint32_t number = 1;
    for (;;) {
        wait_for_room(timeout);
        const Chunk c = read_chunk(fd, buf, false, 0);
        if (c.error) {
            /* Upstream sends empty packages for ever here (a directory,
             * an I/O error): report the error instead. */
            dlt_user_log_file_errorMessage(ctx, filename, DLT_FILETRANSFER_ERROR_FILE_DATA);
            close_file(fd);
            return DLT_FILETRANSFER_ERROR_FILE_DATA;
        }
        send_package(ctx, serial, number, buf, c.len);
        doTimeout(timeout);
        if (c.eof)
            break;
        ++number;
    }
    close_file(fd);
    return 0;
}

/* What the start (FLST) and info (FLIF) messages say about a file. */
struct FileFacts {
    std::uint32_t serial;
    std::uint32_t size;
    char date[kDateSize];
    int count;
};

FileFacts file_facts(DltContext *ctx, const char *filename) noexcept
{
    FileFacts f{};
    int ok = 0;
    f.serial = getFileSerialNumber(filename, &ok);
    f.size = getFilesize(filename, &ok);
    getFileCreationDate2(filename, &ok, f.date);
    f.count = dlt_user_log_file_packagesCount(ctx, filename);
    return f;
}

/* The start message, under filename or alias. */
int log_header(DltContext *ctx, const char *filename, const char *shown) noexcept
{
    if (!isFile(filename)) {
        dlt_user_log_file_errorMessage(ctx, filename, DLT_FILETRANSFER_ERROR_FILE_HEAD);
        return DLT_FILETRANSFER_ERROR_FILE_HEAD;
    }
    const FileFacts f = file_facts(ctx, filename);
    Message(ctx, DLT_LOG_INFO)
        .str("FLST")
        .u32(f.serial)
        .str(shown)
        .u32(f.size)
        .str(f.date)
        .u32(static_cast<std::uint32_t>(f.count))
        .u32(kPackageSize)
        .str("FLST");
    return 0;
}

} // namespace

/* ---- helpers exported by 2.18.8 (not declared in its headers) ---- */

/* hash = hash * 53 + c over the bytes of str, each taken as a signed char. */
DLT_EXPORT void stringHash(const char *str, uint32_t *hash)
{
    if (!str || !hash)
        return;
    std::uint32_t h = *hash;
    for (const char *p = str; *p; ++p)
        h = h * 53u + static_cast<std::uint32_t>(static_cast<std::int32_t>(static_cast<signed char>(*p)));
    *hash = h;
}

/* ((inode << 16) | size) ^ ctime, in 32 bits, then hashed with the name
 * as given: the number that ties FLST, FLDA and FLFI of one transfer. */
DLT_EXPORT uint32_t getFileSerialNumber(const char *file, int *ok)
{
    struct stat st;
    if (!stat_file(file, &st)) {
        set_ok(ok, 0);
        return 0;
    }
    std::uint32_t serial = static_cast<std::uint32_t>(static_cast<std::uint64_t>(st.st_ino) << 16);
    serial |= static_cast<std::uint32_t>(st.st_size);
    serial ^= static_cast<std::uint32_t>(st.st_ctime);
    stringHash(file, &serial);
    set_ok(ok, 1);
    return serial;
}

/* The "creation date" is the status-change time (st_ctime). */
DLT_EXPORT time_t getFileCreationDate(const char *file, int *ok)
{
    struct stat st;
    if (!stat_file(file, &st)) {
        set_ok(ok, 0);
        return 0;
    }
    set_ok(ok, 1);
    return st.st_ctime;
}

/* The same as local time in asctime() form, newline included, into date
 * (at least 26 bytes).  On failure date becomes "" (upstream crashes). */
DLT_EXPORT void getFileCreationDate2(const char *file, int *ok, char *date)
{
    struct stat st;
    struct tm tm;
    if (!stat_file(file, &st) || !localtime_r(&st.st_ctime, &tm)) {
        if (date)
            date[0] = '\0';
        set_ok(ok, 0);
        return;
    }
    if (!date) {
        set_ok(ok, 0);
        return;
    }
    char text[kDateSize * 2];
    if (!asctime_r(&tm, text)) {
        date[0] = '\0';
        set_ok(ok, 0);
        return;
    }
    std::size_t i = 0;
    for (; text[i] && i < 25; ++i)
        date[i] = text[i];
    date[i] = '\0';
    set_ok(ok, 1);
}

/* Size in bytes, truncated to 32 bits as upstream does. */
DLT_EXPORT uint32_t getFilesize(const char *file, int *ok)
{
    struct stat st;
    if (!stat_file(file, &st)) {
        set_ok(ok, 0);
        return 0;
    }
    set_ok(ok, 1);
    return static_cast<std::uint32_t>(st.st_size);
}

/* 1 if stat() succeeds (directories too), else 0. */
DLT_EXPORT int isFile(const char *file)
{
    struct stat st;
    return stat_file(file, &st) ? 1 : 0;
}

/* Sleep timeout ms; a negative timeout does not sleep. */
DLT_EXPORT void doTimeout(int timeout)
{
    if (timeout < 0)
        return;
    struct timespec ts;
    ts.tv_sec = timeout / 1000;
    ts.tv_nsec = static_cast<long>(timeout % 1000) * 1000000L;
    (void)::nanosleep(&ts, nullptr);
}

/* DLT_RETURN_ERROR while less than half of the message queue is free,
 * else DLT_RETURN_TRUE; see dlt_user_check_buffer(3). */
DLT_EXPORT DltReturnValue checkUserBufferForFreeSpace(void)
{
    int total = 0;
    int used = 0;
    if (dlt_user_check_buffer(&total, &used) < DLT_RETURN_OK)
        return DLT_RETURN_TRUE;
    return (total - used) < (total / 2) ? DLT_RETURN_ERROR : DLT_RETURN_TRUE;
}

/* remove(3): 0, or -1 with errno set. */
DLT_EXPORT int doRemoveFile(const char *filename)
{
    if (!filename) {
        errno = EFAULT;
        return -1;
    }
    return std::remove(filename);
}

/* FLER for errorCode.  With errno ENOENT: FLER, code, -errno, name, FLER.
 * Otherwise with the file's details too: FLER, code, -errno, serial, name,
 * size, date, package count, package size, FLER.  errno is the one at
 * entry. */
DLT_EXPORT void dlt_user_log_file_errorMessage(DltContext *fileContext, const char *filename, int errorCode)
{
    const int err = errno;
    if (err != ENOENT) {
        int ok_serial = 0;
        int ok_size = 0;
        const std::uint32_t serial = getFileSerialNumber(filename, &ok_serial);
        if (!ok_serial)
            Message(fileContext, DLT_LOG_ERROR)
                .str("dlt_user_log_file_errorMessage, error in getFileSerialNumber for: ")
                .str(filename);
        const std::uint32_t size = getFilesize(filename, &ok_size);
        if (!ok_size)
            Message(fileContext, DLT_LOG_ERROR)
                .str("dlt_user_log_file_errorMessage, error in getFilesize for: ")
                .str(filename);
        /* Upstream crashes past this point when the file cannot be
         * examined; libdlt-ng sends the short form instead. */
        if (ok_serial && ok_size) {
            int ok = 0;
            char date[kDateSize] = "";
            getFileCreationDate2(filename, &ok, date);
            const int count = dlt_user_log_file_packagesCount(fileContext, filename);
            Message(fileContext, DLT_LOG_ERROR)
                .str("FLER")
                .i32(errorCode)
                .i32(-err)
                .u32(serial)
                .str(filename)
                .u32(size)
                .str(date)
                .i32(count)
                .u32(kPackageSize)
                .str("FLER");
            errno = err;
            return;
        }
    }
    Message(fileContext, DLT_LOG_ERROR).str("FLER").i32(errorCode).i32(-err).str(filename).str("FLER");
    errno = err;
}

/* ---- dlt_filetransfer.h ---- */

DLT_EXPORT int dlt_user_log_file_packagesCount(DltContext *fileContext, const char *filename)
{
    if (!isFile(filename)) {
        Message(fileContext, DLT_LOG_ERROR)
            .str("Error in: dlt_user_log_file_packagesCount, !isFile")
            .str(filename)
            .i32(DLT_FILETRANSFER_ERROR_PACKAGE_COUNT);
        return -1;
    }
    int ok = 0;
    const std::uint32_t size = getFilesize(filename, &ok);
    if (!ok)
        return -1;
    std::uint32_t count = size / kPackageSize;
    if (size % kPackageSize != 0 || count == 0)
        ++count;
    return static_cast<int>(count);
}

DLT_EXPORT int dlt_user_log_file_infoAbout(DltContext *fileContext, const char *filename)
{
    if (!isFile(filename)) {
        dlt_user_log_file_errorMessage(fileContext, filename, DLT_FILETRANSFER_ERROR_INFO_ABOUT);
        return DLT_FILETRANSFER_ERROR_INFO_ABOUT;
    }
    const FileFacts f = file_facts(fileContext, filename);
    Message(fileContext, DLT_LOG_INFO)
        .str("FLIF")
        .str("file serialnumber")
        .u32(f.serial)
        .str("filename")
        .str(filename)
        .str("file size in bytes")
        .u32(f.size)
        .str("file creation date")
        .str(f.date)
        .str("number of packages")
        .u32(static_cast<std::uint32_t>(f.count))
        .str("FLIF");
    return 0;
}

DLT_EXPORT int dlt_user_log_file_header_alias(DltContext *fileContext, const char *filename, const char *alias)
{
    return log_header(fileContext, filename, alias);
}

DLT_EXPORT int dlt_user_log_file_header(DltContext *fileContext, const char *filename)
{
    return log_header(fileContext, filename, filename);
}

DLT_EXPORT int dlt_user_log_file_data(DltContext *fileContext, const char *filename, int packageToTransfer,
                                      int timeout)
{
    if (!isFile(filename)) {
        dlt_user_log_file_errorMessage(fileContext, filename, DLT_FILETRANSFER_ERROR_FILE_DATA);
        return DLT_FILETRANSFER_ERROR_FILE_DATA;
    }
#if LONG_MAX == INT_MAX
    /* Only where int can hold LONG_MAX (ILP32): the whole file. */
    if (packageToTransfer == LONG_MAX)
        return send_all_packages(fileContext, filename, timeout);
#endif
    const int fd = open_file(filename);
    if (fd < 0) {
        dlt_user_log_file_errorMessage(fileContext, filename, DLT_FILETRANSFER_ERROR_FILE_DATA);
        return DLT_FILETRANSFER_ERROR_FILE_DATA;
    }
    const int count = dlt_user_log_file_packagesCount(fileContext, filename);
    if (packageToTransfer < 1 || packageToTransfer > count) {
        Message(fileContext, DLT_LOG_ERROR)
            .str("Error at dlt_user_log_file_data: packageToTransfer out of scope")
            .str("packageToTransfer:")
            .u32(static_cast<std::uint32_t>(packageToTransfer))
            .str("numberOfMaximalPackages:")
            .u32(static_cast<std::uint32_t>(count))
            .str("for File:")
            .str(filename);
        close_file(fd);
        return DLT_FILETRANSFER_ERROR_FILE_DATA;
    }
    int ok = 0;
    const std::uint32_t serial = getFileSerialNumber(filename, &ok);
    unsigned char buf[kPackageSize];
    /* A read error (a directory) sends an empty package, as upstream. */
    const off_t offset = static_cast<off_t>(packageToTransfer - 1) * kPackageSize;
    const Chunk c = read_chunk(fd, buf, true, offset);
    close_file(fd);
    send_package(fileContext, serial, static_cast<std::uint32_t>(packageToTransfer), buf, c.len);
    doTimeout(timeout);
    return 0;
}

DLT_EXPORT int dlt_user_log_file_end(DltContext *fileContext, const char *filename, int deleteFlag)
{
    if (!isFile(filename)) {
        dlt_user_log_file_errorMessage(fileContext, filename, DLT_FILETRANSFER_ERROR_FILE_END);
        return DLT_FILETRANSFER_ERROR_FILE_END;
    }
    int ok = 0;
    const std::uint32_t serial = getFileSerialNumber(filename, &ok);
    Message(fileContext, DLT_LOG_INFO).str("FLFI").u32(serial).str("FLFI");
    if (deleteFlag && doRemoveFile(filename) != 0) {
        dlt_user_log_file_errorMessage(fileContext, filename, DLT_FILETRANSFER_ERROR_FILE_END);
        return -1;
    }
    return 0;
}

DLT_EXPORT int dlt_user_log_file_complete(DltContext *fileContext, const char *filename, int deleteFlag,
                                          int timeout)
{
    if (!isFile(filename)) {
        dlt_user_log_file_errorMessage(fileContext, filename, DLT_FILETRANSFER_ERROR_FILE_COMPLETE);
        return DLT_FILETRANSFER_ERROR_FILE_COMPLETE;
    }
    if (dlt_user_log_file_header(fileContext, filename) < 0)
        return DLT_FILETRANSFER_ERROR_FILE_COMPLETE1;
    if (send_all_packages(fileContext, filename, timeout) < 0)
        return DLT_FILETRANSFER_ERROR_FILE_COMPLETE2;
    if (dlt_user_log_file_end(fileContext, filename, deleteFlag) < 0)
        return DLT_FILETRANSFER_ERROR_FILE_COMPLETE3;
    return 0;
}
