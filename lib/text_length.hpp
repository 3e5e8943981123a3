/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: strlen for the short strings log messages carry, inline.
 *
 * Why not just strlen: the call itself is cheap while it is warm, but the
 * first message after a thread slept found libc's strlen cold (its code
 * page, the AVX2 unit) and paid about 80 ns for it, a fifth of that
 * message's cost.  This scan is a few SSE2 instructions in the writer's
 * own code.
 *
 * It reads the aligned 16-byte blocks that hold the string.  An aligned
 * block never crosses a page, so the bytes it reads before the string and
 * past its NUL cannot fault (glibc's strlen reads the same way); they are
 * masked off.  The sanitizers would see those bytes as out of bounds,
 * hence the exemption; under a sanitizer build the function is simply not
 * inlined.  What kTextScanBlocks blocks do not cover goes to strlen. */
#ifndef DLTNG_TEXT_LENGTH_HPP
#define DLTNG_TEXT_LENGTH_HPP

#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dltng {

inline constexpr std::size_t kTextScanBlocks = 4; /* 64 bytes, less the misalignment */

#if defined(__SSE2__)
/* Bit i set: byte i of the 16-byte block at aligned is NUL. */
__attribute__((no_sanitize("address", "thread", "hwaddress"))) inline unsigned
nul_mask(const char *aligned) noexcept
{
    const __m128i block = _mm_load_si128(reinterpret_cast<const __m128i *>(aligned));
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(block, _mm_setzero_si128())));
}
#endif

/* strlen(text); text must not be null. */
inline std::size_t text_length(const char *text) noexcept
{
#if defined(__SSE2__)
    const auto addr = reinterpret_cast<std::uintptr_t>(text);
    const unsigned skip = static_cast<unsigned>(addr & 15);
    const char *block = text - skip;
    /* The bytes in front of the string are shifted out. */
    unsigned mask = nul_mask(block) >> skip;
    if (__builtin_expect(mask != 0, 1))
        return __builtin_ctz(mask);
    for (std::size_t i = 1; i < kTextScanBlocks; ++i) {
        mask = nul_mask(block + 16 * i);
        if (mask != 0)
            return 16 * i - skip + static_cast<unsigned>(__builtin_ctz(mask));
    }
    return 16 * kTextScanBlocks - skip + std::strlen(block + 16 * kTextScanBlocks);
#else
    return std::strlen(text);
#endif
}

} // namespace dltng

#endif
