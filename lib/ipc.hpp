/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the two FIFOs of the FIFO IPC.
 *   <dir>/dlt                 shared, created by the daemon; we only write
 *   <dir>/dltpipes/dlt<pid>   ours, created before registration; the daemon
 *                             writes log levels, injections, log state */
#ifndef DLTNG_IPC_HPP
#define DLTNG_IPC_HPP

#include <cstddef>
#include <sys/types.h>

namespace dltng {

inline constexpr std::size_t kPathMax = 600;

/* Open the daemon's FIFO for non-blocking writes; -1 (errno set) if there is
 * no daemon (ENOENT: no FIFO, ENXIO: no reader). */
int open_daemon_fifo(const char *dir) noexcept;

/* Create and open (read side, O_RDWR so we never see EOF) our own FIFO.
 * Refuses to follow symlinks (dltpipes itself included) or to use a file
 * that is not a FIFO we own.
 * path receives its name.  -1 on failure. */
int create_app_fifo(const char *dir, pid_t pid, char (&path)[kPathMax]) noexcept;

/* Write a whole buffer of at most PIPE_BUF bytes, atomically.  Returns 0,
 * or -errno (EAGAIN: pipe full, EPIPE/EBADF: daemon gone). */
int write_atomic(int fd, const void *buf, std::size_t len) noexcept;

} // namespace dltng

#endif
