// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "collections/collection.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "support/testpaths.h"
#include "ui/collectionspanel.h"
#include "ui/composerpanel.h"
#include "ui/environmentselector.h"
#include "ui/historypanel.h"
#include "ui/jsoneditor.h"
#include "ui/mainwindow.h"
#include "ui/workspace.h"
#include "util/atomicfile.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace ewb;

// Collections, environments and history through the real window (offscreen), driven by
// objectName: the tree with undo, save and restore, a change on disk while open, unresolved
// variables, history search after a send to the built-in sandbox, and no secret in any file.
class TestWorkspace final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_questions; // what the window asked
    QMessageBox::StandardButton m_answer = QMessageBox::Discard;

    template<typename T>
    T *find(const QString &name) const
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qWarning("no widget named %s", qPrintable(name));
        return w;
    }
    CollectionsPanel *panel() const { return m_window->workspace()->collections(); }
    CollectionTreeModel *model() const { return panel()->model(); }
    QString collectionFolder() const { return m_dir->filePath(QStringLiteral("onboarding")); }

    void openWindow(bool sandbox = false)
    {
        WorkbenchOptions options;
        options.configFolder = m_dir->filePath(QStringLiteral("config"));
        options.dataFolder = m_dir->filePath(QStringLiteral("data"));
        options.startSandbox = sandbox;
        m_window = std::make_unique<MainWindow>(options);
        CollectionsPanel::Prompts prompts;
        prompts.ask = [this](const QString &title, const QString &, QMessageBox::StandardButtons) {
            m_questions.append(title);
            return m_answer;
        };
        prompts.askText = [](const QString &, const QString &, const QString &) {
            return QStringLiteral("Saved as");
        };
        prompts.askFolder = [this](const QString &) { return collectionFolder(); };
        panel()->setPrompts(prompts);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // A collection on disk with one request, opened in the window.
    void openSampleCollection()
    {
        Collection c = Collection::create(QStringLiteral("Onboarding"));
        SavedRequest r;
        r.name = QStringLiteral("Signed up");
        r.type = CallType::Track;
        r.setBodyText(QStringLiteral(R"({"userId":"u1","event":"Signed Up"})"));
        c.items.push_back(CollectionItem::makeRequest(r));
        QVERIFY(saveCollection(c, collectionFolder()).ok());
        QVERIFY(panel()->openCollection(collectionFolder()));
        QCOMPARE(model()->rowCount(model()->index(0, 0)), 1);
    }

    QModelIndex requestIndex(int row = 0) const { return model()->index(row, 0, model()->index(0, 0)); }

    QStringList codes() const
    {
        QStringList out;
        for (const Diagnostic &d : m_window->composer()->lastCheck().check.diagnostics)
            out << d.code;
        return out;
    }

    void editComposer(const QString &json)
    {
        Result<Payload> p = Payload::fromText(json.toUtf8());
        QVERIFY(p.ok());
        m_window->composer()->document()->edit(
            p.value(), RequestDocument::Origin::Form, QStringLiteral("test"));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_questions.clear();
        m_answer = QMessageBox::Discard;
    }

    void cleanup()
    {
        m_answer = QMessageBox::Discard;
        m_window.reset();
        m_dir.reset();
    }

    void treeNewRenameDeleteUndo()
    {
        openWindow();
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("newCollection")), Qt::LeftButton);
        QCOMPARE(model()->collectionCount(), 1);
        QVERIFY(QFileInfo::exists(collectionFolder() + QStringLiteral("/collection.json")));
        auto *tree = find<QTreeView>(QStringLiteral("collectionsTree"));
        tree->setCurrentIndex(tree->model()->index(0, 0));

        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("newFolder")), Qt::LeftButton);
        const QModelIndex root = model()->index(0, 0);
        QCOMPARE(model()->rowCount(root), 1);
        QCOMPARE(model()->index(0, 0, root).data().toString(), QStringLiteral("New folder"));
        QVERIFY(model()->isDirty(0));
        QVERIFY(root.data().toString().endsWith(QStringLiteral(" *")));

        // Renaming through the view's editor goes through setData and the undo stack.
        QVERIFY(tree->model()->setData(
            tree->model()->index(0, 0, tree->model()->index(0, 0)), QStringLiteral("Day 1")));
        QCOMPARE(model()->index(0, 0, root).data().toString(), QStringLiteral("Day 1"));

        tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("duplicateItem")), Qt::LeftButton);
        QCOMPARE(model()->rowCount(root), 2);
        QCOMPARE(model()->index(1, 0, root).data().toString(), QStringLiteral("Day 1 copy"));

        tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("deleteItem")), Qt::LeftButton);
        QCOMPARE(model()->rowCount(root), 1);
        QCOMPARE(model()->index(0, 0, root).data().toString(), QStringLiteral("Day 1 copy"));

        // Ctrl+Z in the tree undoes the delete (not the composer's last edit).
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model()->rowCount(root), 2);
        QCOMPARE(model()->index(0, 0, root).data().toString(), QStringLiteral("Day 1"));
        QTest::mouseClick(
            find<QAbstractButton>(QStringLiteral("undoCollections")), Qt::LeftButton); // duplicate
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("undoCollections")), Qt::LeftButton); // rename
        QCOMPARE(model()->index(0, 0, root).data().toString(), QStringLiteral("New folder"));
        QTest::mouseClick(
            find<QAbstractButton>(QStringLiteral("undoCollections")), Qt::LeftButton); // new folder
        QCOMPARE(model()->rowCount(root), 0);
        QVERIFY(!model()->isDirty(0)); // back to what is on disk
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("redoCollections")), Qt::LeftButton);
        QCOMPARE(model()->rowCount(root), 1);
        QVERIFY(model()->isDirty(0));
        m_answer = QMessageBox::Discard;
    }

    // Issue 8, item 4: New Collection and Import on a project folder deleted its files.
    void aProjectFolderIsNeverMadeACollection()
    {
        openWindow();
        const QString project = collectionFolder();
        QVERIFY(QDir().mkpath(project + QStringLiteral("/src")));
        QVERIFY(writeFileAtomically(project + QStringLiteral("/package.json"), R"({"name":"app"})").ok());
        QVERIFY(writeFileAtomically(project + QStringLiteral("/tsconfig.json"), "{}").ok());
        QVERIFY(writeFileAtomically(project + QStringLiteral("/src/index.ts"), "export {};\n").ok());
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("newCollection")), Qt::LeftButton);
        QCOMPARE(model()->collectionCount(), 0);
        QVERIFY(!QFileInfo::exists(project + QStringLiteral("/collection.json")));
        QVERIFY(!m_window->workspace()->importPostman(
            ewb::test::sharedPath(
                QStringLiteral("fixtures/postman/customer-io-pipelines-api.postman_collection.json")),
            project));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("not empty")));
        QStringList files;
        QDirIterator it(project, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(QDir(project).relativeFilePath(it.next()));
        files.sort();
        QCOMPARE(files,
            QStringList({QStringLiteral("package.json"), QStringLiteral("src/index.ts"),
                QStringLiteral("tsconfig.json")}));
    }

    // Issue 8, item 8: Edit > Undo did not undo a deleted request (the tree had its own stack).
    void editUndoFollowsTheFocusedDocument()
    {
        openWindow();
        openSampleCollection();
        auto *tree = find<QTreeView>(QStringLiteral("collectionsTree"));
        tree->setFocus();
        tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("deleteItem")), Qt::LeftButton);
        QCOMPARE(model()->rowCount(model()->index(0, 0)), 0);
        tree->setFocus();
        auto *undo = find<QAction>(QStringLiteral("undoAction"));
        QTRY_VERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(QStringLiteral("Delete")), qPrintable(undo->text()));
        undo->trigger(); // the menu item, not the tree's own Ctrl+Z
        QCOMPARE(model()->rowCount(model()->index(0, 0)), 1);
    }

    // Issue 8, item 8: after Save As the collection still showed unsaved.
    void saveAsLeavesNothingUnsaved()
    {
        openWindow();
        openSampleCollection();
        editComposer(QStringLiteral(R"({"type":"track","userId":"u9","event":"Plan Chosen"})"));
        QVERIFY(panel()->saveAs());
        QCOMPARE(model()->rowCount(model()->index(0, 0)), 2);
        QVERIFY(!model()->isDirty(0));
        QVERIFY(!panel()->isComposerModified());
        QVERIFY(!m_window->isWindowModified());
        QVERIFY2(!model()->index(0, 0).data().toString().endsWith(QStringLiteral(" *")),
            qPrintable(model()->index(0, 0).data().toString()));
        auto *tree = find<QTreeView>(QStringLiteral("collectionsTree"));
        QVERIFY(!tree->model()->index(0, 0).data().toString().endsWith(QStringLiteral(" *")));
    }

    void saveAndRestore()
    {
        openWindow();
        openSampleCollection();
        panel()->openIndex(requestIndex());
        QCOMPARE(m_window->composer()->document()->payload().body().value(u"event").toString(),
            QStringLiteral("Signed Up"));
        QVERIFY(!m_window->isWindowModified());
        editComposer(QStringLiteral(R"({"type":"track","userId":"u1","event":"Order Completed"})"));
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Signed up")));
        QCOMPARE(requestIndex().data().toString(), QStringLiteral("Signed up")); // the mark is the view's
        QVERIFY(find<QTreeView>(QStringLiteral("collectionsTree"))
                    ->model()
                    ->index(0, 0, find<QTreeView>(QStringLiteral("collectionsTree"))->model()->index(0, 0))
                    .data()
                    .toString()
                    .endsWith(QStringLiteral(" *")));
        find<QAction>(QStringLiteral("saveAction"))->trigger();
        QVERIFY(!m_window->isWindowModified());
        const QString file = collectionFolder() + QLatin1Char('/') +
            requestIndex().data(CollectionTreeModel::RelativePathRole).toString();
        Result<SavedRequest> saved = loadRequestFile(file);
        QVERIFY(saved.ok());
        QCOMPARE(saved->body->value(u"event").toString(), QStringLiteral("Order Completed"));

        // Save As adds a second request and opens it.
        find<QAction>(QStringLiteral("saveAsAction"))->trigger();
        QCOMPARE(model()->rowCount(model()->index(0, 0)), 2);
        QCOMPARE(panel()->openRequest()->name, QStringLiteral("Saved as"));

        // Unsaved edits are asked about on close; Cancel keeps the window open.
        editComposer(QStringLiteral(R"({"type":"track","userId":"u2","event":"Order Completed"})"));
        m_answer = QMessageBox::Cancel;
        QVERIFY(!m_window->close());
        QCOMPARE(m_questions.size(), 1);
        m_answer = QMessageBox::Discard;
        QVERIFY(m_window->close());
        m_window.reset();

        // The next window opens the same collections.
        openWindow();
        QCOMPARE(model()->collectionCount(), 1);
        QCOMPARE(model()->rowCount(model()->index(0, 0)), 2);
        panel()->openIndex(requestIndex());
        QCOMPARE(m_window->composer()->document()->payload().body().value(u"event").toString(),
            QStringLiteral("Order Completed"));
    }

    void diskChangePickedUpWhileOpen()
    {
        openWindow();
        openSampleCollection();
        panel()->openIndex(requestIndex());
        // Someone else (a git pull) adds a request and changes the open one.
        SavedRequest added;
        added.name = QStringLiteral("From a pull");
        added.setBodyText(QStringLiteral(R"({"userId":"u9","event":"Pulled"})"));
        QVERIFY(saveRequestFile(collectionFolder() + QStringLiteral("/from-a-pull.json"), added).ok());
        const QString openFile = collectionFolder() + QLatin1Char('/') +
            requestIndex().data(CollectionTreeModel::RelativePathRole).toString();
        SavedRequest changed = loadRequestFile(openFile).value();
        changed.setBodyText(QStringLiteral(R"({"userId":"u1","event":"Changed Upstream"})"));
        QVERIFY(saveRequestFile(openFile, changed).ok());
        QTRY_COMPARE(model()->rowCount(model()->index(0, 0)), 2);
        QTRY_COMPARE(m_window->composer()->document()->payload().body().value(u"event").toString(),
            QStringLiteral("Changed Upstream"));
        QVERIFY(m_questions.isEmpty()); // nothing unsaved: nothing to ask

        // With unsaved edits, a change on disk asks, and "keep mine" overwrites nothing.
        editComposer(QStringLiteral(R"({"type":"track","userId":"u1","event":"Mine"})"));
        m_answer = QMessageBox::Ignore;
        changed.setBodyText(QStringLiteral(R"({"userId":"u1","event":"Theirs"})"));
        QVERIFY(saveRequestFile(openFile, changed).ok());
        QTRY_COMPARE(m_questions.size(), 1);
        QCOMPARE(m_questions.first(), QStringLiteral("Changed on disk"));
        QCOMPARE(m_window->composer()->document()->payload().body().value(u"event").toString(),
            QStringLiteral("Mine"));
        QCOMPARE(loadRequestFile(openFile)->body->value(u"event").toString(), QStringLiteral("Theirs"));
        // Saving after "keep mine" is the user's choice: it writes theirs over.
        find<QAction>(QStringLiteral("saveAction"))->trigger();
        QCOMPARE(loadRequestFile(openFile)->body->value(u"event").toString(), QStringLiteral("Mine"));

        // A file that does not parse is named with its line and column; the rest stays open.
        QVERIFY(writeFileAtomically(
            collectionFolder() + QStringLiteral("/broken.json"), "{\n  \"name\": \"x\",,\n}\n")
                    .ok());
        auto *problems = find<QLabel>(QStringLiteral("collectionProblems"));
        QTRY_VERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(QStringLiteral("broken.json:2:")), qPrintable(problems->text()));
        QCOMPARE(model()->rowCount(model()->index(0, 0)), 2);
        m_answer = QMessageBox::Discard;
    }

    void unresolvedVariableIsADiagnosticAndNotSent()
    {
        openWindow(true);
        QTRY_VERIFY(find<QAction>(QStringLiteral("sendAction"))->isEnabled());
        editComposer(QStringLiteral(R"({"type":"track","userId":"{{user}}","event":"Viewed {{thing}}"})"));
        QTRY_VERIFY(codes().contains(QStringLiteral("variable.unresolved")));
        auto *list = find<QTreeWidget>(QStringLiteral("diagnosticsList"));
        QVERIFY(
            !list->findItems(QStringLiteral("user"), Qt::MatchContains | Qt::MatchRecursive, 1).isEmpty() ||
            !list->findItems(QStringLiteral("user"), Qt::MatchContains | Qt::MatchRecursive, 0).isEmpty());

        // An environment defines one of them: that diagnostic goes, the other stays.
        EnvironmentSelector *envs = m_window->workspace()->environments();
        Environment e = Environment::create(QStringLiteral("Staging"));
        setVariable(e.variables, Variable {QStringLiteral("user"), QStringLiteral("user-42"), false});
        QVERIFY(envs->store()->save(e).ok());
        envs->reload();
        envs->setActive(QStringLiteral("Staging"));
        QTRY_COMPARE(codes().count(QStringLiteral("variable.unresolved")), 1);

        // The JSON tab shows either the text as written or resolved.
        m_window->composer()->showJsonTab(true);
        find<QCheckBox>(QStringLiteral("showResolved"))->setChecked(true);
        QTRY_VERIFY(m_window->composer()->jsonEditor()->toPlainText().contains(QStringLiteral("user-42")));
        QVERIFY(m_window->composer()->jsonEditor()->isReadOnly());
        find<QCheckBox>(QStringLiteral("showResolved"))->setChecked(false);
        QTRY_VERIFY(m_window->composer()->jsonEditor()->toPlainText().contains(QStringLiteral("{{user}}")));

        // Send refuses: nothing reaches the sandbox or the history.
        m_window->send();
        // (refused before anything is sent: Send builds no request at all)
        QCOMPARE(m_window->workspace()->historyStore()->count().value(), 0);
        QVERIFY(find<QAction>(QStringLiteral("sendAction"))->isEnabled());
    }

    void historyFindsASentRequestAndNoSecretInFiles()
    {
        openWindow(true);
        QTRY_VERIFY(find<QAction>(QStringLiteral("sendAction"))->isEnabled());
        const QString secret = QStringLiteral("s3cret-%1").arg(QUuid::createUuid().toString(QUuid::Id128));

        // A secret variable, through the environment editor.
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("editEnvironments")), Qt::LeftButton);
        QWidget *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = m_window->findChild<QWidget *>(QStringLiteral("environmentDialog"))) != nullptr);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addEnvironment")), Qt::LeftButton);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("environmentName"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Sandbox"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addVariable")), Qt::LeftButton);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("variablesTable"));
        table->item(0, 0)->setText(QStringLiteral("token"));
        table->item(0, 2)->setCheckState(Qt::Checked);
        auto *value = qobject_cast<QLineEdit *>(table->cellWidget(0, 1));
        QTest::keyClicks(value, secret);
        QCOMPARE(value->echoMode(), QLineEdit::Password); // masked
        dialog->findChild<QCheckBox *>(QStringLiteral("revealSecrets"))->setChecked(true);
        QCOMPARE(value->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("environmentButtons"))
                              ->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        auto *combo = find<QComboBox>(QStringLiteral("environmentCombo"));
        QTRY_VERIFY(combo->findText(QStringLiteral("Sandbox")) >= 0);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Sandbox")));
        // The secret's value comes back from the keychain (or the session store without one).
        QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace()->environments()->activeEnvironment().has_value() &&
                !m_window->workspace()
                     ->environments()
                     ->activeEnvironment()
                     ->variables.front()
                     .value.isEmpty(),
            30000);

        const QString marker =
            QStringLiteral("Needle%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        editComposer(QStringLiteral(
            R"({"type":"track","userId":"u1","event":"%1","properties":{"token":"{{token}}"}})")
                         .arg(marker));
        QTRY_VERIFY(!codes().contains(QStringLiteral("variable.secret-missing")) &&
            !codes().contains(QStringLiteral("variable.unresolved")));
        HistoryModel *history = m_window->workspace()->history()->model();
        m_window->send();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace()->historyStore()->count().value(), 1, 10000);
        // Issue 8, item 5: the response view's Copy as curl revealed the secret; it shows and
        // copies what was sent with the secret masked, as Edit > Copy As does.
        QTRY_VERIFY(find<QPlainTextEdit>(QStringLiteral("requestAsSent"))->toPlainText().contains(marker));
        QVERIFY(!find<QPlainTextEdit>(QStringLiteral("requestAsSent"))->toPlainText().contains(secret));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("copyAsCurl")), Qt::LeftButton);
        QVERIFY(QGuiApplication::clipboard()->text().contains(marker));
        QVERIFY2(!QGuiApplication::clipboard()->text().contains(secret),
            qPrintable(QGuiApplication::clipboard()->text()));
        find<QAction>(QStringLiteral("copyAsCurlAction"))->trigger();
        QVERIFY(!QGuiApplication::clipboard()->text().contains(secret));
        editComposer(QStringLiteral(R"({"type":"identify","userId":"u2"})"));
        m_window->send();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->workspace()->historyStore()->count().value(), 2, 10000);

        QTest::keyClicks(find<QLineEdit>(QStringLiteral("historySearch")), marker.mid(2));
        QTRY_COMPARE(history->rowCount(), 1);
        QCOMPARE(history->entryAt(0).type, CallType::Track);
        auto *status = find<QComboBox>(QStringLiteral("historyStatus"));
        status->setCurrentIndex(status->findData(int(StatusFilter::ServerError)));
        QTRY_COMPARE(history->rowCount(), 0);
        status->setCurrentIndex(0);
        QTRY_COMPARE(history->rowCount(), 1);
        // Reopening puts the request as sent (the secret masked) in the composer.
        Result<HistoryEntry> entry = m_window->workspace()->historyStore()->entry(history->entryAt(0).id);
        QVERIFY(entry.ok());
        QVERIFY(!entry->requestBody.contains(secret.toUtf8()));
        emit m_window->workspace()->history()->reopenRequested(entry.value());
        QCOMPARE(m_window->composer()->document()->payload().body().value(u"event").toString(), marker);

        // No file the application wrote holds the secret or the sandbox's key as Basic auth.
        QVERIFY(m_window->close());
        m_window.reset();
        const QByteArray basic = QByteArray("sandbox:").toBase64();
        QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(f.fileName()));
            QVERIFY2(!bytes.contains(basic), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files >= 2); // at least the history and the environment
    }

    void curlPasteAndSnippets()
    {
        openWindow();
        QVERIFY(m_window->workspace()->pasteCurl(
            QStringLiteral("curl -X POST https://cdp.customer.io/v1/track -u \"$CDP_API_KEY:\" -H "
                           "'Content-Type: application/json' "
                           "-d '{\"userId\":\"u7\",\"event\":\"Pasted\"}'")));
        QCOMPARE(m_window->composer()->document()->payload().type(), CallType::Track);
        QCOMPARE(m_window->composer()->document()->payload().body().value(u"event").toString(),
            QStringLiteral("Pasted"));
        const QString curl = m_window->workspace()->snippet(SnippetLanguage::Curl);
        QVERIFY(curl.contains(QStringLiteral("$CDP_API_KEY")));
        QVERIFY(curl.contains(QStringLiteral("Pasted")));
        QVERIFY(
            m_window->workspace()->snippet(SnippetLanguage::Python).contains(QStringLiteral("analytics")));
        QVERIFY(!m_window->workspace()->pasteCurl(QStringLiteral("ls -la")));
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
