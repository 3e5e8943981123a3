/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: DltFile, the random-access reader of .dlt files (dlt_file_*)
 * that dlt-convert, dlt-receive and python3-dlt use: dlt_file_read indexes
 * one message per call (the offsets of the messages passing the filter),
 * resynchronising on the storage header pattern "DLT\1" after damaged
 * bytes; dlt_file_message loads message N into file->msg.  Messages,
 * counters and return values follow libdlt 2.18.8 (compared side by side in
 * tests/reader/). */
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "compat/shim.hpp"
#include "lib/diag.hpp"

using dltng::DiagLevel;

namespace {

constexpr long kStorageSize = sizeof(DltStorageHeader);
constexpr long kStandardSize = sizeof(DltStandardHeader);
constexpr long kExtendedSize = sizeof(DltExtendedHeader);

/* The index grows by this many offsets at a time. */
constexpr int kIndexStep = 1000;

/* Header sizes of the message whose standard header is in msg.  A length
 * too short for the headers leaves datasize as it was (headersize is
 * updated), as 2.18.8's file readers do. */
DltReturnValue compute_sizes(DltMessage *msg)
{
    const std::uint8_t htyp = msg->standardheader->htyp;
    msg->headersize = static_cast<int32_t>(kStorageSize + kStandardSize +
                                           DLT_STANDARD_HEADER_EXTRA_SIZE(htyp) +
                                           (DLT_IS_HTYP_UEH(htyp) ? kExtendedSize : 0));
    const int32_t datasize = static_cast<int32_t>(DLT_BETOH_16(msg->standardheader->len)) +
                             static_cast<int32_t>(kStorageSize) - msg->headersize;
    if (datasize < 0) {
        dltng::diag(DiagLevel::kWarning,
                    "Plausibility check failed. Complete message size too short! (%d)", datasize);
        return DLT_RETURN_ERROR;
    }
    msg->datasize = datasize;
    return DLT_RETURN_OK;
}

void point_headers(DltMessage *msg)
{
    msg->storageheader = reinterpret_cast<DltStorageHeader *>(msg->headerbuffer);
    msg->standardheader = reinterpret_cast<DltStandardHeader *>(msg->headerbuffer + kStorageSize);
}

/* Make room for one more index entry. */
bool grow_index(DltFile *file)
{
    if (file->counter % kIndexStep != 0 && file->index)
        return true;
    const std::size_t n = static_cast<std::size_t>(file->counter) + kIndexStep;
    long *index = static_cast<long *>(std::realloc(file->index, n * sizeof(long)));
    if (!index) {
        dltng::diag(DiagLevel::kWarning, "Failed to allocate memory for index");
        return false;
    }
    file->index = index;
    return true;
}

/* Index the message whose headers were just read at offset `at`. */
void add_to_index(DltFile *file, long at)
{
    file->index[file->counter] = at;
    file->counter++;
    file->position = file->counter - 1;
}

} // namespace

DLT_EXPORT DltReturnValue dlt_file_init(DltFile *file, int verbose)
{
    if (!file)
        return DLT_RETURN_WRONG_PARAMETER;
    file->handle = nullptr;
    file->index = nullptr;
    file->counter = 0;
    file->counter_total = 0;
    file->position = 0;
    file->file_length = 0;
    file->file_position = 0;
    file->error_messages = 0;
    file->filter = nullptr;
    file->filter_counter = 0;
    return dlt_message_init(&file->msg, verbose);
}

DLT_EXPORT DltReturnValue dlt_file_set_filter(DltFile *file, DltFilter *filter, int verbose)
{
    (void)verbose;
    if (!file)
        return DLT_RETURN_WRONG_PARAMETER;
    file->filter = filter;
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_file_open(DltFile *file, const char *filename, int verbose)
{
    (void)verbose;
    if (!file || !filename)
        return DLT_RETURN_WRONG_PARAMETER;
    file->counter = 0;
    file->counter_total = 0;
    file->position = 0;
    file->file_position = 0;
    file->file_length = 0;
    file->error_messages = 0;
    if (file->handle)
        std::fclose(file->handle);
    file->handle = std::fopen(filename, "rb");
    if (!file->handle) {
        dltng::diag(DiagLevel::kWarning, "File %s cannot be opened!", filename);
        return DLT_RETURN_ERROR;
    }
    if (std::fseek(file->handle, 0, SEEK_END) != 0) {
        dltng::diag(DiagLevel::kWarning, "dlt_file_open: Seek failed to 0");
        return DLT_RETURN_ERROR;
    }
    const long length = std::ftell(file->handle);
    if (length < 0 || std::fseek(file->handle, 0, SEEK_SET) != 0) {
        dltng::diag(DiagLevel::kWarning, "dlt_file_open: Failed to get file length");
        return DLT_RETURN_ERROR;
    }
    file->file_length = static_cast<uint64_t>(length);
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_file_read_header(DltFile *file, int verbose)
{
    (void)verbose;
    if (!file || !file->handle)
        return DLT_RETURN_WRONG_PARAMETER;
    DltMessage *msg = &file->msg;
    /* Storage and standard header; on a wrong pattern step one byte on
     * and look again (damaged bytes between messages). */
    for (;;) {
        if (std::fread(msg->headerbuffer, kStorageSize + kStandardSize, 1, file->handle) != 1) {
            if (!std::feof(file->handle))
                dltng::diag(DiagLevel::kWarning, "Cannot read header from file!");
            return DLT_RETURN_ERROR;
        }
        point_headers(msg);
        if (dlt_check_storageheader(msg->storageheader) == DLT_RETURN_TRUE)
            break;
        if (std::fseek(file->handle, 1 - (kStorageSize + kStandardSize), SEEK_CUR) != 0) {
            dltng::diag(DiagLevel::kWarning, "DLT storage header pattern not found!");
            return DLT_RETURN_ERROR;
        }
    }
    return compute_sizes(msg);
}

DLT_EXPORT DltReturnValue dlt_file_read_header_raw(DltFile *file, int resync, int verbose)
{
    (void)verbose;
    if (!file || !file->handle)
        return DLT_RETURN_WRONG_PARAMETER;
    DltMessage *msg = &file->msg;
    char serial[DLT_ID_SIZE];
    msg->found_serialheader = 0;
    /* An optional serial header "DLS\1"; with resync it is searched for. */
    if (std::fread(serial, sizeof serial, 1, file->handle) != 1)
        return DLT_RETURN_ERROR;
    if (std::memcmp(serial, dltSerialHeader, sizeof serial) == 0) {
        msg->found_serialheader = 1;
    } else if (resync) {
        for (;;) {
            std::memmove(serial, serial + 1, sizeof serial - 1);
            if (std::fread(serial + sizeof serial - 1, 1, 1, file->handle) != 1)
                return DLT_RETURN_ERROR;
            if (std::memcmp(serial, dltSerialHeader, sizeof serial) == 0) {
                msg->found_serialheader = 1;
                break;
            }
        }
    } else if (std::fseek(file->handle, -static_cast<long>(sizeof serial), SEEK_CUR) != 0) {
        return DLT_RETURN_ERROR;
    }
    if (std::fread(msg->headerbuffer + kStorageSize, kStandardSize, 1, file->handle) != 1) {
        if (!std::feof(file->handle))
            dltng::diag(DiagLevel::kWarning, "Cannot read header from file!");
        return DLT_RETURN_ERROR;
    }
    point_headers(msg);
    /* Raw messages have no storage header: make one (now, no ECU). */
    dlt_set_storageheader(msg->storageheader, "");
    return compute_sizes(msg);
}

DLT_EXPORT DltReturnValue dlt_file_read_header_extended(DltFile *file, int verbose)
{
    if (!file || !file->handle || !file->msg.standardheader)
        return DLT_RETURN_WRONG_PARAMETER;
    DltMessage *msg = &file->msg;
    const std::uint8_t htyp = msg->standardheader->htyp;
    const long extra = DLT_STANDARD_HEADER_EXTRA_SIZE(htyp);
    std::uint8_t *at = msg->headerbuffer + kStorageSize + kStandardSize;
    if (extra > 0 && std::fread(at, static_cast<std::size_t>(extra), 1, file->handle) != 1) {
        dltng::diag(DiagLevel::kWarning, "Cannot read standard header extra parameters from file!");
        return DLT_RETURN_ERROR;
    }
    dlt_message_get_extraparameters(msg, verbose);
    /* Without an extended header the pointer is left as it was (into
     * headerbuffer, or NULL), as upstream: python3-dlt reads through it. */
    if (!DLT_IS_HTYP_UEH(htyp))
        return DLT_RETURN_OK;
    if (std::fread(at + extra, kExtendedSize, 1, file->handle) != 1) {
        dltng::diag(DiagLevel::kWarning, "Cannot read extended header from file!");
        return DLT_RETURN_ERROR;
    }
    msg->extendedheader = reinterpret_cast<DltExtendedHeader *>(at + extra);
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_file_read_data(DltFile *file, int verbose)
{
    (void)verbose;
    if (!file || !file->handle)
        return DLT_RETURN_WRONG_PARAMETER;
    DltMessage *msg = &file->msg;
    if (msg->databuffer && msg->databuffersize < msg->datasize) {
        std::free(msg->databuffer);
        msg->databuffer = nullptr;
    }
    if (!msg->databuffer) {
        msg->databuffer = static_cast<uint8_t *>(std::malloc(msg->datasize > 0 ? msg->datasize : 1));
        msg->databuffersize = msg->databuffer ? msg->datasize : 0;
        if (!msg->databuffer) {
            dltng::diag(DiagLevel::kWarning, "Cannot allocate memory for payload buffer of size %u!",
                        static_cast<unsigned>(msg->datasize));
            return DLT_RETURN_ERROR;
        }
    }
    /* A short read keeps what it got in the buffer, the rest zeroed
     * (upstream's callers print such a message anyway). */
    const std::size_t want = msg->datasize > 0 ? static_cast<std::size_t>(msg->datasize) : 0;
    const std::size_t got = want ? std::fread(msg->databuffer, 1, want, file->handle) : 0;
    if (got < want) {
        std::memset(msg->databuffer + got, 0, want - got);
        dltng::diag(DiagLevel::kWarning, "Cannot read payload data from file of size %u!",
                    static_cast<unsigned>(msg->datasize));
        return DLT_RETURN_ERROR;
    }
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_file_read(DltFile *file, int verbose)
{
    if (!file)
        return DLT_RETURN_WRONG_PARAMETER;
    if (!file->handle)
        return DLT_RETURN_ERROR;
    if (!grow_index(file))
        return DLT_RETURN_ERROR;
    if (std::fseek(file->handle, static_cast<long>(file->file_position), SEEK_SET) != 0) {
        dltng::diag(DiagLevel::kWarning, "Seek failed to file_position %llu",
                    static_cast<unsigned long long>(file->file_position));
        return DLT_RETURN_ERROR;
    }
    DltReturnValue rc = dlt_file_read_header(file, verbose);
    if (rc < DLT_RETURN_OK) {
        /* Stay where the bad bytes begin: a file still being written may
         * complete the message later (dlt-convert -w). */
        return rc;
    }
    /* Where this message's storage header starts (after any resync). */
    const long at = std::ftell(file->handle) - (kStorageSize + kStandardSize);
    bool indexed = false;
    if (file->filter) {
        rc = dlt_file_read_header_extended(file, verbose);
        if (rc < DLT_RETURN_OK)
            return rc;
        if (dlt_message_filter_check(&file->msg, file->filter, verbose) == DLT_RETURN_TRUE) {
            add_to_index(file, at);
            indexed = true;
        }
        if (std::fseek(file->handle, file->msg.datasize, SEEK_CUR) != 0)
            return DLT_RETURN_ERROR;
    } else {
        add_to_index(file, at);
        indexed = true;
        const long rest = file->msg.headersize - (kStorageSize + kStandardSize) + file->msg.datasize;
        if (std::fseek(file->handle, rest, SEEK_CUR) != 0)
            return DLT_RETURN_ERROR;
    }
    file->file_position = static_cast<uint64_t>(std::ftell(file->handle));
    file->counter_total++;
    return indexed ? DLT_RETURN_TRUE : DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_file_read_raw(DltFile *file, int resync, int verbose)
{
    if (!file)
        return DLT_RETURN_WRONG_PARAMETER;
    if (!file->handle)
        return DLT_RETURN_ERROR;
    if (!grow_index(file))
        return DLT_RETURN_ERROR;
    if (std::fseek(file->handle, static_cast<long>(file->file_position), SEEK_SET) != 0)
        return DLT_RETURN_ERROR;
    const long at = std::ftell(file->handle);
    DltReturnValue rc = dlt_file_read_header_raw(file, resync, verbose);
    if (rc < DLT_RETURN_OK)
        return rc;
    rc = dlt_file_read_header_extended(file, verbose);
    if (rc < DLT_RETURN_OK)
        return rc;
    rc = dlt_file_read_data(file, verbose);
    if (rc < DLT_RETURN_OK)
        return rc;
    add_to_index(file, at);
    file->file_position = static_cast<uint64_t>(std::ftell(file->handle));
    file->counter_total++;
    return DLT_RETURN_TRUE;
}

DLT_EXPORT DltReturnValue dlt_file_message(DltFile *file, int index, int verbose)
{
    if (!file)
        return DLT_RETURN_WRONG_PARAMETER;
    if (index < 0) /* upstream: no message, a plain error */
        return DLT_RETURN_ERROR;
    if (index >= file->counter) {
        dltng::diag(DiagLevel::kWarning, "Message %d out of range!\r", index);
        return DLT_RETURN_WRONG_PARAMETER;
    }
    if (!file->handle || !file->index)
        return DLT_RETURN_ERROR;
    if (std::fseek(file->handle, file->index[index], SEEK_SET) != 0) {
        dltng::diag(DiagLevel::kWarning, "Seek to message %d to position %ld failed!", index,
                    file->index[index]);
        return DLT_RETURN_ERROR;
    }
    DltReturnValue rc = dlt_file_read_header(file, verbose);
    if (rc < DLT_RETURN_OK)
        return rc;
    rc = dlt_file_read_header_extended(file, verbose);
    if (rc < DLT_RETURN_OK)
        return rc;
    rc = dlt_file_read_data(file, verbose);
    if (rc < DLT_RETURN_OK)
        return rc;
    file->position = index;
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_file_close(DltFile *file, int verbose)
{
    (void)verbose;
    if (!file)
        return DLT_RETURN_WRONG_PARAMETER;
    if (file->handle)
        std::fclose(file->handle);
    file->handle = nullptr;
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_file_free(DltFile *file, int verbose)
{
    if (!file)
        return DLT_RETURN_WRONG_PARAMETER;
    std::free(file->index);
    file->index = nullptr;
    if (file->handle)
        std::fclose(file->handle);
    file->handle = nullptr;
    return dlt_message_free(&file->msg, verbose);
}

DLT_EXPORT DltReturnValue dlt_file_quick_parsing(DltFile *file, const char *filename, int type,
                                                 int verbose)
{
    if (!file || !filename || !file->handle)
        return DLT_RETURN_WRONG_PARAMETER;
    FILE *out = std::fopen(filename, "w");
    if (!out) {
        dltng::diag(DiagLevel::kWarning, "Cannot open output file %s", filename);
        return DLT_RETURN_ERROR;
    }
    /* Header and payload text of every message, one line each. */
    char *text = static_cast<char *>(std::malloc(DLT_CONVERT_TEXTBUFSIZE));
    if (!text) {
        std::fclose(out);
        return DLT_RETURN_ERROR;
    }
    const std::size_t size = DLT_CONVERT_TEXTBUFSIZE;
    DltReturnValue rc = DLT_RETURN_OK;
    while (file->file_position < file->file_length) {
        if (dlt_file_read_header(file, verbose) < DLT_RETURN_OK ||
            dlt_file_read_header_extended(file, verbose) < DLT_RETURN_OK ||
            dlt_file_read_data(file, verbose) < DLT_RETURN_OK) {
            rc = DLT_RETURN_ERROR;
            break;
        }
        dlt_message_header(&file->msg, text, size, verbose);
        std::fprintf(out, "%s ", text);
        dlt_message_payload(&file->msg, text, size, type, verbose);
        std::fprintf(out, "[%s]\n", text);
        file->counter++;
        file->counter_total++;
        file->file_position = static_cast<uint64_t>(std::ftell(file->handle));
    }
    std::free(text);
    std::fclose(out);
    return rc;
}
