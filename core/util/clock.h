// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QDateTime>

#include <chrono>
#include <functional>
#include <memory>

namespace ewb {

// A call a Clock makes later. Destroying the handle cancels the call, so an owner that goes away
// takes its pending calls with it; after the call has run the handle is inert.
class ScheduledCall
{
public:
    virtual ~ScheduledCall() = default;
};

// Time as core code sees it, so that tests can replace it (KeePassXC's Clock and MockClock): what
// waits (retry backoff, Retry-After, deadlines, and later rate limits) asks a Clock instead of
// QDateTime, QElapsedTimer and QTimer, and a test drives a manual clock (tests/support/manualclock.h)
// instead of waiting in real time. A clock is passed in like the network manager; Clock::system()
// is the real one. Network I/O is not the clock's: sockets stay real.
//
// Not thread-safe: use a clock from the thread that schedules on it.
class Clock
{
public:
    virtual ~Clock() = default;

    // Wall time in UTC: for timestamps and HTTP dates. It may jump when the system time is set, so
    // never measure durations with it.
    virtual QDateTime nowUtc() const = 0;
    // Monotonic time since an arbitrary origin: only differences mean anything. Durations, deadlines
    // and token buckets use this.
    virtual std::chrono::milliseconds monotonicNow() const = 0;
    // Runs callback once, from the event loop of the calling thread, when delay has passed (zero or
    // less: as soon as possible, never inside this call). The call is cancelled when the returned
    // handle is destroyed; the clock must outlive it (the system clock lives as long as the program).
    [[nodiscard]] virtual std::unique_ptr<ScheduledCall> callAfter(
        std::chrono::milliseconds delay, std::function<void()> callback) = 0;

    // The real clock: QDateTime, QElapsedTimer and precise QTimers.
    static Clock &system();
};

} // namespace ewb
