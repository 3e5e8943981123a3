/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: environment settings (see config.hpp). */
#include "lib/config.hpp"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

#include "lib/diag.hpp"

namespace dltng {

bool parse_long(const char *text, long lo, long hi, long *out) noexcept
{
    if (!text || !*text)
        return false;
    char *end = nullptr;
    errno = 0;
    const long v = std::strtol(text, &end, 10);
    if (errno != 0 || *end != '\0' || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

bool parse_overflow_mode(const char *text, OverflowMode *out) noexcept
{
    static const struct {
        const char *name;
        OverflowMode mode;
    } names[] = {{"drop_newest", OverflowMode::kDropNewest},
                 {"overwrite_oldest", OverflowMode::kOverwriteOldest},
                 {"block", OverflowMode::kBlock}};
    if (!text)
        return false;
    for (const auto &n : names) {
        if (std::strcmp(text, n.name) == 0) {
            *out = n.mode;
            return true;
        }
    }
    return false;
}

namespace {

long env_long(const char *name, long lo, long hi, long fallback) noexcept
{
    const char *text = secure_getenv(name);
    long v = fallback;
    if (text && !parse_long(text, lo, hi, &v))
        diag(DiagLevel::kWarning, "%s=\"%s\" ignored: expected a number in [%ld, %ld]", name,
             text, lo, hi);
    return v;
}

} // namespace

namespace {
/* dlt_log_set_fifo_basedir(): the directory used when DLT_PIPE_DIR is
 * unset.  Set by the application before dlt_init(), read by it. */
char g_default_pipe_dir[sizeof Config{}.pipe_dir - 32] = "/tmp";
} // namespace

void set_default_pipe_dir(const char *dir) noexcept
{
    if (std::strlen(dir) < sizeof g_default_pipe_dir && *dir)
        std::strcpy(g_default_pipe_dir, dir);
}

void load_config(Config &cfg) noexcept
{
    const char *dir = secure_getenv("DLT_PIPE_DIR");
    if (!dir || !*dir || std::strlen(dir) >= sizeof cfg.pipe_dir - 32) {
        if (dir && *dir)
            diag(DiagLevel::kWarning, "DLT_PIPE_DIR too long, using %s", g_default_pipe_dir);
        dir = g_default_pipe_dir;
    }
    std::strcpy(cfg.pipe_dir, dir);

    /* As upstream: larger values are capped, not refused. */
    cfg.log_buf_len = static_cast<std::int32_t>(
        env_long("DLT_LOG_MSG_BUF_LEN", 0, LONG_MAX, kDefaultLogBufLen));
    if (cfg.log_buf_len > kMaxLogBufLen || cfg.log_buf_len < 0)
        cfg.log_buf_len = kMaxLogBufLen;
    /* The ring replaces upstream's growing buffer: DLT_NG_RING_SIZE, else
     * upstream's DLT_USER_BUFFER_MAX sets its size (DLT_USER_BUFFER_MIN and
     * _STEP have nothing to tune: the ring never grows or shrinks). */
    const char *ring_var = secure_getenv("DLT_NG_RING_SIZE") ? "DLT_NG_RING_SIZE"
                                                              : "DLT_USER_BUFFER_MAX";
    long ring = env_long(ring_var, 0, LONG_MAX, static_cast<long>(kDefaultRingBytes));
    /* Below the minimum the largest message (64 KiB) plus the priority
     * headroom would not fit. */
    if (ring < static_cast<long>(kMinRingBytes) || ring > static_cast<long>(kMaxRingBytes)) {
        const long fixed = ring < static_cast<long>(kMinRingBytes) ? static_cast<long>(kMinRingBytes)
                                                                   : static_cast<long>(kMaxRingBytes);
        diag(DiagLevel::kWarning, "%s=%ld out of range, using %ld", ring_var, ring, fixed);
        ring = fixed;
    }
    cfg.ring_bytes = static_cast<std::size_t>(ring);

    const char *print = secure_getenv("DLT_LOCAL_PRINT_MODE");
    cfg.local_print = LocalPrint::kUnset;
    if (print && std::strcmp(print, "AUTOMATIC") == 0)
        cfg.local_print = LocalPrint::kAutomatic;
    else if (print && std::strcmp(print, "FORCE_ON") == 0)
        cfg.local_print = LocalPrint::kForceOn;
    else if (print && std::strcmp(print, "FORCE_OFF") == 0)
        cfg.local_print = LocalPrint::kForceOff;
    else if (print)
        diag(DiagLevel::kWarning, "DLT_LOCAL_PRINT_MODE=\"%s\" ignored", print);
    cfg.flush_timeout_ms = static_cast<std::int32_t>(
        env_long("DLT_NG_FLUSH_TIMEOUT_MS", 0, 3600000, kDefaultFlushTimeoutMs));

    cfg.delivery_delay_ms = static_cast<std::int32_t>(env_long(
        "DLT_NG_DELIVERY_DELAY_MS", 0, kMaxDeliveryDelayMs, kDefaultDeliveryDelayMs));

    cfg.overflow_mode = OverflowMode::kDropNewest;
    const char *mode = secure_getenv("DLT_NG_OVERFLOW");
    if (mode && !parse_overflow_mode(mode, &cfg.overflow_mode))
        diag(DiagLevel::kWarning,
             "DLT_NG_OVERFLOW=\"%s\" ignored: expected drop_newest, overwrite_oldest or block",
             mode);
    cfg.block_timeout_ms = static_cast<std::int32_t>(
        env_long("DLT_NG_BLOCK_TIMEOUT_MS", 0, kMaxBlockTimeoutMs, kDefaultBlockTimeoutMs));

    const char *ext = secure_getenv("DLT_DISABLE_EXTENDED_HEADER_FOR_NONVERBOSE");
    cfg.extended_header_for_nonverbose = !(ext && std::strcmp(ext, "1") == 0);
    cfg.ignore_daemon_messages = secure_getenv("DLT_DISABLE_INJECTION_MSG_AT_USER") != nullptr;

    /* A fork child logs unless DLT_NG_FORK=disable asks for upstream's
     * behaviour (the library stays off in the child until exec). */
    const char *fork_mode = secure_getenv("DLT_NG_FORK");
    cfg.fork_enabled = !(fork_mode && std::strcmp(fork_mode, "disable") == 0);
    if (fork_mode && cfg.fork_enabled && std::strcmp(fork_mode, "enable") != 0)
        diag(DiagLevel::kWarning, "DLT_NG_FORK=\"%s\" ignored: expected enable or disable",
             fork_mode);
}

} // namespace dltng
