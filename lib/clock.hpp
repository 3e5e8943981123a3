/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: timestamps in DLT's unit (0.1 ms since boot, CLOCK_MONOTONIC),
 * as upstream's dlt_uptime().  clock_gettime is a vDSO call: no syscall. */
#ifndef DLTNG_CLOCK_HPP
#define DLTNG_CLOCK_HPP

#include <cstdint>
#include <ctime>

namespace dltng {

inline std::uint32_t uptime_tenth_ms() noexcept
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::uint32_t>(static_cast<std::uint64_t>(ts.tv_sec) * 10000u +
                                      static_cast<std::uint64_t>(ts.tv_nsec) / 100000u);
}

inline std::int64_t monotonic_ms() noexcept
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

} // namespace dltng

#endif
