/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: local print, i.e. every message also written as a text line
 * on the console (dlt_enable_local_print, DLT_LOCAL_PRINT_MODE).  Runs in
 * the logging thread, like upstream's, so lines keep their order with the
 * application's own output; never on the path of a message not printed. */
#ifndef DLTNG_LOCAL_PRINT_HPP
#define DLTNG_LOCAL_PRINT_HPP

#include <cstddef>

namespace dltng {

/* Print one complete LOG message (user header first): to stderr when
 * DLT_LOG_MODE is 3, else to stdout, as upstream. */
void print_locally(const unsigned char *msg, std::size_t len) noexcept;

} // namespace dltng

#endif
