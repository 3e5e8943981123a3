/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the byte layouts spoken with dlt-daemon over its FIFOs.
 *
 * Two layers travel on the FIFO: an 8-byte "user header" (pattern DUH\1 plus
 * a host-order message type) and, for LOG, a complete DLT message without the
 * storage header.  Control payloads are packed and in host byte order; the
 * DLT standard header's length, session id and timestamp are big-endian. */
#ifndef DLTNG_WIRE_HPP
#define DLTNG_WIRE_HPP

#include <cstddef>
#include <cstdint>

namespace dltng::wire {

constexpr std::size_t kIdSize = 4;
constexpr char kUserPattern[4] = {'D', 'U', 'H', 1};

/* User message types (the daemon's dispatch table numbers). */
enum UserMessage : std::uint32_t {
    kLog = 1,
    kRegisterApplication = 2,
    kUnregisterApplication = 3,
    kRegisterContext = 4,
    kUnregisterContext = 5,
    kLogLevel = 6,       /* daemon -> app */
    kInjection = 7,      /* daemon -> app */
    kOverflow = 8,
    kAppLogLevelTraceStatus = 9,
    kLogShm = 10,
    kLogMode = 11,       /* rejected by the 2.18.8 daemon */
    kLogState = 12,      /* daemon -> app */
    kMarker = 13,
    kTraceLoad = 14,     /* daemon -> app, newer daemons only */
};

struct __attribute__((packed)) UserHeader {
    char pattern[4];
    std::uint32_t message;
};
static_assert(sizeof(UserHeader) == 8);

struct __attribute__((packed)) RegisterApplication {
    char apid[kIdSize];
    std::int32_t pid;
    std::uint32_t description_length; /* description bytes follow, no NUL */
};
struct __attribute__((packed)) UnregisterApplication {
    char apid[kIdSize];
    std::int32_t pid;
};
struct __attribute__((packed)) RegisterContext {
    char apid[kIdSize];
    char ctid[kIdSize];
    std::int32_t log_level_pos;
    std::int8_t log_level;       /* kLevelNotSet asks the daemon for its default */
    std::int8_t trace_status;
    std::int32_t pid;
    std::uint32_t description_length;
};
struct __attribute__((packed)) UnregisterContext {
    char apid[kIdSize];
    char ctid[kIdSize];
    std::int32_t pid;
};
struct __attribute__((packed)) LogLevel {
    std::uint8_t log_level;
    std::uint8_t trace_status;
    std::int32_t log_level_pos;
};
struct __attribute__((packed)) Injection {
    std::int32_t log_level_pos;
    std::uint32_t service_id;
    std::uint32_t data_length; /* data bytes follow */
};
struct __attribute__((packed)) Overflow {
    std::uint32_t counter;
    char apid[kIdSize];
};
struct __attribute__((packed)) AppLogLevelTraceStatus {
    char apid[kIdSize];
    std::uint8_t log_level;
    std::uint8_t trace_status;
};
struct __attribute__((packed)) LogState {
    std::int8_t log_state;
};
static_assert(sizeof(RegisterApplication) == 12);
static_assert(sizeof(RegisterContext) == 22);
static_assert(sizeof(UnregisterContext) == 12);
static_assert(sizeof(LogLevel) == 6);
static_assert(sizeof(Injection) == 12);
static_assert(sizeof(Overflow) == 8);
static_assert(sizeof(AppLogLevelTraceStatus) == 6);

constexpr std::int8_t kLevelNotSet = -2;

/* ---- DLT message (standard + extra + extended header) ---- */
enum HeaderType : std::uint8_t {
    kHtypUseExtendedHeader = 0x01,
    kHtypMsbFirst = 0x02,
    kHtypWithEcuId = 0x04,
    kHtypWithSessionId = 0x08,
    kHtypWithTimestamp = 0x10,
    kHtypVersion1 = 0x20,
};

struct __attribute__((packed)) StandardHeader {
    std::uint8_t htyp;
    std::uint8_t mcnt;
    std::uint16_t len_be; /* bytes after the user header, big-endian */
};
struct __attribute__((packed)) ExtendedHeader {
    std::uint8_t msin;
    std::uint8_t noar;
    char apid[kIdSize];
    char ctid[kIdSize];
};
static_assert(sizeof(StandardHeader) == 4);
static_assert(sizeof(ExtendedHeader) == 10);

/* Largest header we ever emit: user header, standard header, ECU id,
 * session id, timestamp, extended header. */
constexpr std::size_t kMaxHeaderSize =
    sizeof(UserHeader) + sizeof(StandardHeader) + 12 + sizeof(ExtendedHeader);

/* msin = MTIN << 4 | MSTP << 1 | VERB */
constexpr std::uint8_t kMsinVerbose = 0x01;
enum MessageType : std::uint8_t { kTypeLog = 0, kTypeAppTrace = 1, kTypeNwTrace = 2, kTypeControl = 3 };
constexpr std::uint8_t msin(MessageType mstp, unsigned mtin, bool verbose)
{
    return static_cast<std::uint8_t>(((mtin & 0x0f) << 4) | (mstp << 1) | (verbose ? kMsinVerbose : 0));
}

/* ---- Verbose argument type info (32-bit, host order) ---- */
enum TypeInfo : std::uint32_t {
    kTyle8 = 0x01, kTyle16 = 0x02, kTyle32 = 0x03, kTyle64 = 0x04, kTyle128 = 0x05,
    kBool = 0x10, kSint = 0x20, kUint = 0x40, kFloat = 0x80,
    kArray = 0x100, kString = 0x200, kRaw = 0x400, kVariableInfo = 0x800,
    kFixedPoint = 0x1000, kTraceInfo = 0x2000, kStruct = 0x4000,
    kScodAscii = 0x00000, kScodUtf8 = 0x08000, kScodHex = 0x10000, kScodBin = 0x18000,
};

/* The big-endian 32-bit fields of the standard header (session id,
 * timestamp), read and written at any alignment. */
inline std::uint32_t load_be32(const unsigned char *p) noexcept
{
    return static_cast<std::uint32_t>(p[0]) << 24 | static_cast<std::uint32_t>(p[1]) << 16 |
           static_cast<std::uint32_t>(p[2]) << 8 | p[3];
}
inline void store_be32(unsigned char *p, std::uint32_t v) noexcept
{
    p[0] = static_cast<unsigned char>(v >> 24);
    p[1] = static_cast<unsigned char>(v >> 16);
    p[2] = static_cast<unsigned char>(v >> 8);
    p[3] = static_cast<unsigned char>(v);
}

} // namespace dltng::wire

#endif
