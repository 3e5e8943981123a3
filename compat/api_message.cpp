/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: DltMessage, the reader's view of one DLT message
 * (dlt_message_*): parsing it out of a byte buffer, its header and payload
 * as text in every output mode of dlt_message_payload (hex, ASCII with the
 * verbose arguments decoded, mixed hex/ASCII for plain text and HTML),
 * control messages ("[get_log_info, ok, ...]"), non-verbose messages
 * ("[id, hex]") and the filter check.  The texts are byte-identical to
 * libdlt 2.18.8's (compared side by side through dlt-convert and a probe
 * in tests/reader/); the argument decoder is lib/text_format's, shared with
 * local print.  Not on the logging path. */
#include <atomic>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "compat/shim.hpp"
#include "lib/diag.hpp"
#include "lib/text_format.hpp"
#include "lib/wire.hpp"

using dltng::DiagLevel;

namespace {

/* dlt_print_with_attributes: a display switch read by the printers; no
 * other data is published with it, so relaxed ordering is enough. */
std::atomic<bool> g_attributes{false};

constexpr int kStorageSize = sizeof(DltStorageHeader);
constexpr int kStandardSize = sizeof(DltStandardHeader);
constexpr int kExtendedSize = sizeof(DltExtendedHeader);

/* Bytes of payload that DLT_OUTPUT_ASCII_LIMITED shows of a non-verbose message. */
constexpr int kAsciiLimit = 20;

/* Service ids 1..20 have names (dlt_message_payload, control messages). */
constexpr const char *kServiceNames[] = {
    "",
    "set_log_level",
    "set_trace_status",
    "get_log_info",
    "get_default_log_level",
    "store_config",
    "reset_to_factory_default",
    "set_com_interface_status",
    "set_com_interface_max_bandwidth",
    "set_verbose_mode",
    "set_message_filtering",
    "set_timing_packets",
    "get_local_time",
    "use_ecu_id",
    "use_session_id",
    "use_timestamp",
    "use_extended_header",
    "set_default_log_level",
    "set_default_trace_status",
    "get_software_version",
    "message_buffer_overflow",
};
constexpr unsigned kServiceNameCount = sizeof kServiceNames / sizeof kServiceNames[0];

/* Status byte names of control responses (4 is "warning", 8 the last). */
constexpr const char *kReturnNames[] = {"ok",      "not_supported", "error", "perm_denied",
                                        "warning", "",              "",      "",
                                        "no_matching_context_id"};

constexpr const char *kTypeNames[8] = {"log", "app_trace", "nw_trace", "control", "", "", "", ""};
constexpr const char *kLogNames[16] = {"", "fatal", "error", "warn", "info", "debug", "verbose"};
constexpr const char *kTraceNames[16] = {"", "variable", "func_in", "func_out", "state", "vfb"};
constexpr const char *kNwTraceNames[16] = {"", "ipc", "can", "flexray", "most", "vfb"};
constexpr const char *kControlNames[16] = {"", "request", "response", "time"};

const char *subtype_name(unsigned mstp, unsigned mtin)
{
    const char *const *table = nullptr;
    switch (mstp) {
    case DLT_TYPE_LOG: table = kLogNames; break;
    case DLT_TYPE_APP_TRACE: table = kTraceNames; break;
    case DLT_TYPE_NW_TRACE: table = kNwTraceNames; break;
    case DLT_TYPE_CONTROL: table = kControlNames; break;
    default: return "";
    }
    const char *s = table[mtin & 0x0f];
    return s ? s : "";
}

/* snprintf at the end of text, never past textlength (NUL included). */
void append(char *text, std::size_t textlength, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void append(char *text, std::size_t textlength, const char *fmt, ...)
{
    const std::size_t len = std::strlen(text);
    if (len + 1 >= textlength)
        return;
    va_list ap;
    va_start(ap, fmt);
    std::vsnprintf(text + len, textlength - len, fmt, ap);
    va_end(ap);
}

/* An id as dlt_print_id shows it ('-' padded), appended. */
void append_id(char *text, std::size_t textlength, const char *id)
{
    char buf[DLT_ID_SIZE + 1];
    dlt_print_id(buf, id);
    append(text, textlength, "%s", buf);
}

bool has_headers(const DltMessage *msg)
{
    return msg->storageheader && msg->standardheader;
}

bool is_verbose(const DltMessage *msg)
{
    return DLT_IS_HTYP_UEH(msg->standardheader->htyp) && msg->extendedheader &&
           DLT_IS_MSIN_VERB(msg->extendedheader->msin);
}

/* A payload number in the message's byte order. */
std::uint32_t payload_u32(const DltMessage *msg, const std::uint8_t *p)
{
    std::uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return DLT_ENDIAN_GET_32(msg->standardheader->htyp, v);
}

/* The non-verbose payload text: message id (or service id, status) then the
 * rest in hex. */
DltReturnValue nonverbose_payload(DltMessage *msg, char *text, std::size_t textlength, int type)
{
    std::uint8_t *ptr = msg->databuffer;
    int32_t left = msg->datasize;
    std::uint32_t id = 0;
    if (left < 4) {
        left = -1; /* no id: upstream's read cursor marks the underflow so */
    } else {
        id = payload_u32(msg, ptr);
        ptr += 4;
        left -= 4;
    }
    /* Upstream's worst case for what follows the id. */
    const long long required = static_cast<long long>(left) * 3 + 20;
    if (static_cast<long long>(textlength) < required) {
        dltng::diag(DiagLevel::kWarning,
                    "String does not fit binary data (available=%d, required=%lld) !",
                    static_cast<int>(textlength), required);
        return DLT_RETURN_ERROR;
    }
    const bool control = DLT_MSG_IS_CONTROL(msg);
    if (control) {
        if (id > 0 && id < kServiceNameCount)
            append(text, textlength, "%s", kServiceNames[id]);
        else if (!DLT_MSG_IS_CONTROL_TIME(msg))
            append(text, textlength, "service(%u)", id);
        if (left > 0)
            append(text, textlength, ", ");
    } else {
        append(text, textlength, "%u, ", id);
    }
    if (control && DLT_MSG_IS_CONTROL_RESPONSE(msg) && left > 0) {
        const std::uint8_t status = *ptr++;
        --left;
        if (status < 5 || status == 8)
            append(text, textlength, "%s", kReturnNames[status]);
        else
            append(text, textlength, "%.2x", status);
        if (left >= 1)
            append(text, textlength, ", ");
    }
    const std::size_t used = std::strlen(text);
    const int room = static_cast<int>(textlength - used);
    if (type == DLT_OUTPUT_ASCII_LIMITED) {
        const DltReturnValue rc =
            dlt_print_hex_string(text + used, room, ptr, left > kAsciiLimit ? kAsciiLimit : left);
        if (left > kAsciiLimit && textlength - std::strlen(text) > 4)
            append(text, textlength, " ...");
        return rc;
    }
    return dlt_print_hex_string(text + used, room, ptr, left);
}

/* Header text, then the payload of the given type: the dlt_message_print_*
 * family (header line, a space, the payload in brackets). */
DltReturnValue print_message(DltMessage *message, char *text, uint32_t size, int type,
                             bool newline_before_payload)
{
    if (!message || !text || size == 0)
        return DLT_RETURN_WRONG_PARAMETER;
    dlt_message_header(message, text, size, 0);
    std::printf(newline_before_payload ? "%s \n" : "%s ", text);
    dlt_message_payload(message, text, size, type, 0);
    std::printf("[%s]\n", text);
    return DLT_RETURN_OK;
}

} // namespace

DLT_EXPORT void dlt_print_with_attributes(bool state)
{
    g_attributes.store(state, std::memory_order_relaxed);
}

DLT_EXPORT DltReturnValue dlt_check_rcv_data_size(int received, int required)
{
    if (received < required) {
        dltng::diag(DiagLevel::kWarning, "%s: Received data not complete", __func__);
        return DLT_RETURN_ERROR;
    }
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_message_init(DltMessage *msg, int verbose)
{
    (void)verbose;
    if (!msg)
        return DLT_RETURN_WRONG_PARAMETER;
    msg->found_serialheader = 0;
    msg->resync_offset = 0;
    msg->headersize = 0;
    msg->datasize = 0;
    msg->databuffer = nullptr;
    msg->databuffersize = 0;
    msg->storageheader = nullptr;
    msg->standardheader = nullptr;
    msg->extendedheader = nullptr;
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_message_free(DltMessage *msg, int verbose)
{
    (void)verbose;
    if (!msg)
        return DLT_RETURN_WRONG_PARAMETER;
    std::free(msg->databuffer);
    msg->databuffer = nullptr;
    msg->databuffersize = 0;
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_message_get_extraparameters(DltMessage *msg, int verbose)
{
    (void)verbose;
    if (!msg || !msg->standardheader)
        return DLT_RETURN_WRONG_PARAMETER;
    const std::uint8_t htyp = msg->standardheader->htyp;
    const std::uint8_t *p = msg->headerbuffer + kStorageSize + kStandardSize;
    if (DLT_IS_HTYP_WEID(htyp)) {
        std::memcpy(msg->headerextra.ecu, p, DLT_ID_SIZE);
        p += DLT_ID_SIZE;
    }
    if (DLT_IS_HTYP_WSID(htyp)) {
        msg->headerextra.seid = dltng::wire::load_be32(p);
        p += DLT_SIZE_WSID;
    }
    if (DLT_IS_HTYP_WTMS(htyp))
        msg->headerextra.tmsp = dltng::wire::load_be32(p);
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_message_set_extraparameters(DltMessage *msg, int verbose)
{
    (void)verbose;
    if (!msg || !msg->standardheader)
        return DLT_RETURN_WRONG_PARAMETER;
    const std::uint8_t htyp = msg->standardheader->htyp;
    std::uint8_t *p = msg->headerbuffer + kStorageSize + kStandardSize;
    if (DLT_IS_HTYP_WEID(htyp)) {
        std::memcpy(p, msg->headerextra.ecu, DLT_ID_SIZE);
        p += DLT_ID_SIZE;
    }
    if (DLT_IS_HTYP_WSID(htyp)) {
        dltng::wire::store_be32(p, msg->headerextra.seid);
        p += DLT_SIZE_WSID;
    }
    if (DLT_IS_HTYP_WTMS(htyp))
        dltng::wire::store_be32(p, msg->headerextra.tmsp);
    return DLT_RETURN_OK;
}

DLT_EXPORT int dlt_message_read(DltMessage *msg, uint8_t *buffer, unsigned int length, int resync,
                                int verbose)
{
    if (!msg || !buffer || length == 0)
        return DLT_MESSAGE_ERROR_UNKNOWN;
    msg->found_serialheader = 0;
    msg->resync_offset = 0;
    if (length < static_cast<unsigned>(kStandardSize))
        return DLT_MESSAGE_ERROR_SIZE;
    if (std::memcmp(buffer, dltSerialHeader, sizeof dltSerialHeader) == 0) {
        msg->found_serialheader = 1;
        buffer += sizeof dltSerialHeader;
        length -= sizeof dltSerialHeader;
    } else if (resync) {
        /* Search the serial header; without one the whole buffer is skipped
         * but for its last bytes, as upstream. */
        unsigned off = 0;
        while (off + sizeof dltSerialHeader <= length) {
            if (std::memcmp(buffer + off, dltSerialHeader, sizeof dltSerialHeader) == 0) {
                msg->found_serialheader = 1;
                break;
            }
            ++off;
        }
        msg->resync_offset = static_cast<int32_t>(off);
        buffer += off;
        length -= off;
        if (msg->found_serialheader) {
            buffer += sizeof dltSerialHeader;
            length -= sizeof dltSerialHeader;
        }
    }
    if (length < static_cast<unsigned>(kStandardSize))
        return DLT_MESSAGE_ERROR_SIZE;
    std::memcpy(msg->headerbuffer + kStorageSize, buffer, kStandardSize);
    msg->storageheader = reinterpret_cast<DltStorageHeader *>(msg->headerbuffer);
    msg->standardheader =
        reinterpret_cast<DltStandardHeader *>(msg->headerbuffer + kStorageSize);
    const std::uint8_t htyp = msg->standardheader->htyp;
    const int extra = DLT_STANDARD_HEADER_EXTRA_SIZE(htyp) +
                      (DLT_IS_HTYP_UEH(htyp) ? kExtendedSize : 0);
    msg->headersize = kStorageSize + kStandardSize + extra;
    msg->datasize = static_cast<int32_t>(DLT_BETOH_16(msg->standardheader->len)) +
                    kStorageSize - msg->headersize;
    if (msg->datasize < 0) {
        dltng::diag(DiagLevel::kWarning,
                    "Plausibility check failed. Complete message size too short (%d)!",
                    msg->datasize);
        return DLT_MESSAGE_ERROR_CONTENT;
    }
    if (length < static_cast<unsigned>(msg->headersize - kStorageSize))
        return DLT_MESSAGE_ERROR_SIZE;
    std::memcpy(msg->headerbuffer + kStorageSize + kStandardSize, buffer + kStandardSize,
                static_cast<std::size_t>(extra));
    msg->extendedheader =
        DLT_IS_HTYP_UEH(htyp)
            ? reinterpret_cast<DltExtendedHeader *>(msg->headerbuffer + kStorageSize +
                                                    kStandardSize +
                                                    DLT_STANDARD_HEADER_EXTRA_SIZE(htyp))
            : nullptr;
    dlt_message_get_extraparameters(msg, verbose);
    if (length < static_cast<unsigned>(msg->headersize - kStorageSize + msg->datasize))
        return DLT_MESSAGE_ERROR_SIZE;
    if (!msg->databuffer || msg->databuffersize < msg->datasize) {
        std::free(msg->databuffer);
        msg->databuffer = static_cast<uint8_t *>(std::malloc(msg->datasize ? msg->datasize : 1));
        if (!msg->databuffer) {
            msg->databuffersize = 0;
            dltng::diag(DiagLevel::kWarning,
                        "Cannot allocate memory for payload buffer of size %d!", msg->datasize);
            return DLT_MESSAGE_ERROR_UNKNOWN;
        }
        msg->databuffersize = msg->datasize;
    }
    std::memcpy(msg->databuffer, buffer + (msg->headersize - kStorageSize),
                static_cast<std::size_t>(msg->datasize));
    return DLT_MESSAGE_ERROR_OK;
}

DLT_EXPORT DltReturnValue dlt_message_header_flags(DltMessage *msg, char *text, size_t textlength,
                                                   int flags, int verbose)
{
    (void)verbose;
    if (!msg || !text || textlength == 0 || !has_headers(msg))
        return DLT_RETURN_WRONG_PARAMETER;
    text[0] = '\0';
    const std::uint8_t htyp = msg->standardheader->htyp;
    const bool ueh = DLT_IS_HTYP_UEH(htyp) && msg->extendedheader;
    if (flags & DLT_HEADER_SHOW_TIME) {
        const time_t t = static_cast<time_t>(msg->storageheader->seconds);
        struct tm tm;
        char buf[64] = "";
        if (localtime_r(&t, &tm))
            std::strftime(buf, sizeof buf, "%Y/%m/%d %H:%M:%S", &tm);
        append(text, textlength, "%s.%.6d ", buf, msg->storageheader->microseconds);
    }
    if (flags & DLT_HEADER_SHOW_TMSTP) {
        if (DLT_IS_HTYP_WTMS(htyp))
            append(text, textlength, "%10u ", msg->headerextra.tmsp);
        else
            append(text, textlength, "---------- ");
    }
    if (flags & DLT_HEADER_SHOW_MSGCNT)
        append(text, textlength, "%.3d ", msg->standardheader->mcnt);
    if (flags & DLT_HEADER_SHOW_ECUID)
        append_id(text, textlength,
                  DLT_IS_HTYP_WEID(htyp) ? msg->headerextra.ecu : msg->storageheader->ecu);
    if (flags & DLT_HEADER_SHOW_APID) {
        append(text, textlength, " ");
        if (ueh)
            append_id(text, textlength, msg->extendedheader->apid);
        else
            append(text, textlength, "----");
        append(text, textlength, " ");
    }
    if (flags & DLT_HEADER_SHOW_CTID) {
        if (ueh)
            append_id(text, textlength, msg->extendedheader->ctid);
        else
            append(text, textlength, "----");
        append(text, textlength, " ");
    }
    const unsigned msin = ueh ? msg->extendedheader->msin : 0;
    const unsigned mstp = DLT_GET_MSIN_MSTP(msin), mtin = DLT_GET_MSIN_MTIN(msin);
    if (flags & DLT_HEADER_SHOW_MSGTYPE)
        append(text, textlength, "%s ", ueh ? kTypeNames[mstp & 7] : "---");
    if (flags & DLT_HEADER_SHOW_MSGSUBTYPE)
        append(text, textlength, "%s ", ueh ? subtype_name(mstp, mtin) : "---");
    if (flags & DLT_HEADER_SHOW_VNVSTATUS)
        append(text, textlength, "%s ", ueh && DLT_IS_MSIN_VERB(msin) ? "V" : "N");
    if (flags & DLT_HEADER_SHOW_NOARG) {
        if (ueh)
            append(text, textlength, "%d", msg->extendedheader->noar);
        else
            append(text, textlength, "-");
    }
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_message_header(DltMessage *msg, char *text, size_t textlength,
                                             int verbose)
{
    return dlt_message_header_flags(msg, text, textlength, DLT_HEADER_SHOW_ALL, verbose);
}

DLT_EXPORT DltReturnValue dlt_message_payload(DltMessage *msg, char *text, size_t textlength,
                                              int type, int verbose)
{
    (void)verbose;
    if (!msg || !text || textlength == 0 || type < DLT_OUTPUT_HEX ||
        type > DLT_OUTPUT_ASCII_LIMITED || !msg->standardheader)
        return DLT_RETURN_WRONG_PARAMETER;
    text[0] = '\0';
    const int room = textlength > 0x7fffffff ? 0x7fffffff : static_cast<int>(textlength);
    if (type == DLT_OUTPUT_HEX)
        return dlt_print_hex_string(text, room, msg->databuffer, msg->datasize);
    if (type == DLT_OUTPUT_MIXED_FOR_PLAIN || type == DLT_OUTPUT_MIXED_FOR_HTML)
        return dlt_print_mixed_string(text, room, msg->databuffer, msg->datasize,
                                      type == DLT_OUTPUT_MIXED_FOR_HTML);
    if (!is_verbose(msg))
        return nonverbose_payload(msg, text, textlength, type);
    const bool ok = dltng::format_verbose_payload(
        msg->databuffer, msg->datasize > 0 ? static_cast<std::size_t>(msg->datasize) : 0,
        DLT_IS_HTYP_MSBF(msg->standardheader->htyp), msg->extendedheader->noar,
        g_attributes.load(std::memory_order_relaxed), text, textlength);
    return ok ? DLT_RETURN_OK : DLT_RETURN_ERROR;
}

DLT_EXPORT DltReturnValue dlt_message_argument_print(DltMessage *msg, uint32_t type_info,
                                                     uint8_t **ptr, int32_t *datalength,
                                                     char *text, size_t textlength,
                                                     int byteLength, int verbose)
{
    (void)byteLength;
    (void)verbose;
    if (!msg || !msg->standardheader || !ptr || !*ptr || !datalength || !text ||
        textlength == 0 || *datalength < 0)
        return DLT_RETURN_WRONG_PARAMETER;
    /* Appends to the text, as upstream (dlt_message_payload builds on it). */
    const std::size_t used = strnlen(text, textlength);
    if (used + 1 >= textlength)
        return DLT_RETURN_ERROR;
    const unsigned char *p = *ptr;
    std::size_t left = static_cast<std::size_t>(*datalength);
    bool underflow = false;
    const bool ok = dltng::format_argument(type_info, &p, &left,
                                           DLT_IS_HTYP_MSBF(msg->standardheader->htyp),
                                           g_attributes.load(std::memory_order_relaxed),
                                           text + used, textlength - used, &underflow);
    *ptr = const_cast<uint8_t *>(p);
    /* As upstream: a fixed-size value that did not fit marks the length -1;
     * any other failure leaves it where the reading stopped. */
    *datalength = ok || !underflow ? static_cast<int32_t>(left) : -1;
    return ok ? DLT_RETURN_OK : DLT_RETURN_ERROR;
}

DLT_EXPORT DltReturnValue dlt_message_filter_check(DltMessage *msg, DltFilter *filter, int verbose)
{
    (void)verbose;
    if (!msg || !filter || !msg->standardheader)
        return DLT_RETURN_WRONG_PARAMETER;
    if (filter->counter == 0 || !DLT_IS_HTYP_UEH(msg->standardheader->htyp) ||
        !msg->extendedheader)
        return DLT_RETURN_TRUE;
    const DltExtendedHeader *eh = msg->extendedheader;
    for (int i = 0; i < filter->counter && i < DLT_FILTER_MAX; ++i) {
        if ((filter->apid[i][0] == 0 || std::memcmp(filter->apid[i], eh->apid, DLT_ID_SIZE) == 0) &&
            (filter->ctid[i][0] == 0 || std::memcmp(filter->ctid[i], eh->ctid, DLT_ID_SIZE) == 0) &&
            (filter->log_level[i] == 0 ||
             filter->log_level[i] == static_cast<int>(DLT_GET_MSIN_MTIN(eh->msin))) &&
            (filter->payload_min[i] == 0 || filter->payload_min[i] <= msg->datasize) &&
            (filter->payload_max[i] == 0 || filter->payload_max[i] >= msg->datasize))
            return DLT_RETURN_TRUE;
    }
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_message_print_header(DltMessage *message, char *text, uint32_t size,
                                                   int verbose)
{
    if (!message || !text || size == 0)
        return DLT_RETURN_WRONG_PARAMETER;
    dlt_message_header(message, text, size, verbose);
    std::printf("%s\n", text);
    return DLT_RETURN_OK;
}

DLT_EXPORT DltReturnValue dlt_message_print_hex(DltMessage *message, char *text, uint32_t size,
                                                int verbose)
{
    (void)verbose;
    return print_message(message, text, size, DLT_OUTPUT_HEX, false);
}

DLT_EXPORT DltReturnValue dlt_message_print_ascii(DltMessage *message, char *text, uint32_t size,
                                                  int verbose)
{
    (void)verbose;
    return print_message(message, text, size, DLT_OUTPUT_ASCII, false);
}

DLT_EXPORT DltReturnValue dlt_message_print_mixed_plain(DltMessage *message, char *text,
                                                        uint32_t size, int verbose)
{
    (void)verbose;
    return print_message(message, text, size, DLT_OUTPUT_MIXED_FOR_PLAIN, true);
}

DLT_EXPORT DltReturnValue dlt_message_print_mixed_html(DltMessage *message, char *text,
                                                       uint32_t size, int verbose)
{
    (void)verbose;
    return print_message(message, text, size, DLT_OUTPUT_MIXED_FOR_HTML, true);
}
