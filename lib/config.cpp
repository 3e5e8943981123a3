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

void load_config(Config &cfg) noexcept
{
    const char *dir = secure_getenv("DLT_PIPE_DIR");
    if (!dir || !*dir || std::strlen(dir) >= sizeof cfg.pipe_dir - 32) {
        if (dir && *dir)
            diag(DiagLevel::kWarning, "DLT_PIPE_DIR too long, using /tmp");
        dir = "/tmp";
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
    if (ring < static_cast<long>(kMinRingBytes))
        ring = static_cast<long>(kMinRingBytes);
    if (ring > static_cast<long>(kMaxRingBytes))
        ring = static_cast<long>(kMaxRingBytes);
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

    const char *ext = secure_getenv("DLT_DISABLE_EXTENDED_HEADER_FOR_NONVERBOSE");
    cfg.extended_header_for_nonverbose = !(ext && std::strcmp(ext, "1") == 0);
    cfg.ignore_daemon_messages = secure_getenv("DLT_DISABLE_INJECTION_MSG_AT_USER") != nullptr;

    const char *fork_mode = secure_getenv("DLT_NG_FORK");
    cfg.fork_enabled = fork_mode && std::strcmp(fork_mode, "enable") == 0;
    if (fork_mode && !cfg.fork_enabled && std::strcmp(fork_mode, "disable") != 0)
        diag(DiagLevel::kWarning, "DLT_NG_FORK=\"%s\" ignored: expected enable or disable",
             fork_mode);
}

} // namespace dltng
