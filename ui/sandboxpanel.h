// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "interchange/codesnippets.h"
#include "replayactions.h"
#include "sandbox/recordedevent.h"
#include "util/result.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace ewb {

class Sandbox;
class SandboxEventsFilter;
class SandboxEventsModel;

// What the panel does with selected calls through the rest of the window (set once the window's
// workspace exists; an action without its hook is left disabled).
struct SandboxPanelHooks : ReplayHooks
{
    // Opens the text in the composer; false when the user kept what was open.
    std::function<bool(const QString &text, CallType type)> openInComposer;
    // Where Copy as curl sends: the source selected for Send.
    std::function<SnippetTarget()> snippetTarget;
};

// The calls the built-in sandbox received, live, newest first: time, type, event, user, accepted
// or dropped with the reason. Filtered by type, outcome and a search (the sandbox's own event
// filter, as GET /_sandbox/events uses it), with counts; the selected calls open in the composer,
// are saved as requests, exported as JSONL for `ewb backfill` (replay.h) or copied as curl.
// Selecting one shows the payload as stored.
//
// Events are taken in every 100 ms, not one by one (a backfill sends thousands a second), and the
// rows in view stay in place while new ones arrive above them, unless the view is at the top with
// nothing selected: then it follows the newest.
class SandboxPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxPanel)

public:
    explicit SandboxPanel(QWidget *parent = nullptr);

    void attach(Sandbox *sandbox);
    void setHooks(SandboxPanelHooks hooks);
    void showNotRunning(const QString &why);
    void focusSearch();

    SandboxEventsModel *model() const { return m_model; }
    SandboxEventsFilter *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    int eventCount() const; // rows kept (not only those shown)
    // Takes in the events waiting for the next 100 ms tick now (tests; clearing).
    void flushPending();
    // A recorded event whose outcome changed later (the upstream answer, when forwarding): its row
    // is refreshed, or its copy still waiting to be taken in replaced. False when it is no longer kept.
    bool updateEvent(const RecordedEvent &event);
    // Sandbox::eventForwarded: the Upstream column (shown from the first one) and the payload view.
    void updateForward(qint64 id, const ForwardOutcome &outcome);
    // The selected events, oldest first (the order they are replayed in).
    QList<RecordedEvent> selectedEvents() const;

    // The actions, callable directly (tests): on the selected events.
    bool openSelectedInComposer();
    bool saveSelectedAsRequests();
    Status exportSelected(const QString &file);
    bool copySelectedAsCurl();
    void clear();

signals:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addEvent(const RecordedEvent &event);
    void applyFilter();
    void updateCounts();
    void updateActions();
    void showCurrent();
    void fitPayload(QSplitter *split);
    void exportSelectedInteractive();
    void say(const QString &text);

    QPointer<Sandbox> m_sandbox;
    SandboxPanelHooks m_hooks;
    SandboxEventsModel *m_model;
    SandboxEventsFilter *m_filter;
    QList<RecordedEvent> m_pending;
    qint64 m_pendingLetGo = 0; // let go from m_pending before it was taken in
    QTimer *m_flushTimer;
    QTimer *m_searchDebounce;
    bool m_keepPlace = false;
    bool m_payloadSqueezed = false; // collapsed for want of room, not by the user
    int m_scrollBefore = 0;

    QString m_notRunning;
    QLineEdit *m_search;
    QComboBox *m_type;
    QComboBox *m_outcome;
    QTableView *m_table;
    QPlainTextEdit *m_payload;
    QLabel *m_counts;
    QMenu *m_menu;
    QAction *m_openAction;
    QAction *m_saveAction;
    QAction *m_exportAction;
    QAction *m_curlAction;
    QAction *m_clearAction;
};

} // namespace ewb
