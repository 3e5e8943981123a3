/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: dlt_user_log_write_start/finish and the argument writers.
 *
 * The hot path: start checks the level byte and takes a per-thread scratch
 * slot; writers append to it; finish writes the headers in front of the
 * payload and pushes the finished record into the ring in one copy.  No
 * lock, no allocation (after a thread's first message), no syscall. */
#include <cstring>

#include "compat/shim.hpp"
#include "lib/clock.hpp"
#include "lib/local_print.hpp"
#include "lib/message.hpp"
#include "lib/registry.hpp"
#include "lib/scratch.hpp"
#include "lib/text_length.hpp"
#include "lib/tsc.hpp"
#include "lib/wire.hpp"

/* DLT_LOG_PATH's section starts on a page (tests/perf/test-footprint.sh
 * checks that a message runs from one code page). */
__asm__(".section .text.hot.dltng_log,\"ax\",@progbits\n\t.balign 4096\n\t.previous");

using namespace dltng;
using dltng::shim::ret;
using dltng::shim::with_payload;

namespace {
Status reserve_file_space_slow(Runtime &rt, std::uint32_t len, bool give_back) noexcept;

/* File mode with a size limit: claim the bytes this message will take in
 * the file, or give them back (give_back).  Outside file mode: one relaxed
 * load. */
DLTNG_HOT Status reserve_file_space(Runtime &rt, std::uint32_t len, bool give_back = false) noexcept
{
    if (__builtin_expect(!rt.file_mode.load(std::memory_order_relaxed), 1))
        return kOk;
    return reserve_file_space_slow(rt, len, give_back);
}
} // namespace

namespace {

/* Fill log for a message in buffer. */
DLTNG_HOT DltReturnValue fill(DltContext *handle, DltContextData *log, DltLogLevelType loglevel,
                              bool verbose, unsigned char *buffer) noexcept
{
    log->handle = handle;
    log->buffer = buffer;
    log->size = 0;
    log->log_level = loglevel;
    log->trace_status = 0;
    log->args_num = 0;
    log->context_description = nullptr;
    log->use_timestamp = DLT_AUTO_TIMESTAMP;
    log->user_timestamp = 0;
    log->verbose_mode = verbose ? 1 : 0;
    return DLT_RETURN_TRUE;
}

/* begin() when the thread has no slots yet or too small ones. */
__attribute__((noinline, cold)) DltReturnValue begin_slow(DltContext *handle, DltContextData *log,
                                                    DltLogLevelType loglevel, bool verbose) noexcept
{
    const std::int32_t capacity = runtime().log_buf_len.load(std::memory_order_relaxed);
    unsigned char *buffer = scratch_acquire(capacity);
    if (!buffer)
        return DLT_RETURN_ERROR;
    scratch_set_limit(capacity);
    return fill(handle, log, loglevel, verbose, buffer);
}

/* Fill log and take a scratch slot (begin_message, inline for the hot
 * path: the usual case calls nothing, the rest is a tail call). */
DLTNG_HOT DltReturnValue begin(DltContext *handle, DltContextData *log, DltLogLevelType loglevel,
                               bool verbose) noexcept
{
    const std::int32_t capacity = runtime().log_buf_len.load(std::memory_order_relaxed);
    ThreadScratch &s = thread_scratch();
    if (__builtin_expect(s.capacity < capacity, 0)) /* also: no slots yet */
        return begin_slow(handle, log, loglevel, verbose);
    s.limit = capacity; /* <= s.capacity, checked above */
    /* Now, not at finish: the ring's page walks then overlap with
     * building the message (a thread's first message after a sleep). */
    runtime().ring.prefetch_next();
    return fill(handle, log, loglevel, verbose, scratch_take(s));
}

} // namespace

DltReturnValue dltng::shim::begin_message(DltContext *handle, DltContextData *log,
                                          DltLogLevelType loglevel, bool verbose) noexcept
{
    return begin(handle, log, loglevel, verbose);
}

void dltng::shim::abandon_message(DltContextData *log) noexcept
{
    if (log && log->buffer) {
        scratch_release(log->buffer);
        log->buffer = nullptr;
    }
}

namespace {

/* The headers of a LOG message in front of its payload; the start of the
 * message, or nullptr if it would be longer than DLT allows. */
DLTNG_HOT unsigned char *compose_headers(Runtime &rt, const DltContextData *log,
                                      unsigned char *payload, unsigned mstp, unsigned mtin,
                                      bool verbose, std::uint32_t timestamp) noexcept
{
    const DltContext *handle = log->handle;
    const std::uint8_t msin = wire::msin(static_cast<wire::MessageType>(mstp), mtin, verbose);
    const auto noar = static_cast<std::uint8_t>(log->args_num);
    const std::uint32_t apid = rt.apid.load(std::memory_order_relaxed);
    const std::uint8_t flags = rt.header_flags.load(std::memory_order_relaxed);
    const auto payload_len = static_cast<std::size_t>(log->size);
    constexpr std::uint8_t kAll = wire::kHtypWithEcuId | wire::kHtypWithSessionId |
                                  wire::kHtypWithTimestamp;
    if (__builtin_expect(flags == kAll, 1) &&
        (verbose || rt.extended_header_for_nonverbose.load(std::memory_order_relaxed))) {
        /* The default header: fixed offsets, no branches per field. */
        const auto sid = static_cast<std::uint32_t>(rt.pid.load(std::memory_order_relaxed));
        return write_full_log_header(payload, payload_len, kDefaultEcu, __builtin_bswap32(sid),
                                     __builtin_bswap32(timestamp), msin, noar, &apid,
                                     handle->contextID);
    }
    LogHeader h;
    h.htyp = flags;
    if (verbose || rt.extended_header_for_nonverbose.load(std::memory_order_relaxed))
        h.htyp |= wire::kHtypUseExtendedHeader;
    h.mcnt = 0; /* assigned by the worker, in wire order (Worker::finish_record) */
    std::memcpy(h.ecu, kDefaultEcu, 4);
    h.session_id = static_cast<std::uint32_t>(rt.pid.load(std::memory_order_relaxed));
    h.timestamp = timestamp;
    h.msin = msin;
    h.noar = noar;
    std::memcpy(h.apid, &apid, 4);
    std::memcpy(h.ctid, handle->contextID, 4);
    return write_log_header(payload, payload_len, h);
}

/* Headers, local print, file space, ring: everything finish does once the
 * payload sits in a scratch slot of this thread. */
DLTNG_HOT Status send_message(Runtime &rt, const DltContextData *log, unsigned char *payload,
                           unsigned mstp, unsigned mtin) noexcept
{
    const bool verbose = dltng::shim::verbose_message(log);
    /* Automatic timestamps are usually raw TSC counts: the low word goes
     * in the header, the worker converts it (tsc.hpp). */
    Stamp stamp = log->use_timestamp == DLT_USER_TIMESTAMP ? Stamp{log->user_timestamp, 0}
                                                           : message_stamp();
    unsigned char *msg = compose_headers(rt, log, payload, mstp, mtin, verbose, stamp.low);
    if (!msg)
        return kError;
    const auto len = static_cast<std::uint32_t>(payload + log->size - msg);
    DltContext *handle = log->handle;
    if (__builtin_expect(local_print_wanted(rt), 0)) {
        /* The console line shows the handle's own counter, as upstream
         * (the wire counter is assigned later, by the worker), and the
         * final timestamp, which only the worker could convert: take it
         * from the clock instead. */
        set_log_counter(msg, len, __atomic_fetch_add(&handle->mcnt, 1, __ATOMIC_RELAXED));
        if (stamp.hi != 0) {
            set_log_timestamp(msg, len, uptime_tenth_ms());
            stamp.hi = 0;
        }
        print_locally(msg, len);
    }
    Status st = reserve_file_space(rt, len);
    if (st == kOk) {
        /* The message sits in a scratch slot (with its tail slack). */
        /* FATAL and ERROR go out at once even while the worker dozes:
         * they may be the last words of a process about to crash. */
        const bool urgent = mstp == wire::kTypeLog && mtin - 1u < 2u;
        st = submit<true>(msg, len, static_cast<std::uint32_t>(handle->log_level_pos), urgent,
                          stamp.hi);
        if (st != kOk) /* not queued: give the file space back */
            reserve_file_space(rt, len, true);
    }
    return st;
}

/* finish for a payload that is not the thread's top scratch slot. */
__attribute__((noinline, cold)) DltReturnValue finish_foreign(DltContextData *log, unsigned mstp,
                                                        unsigned mtin) noexcept
{
    unsigned char *payload = log->buffer;
    if (!scratch_owns(payload)) {
        /* A caller's buffer (given-buffer API): never write in front of it;
         * copy it into a slot of ours. */
        unsigned char *slot = scratch_acquire(log->size);
        if (!slot)
            return DLT_RETURN_ERROR;
        std::memcpy(slot, payload, static_cast<std::size_t>(log->size));
        payload = slot;
    }
    log->buffer = nullptr;
    const Status st = running() ? send_message(runtime(), log, payload, mstp, mtin) : kError;
    scratch_release(payload);
    return ret(st);
}

} // namespace

namespace {

DLTNG_HOT DltReturnValue finish(DltContextData *log, unsigned mstp, unsigned mtin) noexcept
{
    if (__builtin_expect(!log || !log->handle || !log->buffer || log->size < 0, 0))
        return DLT_RETURN_WRONG_PARAMETER;
    unsigned char *payload = log->buffer;
    /* The usual case: the slot write_start took, still on top of this
     * thread's stack.  Anything else goes the general way. */
    ThreadScratch &ts = thread_scratch();
    if (__builtin_expect(ts.depth < 1 || scratch_payload(ts, ts.depth - 1) != payload, 0))
        return finish_foreign(log, mstp, mtin);
    log->buffer = nullptr;
    const Status st = __builtin_expect(running(), 1)
                          ? send_message(runtime(), log, payload, mstp, mtin)
                          : kError;
    /* Pop the slot (the top one, checked above). */
    std::atomic_signal_fence(std::memory_order_seq_cst);
    ts.depth -= 1;
    return ret(st);
}

} // namespace

DltReturnValue dltng::shim::finish_message(DltContextData *log, unsigned mstp,
                                           unsigned mtin) noexcept
{
    return finish(log, mstp, mtin);
}

namespace {

/* File mode with a size limit: claim the bytes this message will take in
 * the file (storage header instead of the FIFO's user header), or refuse
 * it with DLT_RETURN_FILESZERR if the file would grow past the limit. */
Status reserve_file_space_slow(Runtime &rt, std::uint32_t len, bool give_back) noexcept
{
    const std::int64_t need = static_cast<std::int64_t>(len) - 8 + 16;
    if (give_back) {
        rt.file_bytes.fetch_sub(need, std::memory_order_relaxed);
        return kOk;
    }
    /* relaxed: each reservation is one exact atomic step; nothing else is
     * ordered by it.  Every message counts, so a limit set later applies
     * to the whole file. */
    const std::int64_t max = rt.file_size_max.load(std::memory_order_relaxed);
    if (rt.file_bytes.fetch_add(need, std::memory_order_relaxed) + need > max && max > 0) {
        rt.file_bytes.fetch_sub(need, std::memory_order_relaxed);
        return kFileSizeError;
    }
    return kOk;
}

/* A disabled message (log and level valid); DLT_LOG skips its arguments
 * and stray writers get WRONG_PARAMETER. */
DLTNG_HOT DltReturnValue not_started(DltContextData *log) noexcept
{
    log->handle = nullptr;
    log->buffer = nullptr;
    /* A fork child with DLT_NG_FORK=disable: an error, as upstream. */
    return runtime().forked_child.load(std::memory_order_relaxed) ? DLT_RETURN_ERROR
                                                                   : DLT_RETURN_OK;
}

DLTNG_HOT bool valid_level(DltLogLevelType loglevel) noexcept
{
    /* DLT_LOG_DEFAULT (-1) .. DLT_LOG_VERBOSE (6) */
    return static_cast<unsigned>(loglevel - DLT_LOG_DEFAULT) < DLT_LOG_MAX - DLT_LOG_DEFAULT;
}

/* start_message() while the library is not running: a fork child's first
 * message may set it up again (out of line, so the usual path saves no
 * registers). */
__attribute__((noinline, cold)) DltReturnValue start_not_running(DltContext *handle, DltContextData *log,
                                                           DltLogLevelType loglevel,
                                                           bool verbose) noexcept
{
    if (!dltng::resumable_after_fork())
        return not_started(log);
    return begin(handle, log, loglevel, verbose);
}

DLTNG_HOT DltReturnValue start_message(DltContext *handle, DltContextData *log,
                                       DltLogLevelType loglevel, bool verbose) noexcept
{
    /* The same answers as checking every argument first, in an order that
     * makes a level above the context's (the common disabled case) the
     * shortest path. */
    if (!handle || !handle->log_level_ptr)
        return DLT_RETURN_WRONG_PARAMETER; /* no context, or not registered */
    if (loglevel > load_level(handle->log_level_ptr)) {
        if (!log || !valid_level(loglevel))
            return DLT_RETURN_WRONG_PARAMETER;
        return not_started(log);
    }
    if (!log || !valid_level(loglevel))
        return DLT_RETURN_WRONG_PARAMETER;
    if (loglevel == DLT_LOG_OFF)
        return not_started(log);
    if (__builtin_expect(!running(), 0))
        return start_not_running(handle, log, loglevel, verbose);
    return begin(handle, log, loglevel, verbose);
}

} // namespace

DLT_EXPORT DLT_LOG_PATH DltReturnValue dlt_user_log_write_start(DltContext *handle, DltContextData *log,
                                                   DltLogLevelType loglevel)
{
    /* DLT_LOG stays verbose even in non-verbose mode, as upstream. */
    return start_message(handle, log, loglevel, true);
}

DLT_EXPORT DLT_HOT_PATH DltReturnValue dlt_user_log_write_start_id(DltContext *handle, DltContextData *log,
                                                      DltLogLevelType loglevel, uint32_t messageid)
{
    const bool verbose = runtime().verbose.load(std::memory_order_relaxed);
    const DltReturnValue rc = start_message(handle, log, loglevel, false);
    if (rc == DLT_RETURN_TRUE && !verbose) {
        /* Non-verbose payload starts with the message id (host order). */
        std::memcpy(log->buffer, &messageid, sizeof messageid);
        log->size = sizeof messageid;
    }
    return rc;
}

DLT_EXPORT DltReturnValue dlt_user_log_write_start_init(DltContext *handle, DltContextData *log,
                                                        DltLogLevelType loglevel, bool is_verbose)
{
    return start_message(handle, log, loglevel, is_verbose);
}

DLT_EXPORT DLT_LOG_PATH DltReturnValue dlt_user_log_write_finish(DltContextData *log)
{
    if (!log)
        return DLT_RETURN_WRONG_PARAMETER;
    return finish(log, wire::kTypeLog, static_cast<unsigned>(log->log_level));
}

/* The payload comes ready-made from the caller (verbose only); libdlt-ng
 * copies it at finish and never frees it.  As upstream, the level is not
 * checked here. */
DLT_EXPORT DltReturnValue dlt_user_log_write_start_w_given_buffer(DltContext *handle,
                                                                  DltContextData *log,
                                                                  DltLogLevelType loglevel,
                                                                  char *buffer, size_t size,
                                                                  int32_t args_num)
{
    if (!handle || !log || !buffer || !handle->log_level_ptr || size == 0 || args_num <= 0 ||
        loglevel < DLT_LOG_DEFAULT || loglevel >= DLT_LOG_MAX ||
        size > static_cast<size_t>(runtime().log_buf_len.load(std::memory_order_relaxed)))
        return DLT_RETURN_WRONG_PARAMETER;
    if (!runtime().verbose.load(std::memory_order_relaxed) || !running())
        return DLT_RETURN_ERROR;
    log->handle = handle;
    log->buffer = reinterpret_cast<unsigned char *>(buffer);
    log->size = static_cast<int32_t>(size);
    log->log_level = loglevel;
    log->trace_status = 0;
    log->args_num = args_num;
    log->context_description = nullptr;
    log->use_timestamp = DLT_AUTO_TIMESTAMP;
    log->user_timestamp = 0;
    log->verbose_mode = 1;
    return DLT_RETURN_TRUE;
}

DLT_EXPORT DltReturnValue dlt_user_log_write_finish_w_given_buffer(DltContextData *log)
{
    return dlt_user_log_write_finish(log);
}

/* ---- fixed-size values ---- */
namespace {

template <typename T>
DLTNG_HOT DltReturnValue write_value(DltContextData *log, std::uint32_t type_info, T value) noexcept
{
    return with_payload(log, [&](Payload &p) { return encode_value(p, type_info, &value, sizeof value); });
}

template <typename T>
DltReturnValue write_value_attr(DltContextData *log, std::uint32_t type_info, T value,
                                const char *name, const char *unit, bool with_unit = true) noexcept
{
    return with_payload(log, [&](Payload &p) {
        return encode_value_attr(p, type_info, &value, sizeof value, name, unit, with_unit);
    });
}

template <typename T>
DltReturnValue write_formatted(DltContextData *log, std::uint32_t type_info, T value,
                               DltFormatType type) noexcept
{
    const std::uint32_t ti = formatted_type_info(type_info, type);
    if (!ti)
        return DLT_RETURN_WRONG_PARAMETER;
    return write_value(log, ti, value);
}

constexpr std::uint32_t kU8 = wire::kUint | wire::kTyle8, kU16 = wire::kUint | wire::kTyle16,
                        kU32 = wire::kUint | wire::kTyle32, kU64 = wire::kUint | wire::kTyle64;
constexpr std::uint32_t kI8 = wire::kSint | wire::kTyle8, kI16 = wire::kSint | wire::kTyle16,
                        kI32 = wire::kSint | wire::kTyle32, kI64 = wire::kSint | wire::kTyle64;
constexpr std::uint32_t kF32 = wire::kFloat | wire::kTyle32, kF64 = wire::kFloat | wire::kTyle64;
constexpr std::uint32_t kBool8 = wire::kBool | wire::kTyle8;

/* int/unsigned int take the width of the platform's int. */
constexpr std::uint32_t kInt = sizeof(int) == 8 ? kI64 : kI32;
constexpr std::uint32_t kUInt = sizeof(unsigned) == 8 ? kU64 : kU32;

} // namespace

DLT_EXPORT DLT_LOG_PATH DltReturnValue dlt_user_log_write_bool(DltContextData *log, uint8_t data) { return write_value(log, kBool8, data); }
DLT_EXPORT DltReturnValue dlt_user_log_write_bool_attr(DltContextData *log, uint8_t data, const char *name) { return write_value_attr(log, kBool8, data, name, nullptr, false); }
DLT_EXPORT DLT_HOT_PATH DltReturnValue dlt_user_log_write_float32(DltContextData *log, float32_t data) { return write_value(log, kF32, data); }
DLT_EXPORT DLT_HOT_PATH DltReturnValue dlt_user_log_write_float64(DltContextData *log, double data) { return write_value(log, kF64, data); }
DLT_EXPORT DltReturnValue dlt_user_log_write_float32_attr(DltContextData *log, float32_t data, const char *name, const char *unit) { return write_value_attr(log, kF32, data, name, unit); }
DLT_EXPORT DltReturnValue dlt_user_log_write_float64_attr(DltContextData *log, float64_t data, const char *name, const char *unit) { return write_value_attr(log, kF64, data, name, unit); }

/* 2.18.8 encodes plain int/uint through the _attr path (VARI with empty
 * name and unit).  Kept for byte-identical output; see libdlt-ng(7). */
DLT_EXPORT DLT_LOG_PATH DltReturnValue dlt_user_log_write_uint(DltContextData *log, unsigned int data) { return write_value_attr(log, kUInt, data, nullptr, nullptr); }
DLT_EXPORT DLT_LOG_PATH DltReturnValue dlt_user_log_write_int(DltContextData *log, int data) { return write_value_attr(log, kInt, data, nullptr, nullptr); }

DLT_EXPORT DLT_HOT_PATH DltReturnValue dlt_user_log_write_uint8(DltContextData *log, uint8_t data) { return write_value(log, kU8, data); }
DLT_EXPORT DLT_HOT_PATH DltReturnValue dlt_user_log_write_uint16(DltContextData *log, uint16_t data) { return write_value(log, kU16, data); }
DLT_EXPORT DLT_LOG_PATH DltReturnValue dlt_user_log_write_uint32(DltContextData *log, uint32_t data) { return write_value(log, kU32, data); }
DLT_EXPORT DLT_LOG_PATH DltReturnValue dlt_user_log_write_uint64(DltContextData *log, uint64_t data) { return write_value(log, kU64, data); }
DLT_EXPORT DLT_HOT_PATH DltReturnValue dlt_user_log_write_int8(DltContextData *log, int8_t data) { return write_value(log, kI8, data); }
DLT_EXPORT DLT_HOT_PATH DltReturnValue dlt_user_log_write_int16(DltContextData *log, int16_t data) { return write_value(log, kI16, data); }
DLT_EXPORT DLT_LOG_PATH DltReturnValue dlt_user_log_write_int32(DltContextData *log, int32_t data) { return write_value(log, kI32, data); }
DLT_EXPORT DLT_LOG_PATH DltReturnValue dlt_user_log_write_int64(DltContextData *log, int64_t data) { return write_value(log, kI64, data); }

DLT_EXPORT DltReturnValue dlt_user_log_write_uint_attr(DltContextData *log, unsigned int data, const char *name, const char *unit) { return write_value_attr(log, kUInt, data, name, unit); }
DLT_EXPORT DltReturnValue dlt_user_log_write_uint8_attr(DltContextData *log, uint8_t data, const char *name, const char *unit) { return write_value_attr(log, kU8, data, name, unit); }
DLT_EXPORT DltReturnValue dlt_user_log_write_uint16_attr(DltContextData *log, uint16_t data, const char *name, const char *unit) { return write_value_attr(log, kU16, data, name, unit); }
DLT_EXPORT DltReturnValue dlt_user_log_write_uint32_attr(DltContextData *log, uint32_t data, const char *name, const char *unit) { return write_value_attr(log, kU32, data, name, unit); }
DLT_EXPORT DltReturnValue dlt_user_log_write_uint64_attr(DltContextData *log, uint64_t data, const char *name, const char *unit) { return write_value_attr(log, kU64, data, name, unit); }
DLT_EXPORT DltReturnValue dlt_user_log_write_int_attr(DltContextData *log, int data, const char *name, const char *unit) { return write_value_attr(log, kInt, data, name, unit); }
DLT_EXPORT DltReturnValue dlt_user_log_write_int8_attr(DltContextData *log, int8_t data, const char *name, const char *unit) { return write_value_attr(log, kI8, data, name, unit); }
DLT_EXPORT DltReturnValue dlt_user_log_write_int16_attr(DltContextData *log, int16_t data, const char *name, const char *unit) { return write_value_attr(log, kI16, data, name, unit); }
DLT_EXPORT DltReturnValue dlt_user_log_write_int32_attr(DltContextData *log, int32_t data, const char *name, const char *unit) { return write_value_attr(log, kI32, data, name, unit); }
DLT_EXPORT DltReturnValue dlt_user_log_write_int64_attr(DltContextData *log, int64_t data, const char *name, const char *unit) { return write_value_attr(log, kI64, data, name, unit); }

DLT_EXPORT DltReturnValue dlt_user_log_write_uint8_formatted(DltContextData *log, uint8_t data, DltFormatType type) { return write_formatted(log, kU8, data, type); }
DLT_EXPORT DltReturnValue dlt_user_log_write_uint16_formatted(DltContextData *log, uint16_t data, DltFormatType type) { return write_formatted(log, kU16, data, type); }
DLT_EXPORT DltReturnValue dlt_user_log_write_uint32_formatted(DltContextData *log, uint32_t data, DltFormatType type) { return write_formatted(log, kU32, data, type); }
DLT_EXPORT DltReturnValue dlt_user_log_write_uint64_formatted(DltContextData *log, uint64_t data, DltFormatType type) { return write_formatted(log, kU64, data, type); }

DLT_EXPORT DLT_HOT_PATH DltReturnValue dlt_user_log_write_ptr(DltContextData *log, void *data)
{
    /* A pointer is an unsigned integer of pointer width, shown as hex. */
    const auto value = reinterpret_cast<std::uintptr_t>(data);
    return write_value(log, (sizeof value == 8 ? kU64 : kU32) | wire::kScodHex, value);
}

/* ---- strings ---- */
namespace {

__attribute__((noinline)) DltReturnValue write_text_slow(DltContextData *log, const char *text,
                                                         std::size_t len, Text enc, bool constant,
                                                         bool with_name, const char *name) noexcept
{
    return with_payload(log, [&](Payload &p) {
        return encode_string(p, StringArg{text, len, enc, constant, with_name, name});
    });
}

DLTNG_HOT DltReturnValue write_text(DltContextData *log, const char *text, std::size_t len, Text enc,
                                    bool constant, bool with_name = false,
                                    const char *name = nullptr) noexcept
{
    if (!text)
        return DLT_RETURN_WRONG_PARAMETER;
    if (!constant && !with_name && log && log->buffer) {
        /* The common case: a plain string that fits, inline. */
        Payload p = dltng::shim::open_payload(log);
        if (encode_plain_string_fast(p, text, len, enc)) {
            dltng::shim::close_payload(log, p);
            return DLT_RETURN_OK;
        }
    }
    return write_text_slow(log, text, len, enc, constant, with_name, name);
}

DLTNG_HOT std::size_t text_len(const char *text) noexcept
{
    return text ? text_length(text) : 0;
}

} // namespace

DLT_EXPORT DLT_LOG_PATH DltReturnValue dlt_user_log_write_string(DltContextData *log, const char *text) { return write_text(log, text, text_len(text), Text::kAscii, false); }
DLT_EXPORT DLT_HOT_PATH DltReturnValue dlt_user_log_write_sized_string(DltContextData *log, const char *text, uint16_t length) { return write_text(log, text, length, Text::kAscii, false); }
DLT_EXPORT DLT_HOT_PATH DltReturnValue dlt_user_log_write_constant_string(DltContextData *log, const char *text) { return write_text(log, text, text_len(text), Text::kAscii, true); }
DLT_EXPORT DltReturnValue dlt_user_log_write_sized_constant_string(DltContextData *log, const char *text, uint16_t length) { return write_text(log, text, length, Text::kAscii, true); }
DLT_EXPORT DLT_HOT_PATH DltReturnValue dlt_user_log_write_utf8_string(DltContextData *log, const char *text) { return write_text(log, text, text_len(text), Text::kUtf8, false); }
DLT_EXPORT DltReturnValue dlt_user_log_write_sized_utf8_string(DltContextData *log, const char *text, uint16_t length) { return write_text(log, text, length, Text::kUtf8, false); }
DLT_EXPORT DltReturnValue dlt_user_log_write_constant_utf8_string(DltContextData *log, const char *text) { return write_text(log, text, text_len(text), Text::kUtf8, true); }
DLT_EXPORT DltReturnValue dlt_user_log_write_sized_constant_utf8_string(DltContextData *log, const char *text, uint16_t length) { return write_text(log, text, length, Text::kUtf8, true); }
DLT_EXPORT DltReturnValue dlt_user_log_write_string_attr(DltContextData *log, const char *text, const char *name) { return write_text(log, text, text_len(text), Text::kAscii, false, true, name); }
DLT_EXPORT DltReturnValue dlt_user_log_write_sized_string_attr(DltContextData *log, const char *text, uint16_t length, const char *name) { return write_text(log, text, length, Text::kAscii, false, true, name); }
DLT_EXPORT DltReturnValue dlt_user_log_write_constant_string_attr(DltContextData *log, const char *text, const char *name) { return write_text(log, text, text_len(text), Text::kAscii, true, true, name); }
DLT_EXPORT DltReturnValue dlt_user_log_write_sized_constant_string_attr(DltContextData *log, const char *text, uint16_t length, const char *name) { return write_text(log, text, length, Text::kAscii, true, true, name); }
DLT_EXPORT DltReturnValue dlt_user_log_write_utf8_string_attr(DltContextData *log, const char *text, const char *name) { return write_text(log, text, text_len(text), Text::kUtf8, false, true, name); }
DLT_EXPORT DltReturnValue dlt_user_log_write_sized_utf8_string_attr(DltContextData *log, const char *text, uint16_t length, const char *name) { return write_text(log, text, length, Text::kUtf8, false, true, name); }
DLT_EXPORT DltReturnValue dlt_user_log_write_constant_utf8_string_attr(DltContextData *log, const char *text, const char *name) { return write_text(log, text, text_len(text), Text::kUtf8, true, true, name); }
DLT_EXPORT DltReturnValue dlt_user_log_write_sized_constant_utf8_string_attr(DltContextData *log, const char *text, uint16_t length, const char *name) { return write_text(log, text, length, Text::kUtf8, true, true, name); }

/* ---- raw ---- */
DLT_EXPORT DltReturnValue dlt_user_log_write_raw(DltContextData *log, void *data, uint16_t length)
{
    return with_payload(log, [&](Payload &p) { return encode_raw(p, wire::kRaw, data, length, false, nullptr); });
}

DLT_EXPORT DltReturnValue dlt_user_log_write_raw_formatted(DltContextData *log, void *data, uint16_t length, DltFormatType type)
{
    const std::uint32_t ti = raw_formatted_type_info(type);
    if (!ti)
        return DLT_RETURN_WRONG_PARAMETER;
    return with_payload(log, [&](Payload &p) { return encode_raw(p, ti, data, length, false, nullptr); });
}

DLT_EXPORT DltReturnValue dlt_user_log_write_raw_attr(DltContextData *log, const void *data, uint16_t length, const char *name)
{
    return with_payload(log, [&](Payload &p) { return encode_raw(p, wire::kRaw, data, length, true, name); });
}

DLT_EXPORT DltReturnValue dlt_user_log_write_raw_formatted_attr(DltContextData *log, const void *data, uint16_t length, DltFormatType type, const char *name)
{
    const std::uint32_t ti = raw_formatted_type_info(type);
    if (!ti)
        return DLT_RETURN_WRONG_PARAMETER;
    return with_payload(log, [&](Payload &p) { return encode_raw(p, ti, data, length, true, name); });
}
