// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "eventring.h"

#include <algorithm>

namespace ewb {

void EventStats::count(const RecordedEvent &event)
{
    ++total;
    if (event.accepted) {
        ++accepted;
        duplicates += event.duplicate ? 1 : 0;
    } else {
        ++dropped;
        ++droppedByReason[event.reason];
    }
    countForward(event.forward.state, 1);
}

void EventStats::countForward(ForwardOutcome::State state, qint64 delta)
{
    switch (state) {
    case ForwardOutcome::State::Forwarded: forwarded += delta; break;
    case ForwardOutcome::State::Failed: forwardFailed += delta; break;
    case ForwardOutcome::State::Skipped: forwardSkipped += delta; break;
    case ForwardOutcome::State::None:
    case ForwardOutcome::State::Pending: break;
    }
}

EventRing::EventRing(int capacity, qint64 maxBytes) : m_capacity(std::max(1, capacity)), m_maxBytes(maxBytes)
{ }

qint64 EventRing::footprint(const RecordedEvent &event)
{
    return qint64(sizeof(RecordedEvent)) + jsonFootprint(event.payload) +
        (event.type.size() + event.messageId.size() + event.reason.size() + event.message.size() +
            event.path.size() + event.forward.reason.size() + event.forward.message.size() +
            event.forward.answer.size()) *
        2;
}

std::deque<RecordedEvent>::iterator EventRing::find(qint64 id)
{
    const auto it = std::lower_bound(m_events.begin(), m_events.end(), id,
        [](const RecordedEvent &event, qint64 wanted) { return event.id < wanted; });
    return it != m_events.end() && it->id == id ? it : m_events.end();
}

bool EventRing::setForward(qint64 id, const ForwardOutcome &outcome, ForwardOutcome::State previous)
{
    m_stats.countForward(previous, -1);
    m_stats.countForward(outcome.state, 1);
    const auto it = find(id);
    if (it == m_events.end())
        return false;
    // Only the outcome's text changes: the payload is not walked again for every answer.
    const auto text = [](const ForwardOutcome &o) {
        return o.reason.size() + o.message.size() + o.answer.size();
    };
    const qint64 change = (text(outcome) - text(it->forward)) * 2;
    m_bytes += change;
    m_footprints[size_t(it - m_events.begin())] += change;
    it->forward = outcome;
    return true;
}

// The newest event always stays, however big: the ring never refuses one.
void EventRing::trim()
{
    while (m_events.size() > 1 && (qsizetype(m_events.size()) > m_capacity || m_bytes > m_maxBytes)) {
        m_bytes -= m_footprints.front();
        m_footprints.pop_front();
        m_events.pop_front();
    }
}

const RecordedEvent &EventRing::append(RecordedEvent event)
{
    event.id = ++m_lastId;
    m_stats.count(event);
    m_footprints.push_back(footprint(event));
    m_bytes += m_footprints.back();
    m_events.push_back(std::move(event));
    trim();
    return m_events.back();
}

QList<RecordedEvent> EventRing::since(qint64 afterId, int limit, bool *more) const
{
    // ids increase along the deque: find the first one past afterId by binary search
    const auto first = std::upper_bound(m_events.begin(), m_events.end(), afterId,
        [](qint64 id, const RecordedEvent &event) { return id < event.id; });
    QList<RecordedEvent> result;
    auto it = first;
    for (; it != m_events.end() && result.size() < limit; ++it)
        result.append(*it);
    if (more)
        *more = it != m_events.end();
    return result;
}

QList<RecordedEvent> EventRing::recent(int limit, bool *more) const
{
    const qsizetype count = std::min<qsizetype>(limit, qsizetype(m_events.size()));
    if (more)
        *more = count < qsizetype(m_events.size());
    return QList<RecordedEvent>(m_events.end() - count, m_events.end());
}

QList<RecordedEvent> EventRing::select(
    qint64 afterId, int limit, const std::function<bool(const RecordedEvent &)> &keep, bool *more) const
{
    QList<RecordedEvent> result;
    bool left = false;
    if (afterId >= 0) {
        auto it = std::upper_bound(m_events.begin(), m_events.end(), afterId,
            [](qint64 id, const RecordedEvent &event) { return id < event.id; });
        for (; it != m_events.end(); ++it) {
            if (!keep(*it))
                continue;
            if (result.size() == limit) {
                left = true;
                break;
            }
            result.append(*it);
        }
    } else {
        for (auto it = m_events.rbegin(); it != m_events.rend(); ++it) {
            if (!keep(*it))
                continue;
            if (result.size() == limit) {
                left = true;
                break;
            }
            result.prepend(*it);
        }
    }
    if (more)
        *more = left;
    return result;
}

void EventRing::clear()
{
    m_events.clear();
    m_footprints.clear();
    m_bytes = 0;
    m_stats = EventStats();
}

void EventRing::restore(const QList<RecordedEvent> &events, const EventStats &stats, qint64 lastId)
{
    m_events.clear();
    m_footprints.clear();
    m_bytes = 0;
    const qsizetype skip = std::max<qsizetype>(0, events.size() - m_capacity);
    for (auto it = events.begin() + skip; it != events.end(); ++it) {
        m_footprints.push_back(footprint(*it));
        m_bytes += m_footprints.back();
        m_events.push_back(*it);
    }
    trim();
    m_stats = stats;
    m_lastId = std::max(lastId, m_events.empty() ? 0 : m_events.back().id);
}

} // namespace ewb
