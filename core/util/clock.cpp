// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "clock.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace ewb {

namespace {

class TimerCall final : public ScheduledCall
{
public:
    TimerCall(std::chrono::milliseconds delay, std::function<void()> callback)
    {
        m_timer.setSingleShot(true);
        // Coarse timers may fire up to 5% early; a Retry-After must never be cut short.
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, std::move(callback));
        m_timer.start(int(std::clamp<qint64>(delay.count(), 0, std::numeric_limits<int>::max())));
    }

private:
    QTimer m_timer;
};

class SystemClock final : public Clock
{
public:
    SystemClock() { m_elapsed.start(); }

    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    std::chrono::milliseconds monotonicNow() const override
    {
        return std::chrono::milliseconds(m_elapsed.elapsed());
    }
    std::unique_ptr<ScheduledCall> callAfter(
        std::chrono::milliseconds delay, std::function<void()> callback) override
    {
        return std::make_unique<TimerCall>(delay, std::move(callback));
    }

private:
    QElapsedTimer m_elapsed;
};

} // namespace

Clock &Clock::system()
{
    static SystemClock clock; // holds nothing to tear down, so late users at exit are safe
    return clock;
}

} // namespace ewb
