/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: local print (see local_print.hpp). */
#include "lib/local_print.hpp"

#include <cstdio>

#include "lib/diag.hpp"
#include "lib/text_format.hpp"

namespace dltng {

__attribute__((noinline, cold)) void print_locally(const unsigned char *msg,
                                                   std::size_t len) noexcept
{
    char line[kLocalPrintLineMax];
    const std::size_t n = format_local_print(msg, len, nullptr, line, sizeof line);
    if (n == 0)
        return;
    FILE *out = diag_uses_stderr() ? stderr : stdout;
    fwrite(line, 1, n, out);
    fflush(out);
}

} // namespace dltng
