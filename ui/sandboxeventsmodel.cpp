// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sandboxeventsmodel.h"

#include "palette.h"

#include <algorithm>

namespace ewb {

namespace {

QString payloadString(const RecordedEvent &event, QStringView field)
{
    return event.payload.isObject() ? event.payload.object().value(field).toString() : QString();
}

} // namespace

SandboxEventsModel::SandboxEventsModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent), m_capacity(std::max(1, capacity))
{ }

QString SandboxEventsModel::nameOf(const RecordedEvent &event)
{
    for (QStringView field : {u"event", u"name", u"groupId"}) {
        if (QString text = payloadString(event, field); !text.isEmpty())
            return text;
    }
    return {};
}

QString SandboxEventsModel::userOf(const RecordedEvent &event)
{
    const QString user = payloadString(event, u"userId");
    return user.isEmpty() ? payloadString(event, u"anonymousId") : user;
}

void SandboxEventsModel::count(const RecordedEvent &event, int sign)
{
    (event.accepted ? m_counts.accepted : m_counts.dropped) += sign;
    if (event.duplicate)
        m_counts.duplicates += sign;
}

void SandboxEventsModel::add(const QList<RecordedEvent> &events, qint64 notKept)
{
    m_received += notKept;
    if (events.isEmpty())
        return;
    m_received += events.size();
    // Only the newest capacity of a burst can be kept at all.
    const qsizetype keep = std::min<qsizetype>(events.size(), m_capacity);
    const qsizetype first = events.size() - keep;
    // Room first, from the oldest end, so that the table never holds more than capacity rows.
    const qsizetype excess = qsizetype(m_events.size()) + keep - m_capacity;
    if (excess > 0) {
        const int from = int(m_events.size() - size_t(excess));
        beginRemoveRows({}, from, int(m_events.size()) - 1);
        for (qsizetype i = 0; i < excess; ++i) {
            count(m_events.back(), -1);
            m_events.pop_back();
        }
        endRemoveRows();
    }
    beginInsertRows({}, 0, int(keep) - 1);
    for (qsizetype i = first; i < events.size(); ++i) {
        m_events.push_front(events[i]); // the last one recorded ends up in row 0
        count(events[i], 1);
    }
    endInsertRows();
}

bool SandboxEventsModel::updateForward(qint64 id, const ForwardOutcome &outcome)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    m_events[size_t(row)].forward = outcome;
    emit dataChanged(index(row, UpstreamColumn), index(row, UpstreamColumn));
    return true;
}

QString SandboxEventsModel::upstreamText(const ForwardOutcome &outcome)
{
    switch (outcome.state) {
    case ForwardOutcome::State::None: return QString();
    case ForwardOutcome::State::Pending: return tr("pending");
    case ForwardOutcome::State::Forwarded: return QString::number(outcome.status);
    case ForwardOutcome::State::Failed:
        return outcome.status > 0 ? tr("failed: %1").arg(outcome.status)
                                  : tr("failed: %1").arg(outcome.reason);
    case ForwardOutcome::State::Skipped: return tr("skipped: %1").arg(outcome.reason);
    }
    return QString();
}

Tone SandboxEventsModel::upstreamTone(const ForwardOutcome &outcome)
{
    switch (outcome.state) {
    case ForwardOutcome::State::Forwarded:
        return outcome.status >= 200 && outcome.status < 300 ? Tone::Success : Tone::Error;
    case ForwardOutcome::State::Failed: return Tone::Error;
    case ForwardOutcome::State::Skipped: return Tone::Warning;
    case ForwardOutcome::State::None:
    case ForwardOutcome::State::Pending: break;
    }
    return Tone::Normal;
}

bool SandboxEventsModel::updateEvent(const RecordedEvent &event)
{
    const int row = rowOfId(event.id);
    if (row < 0)
        return false;
    count(m_events[size_t(row)], -1);
    m_events[size_t(row)] = event;
    count(event, 1);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void SandboxEventsModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_counts = {};
    m_received = 0;
    endResetModel();
}

int SandboxEventsModel::rowOfId(qint64 id) const
{
    // Newest first: ids decrease down the rows.
    const auto it = std::lower_bound(m_events.cbegin(), m_events.cend(), id,
        [](const RecordedEvent &e, qint64 wanted) { return e.id > wanted; });
    return it != m_events.cend() && it->id == id ? int(it - m_events.cbegin()) : -1;
}

int SandboxEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int SandboxEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SandboxEventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RecordedEvent &e = eventAt(index.row());
    switch (role) {
    case EventIdRole: return e.id;
    case AcceptedRole: return e.accepted;
    case DuplicateRole: return e.duplicate;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn: return e.receivedAt.toLocalTime().toString(u"HH:mm:ss"); // ms in the tooltip
        case TypeColumn: return e.type;
        case NameColumn: return nameOf(e);
        case UserColumn: return userOf(e);
        case ResultColumn:
            return !e.accepted ? tr("dropped: %1").arg(e.reason)
                : e.duplicate  ? duplicateText()
                               : acceptedText();
        case UpstreamColumn: return upstreamText(e.forward);
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return tr("Received %1 (event %2)")
                .arg(e.receivedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz"))
                .arg(e.id);
        case UserColumn:
            if (const QString user = payloadString(e, u"userId"); !user.isEmpty())
                return tr("userId: %1").arg(user);
            if (const QString anonymous = payloadString(e, u"anonymousId"); !anonymous.isEmpty())
                return tr("anonymousId: %1").arg(anonymous);
            return {};
        case ResultColumn:
            if (!e.accepted)
                return e.message;
            if (e.duplicate)
                return tr("Accepted again: the sandbox had accepted messageId %1 before, and the API keeps "
                          "one event per messageId")
                    .arg(e.messageId);
            return tr("Accepted (answered %1)").arg(e.status);
        case UpstreamColumn:
            if (!e.forward.isSet())
                return tr("Not forwarded: forwarding was off");
            return e.forward.message.isEmpty() ? upstreamText(e.forward)
                                               : upstreamText(e.forward) + u'\n' + e.forward.message;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn)
            return toneColor(!e.accepted ? Tone::Error : e.duplicate ? Tone::Warning : Tone::Success);
        if (index.column() == UpstreamColumn && e.forward.isSet())
            return toneColor(upstreamTone(e.forward));
        return {};
    default: return {};
    }
}

QVariant SandboxEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case TypeColumn: return tr("Type");
    case NameColumn: return tr("Event");
    case UserColumn: return tr("User");
    case ResultColumn: return tr("Result");
    case UpstreamColumn: return tr("Upstream");
    case ColumnCount: break;
    }
    return {};
}

SandboxEventsFilter::SandboxEventsFilter(QObject *parent) : QSortFilterProxyModel(parent) { }

void SandboxEventsFilter::setFilter(const EventFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool SandboxEventsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || m_filter.isEmpty())
        return true;
    const auto *events = static_cast<const SandboxEventsModel *>(sourceModel());
    return m_filter.accepts(events->eventAt(sourceRow));
}

} // namespace ewb
