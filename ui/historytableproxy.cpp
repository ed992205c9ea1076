// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "historytableproxy.h"

#include "history/historymodel.h"
#include "palette.h"

#include <QDateTime>
#include <QUrl>

namespace ewb {

QString compactSendTime(const QDateTime &sentAt, const QDateTime &now)
{
    const QDateTime local = sentAt.toLocalTime();
    return local.date() == now.toLocalTime().date() ? local.toString(QStringLiteral("HH:mm:ss"))
                                                    : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

HistoryTableProxy::HistoryTableProxy(QObject *parent) : QIdentityProxyModel(parent) { }

QVariant HistoryTableProxy::data(const QModelIndex &index, int role) const
{
    const auto *history = qobject_cast<const HistoryModel *>(sourceModel());
    if (!history || !index.isValid())
        return QIdentityProxyModel::data(index, role);
    const QModelIndex source = mapToSource(index);
    const HistoryEntry &e = history->entryAt(source.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == HistoryModel::TimeColumn)
            return compactSendTime(e.sentAt, QDateTime::currentDateTime());
        if (column == HistoryModel::StatusColumn)
            return e.status == 0 ? tr("none") : QString::number(e.status);
        if (column == HistoryModel::NameColumn && e.requestName.isEmpty()) {
            // Host, port and path say where it went; the scheme only takes room.
            const QUrl url(e.url);
            return url.port() < 0 ? url.host() + url.path()
                                  : QStringLiteral("%1:%2%3").arg(url.host()).arg(url.port()).arg(url.path());
        }
        break;
    case Qt::ForegroundRole:
        if (column == HistoryModel::StatusColumn)
            return toneColor(e.status >= 200 && e.status < 300 ? Tone::Success : Tone::Error);
        break;
    case Qt::TextAlignmentRole:
        if (column == HistoryModel::StatusColumn || column == HistoryModel::DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole: {
        QStringList lines {e.headline.isEmpty() ? tr("No answer") : e.headline,
            e.sentAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
            tr("%1 to %2").arg(callTypeName(e.type), e.sourceName)};
        if (!e.environmentName.isEmpty())
            lines << tr("Environment: %1").arg(e.environmentName);
        lines << tr("%1 ms").arg(e.totalMs) << e.url;
        lines << tr("Double-click (or Enter) to reopen it in the composer");
        return lines.join(u'\n');
    }
    default: break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace ewb
