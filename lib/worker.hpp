/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the one thread that talks to the daemon.
 *
 * It alone owns the daemon FIFO's file descriptor (so no other thread can
 * race a close/reopen: upstream #253), announces registrations, drains the
 * ring in batches of whole messages of at most PIPE_BUF bytes (each write is
 * atomic with respect to other apps writing the same FIFO), reads the
 * daemon's messages from our FIFO, and reconnects when the daemon comes and
 * goes.  Between rounds it naps while a stream flows, dozes (a timed sleep
 * that only urgent records cut short) for a while after the stream
 * stopped, and then sleeps in poll() until woken: producers wake it through
 * an eventfd only when it has said so, so a burst costs at most one
 * wake-up, and a thread that logs now and then costs none while the worker
 * dozes (see sleep()). */
#ifndef DLTNG_WORKER_HPP
#define DLTNG_WORKER_HPP

#include <atomic>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <pthread.h>

#include "lib/control_parser.hpp"

namespace dltng {

struct Runtime;

class Worker {
public:
    /* Start the thread (all signals blocked in it). */
    bool start(Runtime &rt) noexcept;
    /* Ask the thread to finish and join it. */
    void stop() noexcept;

    /* In a fork child, from the atfork handler (plain stores only): the
     * thread is gone; remember the parent's descriptors for
     * close_inherited() and make the progress lock usable again. */
    void forget_after_fork() noexcept;
    /* Close what forget_after_fork() remembered (before start() in the
     * child): a child worker must not share the parent's eventfd. */
    void close_inherited() noexcept;

    /* What the worker is doing between rounds, as producers see it. */
    enum Rest : std::uint8_t {
        kAwake = 0,   /* working or napping: records are picked up soon */
        kDozing = 1,  /* a timed sleep (delivery delay): wake only for urgent records */
        kAsleep = 2,  /* until woken: the first record wakes it */
    };
    /* Producer side, after a publish: wake the worker if it sleeps, or if
     * it dozes and the record is urgent (or the ring fills up). */
    inline void notify(bool urgent) noexcept; /* in runtime.hpp (needs the ring) */
    /* Wake unconditionally (registration changes, flush, stop). */
    void wake() noexcept;

    /* Wait until every record claimed and every registration made before
     * the call has been written to the daemon.  Gives up after timeout_ms
     * without progress.  Returns true if everything went out. */
    bool flush(int timeout_ms) noexcept;

    /* Has a daemon that was taking messages gone away (and not come back)?
     * What upstream's AUTOMATIC local print reacts to: a failing send. */
    bool connection_lost() const noexcept { return lost_.load(std::memory_order_relaxed); }

    /* True on the worker thread itself (callbacks run there). */
    bool is_worker_thread() const noexcept
    {
        /* seq_cst: off the hot path; a thread that reuses an exited
         * worker's id must see the id cleared (run() clears it at its end). */
        const pthread_t self = self_.load(std::memory_order_seq_cst);
        return self != pthread_t{} && pthread_equal(pthread_self(), self);
    }

    /* Records handed to the daemon, and daemon messages rejected. */
    std::uint64_t messages_sent() const noexcept { return sent_.load(std::memory_order_relaxed); }
    std::uint64_t control_rejected() const noexcept
    {
        return rejected_.load(std::memory_order_relaxed);
    }

private:
    static void *thread_main(void *self) noexcept;
    void kick() noexcept;
    void wake_from_rest() noexcept;
    /* Enter rest state (kDozing or kAsleep) as the Dekker side of the
     * pair with notify(); false if a record is already there. */
    bool announce_rest(std::uint8_t rest) noexcept;
    void run() noexcept;
    void sleep() noexcept;
    void wait_events(const struct timespec *timeout) noexcept;
    void drain_eventfd() noexcept;
    void try_connect() noexcept;
    void disconnect() noexcept;
    void sync() noexcept;
    bool sync_step() noexcept;
    bool stage(const unsigned char *msg, std::size_t len) noexcept;
    void report_overflow() noexcept;
    void drain() noexcept;
    void finish_record(unsigned char *msg, std::size_t len, std::uint32_t ctx,
                       std::uint32_t stamp_hi) noexcept;
    bool drain_to_file(std::uint32_t len, std::uint32_t ctx, std::uint32_t stamp_hi) noexcept;
    bool emit(const void *data, std::size_t len) noexcept;
    bool flush_batch() noexcept;
    bool write_large(const unsigned char *data, std::size_t len) noexcept;
    bool wait_writable() noexcept;
    void read_daemon() noexcept;
    static void on_control(const struct ControlEvent &ev, void *self) noexcept;
    void publish_progress() noexcept;
    /* Pop the record peek() returned into dst, as it goes out (with its
     * user header); false if it was evicted meanwhile. */
    bool pop_record(unsigned char *dst, std::uint32_t ctx) noexcept;

    Runtime *rt_ = nullptr;
    pthread_t thread_{};
    /* Read by flush() and is_worker_thread() outside lifecycle_mutex;
     * relaxed elsewhere, acquire/release where noted. */
    std::atomic<bool> started_{false};
    std::atomic<pthread_t> self_{}; /* the worker thread, while it runs */
    int event_fd_ = -1;
    int inherited_fds_[2] = {-1, -1}; /* parent's eventfd and daemon fd, in a fork child */
    /* Read by every producer after each publish: on a line of its own,
     * away from the worker-thread state written every round. */
    alignas(64) std::atomic<std::uint8_t> rest_{kAwake}; /* a Rest */
    std::atomic<bool> stop_{false};
    std::atomic<bool> lost_{false}; /* see connection_lost() */

    /* Worker-thread state. */
    alignas(64) int daemon_fd_ = -1;
    bool bounded_sleep_ = false; /* the heavy publish barrier failed once */
    static constexpr std::int64_t kBoundedSleepMs = 10;
    std::int64_t next_connect_ms_ = 0;
    int connect_backoff_ms_ = 0;
    bool app_announced_ = false;
    bool file_mode_ = false;
    char announced_apid_[4] = {};
    std::uint32_t synced_generation_ = 0;
    bool unregistrations_pending_ = false;
    std::uint64_t overflow_reported_ = 0;
    /* Napping between rounds while a stream flows (see sleep()). */
    static constexpr long kMinNapNs = 125 * 1000;
    static constexpr long kMaxNapNs = 1000 * 1000;
    static constexpr long kIdleNs = 2 * 1000 * 1000;
    /* Dozing lasts this long after the last record, then sleep for real
     * (an idle process must not wake every few milliseconds forever). */
    static constexpr long kDozeWindowNs = 1000L * 1000 * 1000;
    long nap_ns_ = 500 * 1000;
    long idle_ns_ = 0;
    std::uint64_t drained_bytes_ = 0; /* LOG bytes moved to the daemon, ever */
    std::uint64_t bytes_at_sleep_ = 0;
    unsigned char batch_[PIPE_BUF];
    std::size_t batch_len_ = 0;
    std::uint64_t batch_end_pos_ = 0; /* ring position after the batch's last record */
    unsigned char *large_ = nullptr;  /* records bigger than a batch */
    /* Room for the largest injection we accept plus its headers. */
    unsigned char rx_[kMaxInjectionSize + 64];
    std::size_t rx_len_ = 0;
    std::int64_t rx_head_since_ms_ = -1; /* when the incomplete head of rx_ arrived */
    ControlStats control_stats_{};

    /* Progress, for flush(). */
    std::atomic<std::uint64_t> written_pos_{0};
    std::atomic<std::uint32_t> announced_generation_{0};
    std::atomic<std::uint64_t> sent_{0};
    std::atomic<std::uint64_t> rejected_{0};
    pthread_mutex_t progress_mutex_ = PTHREAD_MUTEX_INITIALIZER;
    pthread_cond_t progress_cond_ = PTHREAD_COND_INITIALIZER;
};

} // namespace dltng

#endif
