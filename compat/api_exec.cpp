/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: two small helpers of dlt_common.h that tools call:
 * dlt_execute_command (dlt-convert -t runs "tar xf FILE -C DIR" through it)
 * and dlt_check_envvar (the DLT_LOG_* variables of the internal logger).
 * Not on the logging path. */
#include <cerrno>
#include <cstdarg>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "compat/shim.hpp"
#include "lib/diag.hpp"

namespace {

/* Arguments beyond this are not passed (a tool passes a handful). */
constexpr int kMaxArgs = 64;

} // namespace

DLT_EXPORT int dlt_execute_command(char *filename, char *command, ...)
{
    if (!command)
        return -1;
    /* argv: the command, then the variadic arguments up to NULL. */
    char *argv[kMaxArgs + 2];
    int argc = 0;
    argv[argc++] = command;
    va_list ap;
    va_start(ap, command);
    for (char *arg; argc <= kMaxArgs && (arg = va_arg(ap, char *)) != nullptr;)
        argv[argc++] = arg;
    va_end(ap);
    argv[argc] = nullptr;

    const pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        /* Child: only async-signal-safe calls until exec. */
        if (filename) {
            const int fd = open(filename, O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (fd < 0) {
                /* as upstream: "PROGRAM: dlt_execute_command failed on open(): ...";
                 * write(2), not stdio: the parent's buffers must not be flushed twice */
                const char *why = std::strerror(errno);
                const char *parts[] = {program_invocation_short_name,
                                       ": dlt_execute_command failed on open(): ", why, "\n"};
                for (const char *part : parts)
                    if (write(STDERR_FILENO, part, std::strlen(part)) < 0)
                        break;
                _exit(255);
            }
            dup2(fd, STDOUT_FILENO);
            close(fd);
        }
        execvp(command, argv);
        _exit(127);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return -1;
    }
    /* The raw wait status, as upstream (exit code 1 gives 256). */
    return status;
}

DLT_EXPORT void dlt_check_envvar(void)
{
    /* DLT_LOG_FILENAME, DLT_LOG_LEVEL and DLT_LOG_MODE, as dlt_init reads them. */
    dltng::diag_configure();
}
