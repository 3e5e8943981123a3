/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: result codes of the core.  The numbers are those of the public
 * DltReturnValue so the shim can pass them through unchanged
 * (compat/shim.hpp asserts the correspondence). */
#ifndef DLTNG_STATUS_HPP
#define DLTNG_STATUS_HPP

namespace dltng {

enum Status : int {
    kFileSizeError = -8,
    kLoggingDisabled = -7,
    kUserBufferFull = -6,
    kWrongParameter = -5,
    kBufferFull = -4,
    kPipeFull = -3,
    kPipeError = -2,
    kError = -1,
    kOk = 0,
    kTrue = 1,
};

} // namespace dltng

#endif
