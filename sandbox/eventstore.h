// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "eventring.h"
#include "util/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace ewb {

// Keeps recorded events in a SQLite file (Qt Sql) so that they survive a restart: the same bound
// as the ring (older rows are pruned), and the statistics. Writes are buffered and flushed in one
// transaction (flush()), so ingesting thousands of events a second costs a few commits.
class EventStore
{
public:
    struct Loaded
    {
        QList<RecordedEvent> events; // oldest first
        EventStats stats;
        qint64 lastId = 0;
    };

    // Opens or creates the file. A file that is not a readable SQLite database of ours is moved
    // aside (to "<file>.damaged-<time>") and a fresh one created; notices then says so. Fails
    // when no database can be created at that path.
    static Result<std::unique_ptr<EventStore>> open(const QString &path, int capacity, QStringList *notices);
    ~EventStore();
    EventStore(const EventStore &) = delete;
    EventStore &operator=(const EventStore &) = delete;

    Result<Loaded> load();
    void add(const RecordedEvent &event); // buffered until flush()
    // A forwarding outcome reached after the event was added (buffered until flush()): written to
    // the row's own column, so that the event itself is not rewritten; the counts move from previous.
    void setForward(qint64 id, const ForwardOutcome &outcome, ForwardOutcome::State previous);
    Status flush();
    Status clear(qint64 lastId);
    // Ids up to upTo may be handed out: written at once, so that after a crash (events not flushed
    // yet) the next start begins past every id a client may already have read. load() gives
    // lastId at least this.
    // Exactly sets the mark down to upTo: after a clean stop, when every event is written.
    enum class Reserve { AtLeast, Exactly };
    Status reserveIds(qint64 upTo, Reserve how = Reserve::AtLeast);
    const QString &path() const { return m_path; }

private:
    EventStore(QString path, QString connectionName, int capacity);
    static Status createSchema(const QString &connectionName);
    void dropPending();

    QString m_path;
    QString m_connectionName;
    int m_capacity;
    // Added since the last flush: the newest m_capacity events (older ones would be pruned at
    // once: a batch of 170,000 calls wrote 170,000 rows to delete 160,000), and what all of them
    // add to the counts.
    QList<RecordedEvent> m_pending;
    QMap<QString, qint64> m_pendingCounts;
    QMap<qint64, ForwardOutcome> m_pendingForward; // by event id: the latest outcome of each
    qint64 m_pendingLastId = 0;
};

} // namespace ewb
