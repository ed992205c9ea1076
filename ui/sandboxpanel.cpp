// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sandboxpanel.h"

#include "columnsmenu.h"
#include "json/jsonwriter.h"
#include "keyboardaccess.h"
#include "sandbox/replay.h"
#include "sandbox/sandbox.h"
#include "sandboxeventsmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ewb {

namespace {
// The panel keeps the newest calls; the sandbox itself keeps many more.
constexpr int maxShown = 2000;
// New events are taken in at most this often: a backfill records thousands a second.
constexpr int flushIntervalMs = 100;

enum class Outcome { All, Accepted, Dropped, Duplicates };

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

SandboxPanel::SandboxPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sandboxPanel"));
    m_model = new SandboxEventsModel(maxShown, this);
    m_filter = new SandboxEventsFilter(this);
    m_filter->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("sandboxSearch"));
    m_search->setPlaceholderText(tr("Search events, users, ids, reasons, payloads…"));
    enableClearButton(m_search);
    m_search->setAccessibleName(tr("Search sandbox events"));
    m_search->setToolTip(tr("Text anywhere in a call: event name, userId, anonymousId, messageId, drop "
                            "reason or payload (Ctrl+Shift+E)"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("sandboxTypeFilter"));
    m_type->setAccessibleName(tr("Call type filter"));
    m_type->setToolTip(tr("Show only calls of this type"));
    m_type->addItem(tr("All types"), QString());
    for (CallType type : allCallTypes) {
        if (type != CallType::Batch) // the sandbox records a batch as its calls
            m_type->addItem(callTypeName(type), callTypeName(type));
    }
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("sandboxOutcomeFilter"));
    m_outcome->setAccessibleName(tr("Outcome filter"));
    m_outcome->setToolTip(tr("Show only accepted calls, dropped ones, or duplicates (accepted again with a "
                             "messageId seen before)"));
    m_outcome->addItem(tr("All outcomes"), int(Outcome::All));
    m_outcome->addItem(tr("Accepted"), int(Outcome::Accepted));
    m_outcome->addItem(tr("Dropped"), int(Outcome::Dropped));
    m_outcome->addItem(tr("Duplicates"), int(Outcome::Duplicates));
    for (QComboBox *box : {m_type, m_outcome}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setIconSize(QSize(1, 1)); // no icons: no room kept for one
        box->setMinimumContentsLength(8);
    }

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sandboxEvents"));
    m_table->setAccessibleName(tr("Calls the sandbox received"));
    m_table->setAccessibleDescription(
        tr("Each call the sandbox received: time, call type, event or name, "
           "and whether it was accepted; the selected call's payload is shown below"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem); // the value is the top row
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setTabKeyNavigation(false); // Tab leaves the table (rows are selected, not cells)
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    for (int column : {SandboxEventsModel::TimeColumn, SandboxEventsModel::TypeColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // A dock under 300 pixels wide: the event's name takes the room left; the user is one click
    // away in the header's menu (and in the search).
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SandboxEventsModel::NameColumn, QHeaderView::Stretch);
    const int x = m_table->fontMetrics().horizontalAdvance(u'x');
    header->resizeSection(SandboxEventsModel::UserColumn, x * 10);
    // Ten letters, or an accepted call's word whole when a translation's is longer ("angenommen").
    int result = x * 10;
    for (const QString &word : {SandboxEventsModel::acceptedText(), SandboxEventsModel::duplicateText()})
        result = std::max(result, m_table->fontMetrics().horizontalAdvance(word) + x * 2);
    header->resizeSection(SandboxEventsModel::ResultColumn, result);
    header->setSectionHidden(SandboxEventsModel::UserColumn, true);
    // Shown once an event has been forwarded (Sandbox > Forward Accepted Calls To).
    header->resizeSection(SandboxEventsModel::UpstreamColumn, x * 8);
    header->setSectionHidden(SandboxEventsModel::UpstreamColumn, true);
    QList<int> choosable;
    for (int column = SandboxEventsModel::TypeColumn; column < SandboxEventsModel::ColumnCount; ++column)
        choosable.append(column);
    offerColumnsMenu(header, choosable);

    m_payload = new QPlainTextEdit(this);
    m_payload->setObjectName(QStringLiteral("sandboxPayload"));
    m_payload->setAccessibleName(tr("The selected call as stored"));
    m_payload->setAccessibleDescription(
        tr("The payload the sandbox recorded for the selected call, as JSON"));
    m_payload->setReadOnly(true);
    // Read, selected and copied from the keyboard too; Tab goes on to the next control.
    m_payload->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_payload->setTabChangesFocus(true);
    m_payload->setFocusPolicy(Qt::StrongFocus);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payload->setPlaceholderText(tr("Select a call to see what the sandbox stored."));

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("sandboxCounts"));
    m_counts->setWordWrap(true);
    // Two lines kept for it: a dock at its least height does not give a wrapped label more, and
    // the second line was drawn over the table.
    m_counts->setMinimumHeight(m_counts->fontMetrics().lineSpacing() * 2);
    m_counts->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    const auto action = [this](const QString &text, const QString &name, const QString &tip, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_openAction = action(tr("Open in Composer"), QStringLiteral("sandboxOpenInComposer"),
        tr("Open the selected call in the composer (several: as a batch); Enter or double-click"),
        [this] { openSelectedInComposer(); });
    m_saveAction = action(tr("Save as Requests…"), QStringLiteral("sandboxSaveAsRequests"),
        tr("Save the selected calls as requests of a collection (without their messageIds, so that "
           "each send is a new event)"),
        [this] { saveSelectedAsRequests(); });
    m_exportAction = action(tr("Export as JSONL…"), QStringLiteral("sandboxExportJsonl"),
        tr("Write the selected calls to a file, one a line, for ewb backfill (with their messageIds, so "
           "that sending them again is de-duplicated)"),
        &SandboxPanel::exportSelectedInteractive);
    m_curlAction = action(tr("Copy as curl"), QStringLiteral("sandboxCopyAsCurl"),
        tr("Copy the selected calls as curl commands to the source selected for Send (the key is read "
           "from $CDP_API_KEY)"),
        [this] { copySelectedAsCurl(); });
    m_clearAction = action(tr("Clear"), QStringLiteral("sandboxClear"),
        tr("Clear: forget every call the sandbox recorded (also for GET /_sandbox/events)"),
        &SandboxPanel::clear);

    // Two rows of framed tool buttons (narrower than push buttons): every action stays in view,
    // with its full name, in a dock under 300 pixels wide, and is reached by Tab. The same actions
    // are in the table's context menu (the Menu key or Shift+F10).
    const auto button = [this](QAction *a) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        b->setAccessibleName(a->text().remove(u'…'));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setFocusPolicy(Qt::TabFocus);
        return b;
    };
    auto *actionRows = new QGridLayout;
    actionRows->setContentsMargins(0, 0, 0, 0);
    actionRows->setHorizontalSpacing(4);
    actionRows->setVerticalSpacing(4);
    const auto row = [&](int at, std::initializer_list<QAction *> actions) {
        auto *line = new QHBoxLayout;
        line->setSpacing(4);
        for (QAction *a : actions)
            line->addWidget(button(a));
        line->addStretch(1);
        actionRows->addLayout(line, at, 0);
    };
    row(0, {m_openAction, m_saveAction});
    row(1, {m_exportAction, m_curlAction, m_clearAction});
    // Clear as the collections panel's delete: an icon, its name in the tooltip and for screen readers.
    m_clearAction->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    if (auto *clear = findChild<QToolButton *>(QStringLiteral("sandboxClearButton")))
        clear->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_menu = new QMenu(this);
    for (QAction *a : {m_openAction, m_saveAction, m_exportAction, m_curlAction})
        m_menu->addAction(a);
    m_menu->addSeparator();
    m_menu->addAction(m_clearAction);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_type, 1);
    filters->addWidget(m_outcome, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("sandboxSplit"));
    split->addWidget(m_table);
    split->addWidget(m_payload);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The payload may be dragged away (a small screen has the table first), the table not: the
    // dock's least height is then the table's, and the window still fits 1024x700.
    split->setCollapsible(0, false);
    split->setCollapsible(1, true);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 3 +
        m_table->horizontalHeader()->sizeHint().height() + 4);
    split->setMinimumHeight(m_table->minimumHeight());
    split->installEventFilter(this); // the payload goes when there is no room for it
    // A drag is the user's choice: only the focus follows it.
    connect(split, &QSplitter::splitterMoved, this, [this, split] {
        m_payloadSqueezed = false;
        m_payload->setFocusPolicy(split->sizes().value(1) > 0 ? Qt::StrongFocus : Qt::NoFocus);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_counts);
    layout->addLayout(actionRows);
    setTabOrder(m_search, m_type);
    setTabOrder(m_type, m_outcome);
    setTabOrder(m_outcome, m_table);
    setTabOrder(m_table, m_payload);

    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(flushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &SandboxPanel::flushPending);
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(150);
    connect(m_searchDebounce, &QTimer::timeout, this, &SandboxPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &SandboxPanel::applyFilter);
    m_search->installEventFilter(this); // Escape clears it
    m_table->installEventFilter(this); // Tab into it selects the current row
    for (QComboBox *box : {m_type, m_outcome})
        connect(box, &QComboBox::currentIndexChanged, this, &SandboxPanel::applyFilter);

    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SandboxPanel::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SandboxPanel::updateActions);
    connect(m_table, &QTableView::activated, this, [this] { openSelectedInComposer(); });
    connect(m_table, &QWidget::customContextMenuRequested, this,
        [this](const QPoint &at) { m_menu->popup(m_table->viewport()->mapToGlobal(at)); });

    // Rows arrive above the ones in view: keep those where they are (the scroll value counts rows),
    // unless the view is at the top with nothing selected, where it follows the newest.
    connect(
        m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this](const QModelIndex &, int first) {
            m_scrollBefore = m_table->verticalScrollBar()->value();
            m_keepPlace = first == 0 && (m_scrollBefore > 0 || m_table->selectionModel()->hasSelection());
        });
    connect(
        m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
            if (!m_keepPlace)
                return;
            m_keepPlace = false;
            m_table->doItemsLayout(); // the scroll bar's range, for the rows just added
            m_table->verticalScrollBar()->setValue(m_scrollBefore + (last - first + 1));
        });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &SandboxPanel::updateCounts);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SandboxPanel::updateCounts);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &SandboxPanel::updateCounts);
    updateCounts();
    updateActions();
}

void SandboxPanel::attach(Sandbox *sandbox)
{
    m_sandbox = sandbox;
    // Where it listens is in the counts line while nothing has arrived, and in its tooltip: the
    // dock is short on a small screen, and a line of its own cost the table a row.
    m_counts->setToolTip(tr("The built-in sandbox listens on %1 and accepts any key; its inspection "
                            "endpoints are under %2/_sandbox/.")
                             .arg(sandbox->baseUrl().toString(), sandbox->rootUrl().toString()));
    connect(sandbox, &Sandbox::eventRecorded, this, &SandboxPanel::addEvent);
    connect(sandbox, &Sandbox::eventForwarded, this, &SandboxPanel::updateForward);
    updateActions();
    updateCounts();
}

void SandboxPanel::setHooks(SandboxPanelHooks hooks)
{
    m_hooks = std::move(hooks);
    updateActions();
}

void SandboxPanel::showNotRunning(const QString &why)
{
    m_notRunning = tr("The built-in sandbox is not running: %1").arg(why);
    updateCounts();
}

void SandboxPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

// A payload view squeezed under a few lines showed a sliver of text: then none, until the dock
// grows again (unless the user dragged it away). Collapsed, it takes no focus: Tab would vanish
// into it.
void SandboxPanel::fitPayload(QSplitter *split)
{
    const int room = split->height() - m_table->minimumHeight() - split->handleWidth();
    const int least = m_payload->fontMetrics().lineSpacing() * 4;
    const QList<int> sizes = split->sizes();
    if (room < least && sizes.value(1) > 0) {
        m_payloadSqueezed = true;
        split->setSizes({split->height(), 0});
    } else if (room >= least * 2 && m_payloadSqueezed && sizes.value(1) == 0) {
        m_payloadSqueezed = false;
        split->setSizes({split->height() * 3 / 5, split->height() * 2 / 5});
    }
    m_payload->setFocusPolicy(split->sizes().value(1) > 0 ? Qt::StrongFocus : Qt::NoFocus);
}

bool SandboxPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (auto *split = qobject_cast<QSplitter *>(watched); split && event->type() == QEvent::Resize)
        QTimer::singleShot(0, split, [this, split] { fitPayload(split); });
    // Tabbed into, the table selects the row it puts the cursor on: the actions then apply to
    // something, and the payload shows.
    if (watched == m_table && event->type() == QEvent::FocusIn &&
        static_cast<QFocusEvent *>(event)->reason() != Qt::MouseFocusReason &&
        !m_table->selectionModel()->hasSelection() && m_filter->rowCount() > 0) {
        QTimer::singleShot(0, m_table, [this] {
            const QModelIndex current = m_table->currentIndex();
            m_table->selectionModel()->setCurrentIndex(current.isValid() ? current : m_filter->index(0, 0),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        });
    }
    // Escape in a search with text clears it; in an empty one it is left to others.
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        applyFilter();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SandboxPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The result colours come from the palette when painted: a repaint picks the new ones.
    if (event->type() == QEvent::PaletteChange)
        m_table->viewport()->update();
}

int SandboxPanel::eventCount() const
{
    return m_model->rowCount();
}

void SandboxPanel::addEvent(const RecordedEvent &event)
{
    m_pending.append(event);
    // A burst longer than the panel keeps: only its newest calls can be shown.
    if (m_pending.size() >= 2 * m_model->capacity()) {
        const qsizetype letGo = m_pending.size() - m_model->capacity();
        m_pending.remove(0, letGo);
        m_pendingLetGo += letGo;
    }
    if (!m_flushTimer->isActive())
        m_flushTimer->start(); // not restarted by later events: a steady stream still shows
}

void SandboxPanel::flushPending()
{
    m_flushTimer->stop();
    if (m_pending.isEmpty() && m_pendingLetGo == 0)
        return;
    const QList<RecordedEvent> events = std::exchange(m_pending, {});
    m_model->add(events, std::exchange(m_pendingLetGo, 0));
    updateCounts();
}

void SandboxPanel::updateForward(qint64 id, const ForwardOutcome &outcome)
{
    m_table->horizontalHeader()->setSectionHidden(SandboxEventsModel::UpstreamColumn, false);
    for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
        if (m_pending[i].id == id) {
            m_pending[i].forward = outcome;
            return;
        }
    }
    if (m_model->updateForward(id, outcome))
        if (const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
            current.isValid() && m_model->eventAt(current.row()).id == id)
            showCurrent();
}

bool SandboxPanel::updateEvent(const RecordedEvent &event)
{
    for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
        if (m_pending[i].id == event.id) {
            m_pending[i] = event;
            return true;
        }
    }
    const bool kept = m_model->updateEvent(event);
    if (kept) {
        updateCounts();
        if (const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
            current.isValid() && m_model->eventAt(current.row()).id == event.id)
            showCurrent();
    }
    return kept;
}

void SandboxPanel::applyFilter()
{
    m_searchDebounce->stop();
    EventFilter filter;
    if (const QString type = m_type->currentData().toString(); !type.isEmpty())
        filter.type = type;
    switch (Outcome(m_outcome->currentData().toInt())) {
    case Outcome::All: break;
    case Outcome::Accepted: filter.accepted = true; break;
    case Outcome::Dropped: filter.accepted = false; break;
    case Outcome::Duplicates: filter.duplicate = true; break;
    }
    if (const QString text = m_search->text().trimmed(); !text.isEmpty())
        filter.search = text;
    m_filter->setFilter(filter);
    if (const QModelIndex current = m_table->currentIndex(); current.isValid())
        m_table->scrollTo(current);
    updateCounts();
}

void SandboxPanel::updateCounts()
{
    const int kept = m_model->rowCount();
    if (kept == 0) {
        m_counts->setText(m_sandbox ? tr("Listening on %1: calls sent to “Local sandbox” appear here.")
                                          .arg(m_sandbox->baseUrl().toString())
                                    : m_notRunning);
        return;
    }
    const SandboxEventsModel::Counts c = m_model->counts();
    QString of = number(kept);
    if (m_model->received() > kept)
        of = tr("%1 kept (%2 received)").arg(number(kept), number(m_model->received()));
    QStringList parts {tr("Showing %1 of %2").arg(number(m_filter->rowCount()), of),
        tr("%1 accepted").arg(number(c.accepted)), tr("%1 dropped").arg(number(c.dropped))};
    parts.append(tr("%Ln duplicate(s)", nullptr, int(c.duplicates)));
    // A line breaks after a "·", never inside "1 duplicate" (the first part may break anywhere:
    // whole, it would widen the dock past a small screen).
    for (qsizetype i = 1; i < parts.size(); ++i)
        parts[i].replace(u' ', QChar::Nbsp);
    m_counts->setText(parts.join(QString(QChar::Nbsp) + QStringLiteral("· ")));
}

void SandboxPanel::updateActions()
{
    const bool any = m_table->selectionModel()->hasSelection();
    m_openAction->setEnabled(any && bool(m_hooks.openInComposer));
    m_saveAction->setEnabled(any && bool(m_hooks.saveRequests));
    m_exportAction->setEnabled(any);
    m_curlAction->setEnabled(any);
    m_clearAction->setEnabled(!m_sandbox.isNull());
}

void SandboxPanel::showCurrent()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    if (!current.isValid())
        return;
    const RecordedEvent &e = m_model->eventAt(current.row());
    QString text = e.accepted ? QString() : tr("Dropped: %1\n%2\n\n").arg(e.reason, e.message);
    text += e.payload.isString() ? e.payload.toString()
                                 : QString::fromUtf8(writeJson(e.payload, JsonStyle::Pretty));
    m_payload->setPlainText(text);
}

QList<RecordedEvent> SandboxPanel::selectedEvents() const
{
    QList<int> rows;
    for (const QModelIndex &at : m_table->selectionModel()->selectedRows())
        rows.append(m_filter->mapToSource(at).row());
    // Rows run newest first: the highest row is the oldest call.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    QList<RecordedEvent> events;
    events.reserve(rows.size());
    for (int row : rows)
        events.append(m_model->eventAt(row));
    return events;
}

void SandboxPanel::say(const QString &text)
{
    emit message(text);
}

bool SandboxPanel::openSelectedInComposer()
{
    const QList<RecordedEvent> events = selectedEvents();
    if (events.isEmpty() || !m_hooks.openInComposer)
        return false;
    const ReplayCalls replay = replayCalls(events);
    if (replay.calls.empty()) {
        // A body that was not JSON: opened as it came, to be fixed in the composer.
        const RecordedEvent &e = events.first();
        if (events.size() == 1 && e.payload.isString())
            return m_hooks.openInComposer(
                e.payload.toString(), callTypeFromName(e.type).value_or(CallType::Track));
        say(tr("The selected calls hold nothing to open: the sandbox kept no body for them."));
        return false;
    }
    // As a request to send again: without the messageId that would get it de-duplicated away.
    if (replay.calls.size() == 1) {
        const ReplayCall &call = replay.calls.front();
        return m_hooks.openInComposer(
            QString::fromUtf8(writeJson(JsonValue(replayRequestBody(call)), JsonStyle::Pretty)),
            call.type.value_or(callTypeFromName(events.first().type).value_or(CallType::Track)));
    }
    JsonArray items;
    for (const ReplayCall &call : replay.calls)
        items.push_back(JsonValue(replayRequestBody(call)));
    JsonObject batch;
    batch.insert(QStringLiteral("batch"), JsonValue(std::move(items)));
    return m_hooks.openInComposer(
        QString::fromUtf8(writeJson(JsonValue(std::move(batch)), JsonStyle::Pretty)), CallType::Batch);
}

bool SandboxPanel::saveSelectedAsRequests()
{
    const QList<RecordedEvent> events = selectedEvents();
    if (events.isEmpty())
        return false;
    QString note;
    const bool saved = saveReplayAsRequests(replayCalls(events), m_hooks, &note);
    if (!note.isEmpty())
        say(note);
    return saved;
}

Status SandboxPanel::exportSelected(const QString &file)
{
    Result<QString> done = exportReplay(replayCalls(selectedEvents()), file);
    if (!done)
        return done.error();
    say(done.value());
    return Done {};
}

void SandboxPanel::exportSelectedInteractive()
{
    const QString text = exportReplayInteractive(
        this, replayCalls(selectedEvents()), m_hooks, QStringLiteral("sandbox-calls.jsonl"));
    if (!text.isEmpty())
        say(text);
}

bool SandboxPanel::copySelectedAsCurl()
{
    const ReplayCalls replay = replayCalls(selectedEvents());
    const SnippetTarget target = m_hooks.snippetTarget ? m_hooks.snippetTarget() : SnippetTarget {};
    QStringList commands;
    for (const ReplayCall &call : replay.calls) {
        if (call.type)
            commands.append(curlSnippet(Payload(*call.type, replayRequestBody(call)), target));
    }
    if (commands.isEmpty()) {
        say(tr("Nothing to copy: the selected calls have no body or no call type the sandbox could read."));
        return false;
    }
    QApplication::clipboard()->setText(commands.join(QStringLiteral("\n\n")));
    say(commands.size() == 1 ? tr("Copied as curl (the key is read from $CDP_API_KEY).")
                             : tr("Copied %n curl command(s) (the key is read from $CDP_API_KEY).", nullptr,
                                   int(commands.size())));
    return true;
}

void SandboxPanel::clear()
{
    m_flushTimer->stop();
    m_pending.clear();
    m_pendingLetGo = 0;
    if (m_sandbox)
        m_sandbox->clearEvents();
    m_model->clear();
    m_payload->clear();
    updateActions();
    updateCounts();
}

} // namespace ewb
