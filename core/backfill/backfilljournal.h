// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "util/result.h"

#include <QString>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QObject;
class QThread;

namespace ewb {

// What a backfill has had acknowledged, in SQLite, so a run stopped by Ctrl+C, kill -9, a crash or
// a lost network continues where it stopped (--resume): every batch the API answered 2xx is written
// (its rows, as ranges of row indexes) in its own transaction before the next is counted, so
// nothing acknowledged is sent again and nothing unacknowledged is skipped. WAL: a killed process
// loses at most the batch it had not yet written, which is then sent again with the same
// messageIds (the API keeps one event per messageId).
//
// The journal names the input it belongs to (path, size, modification time) and the options that
// decide which calls are made (the fingerprint): resuming with another file or other options is
// refused. Only a file with the journal's own SQLite application id is ever opened or removed.
class BackfillJournal
{
public:
    struct Identity
    {
        QString input; // absolute path
        qint64 size = 0;
        qint64 modified = 0; // ms since the epoch
        QString fingerprint; // of the options that shape the calls (type, mapping, tags, identify-first)
        // Where the rows went: what was acknowledged there is not acknowledged anywhere else. Empty for
        // identities that only name the journal (its path).
        QString target;
        bool operator==(const Identity &) const = default;
    };

    ~BackfillJournal();
    BackfillJournal(const BackfillJournal &) = delete;
    BackfillJournal &operator=(const BackfillJournal &) = delete;

    // The journal file for an input in dataFolder/backfill/.
    static QString pathFor(const QString &dataFolder, const Identity &identity);
    // Opens the journal at path, creating it for identity when there is none. An existing one must
    // belong to identity (else an error that says what differs).
    static Result<std::unique_ptr<BackfillJournal>> open(const QString &path, const Identity &identity);
    // Removes the journal at path if it is one (--restart, and after a run that finished).
    static Status remove(const QString &path);

    qint64 acknowledgedRows() const { return m_rows; }
    bool isAcknowledged(qint64 row) const;
    // Records a batch's rows (indexes, increasing) as acknowledged: durable when it returns.
    Status acknowledge(const std::vector<qint64> &rows);
    // The same on a thread of the journal's own, so that the caller's event loop goes on while the
    // disk makes it durable (an fsync a batch: 5 ms on a virtual machine's disk, two fifths of a
    // backfill to the sandbox when the backfill waited for each). done gets the outcome on this
    // thread's event loop, in the order the batches were given, and only then are the rows counted
    // as acknowledged here; never after the journal is gone. The destructor waits for every write
    // handed over: none is dropped.
    void acknowledgeLater(std::vector<qint64> rows, std::function<void(const Status &)> done);

private:
    explicit BackfillJournal(QString connection, QString path)
        : m_connection(std::move(connection)), m_path(std::move(path))
    { }
    Status load();
    void record(const std::vector<std::pair<qint64, qint64>> &added);

    QString m_connection;
    QString m_path;
    QThread *m_writer = nullptr; // started by the first acknowledgeLater()
    QObject *m_writerContext = nullptr; // lives in m_writer
    std::unique_ptr<QObject> m_replies; // here: its pending replies go with it
    std::vector<std::pair<qint64, qint64>> m_ranges; // sorted, inclusive, merged
    qint64 m_rows = 0;
};

} // namespace ewb
