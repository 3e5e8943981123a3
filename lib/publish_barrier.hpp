/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the asymmetric barrier between producers that publish records
 * and the worker that goes to sleep.
 *
 * The worker may sleep only if no record is published, and a producer must
 * wake it if it sleeps: a Dekker pair (producer: publish, then read the
 * sleeping flag; worker: set the flag, then look for records).  Each side
 * needs a full barrier between its store and its load.  The worker sleeps
 * rarely, producers publish all the time, so the cost goes to the worker:
 * membarrier(MEMBARRIER_CMD_PRIVATE_EXPEDITED) runs a full barrier on every
 * CPU that runs a thread of this process, and a thread that is not running
 * passes one when it is switched back in.  With it, a producer only needs
 * to keep the compiler from reordering (PublishBarrier::light).  Where the
 * kernel has no membarrier (before 4.14, seccomp, valgrind) producers fence
 * for real.  Upstream liburcu's "memb" flavour is built on the same idea.
 * The ring owns the process's barrier: its flag is read by every publish,
 * so it sits on the ring's read-mostly line. */
#ifndef DLTNG_PUBLISH_BARRIER_HPP
#define DLTNG_PUBLISH_BARRIER_HPP

#include <atomic>

namespace dltng {

class PublishBarrier {
public:
    /* Producer side, between publishing a record and reading the worker's
     * sleeping flag. */
    void light() const noexcept
    {
        if (__builtin_expect(light_.load(std::memory_order_relaxed), 1))
            std::atomic_signal_fence(std::memory_order_seq_cst);
        else
            std::atomic_thread_fence(std::memory_order_seq_cst);
    }

    /* Worker side, at start (again in a fork child): ask the kernel for
     * the expedited barrier; producers go light if it is granted. */
    void setup() noexcept;

    /* Worker side, between setting its sleeping flag and looking for
     * records.  False if the process-wide barrier failed (never seen; the
     * worker then bounds its sleep, and producers fence from now on). */
    bool heavy() noexcept;

    /* Do producers skip the fence? */
    bool light_in_use() const noexcept { return light_.load(std::memory_order_relaxed); }

private:
    /* True once the worker's side uses membarrier: producers may skip the
     * fence.  relaxed everywhere: a producer that sees a stale false
     * fences needlessly; it turns true only after the registration
     * succeeded. */
    std::atomic<bool> light_{false};
};

} // namespace dltng

#endif
