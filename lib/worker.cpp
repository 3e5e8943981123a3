/* SPDX-License-Identifier: MPL-2.0 */
/* libdlt-ng: the worker thread (see worker.hpp). */
#include "lib/worker.hpp"

#include "lib/publish_barrier.hpp"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "lib/clock.hpp"
#include "lib/diag.hpp"
#include "lib/ipc.hpp"
#include "lib/message.hpp"
#include "lib/runtime.hpp"
#include "lib/tsc.hpp"
#include "lib/wire.hpp"

namespace dltng {
namespace {

constexpr int kMaxConnectBackoffMs = 500;
constexpr int kFirstConnectBackoffMs = 10;
/* How long an incomplete daemon message may wait for the rest of its bytes
 * (only messages larger than one atomic write can legitimately arrive in
 * pieces, and the daemon writes them in one call). */
constexpr std::int64_t kRxStallMs = 500;

/* Generations wrap; compare them as a sliding window. */
bool gen_after(std::uint32_t a, std::uint32_t b) noexcept
{
    return static_cast<std::int32_t>(a - b) > 0;
}

} // namespace

bool Worker::start(Runtime &rt) noexcept
{
    rt_ = &rt;
    if (event_fd_ < 0) {
        event_fd_ = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
        if (event_fd_ < 0)
            return false;
    }
    stop_.store(false, std::memory_order_relaxed);
    rest_.store(kAwake, std::memory_order_relaxed);
    lost_.store(false, std::memory_order_relaxed);
    daemon_fd_ = -1;
    next_connect_ms_ = 0;
    connect_backoff_ms_ = 0;
    app_announced_ = false;
    unregistrations_pending_ = false;
    batch_len_ = 0;
    rx_len_ = 0;
    rx_head_since_ms_ = -1;
    synced_generation_ = rt.registry.generation() - 1; /* force a first sync */
    announced_generation_.store(synced_generation_, std::memory_order_relaxed);
    written_pos_.store(rt.ring.dequeue_position(), std::memory_order_relaxed);
    batch_end_pos_ = rt.ring.dequeue_position();
    overflow_reported_ = rt.overflow_count.load(std::memory_order_relaxed);
    rt.ring.publish_barrier().setup();
    bounded_sleep_ = false;

    /* The thread must never take the app's signals (nor SIGPIPE). */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 256 * 1024);
    const int rc = pthread_create(&thread_, &attr, thread_main, this);
    pthread_attr_destroy(&attr);
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
    /* release: pairs with flush()'s acquire; the thread and its state exist. */
    started_.store(rc == 0, std::memory_order_release);
    return rc == 0;
}

void Worker::stop() noexcept
{
    if (!started_.load(std::memory_order_relaxed)) /* under lifecycle_mutex */
        return;
    /* release: the worker that sees stop_ also sees what the caller did. */
    stop_.store(true, std::memory_order_release);
    wake();
    pthread_join(thread_, nullptr);
    started_.store(false, std::memory_order_release);
}

void Worker::forget_after_fork() noexcept
{
    inherited_fds_[0] = event_fd_;
    inherited_fds_[1] = started_.load(std::memory_order_relaxed) && !file_mode_ ? daemon_fd_ : -1;
    event_fd_ = -1;
    daemon_fd_ = -1;
    started_.store(false, std::memory_order_relaxed);
    self_.store(pthread_t{}, std::memory_order_relaxed);
    /* The worker may have held these at the fork; nobody does here. */
    static const pthread_mutex_t fresh_mutex = PTHREAD_MUTEX_INITIALIZER;
    static const pthread_cond_t fresh_cond = PTHREAD_COND_INITIALIZER;
    std::memcpy(static_cast<void *>(&progress_mutex_), &fresh_mutex, sizeof progress_mutex_);
    std::memcpy(static_cast<void *>(&progress_cond_), &fresh_cond, sizeof progress_cond_);
}

void Worker::close_inherited() noexcept
{
    for (int &fd : inherited_fds_) {
        if (fd >= 0)
            close(fd);
        fd = -1;
    }
}

void Worker::wake() noexcept
{
    rest_.store(kAwake, std::memory_order_relaxed);
    kick();
}

void Worker::kick() noexcept
{
    const std::uint64_t one = 1;
    ssize_t n;
    do
        n = write(event_fd_, &one, sizeof one);
    while (n < 0 && errno == EINTR);
}

void *Worker::thread_main(void *self) noexcept
{
    prctl(PR_SET_NAME, "dlt-ng-worker", 0, 0, 0);
    Worker *w = static_cast<Worker *>(self);
    w->self_.store(pthread_self(), std::memory_order_seq_cst);
    w->run();
    w->self_.store(pthread_t{}, std::memory_order_seq_cst);
    return nullptr;
}

void Worker::run() noexcept
{
    for (;;) {
        /* acquire: pairs with stop()'s release. */
        const bool stopping = stop_.load(std::memory_order_acquire);
        /* Overflow modes: switch the ring's regime, wake blocked producers. */
        rt_->ring.consumer_tick();
        if (daemon_fd_ < 0)
            try_connect();
        if (daemon_fd_ >= 0) {
            sync();
            report_overflow();
            drain();
            if (unregistrations_pending_) {
                sync(); /* tickets the drain has just passed */
                flush_batch();
            }
        }
        read_daemon();
        publish_progress();
        if (stopping)
            break;
        sleep();
    }
    if (daemon_fd_ >= 0 && !file_mode_) /* the file belongs to the runtime */
        close(daemon_fd_);
    daemon_fd_ = -1;
}

void Worker::wake_from_rest() noexcept
{
    /* relaxed: see notify(); the exchange makes one producer of a burst
     * pay the syscall. */
    if (rest_.exchange(kAwake, std::memory_order_relaxed) != kAwake)
        kick();
}

bool Worker::announce_rest(std::uint8_t rest) noexcept
{
    /* seq_cst, then the heavy barrier: Dekker pair with a producer's
     * publish + notify() (publish_barrier.hpp): either we see the new
     * record below or the producer sees the rest state. */
    rest_.store(rest, std::memory_order_seq_cst);
    if (!rt_->ring.publish_barrier().heavy())
        bounded_sleep_ = true;
    return !rt_->ring.head_ready_seq_cst();
}

void Worker::sleep() noexcept
{
    /* Ask producers to wake us only if a record would give us work: with no
     * daemon or no registered app, messages wait in the ring and logging
     * threads must not pay a wake-up each (registration wakes us itself,
     * reconnection is timed). */
    const bool can_send = daemon_fd_ >= 0 && app_announced_;

    /* A stream is flowing (this round moved records, or did not long ago):
     * nap a little without asking for a wake-up.  Records pile up in the
     * ring meanwhile and go out as full writes instead of one write per
     * few records, the daemon wakes once per batch, and producers skip
     * the eventfd write.  The nap adapts to the stream so that a round
     * moves one to two batches (PIPE_BUF bytes each): shorter when rounds
     * move more, longer (up to kMaxNapNs) when they move less. */
    const std::uint64_t moved = drained_bytes_ - bytes_at_sleep_;
    bytes_at_sleep_ = drained_bytes_;
    if (moved != 0) {
        idle_ns_ = 0;
        if (moved > 2 * sizeof batch_ && nap_ns_ > kMinNapNs)
            nap_ns_ /= 2;
        else if (moved < sizeof batch_ && nap_ns_ < kMaxNapNs)
            nap_ns_ *= 2;
    }
    const bool stopping = stop_.load(std::memory_order_acquire);
    const long doze_ns = static_cast<long>(rt_->config.delivery_delay_ms) * 1000000L;
    if (can_send && idle_ns_ < kIdleNs && !stopping) {
        if (rest_.load(std::memory_order_relaxed) != kAwake)
            rest_.store(kAwake, std::memory_order_relaxed); /* a stream again */
        idle_ns_ += nap_ns_;
        const timespec nap{0, nap_ns_};
        wait_events(&nap);
    } else if (can_send && doze_ns > 0 && idle_ns_ < kIdleNs + kDozeWindowNs && !stopping) {
        /* The stream stopped kIdleNs ago: doze, a timed sleep of the
         * delivery delay that producers cut short only for urgent records
         * (notify_resting).  An app that logs every few milliseconds to
         * every second then never pays the wake-up (an eventfd write that
         * rouses a sleeping CPU: 10-15 us on a VM); its messages wait at
         * most the delay.  After kDozeWindowNs without a record, sleep
         * for real below.  Staying in the state needs no new barrier: only
         * entering it does. */
        idle_ns_ += doze_ns;
        if (rest_.load(std::memory_order_relaxed) == kDozing || announce_rest(kDozing)) {
            const timespec doze{doze_ns / 1000000000L, doze_ns % 1000000000L};
            wait_events(&doze);
        }
    } else {
        bool work = stopping || (daemon_fd_ >= 0 && rt_->registry.generation() != synced_generation_);
        if (can_send)
            work = !announce_rest(kAsleep) || work;
        else
            rest_.store(kAwake, std::memory_order_relaxed); /* records wait: no wake-ups */
        if (!work) {
            std::int64_t deadline = -1;
            if (daemon_fd_ < 0)
                deadline = next_connect_ms_;
            if (bounded_sleep_) { /* see PublishBarrier::heavy() */
                const std::int64_t cap = monotonic_ms() + kBoundedSleepMs;
                if (deadline < 0 || cap < deadline)
                    deadline = cap;
            }
            if (rx_head_since_ms_ >= 0) { /* an incomplete daemon message may stall */
                const std::int64_t stall = rx_head_since_ms_ + kRxStallMs;
                if (deadline < 0 || stall < deadline)
                    deadline = stall;
            }
            timespec until;
            const timespec *timeout = nullptr;
            if (deadline >= 0) {
                std::int64_t wait = deadline - monotonic_ms();
                if (wait < 0)
                    wait = 0;
                until = {static_cast<time_t>(wait / 1000), static_cast<long>(wait % 1000) * 1000000L};
                timeout = &until;
            }
            wait_events(timeout);
        } else {
            drain_eventfd(); /* a kick may be pending */
        }
        rest_.store(kAwake, std::memory_order_relaxed);
    }
    /* Awake again: a fresh anchor for the producers' TSC timestamps. */
    rt_->tsc.refresh();
}

void Worker::wait_events(const timespec *timeout) noexcept
{
    pollfd fds[2];
    nfds_t n = 0;
    fds[n++] = {event_fd_, POLLIN, 0};
    if (rt_->app_fd >= 0 && !rt_->config.ignore_daemon_messages)
        fds[n++] = {rt_->app_fd, POLLIN, 0};
    if (ppoll(fds, n, timeout, nullptr) > 0 && (fds[0].revents & POLLIN))
        drain_eventfd();
}

void Worker::drain_eventfd() noexcept
{
    /* One read resets the counter (not a semaphore eventfd). */
    std::uint64_t drained;
    ssize_t n;
    do
        n = read(event_fd_, &drained, sizeof drained);
    while (n < 0 && errno == EINTR);
}

void Worker::try_connect() noexcept
{
    if (rt_->file_fd >= 0) {
        /* File mode: the file is our "daemon"; nothing is announced. */
        daemon_fd_ = rt_->file_fd;
        file_mode_ = true;
        return;
    }
    file_mode_ = false;
    const std::int64_t now = monotonic_ms();
    if (now < next_connect_ms_)
        return;
    const int fd = open_daemon_fifo(rt_->config.pipe_dir);
    if (fd < 0) {
        if (connect_backoff_ms_ == 0)
            diag(DiagLevel::kInfo, "FIFO %s/dlt cannot be opened. Retrying later...",
                 rt_->config.pipe_dir);
        connect_backoff_ms_ = connect_backoff_ms_ == 0 ? kFirstConnectBackoffMs
                                                      : connect_backoff_ms_ * 2;
        if (connect_backoff_ms_ > kMaxConnectBackoffMs)
            connect_backoff_ms_ = kMaxConnectBackoffMs;
        next_connect_ms_ = now + connect_backoff_ms_;
        return;
    }
    if (connect_backoff_ms_ != 0)
        diag(DiagLevel::kNotice, "Logging (re-)enabled!");
    daemon_fd_ = fd;
    lost_.store(false, std::memory_order_relaxed);
    connect_backoff_ms_ = 0;
    app_announced_ = false;
    Registry &reg = rt_->registry;
    reg.lock();
    reg.mark_all_unsent(); /* a new daemon knows nothing of us */
    reg.unlock();
    synced_generation_ = reg.generation() - 1;
}

void Worker::disconnect() noexcept
{
    if (file_mode_) {
        /* A write error on the file (disk full, ...): what is queued stays
         * queued; retry later. */
        daemon_fd_ = -1;
        next_connect_ms_ = monotonic_ms() + kMaxConnectBackoffMs;
        diag(DiagLevel::kWarning, "cannot write the log file: %m");
        return;
    }
    close(daemon_fd_);
    daemon_fd_ = -1;
    lost_.store(true, std::memory_order_relaxed);
    app_announced_ = false;
    connect_backoff_ms_ = kFirstConnectBackoffMs;
    next_connect_ms_ = monotonic_ms();
    diag(DiagLevel::kWarning, "connection to the daemon lost; reconnecting");
}

void Worker::sync() noexcept
{
    /* Announcements go through the batch, so they keep their order with the
     * records around them.  They are composed under the registry lock, but
     * the lock is never held while waiting for the daemon: when the batch is
     * full we unlock, flush, and carry on where we stopped (what was staged
     * is already marked sent). */
    while (sync_step()) {
        if (!flush_batch())
            return; /* disconnected: everything is re-announced later */
    }
}

bool Worker::stage(const unsigned char *msg, std::size_t len) noexcept
{
    if (batch_len_ + len > sizeof batch_)
        return false;
    std::memcpy(batch_ + batch_len_, msg, len);
    batch_len_ += len;
    return true;
}

bool Worker::sync_step() noexcept
{
    Registry &reg = rt_->registry;
    const std::uint32_t gen = reg.generation();
    if (file_mode_) {
        /* A file holds log messages only, written as soon as they come. */
        reg.lock();
        std::memcpy(announced_apid_, reg.app().apid, 4);
        reg.unlock();
        app_announced_ = true;
        unregistrations_pending_ = false;
        synced_generation_ = gen;
        return false;
    }
    if (gen == synced_generation_ && app_announced_ && !unregistrations_pending_)
        return false;

    const std::int32_t pid = rt_->pid.load(std::memory_order_relaxed);
    const std::uint64_t consumed = rt_->ring.dequeue_position();
    unsigned char msg[kControlMessageMax];
    bool pending = false;
    bool full = false;

    reg.lock();
    AppState &app = reg.app();
    if (app.registered && !app.sent) {
        full = !stage(msg, compose_register_app(msg, app.apid, pid, app.description));
        app.sent = !full;
    }
    app_announced_ = app.registered && app.sent && daemon_fd_ >= 0;
    if (app_announced_)
        std::memcpy(announced_apid_, app.apid, 4);
    const std::int32_t n = reg.count();
    for (std::int32_t i = 0; i < n && app_announced_ && !full; ++i) {
        ContextEntry *e = reg.at(i);
        if (e && e->state == EntryState::kLive && !e->sent) {
            full = !stage(msg, compose_register_context(msg, app.apid, e->ctid, i,
                                                        e->announced_level, e->announced_status,
                                                        pid, e->description));
            e->sent = !full;
        }
    }
    for (std::int32_t i = 0; i < n && !full; ++i) {
        ContextEntry *e = reg.at(i);
        if (!e || e->state != EntryState::kUnregistering)
            continue;
        if (e->unregister_ticket > consumed) {
            pending = true; /* its earlier records are still in the ring */
            continue;
        }
        if (e->sent && !e->inherited && app_announced_ &&
            !stage(msg, compose_unregister_context(msg, app.apid, e->ctid, pid))) {
            full = true;
            break;
        }
        e->state = EntryState::kGone;
    }
    if (app.unregistering && !full) {
        if (pending || app.unregister_ticket > consumed) {
            pending = true;
        } else if (!(app.sent && app_announced_) || app.inherited ||
                   stage(msg, compose_unregister_app(msg, app.apid, pid))) {
            std::free(app.description);
            app = AppState{};
            app_announced_ = false;
        } else {
            full = true;
        }
    }
    reg.unlock();
    unregistrations_pending_ = pending || full;
    if (!full)
        synced_generation_ = gen;
    return full;
}

void Worker::report_overflow() noexcept
{
    const std::uint64_t total = rt_->overflow_count.load(std::memory_order_relaxed);
    if (total == overflow_reported_ || !app_announced_ || file_mode_)
        return;
    const std::uint32_t apid_word = rt_->apid.load(std::memory_order_relaxed);
    char apid[4];
    std::memcpy(apid, &apid_word, 4);
    unsigned char msg[kControlMessageMax];
    const auto delta = static_cast<std::uint32_t>(total - overflow_reported_);
    if (emit(msg, compose_overflow(msg, delta, apid))) {
        diag(DiagLevel::kWarning, "%u messages discarded!", delta);
        overflow_reported_ = total;
    }
}

void Worker::drain() noexcept
{
    Ring &ring = rt_->ring;
    std::uint32_t len, tag, ctx, stamp_hi;
    while (app_announced_ && ring.peek(&len, &tag, &ctx, &stamp_hi)) {
        if (gen_after(tag, synced_generation_)) {
            /* Logged after a registration we have not announced yet. */
            sync();
            if (!app_announced_)
                break;
        }
        if (file_mode_) {
            if (!drain_to_file(len, ctx, stamp_hi))
                return;
            continue;
        }
        len += stored_offset(ctx); /* the record as it goes out */
        unsigned char *dst;
        const bool large = len > sizeof batch_;
        if (large) {
            if (!flush_batch())
                return;
            unsigned char *grown = static_cast<unsigned char *>(std::realloc(large_, len));
            if (!grown)
                return; /* try again later */
            large_ = dst = grown;
        } else {
            if (batch_len_ + len > sizeof batch_ && !flush_batch())
                return;
            dst = batch_ + batch_len_;
        }
        if (!pop_record(dst, ctx))
            continue; /* evicted since peek (overwrite_oldest; counted there) */
        finish_record(dst, len, ctx, stamp_hi);
        sent_.fetch_add(1, std::memory_order_relaxed);
        drained_bytes_ += len;
        batch_end_pos_ = ring.dequeue_position();
        if (large) {
            if (!write_large(dst, len))
                return;
        } else {
            batch_len_ += len;
        }
    }
    flush_batch();
}

bool Worker::pop_record(unsigned char *dst, std::uint32_t ctx) noexcept
{
    /* A context's LOG message was stored without its user header (see
     * stored_without_user_header): put it back in front. */
    if (stored_without_user_header(ctx)) {
        write_log_user_header(dst);
        dst += kStrippedUserHeader;
    }
    return rt_->ring.pop(dst);
}

void Worker::finish_record(unsigned char *msg, std::size_t len, std::uint32_t ctx,
                           std::uint32_t stamp_hi) noexcept
{
    /* A raw TSC timestamp (tsc.hpp): convert it now. */
    if (stamp_hi != 0) {
        if (unsigned char *field = log_timestamp_field(msg, len))
            wire::store_be32(field, rt_->tsc.convert({wire::load_be32(field), stamp_hi}));
    }
    /* The message counter is per context and assigned here, in wire order:
     * exact and gapless even when many threads share one DltContext. */
    if (ContextEntry *e = rt_->registry.at(static_cast<std::int32_t>(ctx)))
        set_log_counter(msg, len, e->next_mcnt++);
    /* Records logged before the app registered carry an empty apid. */
    if (unsigned char *apid = log_apid_field(msg, len)) {
        static const char zero[4] = {};
        if (std::memcmp(apid, zero, 4) == 0)
            std::memcpy(apid, announced_apid_, 4);
    }
}

bool Worker::drain_to_file(std::uint32_t len, std::uint32_t ctx, std::uint32_t stamp_hi) noexcept
{
    /* Each LOG record becomes storage header + DLT message (the user
     * header is FIFO framing only); anything else is for a daemon. */
    len += stored_offset(ctx); /* the record with its user header */
    unsigned char *grown = static_cast<unsigned char *>(std::realloc(large_, len + 16));
    if (!grown)
        return false;
    large_ = grown;
    unsigned char *msg = large_ + 16 - sizeof(wire::UserHeader);
    Ring &ring = rt_->ring;
    if (!pop_record(msg, ctx))
        return true; /* evicted since peek: next record */
    batch_end_pos_ = ring.dequeue_position();
    if (!is_log_message(msg, len))
        return true;
    finish_record(msg, len, ctx, stamp_hi);
    write_storage_header(large_, kDefaultEcu);
    sent_.fetch_add(1, std::memory_order_relaxed);
    const std::size_t total = len - sizeof(wire::UserHeader) + 16;
    if (total > sizeof batch_) {
        return flush_batch() && write_large(large_, total);
    }
    return emit(large_, total);
}

bool Worker::emit(const void *data, std::size_t len) noexcept
{
    if (batch_len_ + len > sizeof batch_ && !flush_batch())
        return false;
    std::memcpy(batch_ + batch_len_, data, len);
    batch_len_ += len;
    return true;
}

bool Worker::flush_batch() noexcept
{
    while (batch_len_ > 0) {
        if (daemon_fd_ < 0)
            return false;
        const int rc = write_atomic(daemon_fd_, batch_, batch_len_);
        if (rc == 0) {
            batch_len_ = 0;
            written_pos_.store(batch_end_pos_, std::memory_order_release);
            break;
        }
        if (rc == -EAGAIN) {
            if (!wait_writable())
                return false;
            continue;
        }
        disconnect();
        return false;
    }
    return true;
}

bool Worker::write_large(const unsigned char *data, std::size_t len) noexcept
{
    /* Bigger than PIPE_BUF: the kernel may split it.  Write it out in full
     * (other apps' messages may interleave: keep DLT_LOG_MSG_BUF_LEN small
     * when several apps share a daemon). */
    std::size_t done = 0;
    while (done < len) {
        const ssize_t n = write(daemon_fd_, data + done, len - done);
        if (n > 0) {
            done += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN) {
            if (!wait_writable())
                return false;
            continue;
        }
        disconnect();
        return false;
    }
    written_pos_.store(batch_end_pos_, std::memory_order_release);
    return true;
}

bool Worker::wait_writable() noexcept
{
    for (;;) {
        pollfd fds[2] = {{daemon_fd_, POLLOUT, 0}, {event_fd_, POLLIN, 0}};
        if (poll(fds, 2, 1000) < 0 && errno != EINTR)
            return false;
        if (fds[0].revents & (POLLERR | POLLHUP | POLLNVAL)) {
            disconnect();
            return false;
        }
        if (fds[0].revents & POLLOUT) {
            /* The records logged while we waited convert from an anchor
             * near them (tsc.hpp). */
            rt_->tsc.refresh();
            return true;
        }
        if (fds[1].revents & POLLIN) {
            std::uint64_t drained;
            while (read(event_fd_, &drained, sizeof drained) > 0) {
            }
        }
        /* Stopping: the caller's flush deadline has passed; give up. */
        if (stop_.load(std::memory_order_acquire))
            return false;
    }
}

void Worker::read_daemon() noexcept
{
    const int fd = rt_->app_fd;
    if (fd < 0 || rt_->config.ignore_daemon_messages)
        return;
    const std::uint64_t rejected_before = control_stats_.rejected;
    bool head_changed = false;
    for (;;) {
        const ssize_t n = read(fd, rx_ + rx_len_, sizeof rx_ - rx_len_);
        if (n < 0 && errno == EINTR)
            continue;
        /* O_RDWR: never EOF, so n <= 0 means the FIFO is empty (EAGAIN). */
        const bool drained = n <= 0;
        if (!drained)
            rx_len_ += static_cast<std::size_t>(n);
        ParseEnd end = drained ? ParseEnd::kDrained : ParseEnd::kWait;
        if (drained && rx_len_ > 0 && rx_head_since_ms_ >= 0 &&
            monotonic_ms() - rx_head_since_ms_ >= kRxStallMs)
            end = ParseEnd::kFlush; /* it has waited long enough: resync */
        const std::size_t used = parse_control(rx_, rx_len_, on_control, this, control_stats_, end);
        if (used == 0 && rx_len_ == sizeof rx_) {
            ++control_stats_.rejected; /* a "message" larger than we accept */
            rx_len_ = 0;
            head_changed = true;
            continue;
        }
        if (used > 0) {
            std::memmove(rx_, rx_ + used, rx_len_ - used);
            rx_len_ -= used;
            head_changed = true;
        }
        if (drained)
            break;
    }
    /* A message that stays incomplete is timed from when it became the
     * head of the buffer; more bytes arriving do not restart its clock (a
     * forged length must not swallow the real messages behind it). */
    if (rx_len_ == 0)
        rx_head_since_ms_ = -1;
    else if (head_changed || rx_head_since_ms_ < 0)
        rx_head_since_ms_ = monotonic_ms();
    const std::uint64_t rejected = control_stats_.rejected;
    if (rejected != rejected_before) {
        /* Warn on the first rejection and then at every power of two. */
        for (std::uint64_t r = rejected_before + 1; r <= rejected; ++r) {
            if ((r & (r - 1)) == 0) {
                diag(DiagLevel::kWarning, "%llu malformed or unknown daemon messages rejected",
                     static_cast<unsigned long long>(rejected));
                break;
            }
        }
    }
    rejected_.store(rejected, std::memory_order_relaxed);
}

void Worker::on_control(const ControlEvent &ev, void *self) noexcept
{
    Worker *w = static_cast<Worker *>(self);
    Runtime &rt = *w->rt_;
    switch (ev.kind) {
    case ControlEvent::kLogState:
        /* 0 no client, 1 client connected; anything else is not the daemon. */
        if (ev.log_state == 0 || ev.log_state == 1)
            rt.log_state.store(ev.log_state, std::memory_order_relaxed);
        else
            ++w->control_stats_.rejected;
        break;
    case ControlEvent::kLogLevel: {
        /* The lock orders us with (un)registration and callback changes;
         * the callback itself runs after it is released. */
        rt.registry.lock();
        ContextEntry *e = rt.registry.at(ev.pos);
        const bool valid = e && ev.log_level <= 6 && ev.trace_status <= 1;
        const bool live = valid && e->state == EntryState::kLive;
        LogLevelChangedFn cb = nullptr;
        char ctid[4];
        if (live) {
            store_level(e->level_cell(), static_cast<std::int8_t>(ev.log_level));
            store_level(e->status_cell(), static_cast<std::int8_t>(ev.trace_status));
            cb = e->level_changed;
            std::memcpy(ctid, e->ctid, 4);
        }
        rt.registry.unlock();
        if (!valid)
            ++w->control_stats_.rejected; /* a position never given out, or no level */
        else if (!live)
            ++w->control_stats_.ignored; /* crossed our unregistration */
        else if (cb)
            cb(ctid, ev.log_level, ev.trace_status);
        break;
    }
    case ControlEvent::kInjection: {
        /* As upstream: an injection without data reaches no callback. */
        if (ev.data_len == 0)
            break;
        InjectionCallback cb;
        rt.registry.lock();
        const bool known = rt.registry.at(ev.pos) != nullptr;
        const bool found = known && rt.registry.find_injection(ev.pos, ev.service_id, cb);
        rt.registry.unlock();
        if (!known) {
            ++w->control_stats_.rejected; /* a position we never gave out */
            break;
        }
        if (!found) {
            /* A context unregistered since, or a service id nobody
             * registered (a viewer may send any): dropped silently. */
            ++w->control_stats_.ignored;
            break;
        }
        /* The callback runs on this thread, outside every lock. */
        void *data = const_cast<unsigned char *>(ev.data);
        if (cb.fn_with_id)
            cb.fn_with_id(ev.service_id, data, ev.data_len, cb.priv);
        else if (cb.fn)
            cb.fn(ev.service_id, data, ev.data_len);
        break;
    }
    }
}

void Worker::publish_progress() noexcept
{
    /* Nothing can be announced without a daemon, and a new daemon gets
     * everything re-announced anyway: only records count then. */
    if (daemon_fd_ < 0 || (batch_len_ == 0 && !unregistrations_pending_))
        announced_generation_.store(daemon_fd_ < 0 ? rt_->registry.generation()
                                                   : synced_generation_,
                                    std::memory_order_release);
    if (batch_len_ == 0) /* everything popped so far has been written */
        written_pos_.store(rt_->ring.dequeue_position(), std::memory_order_release);
    pthread_mutex_lock(&progress_mutex_);
    pthread_cond_broadcast(&progress_cond_);
    pthread_mutex_unlock(&progress_mutex_);
}

bool Worker::flush(int timeout_ms) noexcept
{
    /* From a callback on the worker itself nothing can progress while we
     * wait: give up at once instead of stalling for the whole timeout. */
    if (!started_.load(std::memory_order_acquire) || is_worker_thread())
        return false;
    const std::uint64_t target_pos = rt_->ring.enqueue_position();
    const std::uint32_t target_gen = rt_->registry.generation();
    wake();
    std::uint64_t seen = written_pos_.load(std::memory_order_acquire);
    std::int64_t last_progress = monotonic_ms();
    pthread_mutex_lock(&progress_mutex_);
    for (;;) {
        const std::uint64_t pos = written_pos_.load(std::memory_order_acquire);
        const std::uint32_t gen = announced_generation_.load(std::memory_order_acquire);
        if (pos >= target_pos && !gen_after(target_gen, gen))
            break;
        const std::int64_t now = monotonic_ms();
        if (pos != seen) {
            seen = pos;
            last_progress = now;
        } else if (now - last_progress >= timeout_ms) {
            pthread_mutex_unlock(&progress_mutex_);
            return false;
        }
        timespec deadline;
        clock_gettime(CLOCK_REALTIME, &deadline);
        deadline.tv_nsec += 20 * 1000000;
        if (deadline.tv_nsec >= 1000000000) {
            deadline.tv_sec += 1;
            deadline.tv_nsec -= 1000000000;
        }
        pthread_cond_timedwait(&progress_cond_, &progress_mutex_, &deadline);
    }
    pthread_mutex_unlock(&progress_mutex_);
    return true;
}

} // namespace dltng
