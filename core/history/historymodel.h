// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "historyentry.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace ewb {

class HistoryStore;

// The history as a table for views (GUI-free: Qt Core only): one row per entry, newest first,
// filtered by a HistoryQuery. Rows are fetched a page at a time (canFetchMore/fetchMore), so a
// history of 100,000 entries opens at once. The model follows the store: every change reloads it.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column {
        TimeColumn,
        TypeColumn,
        NameColumn,
        SourceColumn,
        EnvironmentColumn,
        StatusColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // qint64: for HistoryStore::entry()
        StatusRole, // int: the HTTP status, 0 without an answer
        SentAtRole, // QDateTime (UTC)
        CallTypeRole, // QString: "track", ...
    };

    // store must outlive the model or be destroyed with it.
    explicit HistoryModel(HistoryStore *store, QObject *parent = nullptr);

    void setQuery(const HistoryQuery &query);
    const HistoryQuery &query() const { return m_query; }
    // The last failure to read the store; empty when the last read worked.
    const QString &lastError() const { return m_lastError; }
    // The entry summary shown in row (no bodies: see HistoryStore::entry).
    const HistoryEntry &entryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int pageSize = 200;

public Q_SLOTS:
    void reload();

private:
    QList<HistoryEntry> fetchPage(int offset);

    QPointer<HistoryStore> m_store;
    HistoryQuery m_query;
    QList<HistoryEntry> m_rows;
    bool m_more = false;
    QString m_lastError;
};

} // namespace ewb
