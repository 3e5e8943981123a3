/* SPDX-License-Identifier: MPL-2.0 */
/* buffer-probe: the DltBuffer ring of dlt_common.h (static and dynamic),
 * every return code, the counters and the raw bytes of a static buffer
 * after each step; compared on both libraries by test-buffer.sh. */
#include <dlt/dlt_common.h>

#include <stdio.h>
#include <string.h>

/* Exported by libdlt 2.18.8 but declared in no public header. */
int dlt_buffer_reset(DltBuffer *buf);
int dlt_buffer_increase_size(DltBuffer *buf);
int dlt_buffer_minimize_size(DltBuffer *buf);

static unsigned char mem[200];

/* Positions of a dynamic buffer (its memory is the library's). */
static void state(DltBuffer *b, const char *what)
{
    DltBufferHead *h = (DltBufferHead *)b->shm;
    printf("%s: size=%u write=%d read=%d count=%d used=%d\n", what, b->size, h->write, h->read,
           h->count, dlt_buffer_get_used_size(b));
    fflush(stdout);
}

/* Growing and shrinking, the quirk of growing an empty buffer, recovery
 * from the garbage that leaves, wrap-around. */
static void dynamic_cases(void)
{
    DltBuffer b;
    unsigned char d[400], o[400];
    memset(o, 0, sizeof o);
    for (int i = 0; i < 400; i++)
        d[i] = (unsigned char)(i * 7);
    dlt_buffer_init_dynamic(&b, 100, 400, 50);
    for (int i = 0; i < 10; i++)
        dlt_buffer_push(&b, d, 30);
    state(&b, "10 pushed");
    for (int i = 0; i < 9; i++)
        dlt_buffer_pull(&b, o, 400);
    state(&b, "drained");
    printf("push300 rc=%d\n", dlt_buffer_push(&b, d, 300));
    state(&b, "push300");
    printf("push10 rc=%d\n", dlt_buffer_push(&b, d, 10));
    state(&b, "push10");
    printf("pull=%d\n", dlt_buffer_pull(&b, o, 400));
    state(&b, "pull garbage");
    printf("push70 rc=%d\n", dlt_buffer_push(&b, d, 70));
    printf("push60 rc=%d\n", dlt_buffer_push(&b, d + 1, 60));
    memset(o, 0, sizeof o);
    int got = dlt_buffer_pull(&b, o, 400);
    printf("pull=%d [%02x %02x]\n", got, o[0], o[69]);
    printf("push200 rc=%d\n", dlt_buffer_push(&b, d + 2, 200));
    state(&b, "push200");
    printf("push100 rc=%d\n", dlt_buffer_push(&b, d, 100));
    printf("push50 rc=%d\n", dlt_buffer_push(&b, d + 3, 50));
    state(&b, "push50 (wraps)");
    for (int i = 0; i < 4; i++) {
        memset(o, 0, sizeof o);
        int n = dlt_buffer_pull(&b, o, 400);
        printf("pull=%d [%02x %02x]\n", n, o[0], n > 0 ? o[n - 1] : 0);
    }
    state(&b, "empty");
    dlt_buffer_info(&b);
    dlt_buffer_status(&b);
    printf("reset rc=%d\n", dlt_buffer_reset(&b));
    printf("increase rc=%d\n", dlt_buffer_increase_size(&b));
    state(&b, "increase");
    printf("minimize rc=%d\n", dlt_buffer_minimize_size(&b));
    state(&b, "minimize");
    for (int i = 0; i < 8; i++)
        printf("increase %d rc=%d\n", i, dlt_buffer_increase_size(&b));
    state(&b, "max");
    dlt_buffer_free_dynamic(&b);
    printf("free_dynamic(again) rc=%d\n", dlt_buffer_free_dynamic(&b));
}

static void dump(const char *what)
{
    printf("%s:", what);
    for (size_t i = 0; i < 64; i++)
        printf(" %02x", mem[i]);
    printf("\n");
}

static void counters(DltBuffer *b, const char *what)
{
    printf("%s: total=%u used=%d count=%d size=%u min=%u max=%u step=%u\n", what,
           dlt_buffer_get_total_size(b), dlt_buffer_get_used_size(b),
           dlt_buffer_get_message_count(b), b->size, b->min_size, b->max_size, b->step_size);
    fflush(stdout);
}

int main(void)
{
    DltBuffer b, c;
    unsigned char data[300], out[300];
    for (int i = 0; i < 300; i++)
        data[i] = (unsigned char)(i + 1);
    memset(mem, 0xaa, sizeof mem);
    printf("init_static_server rc=%d\n", dlt_buffer_init_static_server(&b, mem, 64));
    dump("after init");
    counters(&b, "init");
    printf("push(5) rc=%d\n", dlt_buffer_push(&b, data, 5));
    dump("after push 5");
    counters(&b, "push");
    printf("push3(2,3,4) rc=%d\n", dlt_buffer_push3(&b, data, 2, data + 10, 3, data + 20, 4));
    dump("after push3");
    counters(&b, "push3");
    printf("check_size(10) rc=%d\n", dlt_buffer_check_size(&b, 10));
    printf("check_size(40) rc=%d\n", dlt_buffer_check_size(&b, 40));
    printf("push(30) rc=%d\n", dlt_buffer_push(&b, data, 30));
    counters(&b, "push30");
    memset(out, 0, sizeof out);
    int n = dlt_buffer_copy(&b, out, sizeof out);
    printf("copy = %d [%02x %02x %02x %02x %02x]\n", n, out[0], out[1], out[2], out[3], out[4]);
    n = dlt_buffer_copy(&b, out, 2);
    printf("copy(max 2) = %d\n", n);
    n = dlt_buffer_pull(&b, out, sizeof out);
    printf("pull = %d [%02x %02x %02x %02x %02x]\n", n, out[0], out[1], out[2], out[3], out[4]);
    dump("after pull");
    counters(&b, "pull");
    printf("push(20) rc=%d\n", dlt_buffer_push(&b, data + 100, 20));
    dump("after wrap push");
    counters(&b, "wrap");
    n = dlt_buffer_remove(&b);
    printf("remove = %d\n", n);
    n = dlt_buffer_pull(&b, out, sizeof out);
    printf("pull = %d [%02x %02x]\n", n, out[0], out[n > 0 ? n - 1 : 0]);
    n = dlt_buffer_pull(&b, out, sizeof out);
    printf("pull(empty) = %d\n", n);
    counters(&b, "empty");
    printf("init_static_client rc=%d\n", dlt_buffer_init_static_client(&c, mem, 64));
    counters(&c, "client");
    printf("push(1) rc=%d\n", dlt_buffer_push(&b, data, 1));
    n = dlt_buffer_pull(&c, out, sizeof out);
    printf("client pull = %d\n", n);
    printf("free_static rc=%d\n", dlt_buffer_free_static(&b));
    printf("free_static(client) rc=%d\n", dlt_buffer_free_static(&c));

    printf("init_dynamic(100,400,50) rc=%d\n", dlt_buffer_init_dynamic(&b, 100, 400, 50));
    counters(&b, "dyn");
    for (int i = 0; i < 12; i++) {
        int rc = dlt_buffer_push(&b, data, 30);
        printf("dyn push %d rc=%d total=%u used=%d count=%d\n", i, rc,
               dlt_buffer_get_total_size(&b), dlt_buffer_get_used_size(&b),
               dlt_buffer_get_message_count(&b));
    }
    for (int i = 0; i < 13; i++) {
        n = dlt_buffer_pull(&b, out, sizeof out);
        printf("dyn pull %d = %d total=%u used=%d count=%d\n", i, n, dlt_buffer_get_total_size(&b),
               dlt_buffer_get_used_size(&b), dlt_buffer_get_message_count(&b));
    }
    printf("push big rc=%d\n", dlt_buffer_push(&b, data, 300));
    counters(&b, "big");
    printf("free_dynamic rc=%d\n", dlt_buffer_free_dynamic(&b));
    printf("init_dynamic(400,100,50) rc=%d\n", dlt_buffer_init_dynamic(&b, 400, 100, 50));
    printf("init_static_server(NULL) rc=%d\n", dlt_buffer_init_static_server(NULL, mem, 64));
    printf("push(NULL) rc=%d\n", dlt_buffer_push(NULL, data, 1));
    printf("pull(NULL) rc=%d\n", dlt_buffer_pull(NULL, out, 1));
    dynamic_cases();
    printf("used(NULL)=%d total(NULL)=%u count(NULL)=%d\n", dlt_buffer_get_used_size(NULL),
           dlt_buffer_get_total_size(NULL), dlt_buffer_get_message_count(NULL));
    return 0;
}
