// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "compose/composevariables.h"
#include "history/historyentry.h"
#include "interchange/codesnippets.h"
#include "replayactions.h"
#include "variables/secretmask.h"

#include <QHash>
#include <QObject>

#include <optional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;

namespace ewb {

class CollectionsPanel;
class ComposerPanel;
class EnvironmentSelector;
class FallbackKeyStore;
class HistoryPanel;
class HistoryStore;
class SendJob;
class Settings;
class SourcesPanel;

// What the window lends the workspace.
struct WorkspaceParts
{
    QMainWindow *window = nullptr;
    ComposerPanel *composer = nullptr;
    Settings *settings = nullptr;
    SendJob *sendJob = nullptr;
    SourcesPanel *sources = nullptr;
    QMenu *fileMenu = nullptr;
    QAction *fileMenuBefore = nullptr; // the File menu's items go before this one (Quit)
    QMenu *editMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *panelsMenu = nullptr; // View > Panels: a show/hide item per dock
    QToolBar *toolBar = nullptr;
    QList<QDockWidget *> leftDocks; // under the collections dock, in this order
    QDockWidget *responseDock = nullptr; // the history dock is tabbed with it
    QString dataFolder;
};

// Collections, environments, history and interchange in the window: it makes the docks, the
// environment picker and the menu items, resolves `{{variables}}` for the composer and for Send,
// and records every send in the history. The window keeps only three hooks into it: what to send,
// whether it may close, and this object itself.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    explicit Workspace(const WorkspaceParts &parts);
    ~Workspace() override;

    CollectionsPanel *collections() const { return m_collections; }
    EnvironmentSelector *environments() const { return m_environments; }
    HistoryPanel *history() const { return m_history; }
    HistoryStore *historyStore() const { return m_historyStore; }

    // The composer's payload with its variables resolved, and remembers where it goes for the
    // history. nullopt, with the reason in the status bar, when a variable does not resolve: an
    // unresolved variable is never sent.
    std::optional<Payload> payloadToSend(const QString &sourceName);
    // Asks about unsaved work; false when the user cancels closing.
    bool mayClose();

    // The File and Edit menus' actions, callable directly (tests, scripts).
    bool importPostman(const QString &file, const QString &intoFolder);
    bool exportPostman(const QString &file);
    bool pasteCurl(const QString &command);
    // A call from elsewhere (a backfill's rejected row) into the composer, as it was written, to be
    // fixed there; asks first when the open request has unsaved edits.
    bool openInComposer(const QString &text, CallType fallbackType);
    // Flushes the composer first; empty, with the reason in the status bar, when its text does not parse.
    QString snippet(SnippetLanguage language);
    // Where a snippet sends: the source selected for Send (the default endpoint when none is).
    SnippetTarget snippetTarget() const;
    // Save as Requests and Export as JSONL, for the panels that replay calls (sandbox, history).
    ReplayHooks replayHooks();
    // The secret values of the send in flight: what the response view shows goes through it too.
    const SecretMask &sendingSecrets() const { return m_sending.secrets; }

signals:
    void message(const QString &text);

private:
    void createMenus(const WorkspaceParts &parts);
    void updateVariables();
    void updateTitle();
    void readCollectionSecrets(const Collection &header);
    void record(const OutgoingRequest &request, const HttpResult &result, int index);
    void reopen(const HistoryEntry &entry);
    void importPostmanInteractive();
    void exportPostmanInteractive();
    ComposeVariables currentVariables() const;

    QMainWindow *m_window;
    ComposerPanel *m_composer;
    Settings *m_settings;
    SourcesPanel *m_sources;
    SendJob *m_sendJob;
    FallbackKeyStore *m_variableKeys;
    CollectionsPanel *m_collections;
    EnvironmentSelector *m_environments;
    HistoryStore *m_historyStore;
    HistoryPanel *m_history;
    // Collection secrets read from the keychain, by scope and name; in memory only.
    QHash<QString, QHash<QString, QString>> m_collectionSecrets;
    QSet<QString> m_secretsAsked;
    // The send in flight, for its history entries.
    struct Sending
    {
        QString sourceName;
        QString environmentName;
        QString requestName;
        SecretMask secrets; // masked out of what history keeps and the response view shows
    };
    Sending m_sending;
};

} // namespace ewb
