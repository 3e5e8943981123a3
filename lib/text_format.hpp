/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: DLT messages and byte arrays as text, exactly as libdlt 2.18.8
 * prints them: the line of "local print" (DLT_LOCAL_PRINT_MODE,
 * dlt_enable_local_print) and the dlt_print_* helpers of dlt_common.h.
 *
 * The formats were established black-box against the reference library;
 * tests/unit/test_text_format.cpp holds the observed lines.  A local-print
 * line is
 *
 *   2026/11/24 07:12:31.303544   29197227 002 ECU1 LPRT TEST log warn V 1 [warn]
 *
 * that is: wall-clock time (local time, microseconds), the message
 * timestamp in 0.1 ms (%10u, or "----------"), the counter (%.3d), ECU,
 * application and context IDs, type and subtype names, V/N and the argument
 * count (or "---- ---- --- --- N -" without extended header), then the
 * arguments separated by single spaces in brackets.
 *
 * Nothing here allocates or needs the C++ runtime. */
#ifndef DLTNG_TEXT_FORMAT_HPP
#define DLTNG_TEXT_FORMAT_HPP

#include <cstddef>
#include <cstdint>

namespace dltng {

/* Upstream renders the header and then the payload into one text buffer of
 * this size (NUL included): arguments that do not fit are cut or left out
 * exactly as there. */
inline constexpr std::size_t kPrintTextSize = 10024;

/* A buffer of this size always holds a whole local-print line and its NUL. */
inline constexpr std::size_t kLocalPrintLineMax = kPrintTextSize + 192;

/* The line upstream's local print writes for one LOG message, as libdlt-ng
 * queues it (8-byte user header "DUH\1" + type, standard header, extras,
 * extended header, payload), newline included.  The time is the wall clock
 * now (upstream's storage header); ecu_for_storage (4 bytes, NUL-padded, or
 * nullptr for "ECU1") is printed when the message has no ECU ID.  Writes at
 * most cap - 1 characters and a NUL; returns the length written (0 for a
 * message too short for its own headers).  Arguments that do not fit upstream's
 * buffer produce upstream's warning through the library's diagnostics. */
std::size_t format_local_print(const unsigned char *msg, std::size_t len,
                               const char *ecu_for_storage, char *out,
                               std::size_t cap) noexcept;

/* The same with a given time (seconds since the epoch, printed in local
 * time, and microseconds). */
std::size_t format_local_print_at(const unsigned char *msg, std::size_t len,
                                  const char *ecu_for_storage, std::int64_t seconds,
                                  std::uint32_t microseconds, char *out,
                                  std::size_t cap) noexcept;

/* The verbose arguments of a payload as dlt_message_payload prints them
 * (DLT_OUTPUT_ASCII) into a text of textlength bytes (NUL included):
 * arguments separated by spaces, cut or left out as upstream does; with
 * attributes (dlt_print_with_attributes) VARI names and units too, as
 * "name:value:unit".  False where upstream returns DLT_RETURN_ERROR (an
 * argument it cannot print, or no room left); the text is valid either way. */
bool format_verbose_payload(const unsigned char *payload, std::size_t len, bool msbf,
                            unsigned noar, bool attributes, char *out,
                            std::size_t textlength) noexcept;

/* One argument whose type info was already read (dlt_message_argument_print),
 * written at out (textlength bytes with the NUL); *payload and *left are
 * advanced past what was consumed.  False as above; then *underflow (if
 * not null) tells whether a fixed-size value did not fit (upstream marks
 * that with a remaining length of -1) or a check failed (the position
 * stays where it stopped). */
bool format_argument(std::uint32_t type_info, const unsigned char **payload, std::size_t *left,
                     bool msbf, bool attributes, char *out, std::size_t textlength,
                     bool *underflow = nullptr) noexcept;

/* dlt_print_mixed_string: 16 bytes a line, "%06x: " offset, 16 "%02x "
 * (missing bytes "xx "), the printable bytes ('.' for the others and for
 * '<'), and "\n" (html: "<BR>") after every complete line.  Writes at most
 * cap - 1 characters and a NUL (nothing at all for size <= 0); returns the
 * length written. */
std::size_t format_mixed_string(const unsigned char *data, int size, int html, char *out,
                                std::size_t cap) noexcept;

/* The text size dlt_print_mixed_string demands before it writes anything
 * (one line more than needed). */
std::size_t mixed_string_required(int size, int html) noexcept;

/* Bytes as "%02x" joined by separator (dlt_print_hex_string: ' ', raw
 * arguments of a message: '\'').  Same writing rules as above. */
std::size_t format_hex_string(const unsigned char *data, int size, char separator, char *out,
                              std::size_t cap) noexcept;

} // namespace dltng

#endif
