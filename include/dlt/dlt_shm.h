/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: shared-memory transport declarations (present for source compatibility). Written for libdlt-ng; declarations follow the COVESA DLT 2.18.8 ABI. */

/*
 * The shared memory transport (DLT_SHM_ENABLE) is not part of the Debian
 * build of DLT 2.18.8 and libdlt-ng does not implement it: the functions
 * declared here are NOT exported by the library.  The header exists because
 * dlt_user.h includes it and because DltShm appears in DltUser when an
 * includer defines DLT_SHM_ENABLE.
 */

#ifndef DLT_SHM_H
#define DLT_SHM_H

#include <semaphore.h>
#include "dlt_common.h"

/* default size of the shared memory area */
#define DLT_SHM_SIZE 100000

typedef struct
{
    int shmfd;          /* descriptor of the shared memory object */
    sem_t *sem;         /* guards the ring buffer */
    DltBuffer buffer;
} DltShm;

typedef struct
{
    char head[4];
    unsigned char status;
    int size;
} DltShmBlockHead;

#define DLT_SHM_SEM_GET(id) sem_wait(id)
#define DLT_SHM_SEM_FREE(id) sem_post(id)

#ifdef __cplusplus
extern "C" {
#endif

extern DltReturnValue dlt_shm_init_client(DltShm *buf, const char *name);
extern DltReturnValue dlt_shm_init_server(DltShm *buf, const char *name, int size);
extern int dlt_shm_push(DltShm *buf,
                        const unsigned char *data1, unsigned int size1,
                        const unsigned char *data2, unsigned int size2,
                        const unsigned char *data3, unsigned int size3);
extern int dlt_shm_pull(DltShm *buf, unsigned char *data, int size);
extern int dlt_shm_copy(DltShm *buf, unsigned char *data, int size);
extern int dlt_shm_remove(DltShm *buf);
extern void dlt_shm_info(DltShm *buf);
extern void dlt_shm_status(DltShm *buf);
extern DltReturnValue dlt_shm_free_client(DltShm *buf);
extern int dlt_shm_get_total_size(DltShm *buf);
extern int dlt_shm_get_used_size(DltShm *buf);
extern int dlt_shm_get_message_count(DltShm *buf);
extern int dlt_shm_reset(DltShm *buf);
extern int dlt_shm_recover(DltShm *buf);
extern DltReturnValue dlt_shm_free_server(DltShm *buf, const char *name);

#ifdef __cplusplus
}
#endif

#endif /* DLT_SHM_H */
