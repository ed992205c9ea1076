// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "recordedevent.h"

#include <QList>
#include <QMap>

#include <deque>
#include <functional>

namespace ewb {

// Counts of everything recorded since the start (or the last clear), including events that have
// left the ring: the ring bounds memory, not the statistics.
struct EventStats
{
    qint64 total = 0;
    qint64 accepted = 0;
    qint64 dropped = 0;
    qint64 duplicates = 0; // accepted again under a messageId accepted before
    QMap<QString, qint64> droppedByReason;
    // Forwarding outcomes reached (settled ones only: what is pending is the forwarder's to count).
    qint64 forwarded = 0;
    qint64 forwardFailed = 0;
    qint64 forwardSkipped = 0;

    void count(const RecordedEvent &event);
    void countForward(ForwardOutcome::State state, qint64 delta);
};

// The recent recorded events, oldest first, at most capacity of them and at most maxBytes of
// them (roughly, see jsonFootprint); older ones fall out. Bounded by bytes as well as by count:
// twenty-two 4 MB bodies kept whole used to exhaust the memory of a 10,000-event ring.
class EventRing
{
public:
    static constexpr qint64 defaultMaxBytes = 64 * 1024 * 1024;
    explicit EventRing(int capacity, qint64 maxBytes = defaultMaxBytes);

    int capacity() const { return m_capacity; }
    qint64 bytes() const { return m_bytes; }
    qsizetype size() const { return qsizetype(m_events.size()); }
    qint64 lastId() const { return m_lastId; }
    qint64 nextId() const { return m_lastId + 1; } // the id append() gives next
    const EventStats &stats() const { return m_stats; }

    // Gives the event the next id, counts it and keeps it; returns the stored copy.
    const RecordedEvent &append(RecordedEvent event);
    // Events with an id above afterId, oldest first, at most limit; more tells whether others follow.
    QList<RecordedEvent> since(qint64 afterId, int limit, bool *more = nullptr) const;
    // The newest limit events, oldest first.
    QList<RecordedEvent> recent(int limit, bool *more = nullptr) const;
    // The same two, keeping only the events keep accepts: since, the first limit of them after
    // afterId; without it (afterId < 0), the last limit of them.
    QList<RecordedEvent> select(qint64 afterId, int limit,
        const std::function<bool(const RecordedEvent &)> &keep, bool *more = nullptr) const;
    // Sets the forwarding outcome of event id, when it is still here, and moves the counts from
    // previous to outcome's state (also when it is not: the counts cover events that have left).
    // False when the event has left the ring.
    bool setForward(qint64 id, const ForwardOutcome &outcome, ForwardOutcome::State previous);
    // Forgets events and statistics; ids keep increasing so that a client's ?since= stays valid.
    void clear();
    // Puts back what a store kept (events oldest first, already numbered).
    void restore(const QList<RecordedEvent> &events, const EventStats &stats, qint64 lastId);

private:
    std::deque<RecordedEvent>::iterator find(qint64 id);
    static qint64 footprint(const RecordedEvent &event);
    void trim();

    int m_capacity;
    qint64 m_maxBytes;
    qint64 m_bytes = 0;
    std::deque<RecordedEvent> m_events;
    // Each event's share of m_bytes, as counted when it came: an event leaving is not walked again
    // (its tree, long out of the cache, cost a tenth of a busy sandbox's time to walk).
    std::deque<qint64> m_footprints;
    EventStats m_stats;
    qint64 m_lastId = 0;
};

} // namespace ewb
