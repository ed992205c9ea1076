// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "workspace.h"

#include "collectionspanel.h"
#include "compose/fallbackkeystore.h"
#include "compose/sendjob.h"
#include "composerpanel.h"
#include "environmentselector.h"
#include "history/historystore.h"
#include "historypanel.h"
#include "importreportdialog.h"
#include "interchange/curlimport.h"
#include "interchange/postmanexport.h"
#include "interchange/postmanimport.h"
#include "settings/settings.h"
#include "sourcespanel.h"
#include "workbench/exportservice.h"
#include "workbench/importservice.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QToolBar>

namespace ewb {

namespace {
bool isVariableProblem(const Diagnostic &d)
{
    return d.severity == Severity::Error &&
        (d.code.startsWith(u"variable.") || d.code == u"request.body-json");
}

} // namespace

Workspace::Workspace(const WorkspaceParts &parts)
    : QObject(parts.window), m_window(parts.window), m_composer(parts.composer), m_settings(parts.settings),
      m_sources(parts.sources), m_sendJob(parts.sendJob)
{
    setObjectName(QStringLiteral("workspace"));
    // Secret variables have a keychain service of their own; like source keys, they fall back to
    // this session only when no keychain answers.
    m_variableKeys = new FallbackKeyStore(this, QString::fromLatin1(variableKeychainService));

    m_collections = new CollectionsPanel(m_composer, m_window);
    m_environments = new EnvironmentSelector(parts.dataFolder, m_variableKeys, m_window);
    m_historyStore =
        new HistoryStore(QDir(parts.dataFolder).filePath(QStringLiteral("history.sqlite")), this);
    const Status opened = m_historyStore->open();
    m_history = new HistoryPanel(m_historyStore, m_settings, m_window);
    if (!opened)
        m_history->showBanner(tr("The history cannot be kept: %1").arg(opened.error().message));
    else if (!m_historyStore->recoveryMessage().isEmpty())
        m_history->showBanner(m_historyStore->recoveryMessage());

    const auto dock = [this](QWidget *panel, const QString &title, const QString &name,
                          Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, m_window);
        d->setObjectName(name);
        d->setWidget(panel);
        d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
            QDockWidget::DockWidgetClosable);
        m_window->addDockWidget(area, d);
        return d;
    };
    QDockWidget *collectionsDock =
        dock(m_collections, tr("Collections"), QStringLiteral("collectionsDock"), Qt::LeftDockWidgetArea);
    QDockWidget *historyDock =
        dock(m_history, tr("History"), QStringLiteral("historyDock"), Qt::RightDockWidgetArea);
    // Left column, top to bottom: collections, sources, sandbox (re-adding a dock moves it last).
    for (QDockWidget *d : parts.leftDocks)
        m_window->addDockWidget(Qt::LeftDockWidgetArea, d);
    if (QDockWidget *response = parts.responseDock) {
        m_window->tabifyDockWidget(response, historyDock);
        response->raise();
    }

    parts.toolBar->addSeparator();
    parts.toolBar->addWidget(m_environments);
    createMenus(parts);
    if (parts.panelsMenu) {
        parts.panelsMenu->addAction(collectionsDock->toggleViewAction());
        parts.panelsMenu->addAction(historyDock->toggleViewAction());
    }
    if (parts.viewMenu) {
        parts.viewMenu->addSeparator();
        QAction *search = parts.viewMenu->addAction(tr("&Search History"), this, [this, historyDock] {
            historyDock->show();
            historyDock->raise();
            m_history->focusSearch();
        });
        search->setObjectName(QStringLiteral("searchHistoryAction"));
        search->setShortcut(QKeySequence(QStringLiteral("Ctrl+H")));
    }

    const auto say = [this](const QString &text) { m_window->statusBar()->showMessage(text, 8000); };
    connect(this, &Workspace::message, m_window, say);
    connect(m_collections, &CollectionsPanel::message, m_window, say);
    connect(m_environments, &EnvironmentSelector::message, m_window, say);
    connect(m_history, &HistoryPanel::message, m_window, say);
    connect(m_historyStore, &HistoryStore::recovered, m_window, say);

    connect(m_environments, &EnvironmentSelector::variablesChanged, this, &Workspace::updateVariables);
    connect(m_collections, &CollectionsPanel::openRequestChanged, this, [this] {
        updateVariables();
        updateTitle();
    });
    connect(m_collections, &CollectionsPanel::collectionsChanged, this, [this] {
        m_settings->set(Settings::Key::OpenCollections, m_collections->openFolders());
        updateVariables();
    });
    connect(m_collections, &CollectionsPanel::openRequestChanged, this, [this] {
        // A request aimed at a stored source picks that source.
        if (const auto request = m_collections->openRequest(); request && !request->target.sourceId.isNull())
            m_sources->select(request->target.sourceId);
    });
    connect(m_history, &HistoryPanel::reopenRequested, this, &Workspace::reopen);
    m_history->setReplayHooks(replayHooks());
    connect(parts.sendJob, &SendJob::partFinished, this,
        [this](int index, int, const OutgoingRequest &request, const HttpResult &result) {
            record(request, result, index);
        });

    m_composer->setShowResolved(m_settings->getBool(Settings::Key::ShowResolvedJson));
    connect(m_composer, &ComposerPanel::showResolvedChanged, this,
        [this](bool on) { m_settings->set(Settings::Key::ShowResolvedJson, on); });

    const QStringList folders = m_settings->get(Settings::Key::OpenCollections).toStringList();
    for (const QString &folder : folders)
        m_collections->openCollection(folder);
    updateVariables();
}

Workspace::~Workspace() = default;

void Workspace::createMenus(const WorkspaceParts &parts)
{
    QMenu *file = parts.fileMenu;
    QAction *before = parts.fileMenuBefore;
    const auto fileAction = [&](const QString &text, const QString &name, const QKeySequence &key,
                                auto slot) {
        auto *a = new QAction(text, m_window);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        file->insertAction(before, a);
        return a;
    };
    fileAction(tr("&Open Collection…"), QStringLiteral("openCollectionAction"), QKeySequence::Open,
        [this] { m_collections->chooseCollection(); });
    fileAction(tr("&New Collection…"), QStringLiteral("newCollectionAction"), QKeySequence(),
        [this] { m_collections->newCollection(); });
    fileAction(
        tr("&Save"), QStringLiteral("saveAction"), QKeySequence::Save, [this] { m_collections->save(); });
    fileAction(tr("Save &As…"), QStringLiteral("saveAsAction"), QKeySequence(QStringLiteral("Ctrl+Shift+S")),
        [this] { m_collections->saveAs(); });
    file->insertSeparator(before);
    fileAction(tr("&Import Postman Collection…"), QStringLiteral("importPostmanAction"), QKeySequence(),
        &Workspace::importPostmanInteractive);
    fileAction(tr("&Export Collection to Postman…"), QStringLiteral("exportPostmanAction"), QKeySequence(),
        &Workspace::exportPostmanInteractive);
    file->insertSeparator(before);

    QMenu *edit = parts.editMenu;
    edit->addSeparator();
    QAction *paste = edit->addAction(
        tr("&Paste curl Command"), this, [this] { pasteCurl(QGuiApplication::clipboard()->text()); });
    paste->setObjectName(QStringLiteral("pasteCurlAction"));
    paste->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+V")));
    paste->setToolTip(tr("Make a request from a curl command on the clipboard"));
    QMenu *copyAs = edit->addMenu(tr("&Copy As"));
    for (const auto &[language, title, name] :
        {std::tuple {SnippetLanguage::Curl, tr("curl"), QStringLiteral("copyAsCurlAction")},
            std::tuple {SnippetLanguage::HTTPie, tr("HTTPie"), QStringLiteral("copyAsHttpieAction")},
            std::tuple {SnippetLanguage::Node, tr("Node (@customerio/cdp-analytics-node)"),
                QStringLiteral("copyAsNodeAction")},
            std::tuple {SnippetLanguage::Python, tr("Python (customerio-cdp-analytics)"),
                QStringLiteral("copyAsPythonAction")}}) {
        QAction *a = copyAs->addAction(title, this, [this, lang = language, t = title] {
            const QString text = snippet(lang);
            if (text.isEmpty())
                return; // snippet() said why
            QGuiApplication::clipboard()->setText(text);
            emit message(tr("Copied as %1 (the key is read from $CDP_API_KEY).").arg(t));
        });
        a->setObjectName(name);
        if (language == SnippetLanguage::Curl)
            a->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    }
}

ComposeVariables Workspace::currentVariables() const
{
    ComposeVariables out;
    out.environment = m_environments->activeEnvironment();
    out.collection = m_collections->currentCollectionHeader();
    if (out.collection) {
        const auto secrets = m_collectionSecrets.value(out.collection->secretScope());
        for (Variable &v : out.collection->variables) {
            if (v.secret)
                v.value = secrets.value(v.name);
        }
    }
    return out;
}

void Workspace::updateVariables()
{
    if (const auto header = m_collections->currentCollectionHeader())
        readCollectionSecrets(*header);
    m_composer->setVariables(currentVariables());
}

void Workspace::readCollectionSecrets(const Collection &header)
{
    const QString scope = header.secretScope();
    SecretStore secrets(*m_variableKeys);
    for (const Variable &v : header.variables) {
        const QString key = scope + QLatin1Char('/') + v.name;
        if (!v.secret || m_secretsAsked.contains(key))
            continue;
        m_secretsAsked.insert(key);
        secrets.read(scope, v.name, this, [this, scope, name = v.name](Result<QString> value) {
            if (!value)
                return; // the resolver reports it missing where it is used
            m_collectionSecrets[scope].insert(name, value.value());
            m_composer->setVariables(currentVariables());
        });
    }
}

void Workspace::updateTitle()
{
    const QString title = m_collections->openRequestTitle();
    m_window->setWindowTitle(
        title.isEmpty() ? tr("Event Workbench") : tr("%1[*] — Event Workbench").arg(title));
    m_window->setWindowModified(m_collections->isComposerModified());
}

std::optional<Payload> Workspace::payloadToSend(const QString &sourceName)
{
    const Payload &payload = m_composer->document()->payload();
    const ComposeVariables variables = currentVariables();
    m_sending = {};
    m_sending.sourceName = sourceName;
    m_sending.environmentName = m_environments->activeName();
    if (const auto request = m_collections->openRequest())
        m_sending.requestName = request->name;
    if (variables.environment)
        m_sending.secrets.addVariables(variables.environment->variables);
    if (variables.collection)
        m_sending.secrets.addVariables(variables.collection->variables);
    if (!containsVariableReference(JsonValue(payload.body())))
        return payload;
    DynamicValues dynamic;
    PreparedRequest prepared = resolveComposePayload(payload, variables, dynamic);
    QStringList problems;
    for (const Diagnostic &d : prepared.diagnostics) {
        if (isVariableProblem(d))
            problems.append(d.message);
    }
    if (!problems.isEmpty() || !prepared.payload) {
        emit message(tr("Not sent: %1").arg(problems.join(QStringLiteral("; "))));
        return std::nullopt;
    }
    return prepared.payload;
}

void Workspace::record(const OutgoingRequest &request, const HttpResult &result, int index)
{
    if (!m_historyStore->isOpen())
        return;
    const QDateTime sentAt = QDateTime::currentDateTimeUtc().addMSecs(-result.totalTime.count());
    // The type of the part that was sent, not what the composer shows by now (it may have been
    // switched while the send was retrying).
    const CallType type = m_sendJob->part(index).type();
    HistoryEntry entry = HistoryEntry::fromExchange(
        request, result, type, m_sending.sourceName, m_sending.environmentName, sentAt, m_sending.secrets);
    entry.requestName = m_sending.requestName;
    if (Result<qint64> added = m_historyStore->add(entry); !added)
        emit message(tr("Not kept in the history: %1").arg(added.error().message));
}

void Workspace::reopen(const HistoryEntry &entry)
{
    Result<Payload> payload = Payload::fromText(entry.requestBody, entry.type);
    if (!payload) {
        emit message(tr("This entry's request cannot be reopened: %1").arg(payload.error().message));
        return;
    }
    if (!m_collections->closeOpenRequest())
        return;
    m_composer->document()->edit(payload.value(), RequestDocument::Origin::Load, tr("Reopen from history"));
    emit message(tr("Reopened the %1 sent %2.")
                     .arg(callTypeTitle(entry.type), entry.sentAt.toLocalTime().toString(Qt::ISODate)));
}

bool Workspace::mayClose()
{
    m_settings->set(Settings::Key::OpenCollections, m_collections->openFolders());
    return m_collections->mayClose();
}

bool Workspace::importPostman(const QString &file, const QString &intoFolder)
{
    Result<PostmanImport> imported = importPostmanFile(file, intoFolder);
    if (!imported) {
        emit message(tr("Not imported: %1").arg(imported.error().message));
        return false;
    }
    Collection &collection = imported->collection;
    // Credentials found in the file go to the keychain under the collection, never to its files.
    SecretStore secrets(*m_variableKeys);
    for (const ImportedSecret &secret : imported->secrets) {
        secrets.write(collection.secretScope(), secret.variable, secret.value, this,
            [this, name = secret.variable](Status s) {
                if (!s)
                    emit message(tr("The credential “%1” was not stored: %2").arg(name, s.error().message));
            });
    }
    m_collections->openCollection(intoFolder);
    QStringList sentences {tr("Imported %n request(s) into “%1” (%2).", nullptr, imported->requestsImported)
                               .arg(collection.name, QDir::toNativeSeparators(intoFolder))};
    if (imported->requestsSkipped)
        sentences << tr("%n request(s) could not be carried over.", nullptr, imported->requestsSkipped);
    if (!imported->secrets.isEmpty())
        sentences << tr("%n credential(s) moved to the keychain as secret variables.", nullptr,
            int(imported->secrets.size()));
    const QString summary = sentences.join(QLatin1Char(' '));
    auto *report = new ImportReportDialog(summary, imported->notes, m_window);
    report->setAttribute(Qt::WA_DeleteOnClose);
    report->open();
    emit message(summary);
    return true;
}

void Workspace::importPostmanInteractive()
{
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Import a Postman collection"), QString(),
        tr("Postman collections (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    const QString into =
        QFileDialog::getExistingDirectory(m_window, tr("Choose an empty folder for the collection"));
    if (!into.isEmpty())
        importPostman(file, into);
}

bool Workspace::exportPostman(const QString &file)
{
    const int row = m_collections->currentCollectionRow();
    if (row < 0) {
        emit message(tr("Select a collection to export."));
        return false;
    }
    const Result<PostmanExport> exported = exportPostmanFile(m_collections->model()->collection(row), file);
    if (!exported) {
        emit message(exported.error().message);
        return false;
    }
    emit message(tr("Exported to %1 (no key or secret value is in it).").arg(QDir::toNativeSeparators(file)) +
        (exported->notes.isEmpty() ? QString() : QLatin1Char(' ') + exported->notes.join(QLatin1Char(' '))));
    return true;
}

void Workspace::exportPostmanInteractive()
{
    const auto header = m_collections->currentCollectionHeader();
    if (!header) {
        emit message(tr("Select a collection to export."));
        return;
    }
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Export to Postman"),
        header->name + QStringLiteral(".postman_collection.json"), tr("Postman collections (*.json)"));
    if (!file.isEmpty())
        exportPostman(file);
}

bool Workspace::openInComposer(const QString &text, CallType fallbackType)
{
    if (!m_collections->closeOpenRequest())
        return false;
    m_composer->document()->loadText(text, fallbackType);
    m_window->raise();
    m_window->activateWindow();
    return true;
}

bool Workspace::pasteCurl(const QString &command)
{
    Result<CurlImport> imported = importCurlCommand(command);
    if (!imported) {
        emit message(tr("Not a curl command the workbench can use: %1").arg(imported.error().message));
        return false;
    }
    if (!m_collections->closeOpenRequest())
        return false;
    const SavedRequest &request = imported->request;
    Payload payload(request.type);
    if (request.body)
        payload = Payload(request.type, *request.body);
    else if (Result<Payload> parsed = Payload::fromText(request.bodyText.toUtf8(), request.type))
        payload = parsed.value();
    m_composer->document()->edit(payload, RequestDocument::Origin::Load, tr("Paste curl command"));
    QStringList notes;
    for (const ImportNote &note : imported->notes)
        notes.append(note.toString());
    if (!imported->secrets.isEmpty())
        notes.append(tr("the key in the command was not kept: pick a source (or a secret {{%1}}) to send")
                         .arg(imported->secrets.first().variable));
    emit message(tr("Made a %1 from the curl command.").arg(callTypeTitle(request.type)) +
        (notes.isEmpty() ? QString() : QLatin1Char(' ') + notes.join(QStringLiteral("; "))));
    return true;
}

QString Workspace::snippet(SnippetLanguage language)
{
    if (Result<Payload> now = m_composer->flush(); !now) {
        emit message(tr("Not copied: %1").arg(now.error().message));
        return {};
    }
    const Payload &payload = m_composer->document()->payload();
    DynamicValues dynamic;
    const PreparedRequest resolved =
        resolveComposePayload(payload, currentVariables(), dynamic, VariableResolver::Secrets::Mask);
    return codeSnippet(language, resolved.payload ? *resolved.payload : payload, snippetTarget());
}

SnippetTarget Workspace::snippetTarget() const
{
    SnippetTarget target;
    if (const auto source = m_sources->selectedSource()) {
        target.baseUrl = source->baseUrl().toString();
        target.strictMode = source->strictMode;
    }
    return target;
}

ReplayHooks Workspace::replayHooks()
{
    ReplayHooks hooks;
    hooks.saveRequests = [this](const std::vector<SavedRequest> &requests) {
        return m_collections->saveRequests(requests);
    };
    return hooks; // the export asks with a file dialog
}

} // namespace ewb
