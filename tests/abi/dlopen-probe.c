/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: dlopen-probe LIB FILE N - a program that is not linked with
 * libdlt loads LIB with dlopen() (as python3-dlt or a plug-in host does)
 * and logs through it in file mode (dlt_init_file(FILE)), N messages from
 * each of three threads:
 *   PRE   started before LIB was loaded (its thread-local storage for LIB
 *         is set up by dlopen, not at thread creation),
 *   MAIN  the thread that loaded it,
 *   POST  started after.
 * Each message is a string and the message number.  Prints one line per
 * failed call and exits 0 only if every call succeeded. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "dlt/dlt_user.h"

struct api {
    DltReturnValue (*init_file)(const char *);
    DltReturnValue (*set_filesize_max)(unsigned int);
    DltReturnValue (*register_app)(const char *, const char *);
    DltReturnValue (*register_context)(DltContext *, const char *, const char *);
    DltReturnValue (*write_start)(DltContext *, DltContextData *, DltLogLevelType);
    DltReturnValue (*write_string)(DltContextData *, const char *);
    DltReturnValue (*write_uint32)(DltContextData *, uint32_t);
    DltReturnValue (*write_finish)(DltContextData *);
    DltReturnValue (*unregister_context)(DltContext *);
    DltReturnValue (*unregister_app)(void);
    DltReturnValue (*free_lib)(void);
};

static struct api dlt;
static unsigned n_messages;
static pthread_barrier_t go; /* the library is set up: PRE may log */

struct logger {
    const char *name;
    DltContext ctx;
    unsigned failed;
};

static void log_all(struct logger *l)
{
    for (unsigned i = 0; i < n_messages; i++) {
        DltContextData cd;
        DltReturnValue r = dlt.write_start(&l->ctx, &cd, DLT_LOG_INFO);
        if (r != DLT_RETURN_TRUE) {
            printf("%s: write_start %u returned %d\n", l->name, i, r);
            l->failed++;
            continue;
        }
        if (dlt.write_string(&cd, l->name) != DLT_RETURN_OK ||
            dlt.write_uint32(&cd, i) != DLT_RETURN_OK) {
            printf("%s: a write of message %u failed\n", l->name, i);
            l->failed++;
        }
        r = dlt.write_finish(&cd);
        if (r != DLT_RETURN_OK) {
            printf("%s: write_finish %u returned %d\n", l->name, i, r);
            l->failed++;
        }
    }
}

static void *pre_thread(void *arg)
{
    pthread_barrier_wait(&go);
    log_all(arg);
    return NULL;
}

static void *post_thread(void *arg)
{
    log_all(arg);
    return NULL;
}

static void *must(void *lib, const char *name)
{
    void *f = dlsym(lib, name);
    if (!f) {
        printf("dlsym %s: %s\n", name, dlerror());
        exit(2);
    }
    return f;
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: %s LIB FILE N\n", argv[0]);
        return 2;
    }
    n_messages = (unsigned)strtoul(argv[3], NULL, 10);
    struct logger pre = {.name = "PRE"}, mainl = {.name = "MAIN"}, post = {.name = "POST"};
    pthread_t pre_tid, post_tid;
    pthread_barrier_init(&go, NULL, 2);
    if (pthread_create(&pre_tid, NULL, pre_thread, &pre) != 0)
        return 2;

    void *lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        printf("dlopen: %s\n", dlerror());
        return 2;
    }
    /* POSIX: a function pointer may be converted from dlsym's result. */
    *(void **)&dlt.init_file = must(lib, "dlt_init_file");
    *(void **)&dlt.set_filesize_max = must(lib, "dlt_set_filesize_max");
    *(void **)&dlt.register_app = must(lib, "dlt_register_app");
    *(void **)&dlt.register_context = must(lib, "dlt_register_context");
    *(void **)&dlt.write_start = must(lib, "dlt_user_log_write_start");
    *(void **)&dlt.write_string = must(lib, "dlt_user_log_write_string");
    *(void **)&dlt.write_uint32 = must(lib, "dlt_user_log_write_uint32");
    *(void **)&dlt.write_finish = must(lib, "dlt_user_log_write_finish");
    *(void **)&dlt.unregister_context = must(lib, "dlt_unregister_context");
    *(void **)&dlt.unregister_app = must(lib, "dlt_unregister_app");
    *(void **)&dlt.free_lib = must(lib, "dlt_free");

    unsigned failed = 0;
    /* A limit far above what is logged: without one, libdlt 2.18.8
     * refuses every message in file mode (see dlt_init_file(3)). */
    if (dlt.init_file(argv[2]) != DLT_RETURN_OK || dlt.set_filesize_max(64u << 20) != DLT_RETURN_OK ||
        dlt.register_app("DLOP", "dlopen probe") < 0 ||
        dlt.register_context(&pre.ctx, "PRE", "thread started before dlopen") < 0 ||
        dlt.register_context(&mainl.ctx, "MAIN", "the thread that loaded the library") < 0 ||
        dlt.register_context(&post.ctx, "POST", "thread started after dlopen") < 0) {
        printf("set-up failed\n");
        failed++;
    }
    pthread_barrier_wait(&go);
    if (pthread_create(&post_tid, NULL, post_thread, &post) != 0)
        return 2;
    log_all(&mainl);
    pthread_join(pre_tid, NULL);
    pthread_join(post_tid, NULL);
    failed += pre.failed + mainl.failed + post.failed;
    if (dlt.unregister_context(&pre.ctx) < 0 || dlt.unregister_context(&mainl.ctx) < 0 ||
        dlt.unregister_context(&post.ctx) < 0 || dlt.unregister_app() < 0 || dlt.free_lib() < 0) {
        printf("tear-down failed\n");
        failed++;
    }
    return failed ? 1 : 0;
}
