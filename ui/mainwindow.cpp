// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "mainwindow.h"

#include "backfillwindow.h"
#include "collectionspanel.h"
#include "compose/draftstore.h"
#include "compose/fallbackkeystore.h"
#include "compose/sendjob.h"
#include "compose/sendplan.h"
#include "composerpanel.h"
#include "environmentselector.h"
#include "forwardmenu.h"
#include "historypanel.h"
#include "interchange/codesnippets.h"
#include "jsoneditor.h"
#include "keyboardaccess.h"
#include "languagemenu.h"
#include "net/httpclient.h"
#include "palette.h"
#include "responseview.h"
#include "runnerwindow.h"
#include "sandbox/sandbox.h"
#include "sandboxpanel.h"
#include "settings/settings.h"
#include "sources/sourcestore.h"
#include "sourcespanel.h"
#include "util/appfolders.h"
#include "validation/validator.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QGuiApplication>
#include <QHostAddress>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUuid>

namespace ewb {

namespace {
// The built-in sandbox's source: not stored (its port changes every run), always listed first.
const QUuid sandboxSourceId(QStringLiteral("{6f1c1f3e-2d0b-4a57-9c61-0b5a9d1e7a01}"));
const QString sandboxKey = QStringLiteral("sandbox");
} // namespace

MainWindow::MainWindow(const WorkbenchOptions &options, QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Event Workbench"));
    m_settings = std::make_unique<Settings>(Settings::fileIn(options.configFolder));
    m_drafts = std::make_unique<DraftStore>(options.dataFolder);
    // Before any widget exists, so that every one is built with the right colours.
    const QString palette =
        options.palette.isEmpty() ? m_settings->getString(Settings::Key::DarkPalette) : options.palette;
    applyPalette(palette == u"dark" ? PaletteChoice::Dark
            : palette == u"light"   ? PaletteChoice::Light
                                    : PaletteChoice::System);

    m_composer = new ComposerPanel(this);
    setCentralWidget(m_composer);
    createPanels(options);

    // Autosave a moment after the last edit: often enough to survive a crash, rarely enough that a
    // 5 MB draft is not rewritten on every keystroke.
    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(1500);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::saveDraftNow);
    connect(m_composer, &ComposerPanel::draftChanged, m_autosave, qOverload<>(&QTimer::start));
    connect(m_composer, &ComposerPanel::notice, this,
        [this](const QString &text) { statusBar()->showMessage(text, 10000); });

    m_dataFolder = options.dataFolder.isEmpty() ? appDataFolder() : options.dataFolder;
    createActions();
    // --- issue 5: collections, environments, history, interchange ---
    m_workspace = new Workspace({this, m_composer, m_settings.get(), m_sendJob, m_sourcesPanel, m_ui.fileMenu,
        m_ui.quitAction, m_ui.editMenu, m_viewMenu, m_panelsMenu, m_ui.sendToolBar,
        {m_ui.sourcesDock, m_ui.sandboxDock}, m_ui.responseDock, m_dataFolder});
    // --- end issue 5 ---
    SandboxPanelHooks sandboxHooks;
    static_cast<ReplayHooks &>(sandboxHooks) = m_workspace->replayHooks();
    sandboxHooks.openInComposer = [this](const QString &text, CallType type) {
        return m_workspace->openInComposer(text, type);
    };
    sandboxHooks.snippetTarget = [this] { return m_workspace->snippetTarget(); };
    m_sandboxPanel->setHooks(std::move(sandboxHooks));
    if (m_viewMenu) {
        // Like Search History (Ctrl+H). Not Ctrl+F: a window-wide Find for the editor would make
        // that key ambiguous whenever the panel has the focus, and neither would work.
        QAction *search = m_viewMenu->addAction(tr("Search Sandbox &Events"), this, [this] {
            m_ui.sandboxDock->show();
            m_ui.sandboxDock->raise();
            m_sandboxPanel->focusSearch();
        });
        search->setObjectName(QStringLiteral("searchSandboxAction"));
        search->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    }
    connect(m_workspace->collections()->undoStack(), &QUndoStack::indexChanged, this,
        &MainWindow::updateUndoActions);
    createNavigation();
    restoreState();
    updateUndoActions();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow()
{
    // The docks go before this object: nothing they say while being destroyed may reach it.
    disconnect(m_workspace->collections()->undoStack(), nullptr, this, nullptr);
    disconnect(qApp, nullptr, this, nullptr);
    m_undoAction = nullptr;
    m_sendJob->cancel();
}

void MainWindow::createPanels(const WorkbenchOptions &options)
{
    const QString configFolder = options.configFolder.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        : options.configFolder;
    m_sources = std::make_unique<SourceStore>(configFolder);
    const Status loaded = m_sources->load();
    m_network = new QNetworkAccessManager(this);
    m_client = new HttpClient(m_network, this);
    m_keys = new FallbackKeyStore(this);
    m_sendJob = new SendJob(m_client, m_keys, this);

    m_sourcesPanel = new SourcesPanel(m_sources.get(), m_keys, m_client, this);
    connect(m_keys, &FallbackKeyStore::keychainUnavailable, m_sourcesPanel,
        &SourcesPanel::showKeychainUnavailable);
    connect(m_sourcesPanel, &SourcesPanel::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_sandboxPanel = new SandboxPanel(this);
    connect(m_sandboxPanel, &SandboxPanel::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    m_response = new ResponseView(this);

    const auto dock = [this](QWidget *panel, const QString &title, const QString &name,
                          Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(panel);
        // Closable, so that View > Panels can hide and show it again.
        d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
            QDockWidget::DockWidgetClosable);
        addDockWidget(area, d);
        return d;
    };
    m_ui.sourcesDock =
        dock(m_sourcesPanel, tr("Sources"), QStringLiteral("sourcesDock"), Qt::LeftDockWidgetArea);
    m_ui.sandboxDock =
        dock(m_sandboxPanel, tr("Sandbox"), QStringLiteral("sandboxDock"), Qt::LeftDockWidgetArea);
    m_ui.responseDock =
        dock(m_response, tr("Response"), QStringLiteral("responseDock"), Qt::RightDockWidgetArea);
    resizeDocks({m_ui.sourcesDock, m_ui.responseDock}, {290, 420}, Qt::Horizontal);

    connect(m_sendJob, &SendJob::partFinished, this,
        [this](int index, int count, const OutgoingRequest &request, const HttpResult &result) {
            SnippetTarget target;
            target.baseUrl = m_sentTo.baseUrl().toString();
            target.strictMode = m_sentTo.strictMode;
            // Shown and copied with the secret variables' values masked, as the history keeps it.
            const SecretMask &secrets = m_workspace->sendingSecrets();
            OutgoingRequest shown = request;
            shown.url = QUrl(secrets.apply(request.url.toString()));
            shown.body = secrets.apply(request.body);
            HttpResult answer = result;
            answer.body = secrets.apply(result.body);
            // The wrong-region caveat is about the real API; the sandbox shows what it kept.
            if (m_sourcesPanel->isSandbox(m_sentTo) && result.isSuccess())
                answer.explanation =
                    tr("The sandbox accepted the call: the Sandbox panel shows it as stored.");
            m_response->showResult(
                shown, answer, index, count, secrets.apply(curlSnippet(m_sendJob->part(index), target)));
        });
    connect(m_sendJob, &SendJob::failed, m_response, &ResponseView::showFailure);
    connect(m_sendJob, &SendJob::finished, this, [this] {
        m_sendAction->setEnabled(true);
        m_cancelAction->setEnabled(false);
    });
    // Only the user's own pick is remembered; a selection made while the list is being filled
    // (at start, after adding or editing a source) must not become the next start's target.
    connect(m_sourcesPanel, &SourcesPanel::chosen, this,
        [this](const QUuid &id) { m_settings->set(Settings::Key::SelectedSource, id.toString()); });
    connect(m_sourcesPanel, &SourcesPanel::selectionChanged, this, &MainWindow::showSelectedSource);

    if (options.startSandbox)
        startSandbox();
    else
        m_sandboxPanel->showNotRunning(tr("started with --no-sandbox"));
    if (!loaded)
        statusBar()->showMessage(loaded.error().message);
    m_keys->probe();
}

void MainWindow::startSandbox()
{
    m_sandbox = std::make_unique<Sandbox>();
    const Status started = m_sandbox->start(SandboxOptions {});
    if (!started) {
        m_sandboxPanel->showNotRunning(started.error().message);
        m_sandbox.reset();
        return;
    }
    Source local;
    local.id = sandboxSourceId;
    local.name = tr("Local sandbox");
    local.region = Region::Custom;
    local.customBaseUrl = m_sandbox->baseUrl();
    local.strictMode = true;
    m_keys->setSessionKey(sandboxSourceId, sandboxKey);
    m_sandboxSource = local;
    m_sourcesPanel->setSandboxSource(local);
    m_sandboxPanel->attach(m_sandbox.get());
    if (m_forwardMenu)
        m_forwardMenu->setSandbox(m_sandbox.get());
}

void MainWindow::createSandboxMenu()
{
    QMenu *sandbox = menuBar()->addMenu(tr("Sandbo&x"));
    sandbox->setObjectName(QStringLiteral("sandboxMenu"));
    m_forwardMenu = new ForwardMenu(
        m_keys,
        [this] {
            std::vector<Source> stored;
            for (const Source &source : m_sources->sources())
                stored.push_back(source);
            return stored;
        },
        this);
    sandbox->addMenu(m_forwardMenu);
    auto *status = new QLabel(this);
    status->setObjectName(QStringLiteral("forwardStatus"));
    statusBar()->addPermanentWidget(status);
    connect(m_forwardMenu, &ForwardMenu::statusChanged, this, [this, status](const QString &text) {
        status->setText(m_forwardMenu->forwardingTo().isNull() ? QString() : text);
        statusBar()->showMessage(text, 8000);
    });
    m_forwardMenu->setSandbox(m_sandbox.get());
}

std::vector<Source> MainWindow::targets() const
{
    std::vector<Source> all;
    if (m_sandboxSource)
        all.push_back(*m_sandboxSource);
    for (const Source &s : m_sources->sources())
        all.push_back(s);
    return all;
}

RunnerWindow *MainWindow::showRunner()
{
    if (!m_runner) {
        RunnerParts parts;
        parts.client = m_client;
        parts.keys = m_keys;
        parts.collectionFolders = [this] { return m_workspace->collections()->openFolders(); };
        parts.sources = [this] { return targets(); };
        parts.selectedSource = [this] { return m_sourcesPanel->selectedSource(); };
        parts.environment = [this] { return m_workspace->environments()->activeEnvironment(); };
        m_runner = new RunnerWindow(std::move(parts), this);
    }
    m_runner->refreshChoices();
    if (const int row = m_workspace->collections()->currentCollectionRow(); row >= 0) {
        const QStringList open = m_workspace->collections()->openFolders();
        if (row < open.size())
            m_runner->selectCollection(open.at(row));
    }
    m_runner->show();
    m_runner->raise();
    m_runner->activateWindow();
    return m_runner;
}

BackfillWindow *MainWindow::showBackfill()
{
    if (!m_backfill) {
        BackfillParts parts;
        parts.client = m_client;
        parts.keys = m_keys;
        parts.dataFolder = m_dataFolder;
        parts.sources = [this] { return targets(); };
        parts.selectedSource = [this] { return m_sourcesPanel->selectedSource(); };
        parts.openInComposer = [this](const QString &text, CallType type) {
            m_workspace->openInComposer(text, type);
        };
        m_backfill = new BackfillWindow(std::move(parts), this);
    }
    m_backfill->refreshChoices();
    m_backfill->show();
    m_backfill->raise();
    m_backfill->activateWindow();
    return m_backfill;
}

void MainWindow::showSelectedSource()
{
    if (!m_target)
        return; // still being built
    const auto source = m_sourcesPanel->selectedSource();
    // Where Send goes is never a plain label: the sandbox reads as safe, anything else as live.
    const QUrl url = source ? source->baseUrl() : QUrl();
    const QString where =
        url.port() < 0 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
    const bool sandbox = source && m_sourcesPanel->isSandbox(*source);
    // Something on this machine (another sandbox, a mock) is not the real API either.
    const bool local = source && !sandbox && QHostAddress(url.host()).isLoopback();
    const bool live = source && !sandbox && !local;
    m_target->setProperty("live", live);
    m_target->setProperty("local", local);
    if (!source) {
        m_target->setText(tr("No source selected: pick one in Sources"));
        m_target->setToolTip(QString());
    } else if (local) {
        m_target->setText(tr("Local: %1 (%2)").arg(source->name, where));
        m_target->setToolTip(tr("Send goes to %1 on this machine (strict mode %2)")
                                 .arg(url.toString(), source->strictMode ? tr("on") : tr("off")));
    } else if (live) {
        m_target->setText(tr("LIVE: %1 (%2)").arg(source->name, where));
        m_target->setToolTip(
            tr("Send goes to the real API at %1 (strict mode %2)")
                .arg(source->baseUrl().toString(), source->strictMode ? tr("on") : tr("off")));
    } else {
        m_target->setText(tr("Sandbox: %1").arg(source->name));
        m_target->setToolTip(tr("Send goes to the built-in sandbox at %1: nothing leaves this machine")
                                 .arg(source->baseUrl().toString()));
    }
    styleTarget();
    m_sendAction->setEnabled(source.has_value() && !m_sendJob->isRunning());
}

void MainWindow::styleTarget()
{
    // A chip: tinted background, a border in the tone's colour, from the palette (light and dark).
    const bool live = m_target->property("live").toBool();
    const bool local = m_target->property("local").toBool();
    const QPalette p = palette();
    const QColor edge = toneColor(live ? Tone::Error : local ? Tone::Warning : Tone::Success, p);
    QColor fill = edge;
    fill.setAlphaF(isDarkPalette() ? 0.28 : 0.14);
    m_target->setStyleSheet(QStringLiteral("QLabel#sendTarget { border: 1px solid %1; border-radius: 4px; "
                                           "padding: 2px 8px; margin-left: 8px; background: %2; "
                                           "font-weight: %3; }")
                                .arg(edge.name(), fill.name(QColor::HexArgb),
                                    live ? QStringLiteral("bold") : QStringLiteral("normal")));
}

void MainWindow::send()
{
    const auto source = m_sourcesPanel->selectedSource();
    if (!source || m_sendJob->isRunning())
        return;
    // What the JSON tab shows, not the last text that happened to be checked.
    if (Result<Payload> now = m_composer->flush(); !now) {
        m_response->showFailure(now.error().message);
        statusBar()->showMessage(tr("Not sent: %1").arg(now.error().message), 10000);
        return;
    }
    m_sendAction->setEnabled(false);
    m_cancelAction->setEnabled(true);
    const std::optional<Payload> payload = m_workspace->payloadToSend(source->name); // variables resolved
    if (!payload) {
        m_sendAction->setEnabled(true);
        m_cancelAction->setEnabled(false);
        return;
    }
    const SendPlan plan = planSend(*payload, m_splitAction->isChecked());
    if (plan.refused()) {
        m_sendAction->setEnabled(true);
        m_cancelAction->setEnabled(false);
        m_response->showFailure(tr("Not sent: %1.").arg(plan.refusal));
        return;
    }
    // Without strict mode the API answers 200 to a call it drops: say so before it goes.
    if (!source->strictMode) {
        const auto errors = std::count_if(plan.diagnostics.begin(), plan.diagnostics.end(),
            [](const Diagnostic &d) { return d.severity == Severity::Error; });
        if (errors > 0) {
            const QString question =
                tr("This call has %n error(s), and “%1” does not use strict mode: the API will answer "
                   "200 OK and silently drop what is wrong. Send it anyway?",
                    nullptr, int(errors))
                    .arg(source->name);
            if (!confirmSend(question)) {
                m_sendAction->setEnabled(true);
                m_cancelAction->setEnabled(false);
                statusBar()->showMessage(tr("Not sent: the call has errors (see the list below)."), 10000);
                return;
            }
        }
    }
    m_response->showSending(source->name);
    m_sentTo = *source;
    m_sendJob->start(*source, plan.parts);
}

bool MainWindow::confirmSend(const QString &question)
{
    if (m_confirm)
        return m_confirm(question);
    QMessageBox box(
        QMessageBox::Warning, tr("Send a call the API will drop?"), question, QMessageBox::NoButton, this);
    QPushButton *send = box.addButton(tr("Send Anyway"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == send;
}

void MainWindow::cancelSend()
{
    m_sendJob->cancel();
}

void MainWindow::createActions()
{
    QToolBar *bar = m_ui.sendToolBar = addToolBar(tr("Send"));
    bar->setObjectName(QStringLiteral("sendToolBar"));
    bar->setMovable(false);
    // Qt's own overflow button (shown when the window is too narrow for the bar) has no name.
    if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))) {
        more->setAccessibleName(tr("More toolbar items"));
        more->setToolTip(tr("The toolbar's items that do not fit the window's width"));
    }
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_sendAction =
        bar->addAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("Send"), this, &MainWindow::send);
    m_sendAction->setObjectName(QStringLiteral("sendAction"));
    m_sendAction->setShortcuts(
        {QKeySequence(QStringLiteral("Ctrl+Return")), QKeySequence(QStringLiteral("Ctrl+Enter"))});
    m_sendAction->setToolTip(tr("Send to the selected source (Ctrl+Return)"));
    m_cancelAction = bar->addAction(
        style()->standardIcon(QStyle::SP_BrowserStop), tr("Cancel"), this, &MainWindow::cancelSend);
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+.")));
    m_cancelAction->setToolTip(tr("Stop the send in progress (Ctrl+.)"));
    m_cancelAction->setEnabled(false);
    // A check box, not a toggle button: its state reads at a glance in both looks. Shown for
    // batches only, the one thing it applies to.
    m_splitAction = new QAction(tr("Split oversize batches"), this);
    m_splitAction->setObjectName(QStringLiteral("splitAction"));
    m_splitAction->setCheckable(true);
    m_splitAction->setChecked(m_settings->getBool(Settings::Key::SplitOversizeBatch));
    auto *split = new QCheckBox(m_splitAction->text(), bar);
    split->setObjectName(QStringLiteral("splitCheckBox"));
    split->setToolTip(tr("Send a batch over 500,000 bytes as several compliant batches, in order"));
    split->setChecked(m_splitAction->isChecked());
    connect(split, &QCheckBox::toggled, m_splitAction, &QAction::setChecked);
    connect(m_splitAction, &QAction::toggled, split, &QCheckBox::setChecked);
    m_splitShown = bar->addWidget(split);
    connect(m_splitAction, &QAction::toggled, this, [this](bool on) {
        m_settings->set(Settings::Key::SplitOversizeBatch, on);
        m_composer->setSplitting(on);
    });
    m_composer->setSplitting(m_splitAction->isChecked());
    const auto showSplit = [this] { m_splitShown->setVisible(m_composer->document()->payload().isBatch()); };
    connect(m_composer->document(), &RequestDocument::changed, this, showSplit);
    showSplit();
    m_target = new QLabel(this);
    m_target->setObjectName(QStringLiteral("sendTarget"));
    m_target->setAccessibleName(tr("Send goes to"));
    bar->addWidget(m_target);
    // The primary action: bold, with an icon, and framed like a button even when not hovered.
    // Colours stay the palette's, so it reads the same in the light and dark look.
    if (auto *sendButton = qobject_cast<QToolButton *>(bar->widgetForAction(m_sendAction))) {
        sendButton->setObjectName(QStringLiteral("sendButton"));
        QFont bold = sendButton->font();
        bold.setBold(true);
        sendButton->setFont(bold);
        sendButton->setAutoRaise(false);
    }

    QMenu *file = m_ui.fileMenu = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_sendAction);
    file->addAction(m_cancelAction);
    QAction *test = file->addAction(tr("&Test Connection"), m_sourcesPanel, &SourcesPanel::testConnection);
    test->setObjectName(QStringLiteral("testConnectionAction"));
    test->setShortcut(QKeySequence(QStringLiteral("Ctrl+T")));
    QAction *runner = file->addAction(tr("&Run Collection…"), this, &MainWindow::showRunner);
    runner->setObjectName(QStringLiteral("runCollectionAction"));
    runner->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    QAction *backfill = file->addAction(tr("&Backfill…"), this, &MainWindow::showBackfill);
    backfill->setObjectName(QStringLiteral("backfillAction"));
    backfill->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+B")));
    file->addSeparator();
    QAction *quit = m_ui.quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    // The platform's Quit key, and Ctrl+Q where the platform has none (Qt's offscreen one).
    const QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    quit->setShortcuts(
        quitKeys.isEmpty() ? QList<QKeySequence> {QKeySequence(QStringLiteral("Ctrl+Q"))} : quitKeys);
    // From the Backfill and Runner windows too, which have no menu of their own: it asks there
    // before pausing a backfill, as closing this window does.
    quit->setShortcutContext(Qt::ApplicationShortcut);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *edit = m_ui.editMenu = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    m_undoAction = edit->addAction(tr("&Undo"), this, [this] { undoOrRedo(true); });
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(tr("&Redo"), this, [this] { undoOrRedo(false); });
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(QStringLiteral("Ctrl+Shift+Z"))});
    connect(m_composer->document(), &RequestDocument::undoStateChanged, this, &MainWindow::updateUndoActions);
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::updateUndoActions);
    edit->addSeparator();
    QAction *format = edit->addAction(tr("&Format JSON"), m_composer, &ComposerPanel::formatJson);
    format->setObjectName(QStringLiteral("formatAction"));
    format->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+F")));
    QAction *minify = edit->addAction(tr("&Minify JSON"), m_composer, &ComposerPanel::minifyJson);
    minify->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+M")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *form = view->addAction(tr("F&orm"), this, [this] { m_composer->focusTab(false); });
    form->setObjectName(QStringLiteral("showFormAction"));
    form->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+1")));
    QAction *json = view->addAction(tr("&JSON"), this, [this] { m_composer->focusTab(true); });
    json->setObjectName(QStringLiteral("showJsonAction"));
    json->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+2")));
    // Qt Creator's keys for its issues: from anywhere, to the field or the JSON that is wrong.
    QAction *nextProblem = view->addAction(tr("&Next Problem"), this, [this] { m_composer->goToProblem(1); });
    nextProblem->setObjectName(QStringLiteral("nextProblemAction"));
    nextProblem->setShortcut(QKeySequence(Qt::Key_F8));
    QAction *previousProblem =
        view->addAction(tr("P&revious Problem"), this, [this] { m_composer->goToProblem(-1); });
    previousProblem->setObjectName(QStringLiteral("previousProblemAction"));
    previousProblem->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_viewMenu = view;
    view->addSeparator();
    m_panelsMenu = view->addMenu(tr("&Panels"));
    m_panelsMenu->setObjectName(QStringLiteral("panelsMenu"));
    for (QDockWidget *dock : {m_ui.sourcesDock, m_ui.sandboxDock, m_ui.responseDock})
        m_panelsMenu->addAction(dock->toggleViewAction());
    view->addSeparator();
    QMenu *appearance = view->addMenu(tr("&Appearance"));
    createSandboxMenu();
    auto *group = new QActionGroup(this);
    const QString current = m_settings->getString(Settings::Key::DarkPalette);
    for (const auto &[name, title] : {std::pair {QStringLiteral("system"), tr("Follow the system")},
             std::pair {QStringLiteral("light"), tr("Light")},
             std::pair {QStringLiteral("dark"), tr("Dark")}}) {
        QAction *a = appearance->addAction(title, this, [this, key = name] { usePalette(key); });
        a->setObjectName(QStringLiteral("appearance_") + name);
        a->setCheckable(true);
        a->setChecked(current == name);
        group->addAction(a);
    }
    auto *language = new LanguageMenu(m_settings.get(), view);
    view->addMenu(language);
    connect(language, &LanguageMenu::notice, this,
        [this](const QString &text) { statusBar()->showMessage(text); });
}

// View > Go To: a key for each part of the window, and F6 / Shift+F6 through them in turn (the
// GNOME and Windows key for "the next pane"), so that nothing needs the mouse to be reached.
void MainWindow::createNavigation()
{
    const auto dockOf = [](QWidget *panel) { return qobject_cast<QDockWidget *>(panel->parentWidget()); };
    const auto into = [](QWidget *panel) { return [panel] { focusInto(panel); }; };
    CollectionsPanel *collections = m_workspace->collections();
    HistoryPanel *history = m_workspace->history();
    m_panes = {
        {m_composer, nullptr, [this] { m_composer->focusEditor(); }},
        {m_composer->problemsView(), nullptr, [this] { m_composer->focusProblems(); }},
        {m_ui.responseDock, m_ui.responseDock, into(m_response)},
        {m_ui.sandboxDock, m_ui.sandboxDock, into(m_sandboxPanel)},
        {m_ui.sourcesDock, m_ui.sourcesDock, into(m_sourcesPanel)},
        {dockOf(collections), dockOf(collections), [collections] { collections->focusTree(); }},
        {dockOf(history), dockOf(history), [history] { history->focusList(); }},
    };
    const QString titles[] = {tr("&Composer"), tr("Pro&blems"), tr("&Response"), tr("S&andbox"),
        tr("&Sources"), tr("C&ollections"), tr("&History")};
    const char *names[] = {"goToComposer", "goToProblems", "goToResponse", "goToSandbox", "goToSources",
        "goToCollections", "goToHistory"};
    QMenu *go = m_viewMenu->addMenu(tr("&Go To"));
    go->setObjectName(QStringLiteral("goToMenu"));
    for (int i = 0; i < int(m_panes.size()); ++i) {
        QAction *a = go->addAction(titles[i], this, [this, i] {
            if (QDockWidget *dock = m_panes[size_t(i)].dock) {
                dock->show();
                dock->raise(); // the history is tabbed behind the response
            }
            m_panes[size_t(i)].focus();
        });
        a->setObjectName(QString::fromLatin1(names[i]) + QStringLiteral("Action"));
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }
    go->addSeparator();
    QAction *next = go->addAction(tr("&Next Pane"), this, [this] { goToPane(1); });
    next->setObjectName(QStringLiteral("nextPaneAction"));
    next->setShortcut(QKeySequence(Qt::Key_F6));
    QAction *previous = go->addAction(tr("&Previous Pane"), this, [this] { goToPane(-1); });
    previous->setObjectName(QStringLiteral("previousPaneAction"));
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
}

void MainWindow::goToPane(int step)
{
    const QWidget *focus = QApplication::focusWidget();
    const int n = int(m_panes.size());
    // The innermost pane holding the focus (the problems list is inside the composer).
    int at = -1;
    for (int i = 0; i < n; ++i) {
        const QWidget *region = m_panes[size_t(i)].region;
        if (focus && (focus == region || region->isAncestorOf(focus)) &&
            (at < 0 || m_panes[size_t(at)].region->isAncestorOf(region)))
            at = i;
    }
    if (at < 0)
        at = step > 0 ? n - 1 : 0; // from nowhere: the composer first going forward
    for (int k = 1; k <= n; ++k) {
        const Pane &pane = m_panes[size_t(((at + step * k) % n + n) % n)];
        if (pane.dock && !pane.dock->toggleViewAction()->isChecked())
            continue; // closed: F6 passes it by, its Go To key opens it
        if (pane.dock)
            pane.dock->raise();
        pane.focus();
        return;
    }
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(m_settings->getBytes(Settings::Key::WindowGeometry))) {
        // First start: 1280x820, or what the screen has room for (a 1366x768 laptop).
        QSize size(1280, 820);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.95);
        resize(size.expandedTo(minimumSizeHint()));
    }
    if (!QMainWindow::restoreState(m_settings->getBytes(Settings::Key::WindowState))) {
        // First start: room for the sources' names on the left and the response's tabs and the
        // history's columns on the right. (Set here: adding the issue 5 docks resets the sizes.)
        // After the first layout: sizes given before it are lost when the window gets its size.
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_ui.sourcesDock, m_ui.responseDock}, {290, 360}, Qt::Horizontal);
            // The Sources list needs a few lines; the Sandbox panel's table what is left.
            resizeDocks({m_ui.sourcesDock, m_ui.sandboxDock}, {1, 10000}, Qt::Vertical);
        });
    }
    const QByteArray draft = m_drafts->load();
    const CallType type =
        callTypeFromName(m_settings->getString(Settings::Key::CallType)).value_or(CallType::Track);
    if (!draft.isEmpty())
        m_composer->restoreDraft(draft, type);
    else
        m_composer->pickCallType(type);
    m_composer->document()->clearUndo();
    m_response->setRevealKey(m_settings->getBool(Settings::Key::RevealKeyInRequest));
    connect(m_response, &ResponseView::revealKeyChanged, this,
        [this](bool on) { m_settings->set(Settings::Key::RevealKeyInRequest, on); });
    m_sourcesPanel->select(QUuid(m_settings->getString(Settings::Key::SelectedSource)));
    showSelectedSource();
    m_composer->showJsonTab(m_settings->getInt(Settings::Key::ComposerTab) == 1);
    connect(m_composer->tabs(), &QTabWidget::currentChanged, this,
        [this](int tab) { m_settings->set(Settings::Key::ComposerTab, tab); });
    connect(m_composer->document(), &RequestDocument::changed, this, [this] {
        m_settings->set(Settings::Key::CallType, callTypeName(m_composer->document()->payload().type()));
    });
}

bool MainWindow::collectionsHaveFocus() const
{
    const QWidget *focus = QApplication::focusWidget();
    const QWidget *tree = m_workspace ? m_workspace->collections() : nullptr;
    return focus && tree && (focus == tree || tree->isAncestorOf(focus));
}

// Edit > Undo follows the focused document: the collections tree's changes when it has the
// focus, the composer's request otherwise.
void MainWindow::undoOrRedo(bool undo)
{
    if (collectionsHaveFocus()) {
        QUndoStack *stack = m_workspace->collections()->undoStack();
        undo ? stack->undo() : stack->redo();
        return;
    }
    (void)m_composer->flush(); // what was typed is one step: undo it as one
    RequestDocument *doc = m_composer->document();
    undo ? doc->undo() : doc->redo();
}

void MainWindow::updateUndoActions()
{
    if (!m_undoAction)
        return;
    bool canUndo = false;
    bool canRedo = false;
    QString undoText;
    QString redoText;
    if (collectionsHaveFocus()) {
        const QUndoStack *stack = m_workspace->collections()->undoStack();
        canUndo = stack->canUndo();
        canRedo = stack->canRedo();
        undoText = stack->undoText();
        redoText = stack->redoText();
    } else {
        const RequestDocument *doc = m_composer->document();
        canUndo = doc->canUndo() || doc->hasPendingText();
        canRedo = doc->canRedo();
        undoText = doc->hasPendingText() ? tr("Edit JSON") : doc->undoText();
        redoText = doc->redoText();
    }
    m_undoAction->setEnabled(canUndo);
    m_redoAction->setEnabled(canRedo);
    m_undoAction->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redoAction->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
}

void MainWindow::usePalette(const QString &name)
{
    m_settings->set(Settings::Key::DarkPalette, name);
    if (name == u"system") {
        statusBar()->showMessage(tr("The system's look applies from the next start."));
        return;
    }
    applyPalette(name == u"dark" ? PaletteChoice::Dark : PaletteChoice::Light);
    m_composer->jsonEditor()->setDark(isDarkPalette());
    styleTarget();
}

void MainWindow::saveDraftNow()
{
    m_autosave->stop();
    const Status saved = m_drafts->save(m_composer->draftText().toUtf8());
    if (!saved)
        statusBar()->showMessage(tr("The draft could not be saved: %1").arg(saved.error().message));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_workspace->mayClose()) { // unsaved requests and collections: asks
        event->ignore();
        return;
    }
    // A running backfill is paused by its own window's close, which asks first.
    if (m_backfill && m_backfill->isRunning() && !m_backfill->close()) {
        event->ignore();
        return;
    }
    saveDraftNow();
    m_settings->set(Settings::Key::WindowGeometry, saveGeometry());
    m_settings->set(Settings::Key::WindowState, saveState());
    m_settings->sync();
    event->accept();
}

} // namespace ewb
