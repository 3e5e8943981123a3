/* SPDX-License-Identifier: MPL-2.0 */
/* stale-app: a libdlt application for tests/control/test-stale-level.sh,
 * driven one command a line on stdin, answering one line on stdout.
 *
 *   (start)      register application STAL, wait for the daemon's log state
 *                -> "UP <state>"
 *   register     register CTX1 and CTX2, both asking for the daemon's
 *                default level -> "REGISTERED <rc1> <rc2>"
 *   unregister   unregister CTX2 -> "UNREGISTERED <rc>"
 *   zero         dlt_unregister_context on a zeroed, never registered
 *                DltContext -> "ZERO <rc>"
 *   log          one INFO message on CTX1 -> "LOGGED <rc>"
 *   wait L       wait (up to 10 s) for CTX1's level to become L, then
 *                300 ms more for what the daemon sent behind it
 *                -> "LEVEL <level>"
 *   quit         unregister CTX1 and the application -> "BYE"
 *
 * The library's own diagnostics go wherever DLT_LOG_MODE sends them
 * (the test uses 3: stderr), so stdout carries the answers only. */
#include <dlt.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static void nap_ms(int ms)
{
    const struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&t, NULL);
}

/* The level byte the library's worker updates (atomically, so read it
 * atomically too: TSan builds check); -100 if there is none. */
static int current_level(const DltContext *c)
{
    return c->log_level_ptr ? __atomic_load_n(c->log_level_ptr, __ATOMIC_RELAXED) : -100;
}

static void say(const char *fmt, int a, int b)
{
    printf(fmt, a, b);
    fflush(stdout);
}

int main(void)
{
    DltContext ctx1, ctx2;
    memset(&ctx1, 0, sizeof ctx1);
    memset(&ctx2, 0, sizeof ctx2);
    if (dlt_register_app("STAL", "stale level test") != DLT_RETURN_OK)
        return 2;
    int waited = 0;
    while (dlt_get_log_state() == -1 && waited < 10000) {
        nap_ms(10);
        waited += 10;
    }
    say("UP %d\n", dlt_get_log_state(), 0);

    char line[128];
    while (fgets(line, sizeof line, stdin)) {
        int level;
        line[strcspn(line, "\n")] = 0;
        if (strcmp(line, "register") == 0) {
            const int a = dlt_register_context(&ctx1, "CTX1", "kept");
            const int b = dlt_register_context(&ctx2, "CTX2", "unregistered at once");
            say("REGISTERED %d %d\n", a, b);
        } else if (strcmp(line, "unregister") == 0) {
            say("UNREGISTERED %d\n", dlt_unregister_context(&ctx2), 0);
        } else if (strcmp(line, "zero") == 0) {
            DltContext zero;
            memset(&zero, 0, sizeof zero);
            say("ZERO %d\n", dlt_unregister_context(&zero), 0);
        } else if (strcmp(line, "log") == 0) {
            say("LOGGED %d\n", dlt_log_string(&ctx1, DLT_LOG_INFO, "stale-app"), 0);
        } else if (sscanf(line, "wait %d", &level) == 1) {
            for (waited = 0; waited < 10000; waited += 10) {
                if (current_level(&ctx1) == level)
                    break;
                nap_ms(10);
            }
            nap_ms(300);
            say("LEVEL %d\n", current_level(&ctx1), 0);
        } else if (strcmp(line, "quit") == 0) {
            break;
        } else {
            say("UNKNOWN\n", 0, 0);
        }
    }
    dlt_unregister_context(&ctx1);
    dlt_unregister_app();
    say("BYE\n", 0, 0);
    return 0;
}
