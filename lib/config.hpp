/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: settings read from the environment, once per dlt_init().
 * Variables are read with secure_getenv: a setuid/setgid process ignores
 * them all and runs with the defaults. */
#ifndef DLTNG_CONFIG_HPP
#define DLTNG_CONFIG_HPP

#include <cstddef>
#include <cstdint>

namespace dltng {

/* DLT_LOCAL_PRINT_MODE: unset (print after dlt_enable_local_print),
 * AUTOMATIC (print while no daemon takes the messages), FORCE_ON, FORCE_OFF. */
enum class LocalPrint { kUnset, kAutomatic, kForceOn, kForceOff };

/* DLT_NG_OVERFLOW: what a producer does when the ring is full.  The values
 * are those of DltNgOverflowMode in <dlt/dlt_ng.h>. */
enum class OverflowMode : int { kDropNewest = 0, kOverwriteOldest = 1, kBlock = 2 };

struct Config {
    /* DLT_PIPE_DIR: where the daemon's FIFO and dltpipes/ live. */
    char pipe_dir[512];
    /* DLT_LOG_MSG_BUF_LEN: payload bytes per message (upstream default 1390). */
    std::int32_t log_buf_len;
    /* DLT_NG_RING_SIZE (else DLT_USER_BUFFER_MAX): bytes of the ring. */
    std::size_t ring_bytes;
    /* DLT_NG_FLUSH_TIMEOUT_MS: how long exit/dlt_free waits for the daemon
     * to take what is still queued, counted from the last progress. */
    std::int32_t flush_timeout_ms;
    /* DLT_NG_DELIVERY_DELAY_MS: how long a message may wait in the ring
     * while the worker dozes (see Worker::sleep) rather than cost its
     * thread a wake-up; 0 wakes the worker for every first message. */
    std::int32_t delivery_delay_ms;
    /* DLT_NG_OVERFLOW=drop_newest|overwrite_oldest|block */
    OverflowMode overflow_mode;
    /* DLT_NG_BLOCK_TIMEOUT_MS: longest wait for room in block mode. */
    std::int32_t block_timeout_ms;
    /* DLT_DISABLE_EXTENDED_HEADER_FOR_NONVERBOSE=1 */
    bool extended_header_for_nonverbose;
    /* DLT_DISABLE_INJECTION_MSG_AT_USER (any value): ignore the app FIFO. */
    bool ignore_daemon_messages;
    LocalPrint local_print;
    /* A fork child may log (fresh ring, worker and FIFO, announced under
     * its own pid): the default, and DLT_NG_FORK=enable.  DLT_NG_FORK=disable:
     * as upstream, every API fails in the child until exec. */
    bool fork_enabled;
};

inline constexpr std::int32_t kDefaultLogBufLen = 1390;
inline constexpr std::int32_t kMaxLogBufLen = 65535;
inline constexpr std::size_t kDefaultRingBytes = std::size_t{1} << 20;
/* At least one message of the largest size must fit. */
inline constexpr std::size_t kMinRingBytes = std::size_t{128} << 10;
inline constexpr std::size_t kMaxRingBytes = std::size_t{1} << 30;
inline constexpr std::int32_t kDefaultFlushTimeoutMs = 2000;
inline constexpr std::int32_t kDefaultBlockTimeoutMs = 100;
inline constexpr std::int32_t kDefaultDeliveryDelayMs = 20;
/* A dozing worker lets a message wait at most this long: past a few
 * hundred milliseconds the delay would show in any viewer. */
inline constexpr std::int32_t kMaxDeliveryDelayMs = 200;
inline constexpr std::int32_t kMaxBlockTimeoutMs = 10000;

/* "drop_newest" ... to the mode; false if the text names none. */
bool parse_overflow_mode(const char *text, OverflowMode *out) noexcept;

/* Fill cfg from the environment (defaults where unset or malformed). */
void load_config(Config &cfg) noexcept;

/* dlt_log_set_fifo_basedir(): the FIFO directory when DLT_PIPE_DIR is
 * unset (default /tmp); too long or empty values are ignored. */
void set_default_pipe_dir(const char *dir) noexcept;

/* Parse a decimal integer in [lo, hi]; false (and *out untouched) if the
 * text is not entirely such a number.  Shared by every numeric variable. */
bool parse_long(const char *text, long lo, long hi, long *out) noexcept;

} // namespace dltng

#endif
