// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QIdentityProxyModel>

class QDateTime;

namespace ewb {

// When a send happened, short enough for a narrow column: "14:03:27" today (in local time),
// "2026-11-24 09:15" on any other day.
QString compactSendTime(const QDateTime &sentAt, const QDateTime &now);

// The history model as the dock shows it: compact times, the status coloured by outcome (success
// or not, readable on the current palette), the URL where a send had no request name, and a
// tooltip with all a row stands for (headline, full time, source, environment, duration, URL).
class HistoryTableProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryTableProxy)

public:
    explicit HistoryTableProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace ewb
