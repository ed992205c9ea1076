// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "history/historyentry.h"
#include "replayactions.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTimer;

namespace ewb {

class HistoryModel;
class HistoryStore;
class Settings;

// The history dock: every send, newest first, with a full-text search box, filters by status,
// call type and source, the retention setting, and a banner when the database had to be started
// afresh. Activating an entry asks for it to be reopened in the composer.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    // store may be closed (it could not be opened): the panel then says why and stays empty.
    HistoryPanel(HistoryStore *store, Settings *settings, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void showBanner(const QString &text);
    // Save as Requests and Export as JSONL of the selected entries' calls (replayactions.h).
    void setReplayHooks(ReplayHooks hooks) { m_replay = std::move(hooks); }
    // The selected entries in full (bodies included), oldest first: the order they are replayed in.
    QList<HistoryEntry> selectedEntries() const;
    // The calls the selected entries sent: a batch as its calls.
    ReplayCalls selectedCalls() const;
    bool saveSelectedAsRequests();
    Status exportSelected(const QString &file);
    void focusSearch();
    void focusList(); // View > Go To > History: the sends, the first one current

signals:
    void reopenRequested(const ewb::HistoryEntry &entry);
    void message(const QString &text);

private:
    void arrangeColumns();
    void applyQuery();
    void refreshSources();
    void applyRetention();
    void reopen(int row);
    void showMenu(const QPoint &at);

    HistoryStore *m_store;
    Settings *m_settings;
    HistoryModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_type;
    QComboBox *m_source;
    QTableView *m_table;
    QLabel *m_banner;
    QLabel *m_count;
    QSpinBox *m_maxDays;
    QSpinBox *m_maxEntries;
    QTimer *m_debounce;
    ReplayHooks m_replay;
};

} // namespace ewb
