/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: FIFO helpers (see ipc.hpp). */
#include "lib/ipc.hpp"

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dltng {

int open_daemon_fifo(const char *dir) noexcept
{
    char path[kPathMax];
    if (snprintf(path, sizeof path, "%s/dlt", dir) >= static_cast<int>(sizeof path)) {
        errno = ENAMETOOLONG;
        return -1;
    }
    /* Only the daemon's FIFO itself: never a symlink planted in a shared
     * directory such as /tmp (opening a device can act; a regular file
     * would be written into). */
    const int fd = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY);
    if (fd < 0)
        return -1;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISFIFO(st.st_mode)) {
        close(fd);
        errno = EPERM;
        return -1;
    }
    return fd;
}

int create_app_fifo(const char *dir, pid_t pid, char (&path)[kPathMax]) noexcept
{
    char pipes[kPathMax];
    char name[32];
    snprintf(name, sizeof name, "dlt%d", static_cast<int>(pid));
    if (snprintf(pipes, sizeof pipes, "%s/dltpipes", dir) >= static_cast<int>(sizeof pipes) ||
        snprintf(path, sizeof path, "%s/%s", pipes, name) >= static_cast<int>(sizeof path)) {
        errno = ENAMETOOLONG;
        return -1;
    }
    /* Shared by every app of every user, like /tmp: sticky and writable. */
    if (mkdir(pipes, 0777) == 0)
        chmod(pipes, 01777 | S_ISGID);
    else if (errno != EEXIST)
        return -1;
    /* Everything below is relative to the directory we opened, which must
     * be a real directory, not a symlink to somewhere else. */
    const int dfd = open(pipes, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (dfd < 0)
        return -1;

    unlinkat(dfd, name, 0); /* a stale FIFO of an earlier process with our pid */
    int fd = -1;
    if (mkfifoat(dfd, name, 0660) == 0 || errno == EEXIST)
        fd = openat(dfd, name, O_RDWR | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW);
    const int err = errno;
    close(dfd);
    if (fd < 0) {
        errno = err;
        return -1;
    }
    /* What we opened must be a FIFO of ours (not a file someone else left
     * under our name and we could not remove). */
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISFIFO(st.st_mode) || st.st_uid != geteuid()) {
        close(fd);
        errno = EPERM;
        return -1;
    }
    fchmod(fd, 0660); /* undo the umask: the daemon may run as another user */
    return fd;
}

int write_atomic(int fd, const void *buf, std::size_t len) noexcept
{
    for (;;) {
        const ssize_t n = write(fd, buf, len);
        if (n == static_cast<ssize_t>(len))
            return 0;
        if (n >= 0)
            return -EIO; /* cannot happen for len <= PIPE_BUF on a FIFO */
        if (errno == EINTR)
            continue;
        const int err = errno;
        if (err == EPIPE) {
            /* The worker blocks all signals, so the SIGPIPE this write
             * raised is pending on this thread only: consume it. */
            sigset_t set;
            sigemptyset(&set);
            sigaddset(&set, SIGPIPE);
            const timespec zero{0, 0};
            sigtimedwait(&set, nullptr, &zero);
        }
        return -err;
    }
}

} // namespace dltng
