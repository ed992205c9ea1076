// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "util/clock.h"

#include <map>
#include <optional>

namespace ewb::test {

struct ManualClockState;

// A Clock that moves only when a test says so (KeePassXC's MockClock), so a 30 s Retry-After or a
// long backoff takes no real time: advance() runs the calls that fall due, in order. Wall time and
// monotonic time move together. Handles may outlive the clock (they then do nothing).
class ManualClock final : public Clock
{
public:
    // 2026-01-01T00:00:00Z unless told otherwise: a fixed start keeps HTTP dates reproducible.
    explicit ManualClock(QDateTime startUtc = defaultStart());
    ~ManualClock() override;

    QDateTime nowUtc() const override;
    std::chrono::milliseconds monotonicNow() const override;
    std::unique_ptr<ScheduledCall> callAfter(
        std::chrono::milliseconds delay, std::function<void()> callback) override;

    // Moves time forward by step, running every call that falls due on the way in the order of
    // their due times (and of scheduling, for equal ones), each with the clock showing its due time.
    // Calls those calls schedule run too when they fall due within the step. A call due now runs
    // even on advance(0).
    void advance(std::chrono::milliseconds step);
    // Moves to the earliest pending call and runs it (with any due at the same time); false when
    // nothing is pending.
    bool advanceToNext();

    int pendingCount() const;
    // How far ahead the earliest pending call is; nullopt when none is.
    std::optional<std::chrono::milliseconds> nextDueIn() const;

    static QDateTime defaultStart();

private:
    std::shared_ptr<ManualClockState> m_state;
};

} // namespace ewb::test
