/* SPDX-License-Identifier: MPL-2.0 */
/* payload-fuzz-probe: dlt_message_payload on random messages, in every
 * output type and with text buffers from 1 byte up; test-payload-fuzz.sh
 * compares what it prints on both libraries.
 *
 * Usage: payload-fuzz-probe [-g] SEED COUNT
 *
 * The messages are half random bytes, half argument lists with type infos
 * from every family (lengths and values random, often cut short), in both
 * byte orders, verbose and not, of every message type (so control messages
 * too).  Each is read with dlt_message_read first, as a reader would.
 *
 * What is compared: the return code, and the text up to the last byte of
 * the buffer but one.  2.18.8 writes the terminating zero of a text that
 * fills the buffer one byte past its end (libdlt-ng stops inside it), so
 * the last byte differs by design.  -g (run on libdlt-ng): fail if a byte
 * past the buffer was written, or the text is not terminated inside it. */
#include <dlt/dlt_common.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long rng_state;

static unsigned rnd(void)
{
    /* xorshift64: deterministic for a seed on every machine */
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (unsigned)(rng_state >> 11);
}

static void put_u32(unsigned char *p, unsigned v)
{
    memcpy(p, &v, 4);
}

/* Type infos of every family: bool, sint, uint, float of each length,
 * strings (ASCII, UTF-8), raw, with VARI, FIXP, SCOD hex/bin, and junk. */
static const unsigned kTypeInfos[] = {
    0x11,    0x21,    0x41,    0x81,    0x12,   0x22,         0x42,  0x82,   0x44,
    0x84,    0x43,    0x83,    0x10,    0x200,  0x8200,       0x400, 0x800,  0x400 | 0x800,
    0x10200, 0x20200, 0x18042, 0x10043, 0x1043, 0x8200 | 0x800, 0x48, 0x1000, 0x45,
};

/* A message of at most cap bytes in buf; its length. */
static int make_message(unsigned char *buf, int cap)
{
    unsigned char payload[300];
    const int want = (int)(rnd() % 160);
    int n = 0;
    if (rnd() % 2 == 0) {
        for (; n < want; n++)
            payload[n] = (unsigned char)rnd();
    } else {
        while (n < want && n < 280) {
            const unsigned ti = kTypeInfos[rnd() % (sizeof kTypeInfos / sizeof kTypeInfos[0])];
            put_u32(payload + n, ti);
            n += 4;
            int len = (ti & 0xf) ? 1 << ((ti & 0xf) - 1) : (int)(rnd() % 8);
            if (ti & (0x200 | 0x400 | 0x800 | 0x8000)) { /* a length word (or name) first */
                const unsigned short l = (unsigned short)(rnd() % 14);
                memcpy(payload + n, &l, 2);
                n += 2;
                len = l;
            }
            if (rnd() % 3 == 0)
                len = (int)(rnd() % 20); /* lie about it */
            for (int i = 0; i < len && n < 290; i++)
                payload[n++] = (unsigned char)(rnd() % 4 ? 'a' + rnd() % 26 : rnd());
        }
    }
    const int verbose = rnd() % 4 != 0;
    /* Standard header: UEH, WEID, WSID, WTMS, version 1; MSBF sometimes. */
    unsigned char htyp = 0x01 | 0x04 | 0x08 | 0x10 | 0x20;
    if (rnd() % 4 == 0)
        htyp |= 0x02;
    int at = 0;
    buf[at++] = htyp;
    buf[at++] = (unsigned char)rnd();
    at += 2; /* length, below */
    memcpy(buf + at, "ECU1", 4);
    at += 4;
    put_u32(buf + at, rnd());
    at += 4;
    put_u32(buf + at, rnd());
    at += 4;
    /* MSIN: verbose bit, message type (log .. control), a subtype */
    buf[at++] = (unsigned char)((verbose ? 1 : 0) | ((rnd() % 4) << 1) | ((1 + rnd() % 4) << 4));
    buf[at++] = (unsigned char)(rnd() % 6); /* NOAR, often wrong */
    memcpy(buf + at, "APP1", 4);
    at += 4;
    memcpy(buf + at, "CTX1", 4);
    at += 4;
    if (at + n > cap)
        n = cap - at;
    memcpy(buf + at, payload, (size_t)n);
    at += n;
    buf[2] = (unsigned char)(at >> 8);
    buf[3] = (unsigned char)at;
    return at;
}

int main(int argc, char **argv)
{
    int guard = 0, arg = 1;
    if (argc > 1 && strcmp(argv[1], "-g") == 0) {
        guard = 1;
        arg = 2;
    }
    if (argc != arg + 2) {
        fprintf(stderr, "usage: payload-fuzz-probe [-g] SEED COUNT\n");
        return 2;
    }
    rng_state = strtoull(argv[arg], NULL, 0) * 2654435761u + 88172645463325252ULL;
    const int count = atoi(argv[arg + 1]);
    static const int kSizes[] = {1, 2, 3, 4, 6, 9, 14, 21, 33, 50, 80, 130, 250, 600};
    int bad = 0;
    for (int m = 0; m < count; m++) {
        unsigned char buf[400];
        const int len = make_message(buf, (int)sizeof buf);
        DltMessage msg;
        dlt_message_init(&msg, 0);
        /* A zeroed payload buffer larger than any message, which
         * dlt_message_read reuses: 2.18.8 reads past the payload in one case
         * (a HEX coded 64-bit value cut short, see text_format.cpp), and the
         * bytes there are then zeros in every build, not whatever the heap
         * (or a sanitizer's allocator) left in a fresh block's slack. */
        msg.databuffer = calloc(1, 1024);
        msg.databuffersize = msg.databuffer ? 1024 : 0;
        const int rc_read = dlt_message_read(&msg, buf, (unsigned)len, 0, 0);
        printf("message %d: %d bytes, read %d\n", m, len, rc_read);
        if (rc_read != DLT_MESSAGE_ERROR_OK) {
            dlt_message_free(&msg, 0);
            continue;
        }
        for (int type = DLT_OUTPUT_HEX; type <= DLT_OUTPUT_ASCII_LIMITED; type++) {
            for (size_t s = 0; s < sizeof kSizes / sizeof kSizes[0]; s++) {
                const int size = kSizes[s];
                char text[700];
                memset(text, 'Z', sizeof text);
                const int rc = dlt_message_payload(&msg, text, (size_t)size, type, 0);
                const size_t shown = strnlen(text, (size_t)size - 1);
                if (guard && (text[size] != 'Z' || !memchr(text, 0, (size_t)size))) {
                    printf("  type %d size %d: %s\n", type, size,
                           text[size] != 'Z' ? "wrote past the buffer" : "not terminated");
                    bad = 1;
                }
                printf("  type %d size %d: rc=%d [", type, size, rc);
                for (size_t i = 0; i < shown; i++) {
                    const unsigned char c = (unsigned char)text[i];
                    if (c >= 32 && c < 127 && c != '\\')
                        putchar(c);
                    else
                        printf("\\x%02x", c);
                }
                printf("]\n");
            }
        }
        dlt_message_free(&msg, 0);
    }
    return bad;
}
