// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "manualclock.h"

namespace ewb::test {

using std::chrono::milliseconds;

struct ManualClockState
{
    using Key = std::pair<milliseconds, quint64>; // due time, then scheduling order
    QDateTime start;
    milliseconds now {0};
    quint64 nextSequence = 0;
    std::map<Key, std::function<void()>> queue;
};

namespace {

class ManualCall final : public ScheduledCall
{
public:
    ManualCall(std::weak_ptr<ManualClockState> state, ManualClockState::Key key)
        : m_state(std::move(state)), m_key(key)
    { }
    ~ManualCall() override
    {
        if (const auto state = m_state.lock())
            state->queue.erase(m_key); // nothing when it has run
    }

private:
    std::weak_ptr<ManualClockState> m_state;
    ManualClockState::Key m_key;
};

} // namespace

ManualClock::ManualClock(QDateTime startUtc) : m_state(std::make_shared<ManualClockState>())
{
    m_state->start = startUtc.toUTC();
}

ManualClock::~ManualClock() = default;

QDateTime ManualClock::defaultStart()
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}

QDateTime ManualClock::nowUtc() const
{
    return m_state->start.addMSecs(m_state->now.count());
}

milliseconds ManualClock::monotonicNow() const
{
    return m_state->now;
}

std::unique_ptr<ScheduledCall> ManualClock::callAfter(milliseconds delay, std::function<void()> callback)
{
    const ManualClockState::Key key {
        m_state->now + std::max(delay, milliseconds(0)), m_state->nextSequence++};
    m_state->queue.emplace(key, std::move(callback));
    return std::make_unique<ManualCall>(m_state, key);
}

void ManualClock::advance(milliseconds step)
{
    const milliseconds target = m_state->now + std::max(step, milliseconds(0));
    // Keep the state alive even if a callback destroys this clock's last user.
    const std::shared_ptr<ManualClockState> state = m_state;
    while (!state->queue.empty() && state->queue.begin()->first.first <= target) {
        auto node = state->queue.extract(state->queue.begin());
        state->now = node.key().first;
        node.mapped()(); // may schedule or cancel others
    }
    state->now = target;
}

bool ManualClock::advanceToNext()
{
    const std::optional<milliseconds> next = nextDueIn();
    if (!next)
        return false;
    advance(*next);
    return true;
}

int ManualClock::pendingCount() const
{
    return int(m_state->queue.size());
}

std::optional<milliseconds> ManualClock::nextDueIn() const
{
    if (m_state->queue.empty())
        return std::nullopt;
    return m_state->queue.begin()->first.first - m_state->now;
}

} // namespace ewb::test
