/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: CMocka from C++ test files (it needs these headers first). */
#ifndef DLTNG_TEST_CMOCKA_HPP
#define DLTNG_TEST_CMOCKA_HPP

#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <csetjmp>

extern "C" {
#include <cmocka.h>
}

#include <vector>

/* Compare a byte range with an expected byte list. */
#define assert_bytes(ptr, len, ...)                                                        \
    do {                                                                                   \
        const std::vector<unsigned char> expected_ = __VA_ARGS__;                          \
        assert_int_equal((len), expected_.size());                                         \
        assert_memory_equal((ptr), expected_.data(), expected_.size());                    \
    } while (0)

#endif
