#pragma once

#include "recordedevent.h"

#include <QList>
#include <QMap>

#include <deque>

namespace ewb {

// Counts of everything recorded since the start (or the last clear), including events that have
// left the ring: the ring bounds memory, not the statistics.
struct EventStats
{
    qint64 total = 0;
    qint64 accepted = 0;
    qint64 dropped = 0;
    QMap<QString, qint64> droppedByReason;

    void count(const RecordedEvent &event);
};

// The recent recorded events, oldest first, at most capacity of them; older ones fall out.
class EventRing
{
public:
    explicit EventRing(int capacity);

    int capacity() const { return m_capacity; }
    qsizetype size() const { return qsizetype(m_events.size()); }
    qint64 lastId() const { return m_lastId; }
    const EventStats &stats() const { return m_stats; }

    // Gives the event the next id, counts it and keeps it; returns the stored copy.
    const RecordedEvent &append(RecordedEvent event);
    // Events with an id above afterId, oldest first, at most limit; more tells whether others follow.
    QList<RecordedEvent> since(qint64 afterId, int limit, bool *more = nullptr) const;
    // The newest limit events, oldest first.
    QList<RecordedEvent> recent(int limit, bool *more = nullptr) const;
    // Forgets events and statistics; ids keep increasing so that a client's ?since= stays valid.
    void clear();
    // Puts back what a store kept (events oldest first, already numbered).
    void restore(const QList<RecordedEvent> &events, const EventStats &stats, qint64 lastId);

private:
    int m_capacity;
    std::deque<RecordedEvent> m_events;
    EventStats m_stats;
    qint64 m_lastId = 0;
};

} // namespace ewb
