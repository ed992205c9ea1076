// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "historyentry.h"
#include "util/result.h"

#include <QObject>
#include <QSqlDatabase>

namespace ewb {

// Every send, in an SQLite file (Qt Sql, QSQLITE), searchable with SQLite's FTS5 full-text index
// (trigram tokens, so any part of a word or an id is found; texts shorter than three characters
// and SQLite builds without FTS5 fall back to LIKE).
//
// A damaged file never stops the program: open() moves it aside (history.sqlite.damaged-<UTC
// time>, with its -wal and -shm files), starts an empty history and says so in recoveryMessage()
// and the recovered() signal; damage found later, by add(), is handled the same way. Only a file
// that is the history (SQLite application id "EWBH", or an older one with only the history's
// tables) is ever written or moved: a folder, a device or another program's database at the path
// makes open() fail with "history.foreign" and is left untouched.
//
// One store per file and thread. The retention policy is applied on open and after every add.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    explicit HistoryStore(QString path, QObject *parent = nullptr);
    ~HistoryStore() override;

    // Opens (creating the file and its folder when needed). Fails when no database can be had at
    // all (the folder cannot be written) or the file is not the history's; a damaged one is
    // replaced, see above. After a failure isOpen() is false.
    Status open();
    bool isOpen() const;
    const QString &path() const { return m_path; }
    // Not empty after a damaged file was moved aside: what happened and where the file went.
    const QString &recoveryMessage() const { return m_recoveryMessage; }
    bool hasFullTextIndex() const { return m_fts; }

    void setRetention(const RetentionPolicy &policy) { m_retention = policy; }
    const RetentionPolicy &retention() const { return m_retention; }

    // Stores entry (its Authorization header redacted again, whatever it holds) and returns its id.
    Result<qint64> add(const HistoryEntry &entry);
    // Adds many in one transaction (imports, benchmarks). Retention is applied once, after.
    Status addAll(const QList<HistoryEntry> &entries);

    // Newest first. The entries carry everything but the headers and bodies (see entry()).
    Result<QList<HistoryEntry>> search(const HistoryQuery &query) const;
    Result<qint64> count(const HistoryQuery &query = {}) const;
    // One entry, whole.
    Result<HistoryEntry> entry(qint64 id) const;
    // The source names in the history, for a filter's choices.
    Result<QStringList> sourceNames() const;

    // Removes what the policy does not keep; returns how many entries went. now is a seam for tests.
    Result<int> applyRetention(
        const RetentionPolicy &policy, const QDateTime &now = QDateTime::currentDateTimeUtc());
    Status remove(qint64 id);
    Status clear();

Q_SIGNALS:
    void changed();
    void recovered(const QString &message);

private:
    Status openFresh();
    Status createSchema();
    Status recover(const QString &why);
    Status checkUnmarkedIsOurs() const;
    Error notOurs(const QString &what) const;
    void close();
    Status insert(const HistoryEntry &entry, qint64 *id);
    Error sqlError(const QString &what, const QString &detail) const;

    QString m_path;
    QString m_connection;
    bool m_fts = false;
    QString m_recoveryMessage;
    RetentionPolicy m_retention;
};

} // namespace ewb
