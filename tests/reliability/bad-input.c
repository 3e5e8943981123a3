/* SPDX-License-Identifier: MPL-2.0 */
/* bad-input: a table of bad calls and the return code each must get.
 *
 * Complements tests/conformance/api-probe.c (NULL pointers, bad levels,
 * truncation, byte-exact comparison with the reference): the rows here are
 * what that probe does not do.  Each row prints
 *     ROW <name> rc=<rc>
 * and, in TAP mode (argv[1] = "tap"), also "ok/not ok N - <name>" against the
 * return code libdlt-ng documents.  test-bad-input.sh runs it on libdlt-ng
 * (TAP) and on the reference, and compares the rows marked "same as
 * upstream".  No daemon is needed: messages are queued.
 *
 *   bad-input tap|rows|ref        the API table (ref: without the rows that
 *                                 crash the reference library)
 *   bad-input env                 init + register + log, under whatever
 *                                 (garbage) environment the caller set:
 *                                 every call must still succeed.
 *   bad-input fork                rows only: a fork child unregisters a
 *                                 context of its parent, twice, then the
 *                                 parent does. */
#include <dlt/dlt.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int tap, ref, n_row, n_bad;

static void row(const char *name, int rc, int want)
{
    n_row++;
    printf("ROW %s rc=%d\n", name, rc);
    if (tap) {
        printf("%sok %d - %s: rc %d (want %d)\n", rc == want ? "" : "not ", n_row, name, rc, want);
        if (rc != want)
            n_bad++;
    }
}

static int env_step(const char *what, int ok)
{
    if (!ok)
        printf("ENV step failed: %s\n", what);
    return !ok;
}

static int mode_env(void)
{
    DltContext c;
    DltContextData d;
    int bad = 0;
    bad |= env_step("register app", dlt_register_app("ENVG", "garbage environment") == DLT_RETURN_OK);
    bad |= env_step("register ctx", dlt_register_context(&c, "ENVC", "ctx") == DLT_RETURN_OK);
    /* Whatever DLT_LOG_MSG_BUF_LEN said (0 included), a message can be
     * logged: at worst its arguments are refused with a clear code. */
    int r = dlt_log_string(&c, DLT_LOG_WARN, "still logging");
    bad |= env_step("log_string", r == DLT_RETURN_OK || r == DLT_RETURN_USER_BUFFER_FULL);
    if (dlt_user_log_write_start(&c, &d, DLT_LOG_WARN) == DLT_RETURN_TRUE) {
        r = dlt_user_log_write_uint32(&d, 42);
        bad |= env_step("uint32", r == DLT_RETURN_OK || r == DLT_RETURN_USER_BUFFER_FULL);
        bad |= env_step("finish", dlt_user_log_write_finish(&d) == DLT_RETURN_OK);
    } else {
        bad |= env_step("write_start", 0);
    }
    /* And nothing larger than the protocol allows is ever accepted. */
    static char huge[65535];
    if (dlt_user_log_write_start(&c, &d, DLT_LOG_WARN) == DLT_RETURN_TRUE) {
        bad |= env_step("raw 65535 refused",
                        dlt_user_log_write_raw(&d, huge, sizeof huge) == DLT_RETURN_USER_BUFFER_FULL);
        dlt_user_log_write_finish(&d);
    }
    bad |= env_step("unregister ctx", dlt_unregister_context(&c) == DLT_RETURN_OK);
    bad |= env_step("unregister app", dlt_unregister_app() == DLT_RETURN_OK);
    printf("ENV %s\n", bad ? "bad" : "ok");
    return bad;
}

/* What a fork child gets depends on DLT_NG_FORK (libdlt-ng) and is ERROR
 * on the reference, whose library is off in a fork child; the handle stays
 * as it was then, so the second call gets ERROR as well. */
static int mode_fork(void)
{
    DltContext c;
    if (dlt_register_app("FORK", "fork") != DLT_RETURN_OK ||
        dlt_register_context(&c, "FCTX", "x") != DLT_RETURN_OK)
        return 1;
    const pid_t pid = fork();
    if (pid < 0)
        return 1;
    if (pid == 0) {
        row("child: unregister the parent's ctx", dlt_unregister_context(&c), 0);
        printf("ROW child: handle after it %s\n", c.log_level_ptr ? "kept" : "cleared");
        row("child: unregister it again", dlt_unregister_context(&c), 0);
        _exit(0); /* the parent's registration is not the child's to end */
    }
    int status;
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return 1;
    row("parent: unregister ctx", dlt_unregister_context(&c), 0);
    row("parent: unregister app", dlt_unregister_app(), 0);
    dlt_free();
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    setvbuf(stdout, NULL, _IOLBF, 0); /* every row is out even if a library crashes */
    if (strcmp(argv[1], "env") == 0)
        return mode_env();
    if (strcmp(argv[1], "fork") == 0)
        return mode_fork();
    tap = strcmp(argv[1], "tap") == 0;
    ref = strcmp(argv[1], "ref") == 0; /* skip the rows that crash the reference */

    DltContext a, b, nonascii;
    DltContextData d;
    memset(&d, 0, sizeof d);

    /* IDs. */
    row("app id with a non-ASCII byte", dlt_register_app("A\xe4" "B", "x"), DLT_RETURN_OK);
    row("app id long (8 chars): truncated to 4", dlt_register_app("APPLICAT", "x"), DLT_RETURN_OK);
    row("ctx id non-ASCII", dlt_register_context(&nonascii, "\xff\xfe", "x"), DLT_RETURN_OK);
    row("ctx id 8 chars", dlt_register_context(&a, "CONTEXTX", "x"), DLT_RETURN_OK);
    row("ctx registered twice (same handle)", dlt_register_context(&a, "CONT", "x"), DLT_RETURN_OK);
    row("ctx same id, second handle", dlt_register_context(&b, "CONT", "x"), DLT_RETURN_OK);
    row("ctx NULL description", dlt_register_context(&b, "DESC", NULL), DLT_RETURN_OK);
    row("ctx ll_ts level 7 (beyond VERBOSE)",
        dlt_register_context_ll_ts(&b, "LL7", "x", 7, 0), DLT_RETURN_WRONG_PARAMETER);
    row("ctx ll_ts level -3", dlt_register_context_ll_ts(&b, "LLM", "x", -3, 0),
        DLT_RETURN_WRONG_PARAMETER);

    /* Levels. */
    row("write_start level 100", dlt_user_log_write_start(&a, &d, (DltLogLevelType)100),
        DLT_RETURN_WRONG_PARAMETER);
    row("write_start level -100", dlt_user_log_write_start(&a, &d, (DltLogLevelType)-100),
        DLT_RETURN_WRONG_PARAMETER);
    /* DLT_LOG_MAX: more verbose than any context level, so "disabled" (OK),
     * as upstream; dlt_user_log_write_start itself refuses it. */
    row("log_string level 7 (DLT_LOG_MAX)", dlt_log_string(&a, (DltLogLevelType)7, "x"),
        DLT_RETURN_OK);

    /* Start/finish discipline. */
    DltContextData fresh;
    memset(&fresh, 0, sizeof fresh);
    row("write_finish without start", dlt_user_log_write_finish(&fresh), DLT_RETURN_WRONG_PARAMETER);
    if (!ref) /* the reference dereferences the NULL buffer */
        row("writer without start", dlt_user_log_write_uint32(&fresh, 1), DLT_RETURN_WRONG_PARAMETER);
    DltContextData twice;
    if (dlt_user_log_write_start(&a, &twice, DLT_LOG_WARN) == DLT_RETURN_TRUE) {
        dlt_user_log_write_uint8(&twice, 1);
        row("write_finish", dlt_user_log_write_finish(&twice), DLT_RETURN_OK);
        row("write_finish again", dlt_user_log_write_finish(&twice), DLT_RETURN_WRONG_PARAMETER);
        if (!ref) /* the reference writes into the buffer it freed */
            row("writer after finish", dlt_user_log_write_uint8(&twice, 1),
                DLT_RETURN_WRONG_PARAMETER);
    }

    /* Payload limits (DLT_LOG_MSG_BUF_LEN 1390 by default). */
    static char blob[100000];
    if (dlt_user_log_write_start(&a, &d, DLT_LOG_WARN) == DLT_RETURN_TRUE) {
        row("raw 100000 bytes", dlt_user_log_write_raw(&d, blob, sizeof blob),
            DLT_RETURN_USER_BUFFER_FULL);
        row("raw 65535 bytes", dlt_user_log_write_raw(&d, blob, 65535), DLT_RETURN_USER_BUFFER_FULL);
        row("finish after refused writes", dlt_user_log_write_finish(&d), DLT_RETURN_OK);
    }
    row("log_raw 65535 bytes", dlt_log_raw(&a, DLT_LOG_WARN, blob, 65535),
        DLT_RETURN_USER_BUFFER_FULL);
    row("log_raw 0 bytes", dlt_log_raw(&a, DLT_LOG_WARN, blob, 0), DLT_RETURN_OK);

    /* Unregistration: every code as upstream (test-bad-input.sh compares
     * them; "twice" and NULL repeat api-probe's, to keep the set together). */
    DltContext copy = a, noid = b, live;
    memset(noid.contextID, 0, sizeof noid.contextID);
    row("register ctx to unregister after the app", dlt_register_context(&live, "LIVE", "x"),
        DLT_RETURN_OK);
    row("unregister ctx", dlt_unregister_context(&a), DLT_RETURN_OK);
    row("unregister ctx twice", dlt_unregister_context(&a), DLT_RETURN_OK);
    row("log on unregistered ctx", dlt_log_string(&a, DLT_LOG_WARN, "x"), DLT_RETURN_OK);
    if (!ref) /* the reference reads the level byte it freed */
        row("log on a copy of the unregistered ctx", dlt_log_string(&copy, DLT_LOG_WARN, "x"),
            DLT_RETURN_OK);
    row("unregister a copy of the unregistered ctx", dlt_unregister_context(&copy), DLT_RETURN_OK);
    row("unregister that copy twice", dlt_unregister_context(&copy), DLT_RETURN_OK);
    DltContext zero;
    memset(&zero, 0, sizeof zero);
    /* The reference also frees the level bytes of the context at position 0
     * (the handle's) here; libdlt-ng touches nothing. */
    row("unregister never-registered ctx", dlt_unregister_context(&zero), DLT_RETURN_ERROR);
    row("unregister NULL handle", dlt_unregister_context(NULL), DLT_RETURN_ERROR);
    row("unregister a registered handle with its ID cleared", dlt_unregister_context(&noid),
        DLT_RETURN_ERROR);
    row("unregister the original of that handle", dlt_unregister_context(&b), DLT_RETURN_OK);
    if (!ref) { /* the reference writes outside its context table (SIGSEGV) */
        DltContext corrupt = live;
        corrupt.log_level_pos = 1 << 30;
        row("unregister a handle with a position out of range", dlt_unregister_context(&corrupt),
            DLT_RETURN_WRONG_PARAMETER);
        corrupt = live;
        corrupt.log_level_pos = -7;
        row("unregister a handle with a negative position", dlt_unregister_context(&corrupt),
            DLT_RETURN_WRONG_PARAMETER);
    }
    row("unregister app", dlt_unregister_app(), DLT_RETURN_OK);
    row("unregister ctx after app unregistered", dlt_unregister_context(&live), DLT_RETURN_OK);
    row("register ctx after app unregistered", dlt_register_context(&a, "AFTR", "x"), DLT_RETURN_OK);
    row("free", dlt_free(), DLT_RETURN_OK);
    row("free twice", dlt_free(), DLT_RETURN_ERROR);
    row("unregister app after free", dlt_unregister_app(), DLT_RETURN_ERROR);
    /* Last: these start the reference again (it initialises lazily), not
     * libdlt-ng, so the libraries' states differ from here on. */
    row("unregister ctx registered before free", dlt_unregister_context(&a), DLT_RETURN_OK);
    row("unregister never-registered ctx after free", dlt_unregister_context(&zero),
        DLT_RETURN_ERROR);
    dlt_free();
    if (tap)
        printf("1..%d\n", n_row);
    return tap && n_bad ? 1 : 0;
}
