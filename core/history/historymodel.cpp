// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "historymodel.h"

#include "historystore.h"

namespace ewb {

HistoryModel::HistoryModel(HistoryStore *store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    if (store)
        connect(store, &HistoryStore::changed, this, &HistoryModel::reload);
    reload();
}

void HistoryModel::setQuery(const HistoryQuery &query)
{
    m_query = query;
    reload();
}

QList<HistoryEntry> HistoryModel::fetchPage(int offset)
{
    if (!m_store || !m_store->isOpen())
        return {};
    HistoryQuery page = m_query;
    page.limit = pageSize;
    page.offset = offset;
    Result<QList<HistoryEntry>> rows = m_store->search(page);
    if (!rows) {
        m_lastError = rows.error().message;
        m_more = false;
        return {};
    }
    m_lastError.clear();
    m_more = rows->size() == pageSize;
    return std::move(rows).value();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_rows = fetchPage(0);
    endResetModel();
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    QList<HistoryEntry> more = fetchPage(int(m_rows.size()));
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(std::move(more));
    endInsertRows();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &e = m_rows.at(index.row());
    switch (role) {
    case EntryIdRole: return e.id;
    case StatusRole: return e.status;
    case SentAtRole: return e.sentAt;
    case CallTypeRole: return callTypeName(e.type);
    case Qt::ToolTipRole: return e.headline;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn: return e.sentAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case TypeColumn: return callTypeName(e.type);
        case NameColumn: return e.requestName;
        case SourceColumn: return e.sourceName;
        case EnvironmentColumn: return e.environmentName;
        case StatusColumn: return e.status == 0 ? QStringLiteral("-") : QString::number(e.status);
        case DurationColumn: return QStringLiteral("%1 ms").arg(e.totalMs);
        case ColumnCount: break;
        }
        break;
    default: break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case TypeColumn: return tr("Type");
    case NameColumn: return tr("Request");
    case SourceColumn: return tr("Source");
    case EnvironmentColumn: return tr("Environment");
    case StatusColumn: return tr("Status");
    case DurationColumn: return tr("Duration");
    case ColumnCount: break;
    }
    return {};
}

} // namespace ewb
