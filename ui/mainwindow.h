// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "model/payload.h"
#include "sources/source.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QNetworkAccessManager;
class QTimer;
class QToolBar;

namespace ewb {

class ComposerPanel;
class DraftStore;
class FallbackKeyStore;
class HttpClient;
class RunnerWindow;
class BackfillWindow;
class ResponseView;
class Sandbox;
class SandboxPanel;
class ForwardMenu;
class SendJob;
class Settings;
class SourcesPanel;
class SourceStore;
class Workspace;

// Where the window keeps its state; tests point these at temporary folders.
struct WorkbenchOptions
{
    QString configFolder; // settings.ini, sources.json; empty: the platform's places
    QString dataFolder; // draft.json
    bool startSandbox = true;
    // Light or dark from the command line; empty: the saved choice (the system's by default).
    QString palette;
};

// The workbench window: the composer in the middle, sources and the sandbox on the left, the
// response below. It wires the panels to core objects and persists its state; it holds no logic
// of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const WorkbenchOptions &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    Settings *settings() const { return m_settings.get(); }
    ComposerPanel *composer() const { return m_composer; }
    Sandbox *sandbox() const { return m_sandbox.get(); }
    // Collections, environments, history, interchange (issue 5).
    Workspace *workspace() const { return m_workspace; }
    void saveDraftNow();
    void send();
    void cancelSend();
    // File > Run Collection…: the Runner window, made on first use.
    RunnerWindow *showRunner();
    // File > Backfill…: the Backfill window, made on first use.
    BackfillWindow *showBackfill();
    // What asks "send a call the API will drop?": a message box, unless a test answers instead.
    void setSendConfirmation(std::function<bool(const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    bool collectionsHaveFocus() const;
    void styleTarget();
    bool confirmSend(const QString &question);
    void undoOrRedo(bool undo);
    void updateUndoActions();
    void createActions();
    void createPanels(const WorkbenchOptions &options);
    void createNavigation();
    void goToPane(int step);
    void startSandbox();
    void createSandboxMenu();
    void restoreState();
    void showSelectedSource();
    // What Send, the Runner and the Backfill can go to: the sandbox first, then the stored sources.
    std::vector<Source> targets() const;
    void usePalette(const QString &name);

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<SourceStore> m_sources;
    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager *m_network;
    HttpClient *m_client;
    FallbackKeyStore *m_keys;
    SendJob *m_sendJob;
    ComposerPanel *m_composer;
    SourcesPanel *m_sourcesPanel;
    SandboxPanel *m_sandboxPanel;
    ForwardMenu *m_forwardMenu = nullptr;
    ResponseView *m_response;
    QAction *m_sendAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_splitAction = nullptr;
    QAction *m_splitShown = nullptr; // the toolbar's check box, shown for batches
    QLabel *m_target = nullptr;
    Source m_sentTo; // what the last Send went to, for Copy as curl
    std::function<bool(const QString &)> m_confirm;
    QMenu *m_panelsMenu = nullptr;
    // The window's own menus, bars and docks, held rather than looked up by object name.
    struct Parts
    {
        QMenu *fileMenu = nullptr;
        QMenu *editMenu = nullptr;
        QAction *quitAction = nullptr;
        QToolBar *sendToolBar = nullptr;
        QDockWidget *sourcesDock = nullptr;
        QDockWidget *sandboxDock = nullptr;
        QDockWidget *responseDock = nullptr;
    };
    Parts m_ui;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QTimer *m_autosave;
    QMenu *m_viewMenu = nullptr;
    Workspace *m_workspace = nullptr;
    RunnerWindow *m_runner = nullptr;
    BackfillWindow *m_backfill = nullptr;
    QString m_dataFolder;
    std::optional<Source> m_sandboxSource;
    // The window's parts in the order F6 goes through them (View > Go To: Alt+1 and on).
    struct Pane
    {
        QWidget *region; // holds the focus while the pane has it
        QDockWidget *dock; // shown and raised first; null for the composer's parts
        std::function<void()> focus;
    };
    std::vector<Pane> m_panes;
};

} // namespace ewb
