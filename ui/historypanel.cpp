// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "historypanel.h"

#include "columnsmenu.h"
#include "countsuffix.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "historytableproxy.h"
#include "json/jsonparser.h"
#include "keyboardaccess.h"
#include "settings/settings.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ewb {

HistoryPanel::HistoryPanel(HistoryStore *store, Settings *settings, QWidget *parent)
    : QWidget(parent), m_store(store), m_settings(settings)
{
    setObjectName(QStringLiteral("historyPanel"));
    m_model = new HistoryModel(store, this);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("historyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); padding: 4px; }"));
    m_banner->hide();

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search names, bodies, URLs, answers…"));
    enableClearButton(m_search);
    m_search->setAccessibleName(tr("Search history"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    // Short texts: the three share a row of a dock that is often under 300 pixels wide.
    m_status->addItem(tr("Status"), int(StatusFilter::Any));
    m_status->addItem(tr("2xx"), int(StatusFilter::Success));
    m_status->addItem(tr("Not 2xx"), int(StatusFilter::NotSuccess));
    m_status->addItem(tr("4xx"), int(StatusFilter::ClientError));
    m_status->addItem(tr("5xx"), int(StatusFilter::ServerError));
    m_status->addItem(tr("No answer"), int(StatusFilter::NoAnswer));
    m_status->setToolTip(tr("Show only sends with this outcome"));
    m_status->setAccessibleName(tr("Status filter"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("historyType"));
    m_type->addItem(tr("Type"), QString());
    for (CallType type : allCallTypes)
        m_type->addItem(callTypeTitle(type), callTypeName(type));
    m_type->setToolTip(tr("Show only calls of this type"));
    m_type->setAccessibleName(tr("Type filter"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("historySource"));
    m_source->setToolTip(tr("Show only sends to this source"));
    m_source->setAccessibleName(tr("Source filter"));
    // Wide enough for the no-filter texts ("Status", "Type", "Source"); the lists show the rest.
    for (QComboBox *box : {m_status, m_type, m_source}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setIconSize(QSize(1, 1)); // no icons: no room kept for one
        box->setMinimumContentsLength(6);
    }

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("History"));
    m_table->setAccessibleDescription(tr("Every send, newest first; Enter reopens one in the composer"));
    auto *proxy = new HistoryTableProxy(this);
    proxy->setSourceModel(m_model);
    m_table->setModel(proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // a list of sends: arrows go through it, Tab moves on
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    arrangeColumns();
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &at) { reopen(at.row()); });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &HistoryPanel::showMenu);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_maxDays = new QSpinBox(this);
    m_maxDays->setObjectName(QStringLiteral("historyMaxDays"));
    m_maxDays->setAccessibleName(tr("Keep sends for"));
    m_maxDays->setRange(0, 3650);
    m_maxDays->setSpecialValueText(tr("any age"));
    m_maxDays->setValue(settings->getInt(Settings::Key::HistoryMaxAgeDays));
    setCountSuffix(m_maxDays, [](int n) { return tr(" day(s)", nullptr, n); });
    m_maxEntries = new QSpinBox(this);
    m_maxEntries->setObjectName(QStringLiteral("historyMaxEntries"));
    m_maxEntries->setAccessibleName(tr("Keep at most"));
    m_maxEntries->setRange(0, 9'999'999);
    m_maxEntries->setSingleStep(1000);
    // Their width follows the largest value; these are wide enough for the usual ones.
    m_maxDays->setMinimumWidth(60);
    m_maxEntries->setMinimumWidth(60);
    m_maxDays->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_maxEntries->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_maxEntries->setSpecialValueText(tr("any number"));
    m_maxEntries->setValue(settings->getInt(Settings::Key::HistoryMaxEntries));
    setCountSuffix(m_maxEntries, [](int n) { return tr(" send(s)", nullptr, n); });
    m_maxEntries->setGroupSeparatorShown(true);
    m_maxDays->setToolTip(tr("Sends older than this are removed (0: kept at any age)"));
    m_maxEntries->setToolTip(tr("Only the newest this many sends are kept (0: no limit)"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status, 1);
    filters->addWidget(m_type, 1);
    filters->addWidget(m_source, 1);
    auto *retention = new QHBoxLayout;
    retention->addWidget(new QLabel(tr("Keep:"), this));
    // The count's box gets the more room: "100,000 sends" is longer than "90 days", and more so in
    // a translation ("100.000 Einträge").
    retention->addWidget(m_maxDays, 2);
    retention->addWidget(m_maxEntries, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addLayout(retention);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &HistoryPanel::applyQuery);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_status, m_type, m_source})
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyQuery);
    connect(m_maxDays, &QSpinBox::editingFinished, this, &HistoryPanel::applyRetention);
    connect(m_maxEntries, &QSpinBox::editingFinished, this, &HistoryPanel::applyRetention);
    connect(m_store, &HistoryStore::changed, this, &HistoryPanel::refreshSources);
    connect(m_store, &HistoryStore::recovered, this, &HistoryPanel::showBanner);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_model->lastError().isEmpty())
            m_count->setText(m_model->lastError());
        else if (Result<qint64> n = m_store->isOpen() ? m_store->count(m_model->query()) : Result<qint64>(0))
            m_count->setText(tr("%Ln send(s)", nullptr, int(n.value())));
    });

    m_store->setRetention({settings->getInt(Settings::Key::HistoryMaxAgeDays),
        settings->getInt(Settings::Key::HistoryMaxEntries)});
    refreshSources();
    applyQuery();
}

void HistoryPanel::arrangeColumns()
{
    // Status first (the outcome is what one scans for), a compact time, the type, and the request's
    // name or URL taking the rest. Source, environment and duration are in each row's tooltip and
    // can be shown from the header's menu.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    const int order[] = {HistoryModel::StatusColumn, HistoryModel::TimeColumn, HistoryModel::TypeColumn,
        HistoryModel::NameColumn, HistoryModel::SourceColumn, HistoryModel::EnvironmentColumn,
        HistoryModel::DurationColumn};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    for (int column : {HistoryModel::StatusColumn, HistoryModel::TimeColumn, HistoryModel::TypeColumn,
             HistoryModel::SourceColumn, HistoryModel::EnvironmentColumn, HistoryModel::DurationColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryModel::NameColumn, QHeaderView::Stretch);
    for (int column :
        {HistoryModel::SourceColumn, HistoryModel::EnvironmentColumn, HistoryModel::DurationColumn})
        header->setSectionHidden(column, true);
    offerColumnsMenu(
        header, {HistoryModel::SourceColumn, HistoryModel::EnvironmentColumn, HistoryModel::DurationColumn});
}

void HistoryPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void HistoryPanel::focusList()
{
    if (!m_table->currentIndex().isValid() && m_table->model()->rowCount() > 0)
        m_table->setCurrentIndex(m_table->model()->index(0, HistoryModel::StatusColumn));
    m_table->setFocus(Qt::ShortcutFocusReason);
}

void HistoryPanel::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void HistoryPanel::applyQuery()
{
    m_debounce->stop();
    HistoryQuery query;
    query.text = m_search->text().trimmed();
    query.status = StatusFilter(m_status->currentData().toInt());
    const QString type = m_type->currentData().toString();
    if (!type.isEmpty())
        query.type = callTypeFromName(type);
    query.sourceName = m_source->currentData().toString();
    m_model->setQuery(query);
}

void HistoryPanel::refreshSources()
{
    if (!m_store->isOpen())
        return;
    Result<QStringList> names = m_store->sourceNames();
    const QString current = m_source->currentData().toString();
    const QSignalBlocker block(m_source);
    m_source->clear();
    m_source->addItem(tr("Source"), QString());
    if (names) {
        for (const QString &name : names.value())
            m_source->addItem(name, name);
    }
    const int at = m_source->findData(current);
    m_source->setCurrentIndex(at < 0 ? 0 : at);
}

void HistoryPanel::applyRetention()
{
    const RetentionPolicy policy {m_maxDays->value(), m_maxEntries->value()};
    m_settings->set(Settings::Key::HistoryMaxAgeDays, policy.maxAgeDays);
    m_settings->set(Settings::Key::HistoryMaxEntries, policy.maxEntries);
    if (policy == m_store->retention() || !m_store->isOpen())
        return;
    m_store->setRetention(policy);
    Result<int> removed = m_store->applyRetention(policy);
    if (!removed)
        emit message(removed.error().message);
    else if (removed.value() > 0)
        emit message(tr("%Ln send(s) removed from the history.", nullptr, removed.value()));
}

void HistoryPanel::reopen(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    Result<HistoryEntry> entry = m_store->entry(m_model->entryAt(row).id);
    if (!entry) {
        emit message(entry.error().message);
        return;
    }
    emit reopenRequested(entry.value());
}

void HistoryPanel::showMenu(const QPoint &at)
{
    const bool any = m_table->selectionModel()->hasSelection();
    QMenu menu(this);
    QAction *open = menu.addAction(tr("Open in Composer"), this, [this] {
        if (const QModelIndex current = m_table->currentIndex(); current.isValid())
            reopen(current.row());
    });
    open->setEnabled(m_table->currentIndex().isValid());
    menu.addSeparator();
    QAction *save = menu.addAction(tr("Save as Requests…"), this, [this] { saveSelectedAsRequests(); });
    save->setObjectName(QStringLiteral("historySaveAsRequests"));
    save->setEnabled(any && bool(m_replay.saveRequests));
    save->setToolTip(tr("Save the calls the selected sends made as requests of a collection"));
    QAction *exportAction = menu.addAction(tr("Export as JSONL…"), this, [this] {
        const QString text =
            exportReplayInteractive(this, selectedCalls(), m_replay, QStringLiteral("history-calls.jsonl"));
        if (!text.isEmpty())
            emit message(text);
    });
    exportAction->setObjectName(QStringLiteral("historyExportJsonl"));
    exportAction->setEnabled(any);
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

QList<HistoryEntry> HistoryPanel::selectedEntries() const
{
    // The rows show summaries; the bodies are read for the selected ones only.
    QList<qint64> ids;
    for (const QModelIndex &at : m_table->selectionModel()->selectedRows())
        ids.append(m_model->entryAt(at.row()).id);
    std::sort(ids.begin(), ids.end()); // ids grow with time: oldest first
    QList<HistoryEntry> entries;
    for (qint64 id : ids) {
        if (Result<HistoryEntry> entry = m_store->entry(id))
            entries.append(std::move(entry).value());
    }
    return entries;
}

ReplayCalls HistoryPanel::selectedCalls() const
{
    ReplayCalls all;
    for (const HistoryEntry &entry : selectedEntries()) {
        Result<JsonValue> body = parseJson(entry.requestBody);
        ReplayCalls calls = replayCalls(body ? body.value() : JsonValue(), callTypeName(entry.type));
        all.skipped += calls.skipped;
        for (ReplayCall &call : calls.calls)
            all.calls.push_back(std::move(call));
    }
    return all;
}

bool HistoryPanel::saveSelectedAsRequests()
{
    QString note;
    const bool saved = saveReplayAsRequests(selectedCalls(), m_replay, &note);
    if (!note.isEmpty())
        emit message(note);
    return saved;
}

Status HistoryPanel::exportSelected(const QString &file)
{
    Result<QString> done = exportReplay(selectedCalls(), file);
    if (!done)
        return done.error();
    emit message(done.value());
    return Done {};
}

} // namespace ewb
