// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "palette.h"
#include "sandbox/eventfilter.h"
#include "sandbox/recordedevent.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <deque>

namespace ewb {

// The calls the built-in sandbox recorded, as a table for the Sandbox panel: newest first, the
// newest capacity() of them (the sandbox keeps many more). Events come in bursts (a backfill sends
// thousands a second): add() takes a burst as one insert and at most one removal, so what it costs
// is what it adds, and the view's selection (persistent indexes) follows the rows it keeps.
//
// Columns are an enum and every column's text comes from one event: a column (the upstream answer
// when forwarding) is a new enum value and a case in data(); an event whose outcome changes later
// comes back through updateEvent().
class SandboxEventsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxEventsModel)

public:
    enum Column { TimeColumn, TypeColumn, NameColumn, UserColumn, ResultColumn, UpstreamColumn, ColumnCount };
    enum Role {
        EventIdRole = Qt::UserRole + 1, // qint64: RecordedEvent::id
        AcceptedRole, // bool
        DuplicateRole, // bool
    };
    struct Counts
    {
        qint64 accepted = 0; // duplicates included
        qint64 dropped = 0;
        qint64 duplicates = 0;
    };

    explicit SandboxEventsModel(int capacity = 2000, QObject *parent = nullptr);

    // Events in the order they were recorded (oldest first), as Sandbox::eventRecorded gives them.
    // notKept: events that came before these and were let go unseen (too old to keep already);
    // they count in received().
    void add(const QList<RecordedEvent> &events, qint64 notKept = 0);
    // Replaces the kept event with the same id (its outcome changed) and refreshes its row; false
    // when it is no longer kept.
    bool updateEvent(const RecordedEvent &event);
    // An event's forwarding outcome changed (Sandbox::eventForwarded); false when it is not kept.
    bool updateForward(qint64 id, const ForwardOutcome &outcome);
    // "200", "pending", "failed: 503", "skipped: forward.queue-full"; empty when not forwarded.
    static QString upstreamText(const ForwardOutcome &outcome);
    static Tone upstreamTone(const ForwardOutcome &outcome);
    // The Result column's words for an accepted call and a duplicate, which its width is made for
    // (a dropped call's reason is longer and is in the tooltip).
    static QString acceptedText() { return tr("accepted"); }
    static QString duplicateText() { return tr("duplicate"); }
    void clear();

    int capacity() const { return m_capacity; }
    const RecordedEvent &eventAt(int row) const { return m_events[size_t(row)]; }
    // The row of the event with that id, or -1 (a binary search: ids only grow).
    int rowOfId(qint64 id) const;
    // Over the events kept.
    Counts counts() const { return m_counts; }
    // Every event added since the last clear(), also those no longer kept.
    qint64 received() const { return m_received; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What the Name and User columns show: the event's or page's name (or the group), and the
    // userId or else the anonymousId.
    static QString nameOf(const RecordedEvent &event);
    static QString userOf(const RecordedEvent &event);

private:
    void count(const RecordedEvent &event, int sign);

    int m_capacity;
    std::deque<RecordedEvent> m_events; // front: the newest (row 0)
    Counts m_counts;
    qint64 m_received = 0;
};

// The rows of a SandboxEventsModel that an EventFilter accepts (the filter of GET
// /_sandbox/events, so the panel and the endpoint cannot disagree), in the model's order.
class SandboxEventsFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxEventsFilter)

public:
    explicit SandboxEventsFilter(QObject *parent = nullptr);
    void setFilter(const EventFilter &filter);
    const EventFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    EventFilter m_filter;
};

} // namespace ewb
