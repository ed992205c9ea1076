// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "collections/collection.h"
#include "history/historymodel.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "sandbox/sandbox.h"
#include "sandboxclient.h"
#include "ui/collectionspanel.h"
#include "ui/composerpanel.h"
#include "ui/historypanel.h"
#include "ui/mainwindow.h"
#include "ui/sandboxeventsmodel.h"
#include "ui/sandboxpanel.h"
#include "ui/workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

using namespace ewb;

namespace {

RecordedEvent recorded(qint64 id, bool accepted = true, bool duplicate = false)
{
    RecordedEvent e;
    e.id = id;
    e.type = QStringLiteral("track");
    e.messageId = QStringLiteral("m%1").arg(id);
    e.accepted = accepted;
    e.duplicate = duplicate;
    e.reason = accepted ? QString() : QStringLiteral("track.event.missing");
    e.receivedAt = QDateTime::currentDateTimeUtc();
    JsonObject payload;
    payload.insert(QStringLiteral("type"), QStringLiteral("track"));
    payload.insert(QStringLiteral("userId"), QStringLiteral("u%1").arg(id % 3));
    payload.insert(QStringLiteral("event"), QStringLiteral("E%1").arg(id));
    payload.insert(QStringLiteral("messageId"), e.messageId);
    e.payload = JsonValue(std::move(payload));
    return e;
}

QList<RecordedEvent> burst(qint64 first, int count)
{
    QList<RecordedEvent> out;
    for (int i = 0; i < count; ++i)
        out.append(recorded(first + i));
    return out;
}

JsonObject object(const QByteArray &json)
{
    Result<JsonValue> parsed = parseJson(json);
    return parsed && parsed->isObject() ? parsed->object() : JsonObject();
}

} // namespace

// The Sandbox panel (issue 12): its model alone, then through the real window against its own
// sandbox: filters, search and counts, selection and scroll kept while calls stream in, Save as
// Requests into a collection folder, Export as JSONL that the real `ewb backfill` accepts, Open in
// Composer, Copy as curl, Clear, the keyboard; and the history's Save as Requests and Export.
class TestSandboxPanel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<test::SandboxClient> m_client;
    int m_choice = 0; // what the "save in" question is answered

    SandboxPanel *panel() const { return m_window->findChild<SandboxPanel *>(); }
    QAbstractItemModel *shown() const { return panel()->table()->model(); }
    template<typename T>
    T *find(const QString &name) const
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qWarning("no widget named %s", qPrintable(name));
        return w;
    }

    void post(const QByteArray &path, const QByteArray &body)
    {
        const std::optional<test::RawResponse> response =
            m_client->post(path, body, {{"Authorization", test::SandboxClient::basicAuth("any-key")}});
        QVERIFY2(response, qPrintable(m_client->lastError()));
        QCOMPARE(response->status, 200);
    }
    // count track calls in batches of up to 500, then into the panel at once.
    void stream(int count, const QString &prefix = QStringLiteral("s"))
    {
        for (int done = 0; done < count;) {
            const int n = std::min(500, count - done);
            JsonArray items;
            for (int i = 0; i < n; ++i) {
                JsonObject call;
                call.insert(QStringLiteral("type"), QStringLiteral("track"));
                call.insert(QStringLiteral("userId"), QStringLiteral("stream"));
                call.insert(QStringLiteral("event"), QStringLiteral("Tick"));
                call.insert(QStringLiteral("messageId"), QStringLiteral("%1-%2").arg(prefix).arg(done + i));
                items.push_back(JsonValue(std::move(call)));
            }
            JsonObject batch;
            batch.insert(QStringLiteral("batch"), JsonValue(std::move(items)));
            post("/v1/batch", writeJson(JsonValue(std::move(batch))));
            done += n;
        }
        panel()->flushPending();
    }
    // Five calls: two tracks for u1 (the second a duplicate), an identify, a page from a batch,
    // and a dropped track.
    void sendMix()
    {
        post("/v1/track",
            R"({"userId":"u1","event":"Order Completed","messageId":"o1",)"
            R"("timestamp":"2025-03-01T10:00:00Z","properties":{"total":12.5,"city":"Lyon"}})");
        post("/v1/identify", R"({"userId":"u2","messageId":"i1","traits":{"plan":"pro"}})");
        post("/v1/batch",
            R"({"batch":[{"type":"page","anonymousId":"a3","name":"Home","messageId":"p1"}],"context":{"locale":"fr"}})");
        post("/v1/track", R"({"userId":"u4","messageId":"bad"})");
        post("/v1/track", R"({"userId":"u1","event":"Order Completed","messageId":"o1"})");
        panel()->flushPending();
        QCOMPARE(panel()->eventCount(), 5);
    }
    // The counts line as read (its spaces are no-break ones, so that "1 duplicate" stays whole).
    QString counts() const
    {
        return find<QLabel>(QStringLiteral("sandboxCounts"))->text().replace(QChar::Nbsp, u' ');
    }
    QStringList shownMessageIds() const
    {
        QStringList ids;
        for (int row = 0; row < shown()->rowCount(); ++row) {
            const qint64 id = shown()->index(row, 0).data(SandboxEventsModel::EventIdRole).toLongLong();
            ids.append(panel()->model()->eventAt(panel()->model()->rowOfId(id)).messageId);
        }
        return ids;
    }
    void selectRows(const QList<int> &rows)
    {
        QTableView *table = panel()->table();
        table->clearSelection();
        for (int row : rows)
            table->selectionModel()->select(
                shown()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (!rows.isEmpty())
            table->selectionModel()->setCurrentIndex(
                shown()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    }
    qint64 idAt(const QModelIndex &index) const
    {
        return index.data(SandboxEventsModel::EventIdRole).toLongLong();
    }
    qint64 topVisibleId() const { return idAt(panel()->table()->indexAt(QPoint(2, 2))); }
    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EWB_DATA_DIR"), m_dir->filePath(QStringLiteral("cli-data")));
        return env;
    }
    // `ewb backfill FILE --dry-run --json`: its summary.
    JsonObject dryRun(const QString &file)
    {
        QProcess p;
        p.setProcessEnvironment(cliEnvironment());
        p.start(QStringLiteral(EWB_CLI_PATH),
            {QStringLiteral("backfill"), file, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        if (!p.waitForFinished(60000))
            return {};
        const QByteArray out = p.readAllStandardOutput();
        if (p.exitCode() != 0)
            qWarning("ewb backfill: %s %s", out.constData(), p.readAllStandardError().constData());
        return object(out.trimmed().split('\n').last()).value(u"summary").object();
    }
    QString openCollection()
    {
        const QString folder = m_dir->filePath(QStringLiteral("replayed"));
        Collection c = Collection::create(QStringLiteral("Replayed"));
        if (!saveCollection(c, folder).ok())
            return {};
        m_window->workspace()->collections()->openCollection(folder);
        return folder;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        WorkbenchOptions options;
        options.configFolder = m_dir->filePath(QStringLiteral("config"));
        options.dataFolder = m_dir->filePath(QStringLiteral("data"));
        m_window = std::make_unique<MainWindow>(options);
        m_window->resize(1280, 900);
        CollectionsPanel::Prompts prompts;
        prompts.ask = [](const QString &, const QString &, QMessageBox::StandardButtons) {
            return QMessageBox::Discard;
        };
        prompts.askChoice = [this](const QString &, const QString &, const QStringList &, int) {
            return m_choice;
        };
        m_window->workspace()->collections()->setPrompts(prompts);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->sandbox());
        m_client = std::make_unique<test::SandboxClient>(m_window->sandbox()->port());
        m_choice = 0;
    }

    void cleanup()
    {
        m_client.reset();
        m_window.reset();
        m_dir.reset();
    }

    // The model alone: bursts, the bound, counts, ids, updates; QAbstractItemModelTester watching.
    void modelKeepsTheNewest()
    {
        SandboxEventsModel model(100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.add(burst(1, 30));
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(model.eventAt(0).id, qint64(30)); // newest first
        model.add(burst(31, 90));
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.eventAt(0).id, qint64(120));
        QCOMPARE(model.eventAt(99).id, qint64(21));
        QCOMPARE(model.received(), qint64(120));
        // A burst longer than the bound: its newest only.
        model.add(burst(121, 250), 7);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.eventAt(99).id, qint64(271));
        QCOMPARE(model.received(), qint64(377));
        QCOMPARE(model.rowOfId(300), 70);
        QCOMPARE(model.rowOfId(20), -1);
        QCOMPARE(model.counts().accepted, qint64(100));
        // An outcome that changes later (forwarding) comes back through updateEvent.
        RecordedEvent changed = model.eventAt(5);
        changed.accepted = false;
        changed.reason = QStringLiteral("upstream.refused");
        QVERIFY(model.updateEvent(changed));
        QCOMPARE(model.counts().accepted, qint64(99));
        QCOMPARE(model.counts().dropped, qint64(1));
        QCOMPARE(model.index(5, SandboxEventsModel::ResultColumn).data().toString(),
            QStringLiteral("dropped: upstream.refused"));
        QVERIFY(!model.updateEvent(recorded(3)));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.received(), qint64(0));
    }

    // The hook for an outcome that changes later (forwarding): a row, or a call not taken in yet.
    void anEventUpdatedLaterIsShown()
    {
        sendMix();
        // As the sandbox hands one on; no event loop turn before the update, so it is still waiting.
        RecordedEvent waiting = recorded(m_window->sandbox()->recentEvents(1).first().id + 1);
        emit m_window->sandbox()->eventRecorded(waiting);
        QCOMPARE(panel()->eventCount(), 5);
        RecordedEvent changed = waiting;
        changed.accepted = false;
        changed.reason = QStringLiteral("upstream.refused");
        QVERIFY(panel()->updateEvent(changed));
        panel()->flushPending();
        QCOMPARE(shown()->index(0, SandboxEventsModel::ResultColumn).data().toString(),
            QStringLiteral("dropped: upstream.refused"));
        changed.reason = QStringLiteral("upstream.timeout");
        selectRows({0});
        QVERIFY(panel()->updateEvent(changed));
        QCOMPARE(shown()->index(0, SandboxEventsModel::ResultColumn).data().toString(),
            QStringLiteral("dropped: upstream.timeout"));
        QVERIFY(find<QPlainTextEdit>(QStringLiteral("sandboxPayload"))
                    ->toPlainText()
                    .contains(u"upstream.timeout"));
        QCOMPARE(counts(), QStringLiteral("Showing 6 of 6 · 4 accepted · 2 dropped · 1 duplicate"));
        RecordedEvent gone = changed;
        gone.id = 0;
        QVERIFY(!panel()->updateEvent(gone));
    }

    void filtersSearchAndCounts()
    {
        sendMix();
        QCOMPARE(counts(), QStringLiteral("Showing 5 of 5 · 4 accepted · 1 dropped · 1 duplicate"));
        QCOMPARE(shownMessageIds(),
            (QStringList {QStringLiteral("o1"), QStringLiteral("bad"), QStringLiteral("p1"),
                QStringLiteral("i1"), QStringLiteral("o1")}));

        auto *type = find<QComboBox>(QStringLiteral("sandboxTypeFilter"));
        auto *outcome = find<QComboBox>(QStringLiteral("sandboxOutcomeFilter"));
        auto *search = find<QLineEdit>(QStringLiteral("sandboxSearch"));
        type->setCurrentIndex(type->findData(QStringLiteral("track")));
        QCOMPARE(shownMessageIds(),
            (QStringList {QStringLiteral("o1"), QStringLiteral("bad"), QStringLiteral("o1")}));
        QCOMPARE(counts(), QStringLiteral("Showing 3 of 5 · 4 accepted · 1 dropped · 1 duplicate"));
        outcome->setCurrentIndex(outcome->findText(QStringLiteral("Dropped")));
        QCOMPARE(shownMessageIds(), QStringList {QStringLiteral("bad")});
        outcome->setCurrentIndex(outcome->findText(QStringLiteral("Duplicates")));
        QCOMPARE(shownMessageIds(), QStringList {QStringLiteral("o1")});
        QCOMPARE(shown()->index(0, SandboxEventsModel::ResultColumn).data().toString(),
            QStringLiteral("duplicate"));
        outcome->setCurrentIndex(outcome->findText(QStringLiteral("Accepted")));
        type->setCurrentIndex(0);
        QCOMPARE(shownMessageIds(),
            (QStringList {
                QStringLiteral("o1"), QStringLiteral("p1"), QStringLiteral("i1"), QStringLiteral("o1")}));
        outcome->setCurrentIndex(0);

        // The search: typed, applied a moment later; any case, anywhere in the call.
        QTest::keyClicks(search, QStringLiteral("lyon"));
        QTRY_COMPARE(shownMessageIds(), QStringList {QStringLiteral("o1")});
        QCOMPARE(counts(), QStringLiteral("Showing 1 of 5 · 4 accepted · 1 dropped · 1 duplicate"));
        for (const auto &[text, ids] : {std::pair {QStringLiteral("a3"), QStringList {QStringLiteral("p1")}},
                 std::pair {QStringLiteral("track.event"), QStringList {QStringLiteral("bad")}},
                 std::pair {QStringLiteral("i1"), QStringList {QStringLiteral("i1")}},
                 // the dropped call too: its message names the event it lacks, "e.g. Order Completed"
                 std::pair {QStringLiteral("ORDER completed"),
                     QStringList {QStringLiteral("o1"), QStringLiteral("bad"), QStringLiteral("o1")}},
                 std::pair {QStringLiteral("nowhere"), QStringList {}}}) {
            search->setText(text);
            QTest::keyClick(search, Qt::Key_Return); // at once
            QCOMPARE(shownMessageIds(), ids);
        }
        QTest::keyClick(search, Qt::Key_Escape); // clears it
        QVERIFY(search->text().isEmpty());
        QTRY_COMPARE(shown()->rowCount(), 5);

        // New calls that the filter does not take are counted but not shown.
        type->setCurrentIndex(type->findData(QStringLiteral("identify")));
        stream(3);
        QCOMPARE(shown()->rowCount(), 1);
        QCOMPARE(counts(), QStringLiteral("Showing 1 of 8 · 7 accepted · 1 dropped · 1 duplicate"));
    }

    void theNewestTwoThousandAreKept()
    {
        const int width = panel()->minimumSizeHint().width();
        stream(2600);
        // The long counts line wraps: it widened the dock, and the window, past a 1024 screen.
        QCOMPARE(panel()->minimumSizeHint().width(), width);
        QCOMPARE(panel()->eventCount(), 2000);
        QCOMPARE(counts(),
            QStringLiteral(
                "Showing 2,000 of 2,000 kept (2,600 received) · 2,000 accepted · 0 dropped · 0 duplicates"));
        QCOMPARE(panel()->model()->eventAt(0).messageId, QStringLiteral("s-2599"));
        QCOMPARE(panel()->model()->eventAt(1999).messageId, QStringLiteral("s-600"));
    }

    // A backfill streaming in must not move what the user is looking at.
    void selectionAndScrollStayWhileCallsStreamIn()
    {
        stream(300, QStringLiteral("a"));
        QTableView *table = panel()->table();
        QTRY_VERIFY(table->isVisible() && table->viewport()->height() > 40);
        table->scrollTo(shown()->index(20, 0), QAbstractItemView::PositionAtTop);
        selectRows({25, 27});
        const qint64 top = topVisibleId();
        const qint64 current = idAt(table->currentIndex());
        QVERIFY(top > 0);
        const QList<RecordedEvent> before = panel()->selectedEvents();
        QCOMPARE(before.size(), 2);
        // The last burst also lets the 50 oldest go, from the other end.
        for (int i = 0; i < 7; ++i)
            stream(250, QStringLiteral("b%1").arg(i));
        QCOMPARE(panel()->eventCount(), 2000);
        QCOMPARE(panel()->model()->received(), qint64(2050));
        QCOMPARE(topVisibleId(), top);
        QCOMPARE(idAt(table->currentIndex()), current);
        const QList<RecordedEvent> after = panel()->selectedEvents();
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.first().id, before.first().id);
        QCOMPARE(after.last().id, before.last().id);
        // The payload view still shows the current call.
        QVERIFY(find<QPlainTextEdit>(QStringLiteral("sandboxPayload"))
                    ->toPlainText()
                    .contains(panel()->model()->eventAt(panel()->model()->rowOfId(current)).messageId));

        // At the top with nothing selected, the view follows the newest.
        table->clearSelection();
        table->scrollToTop();
        stream(50, QStringLiteral("c"));
        QCOMPARE(table->verticalScrollBar()->value(), 0);
        QCOMPARE(panel()->model()->eventAt(panel()->model()->rowOfId(topVisibleId())).messageId,
            QStringLiteral("c-49"));
    }

    void saveAsRequestsWritesRequestFiles()
    {
        const QString folder = openCollection();
        QVERIFY(!folder.isEmpty());
        sendMix();
        selectRows({2, 3, 4}); // p1 (from the batch), i1, o1
        QVERIFY(panel()->saveSelectedAsRequests());
        Result<LoadedCollection> loaded = loadCollection(folder);
        QVERIFY(loaded.ok());
        const std::vector<CollectionItem> &items = loaded->collection.items;
        QCOMPARE(items.size(), size_t(3));
        // Oldest first, named as a person would, one file each, without the messageIds.
        QCOMPARE(items[0].request.name, QStringLiteral("Order Completed"));
        QCOMPARE(items[0].request.type, CallType::Track);
        QCOMPARE(items[1].request.name, QStringLiteral("Identify u2"));
        QCOMPARE(items[2].request.name, QStringLiteral("Home"));
        QCOMPARE(items[2].request.type, CallType::Page);
        for (const CollectionItem &item : items) {
            QVERIFY(item.request.body);
            QVERIFY(!item.request.body->contains(u"messageId"));
            QVERIFY(!item.request.body->contains(u"receivedAt"));
            QVERIFY(QFile::exists(QDir(folder).filePath(item.fileName)));
        }
        QCOMPARE(
            items[0].request.body->value(u"timestamp").toString(), QStringLiteral("2025-03-01T10:00:00Z"));
        QCOMPARE(items[2].request.body->value(u"context").object().value(u"locale").toString(),
            QStringLiteral("fr"));
        QCOMPARE(
            QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 4); // and collection.json
        // One undo step takes them all back.
        QUndoStack *undo = m_window->workspace()->collections()->undoStack();
        undo->undo();
        QCOMPARE(m_window->workspace()->collections()->model()->rowCount(
                     m_window->workspace()->collections()->model()->index(0, 0)),
            0);
    }

    void exportJsonlIsWhatBackfillAccepts()
    {
        sendMix();
        auto *outcome = find<QComboBox>(QStringLiteral("sandboxOutcomeFilter"));
        outcome->setCurrentIndex(outcome->findText(QStringLiteral("Accepted")));
        panel()->table()->selectAll();
        const QString file = m_dir->filePath(QStringLiteral("calls.jsonl"));
        const Status written = panel()->exportSelected(file);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        // In the order they happened, with their messageIds: sent again, the API keeps one of each.
        QStringList ids;
        for (const QByteArray &line : lines) {
            const JsonObject call = object(line);
            ids.append(call.value(u"messageId").toString());
            QVERIFY(!call.contains(u"receivedAt"));
            QVERIFY(!call.value(u"timestamp").toString().isEmpty());
        }
        QCOMPARE(ids,
            (QStringList {
                QStringLiteral("o1"), QStringLiteral("i1"), QStringLiteral("p1"), QStringLiteral("o1")}));
        const JsonObject summary = dryRun(file);
        QCOMPARE(summary.value(u"rowsRead").toDouble(), 4.0);
        QCOMPARE(summary.value(u"rowsValid").toDouble(), 4.0);
        QCOMPARE(summary.value(u"rowsRejected").toDouble(), 0.0);

        // The dropped one too, when asked: the backfill then says what is wrong with it.
        outcome->setCurrentIndex(0);
        panel()->table()->selectAll();
        QVERIFY(panel()->exportSelected(file).ok());
        const JsonObject all = dryRun(file);
        QCOMPARE(all.value(u"rowsRead").toDouble(), 5.0);
        QCOMPARE(all.value(u"rowsRejected").toDouble(), 1.0);
        QCOMPARE(all.value(u"rejectedByReason").object().value(u"track.event.missing").toDouble(), 1.0);

        panel()->table()->clearSelection();
        QVERIFY(!panel()->exportSelected(file).ok());
    }

    void openInComposerCopyAsCurlAndClear()
    {
        sendMix();
        selectRows({4}); // o1
        QVERIFY(panel()->openSelectedInComposer());
        const Payload &opened = m_window->composer()->document()->payload();
        QCOMPARE(opened.type(), CallType::Track);
        QCOMPARE(opened.stringField(u"event"), QStringLiteral("Order Completed"));
        QVERIFY(opened.stringField(u"messageId").isEmpty()); // a request to send again
        selectRows({2, 3});
        QVERIFY(panel()->openSelectedInComposer());
        QCOMPARE(m_window->composer()->document()->payload().type(), CallType::Batch);
        QCOMPARE(m_window->composer()->document()->payload().batchItems().size(), size_t(2));

        selectRows({3, 4});
        QVERIFY(panel()->copySelectedAsCurl());
        const QString curl = QApplication::clipboard()->text();
        QCOMPARE(curl.count(QStringLiteral("curl ")), 2);
        QVERIFY2(curl.contains(m_window->sandbox()->baseUrl().toString() + QStringLiteral("/identify")),
            qPrintable(curl));
        QVERIFY(curl.contains(QStringLiteral("$CDP_API_KEY")));

        QTest::mouseClick(
            panel()->findChild<QWidget *>(QStringLiteral("sandboxClearButton")), Qt::LeftButton);
        QCOMPARE(panel()->eventCount(), 0);
        QVERIFY(m_window->sandbox()->recentEvents(10).isEmpty());
        QCOMPARE(counts(),
            QStringLiteral("Listening on %1: calls sent to “Local sandbox” appear here.")
                .arg(m_window->sandbox()->baseUrl().toString()));
    }

    void everyControlByKeyboard()
    {
        sendMix();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *search = find<QLineEdit>(QStringLiteral("sandboxSearch"));
        auto *type = find<QComboBox>(QStringLiteral("sandboxTypeFilter"));
        auto *outcome = find<QComboBox>(QStringLiteral("sandboxOutcomeFilter"));
        QTableView *table = panel()->table();
        // View > Search Sandbox Events, wherever the focus is.
        m_window->composer()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(type->hasFocus());
        QTest::keyClick(type, Qt::Key_Down); // All types -> identify
        QCOMPARE(type->currentData().toString(), QStringLiteral("identify"));
        QCOMPARE(shownMessageIds(), QStringList {QStringLiteral("i1")});
        QTest::keyClick(type, Qt::Key_Up);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(outcome->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Down); // the first row
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(panel()->selectedEvents().size(), 2);
        // Tab on from the table reaches every action button.
        QSet<QString> reached;
        for (int i = 0; i < 12; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QWidget *w = QApplication::focusWidget(); w && panel()->isAncestorOf(w))
                reached.insert(w->objectName());
        }
        for (const QString &name :
            {QStringLiteral("sandboxPayload"), QStringLiteral("sandboxOpenInComposerButton"),
                QStringLiteral("sandboxSaveAsRequestsButton"), QStringLiteral("sandboxExportJsonlButton"),
                QStringLiteral("sandboxCopyAsCurlButton"), QStringLiteral("sandboxClearButton")})
            QVERIFY2(reached.contains(name),
                qPrintable(name + QStringLiteral(" not in ") + QStringList(reached.values()).join(u',')));
        // Every control has a name for a screen reader.
        for (QWidget *w : panel()->findChildren<QWidget *>()) {
            if (w->isVisible() && w->focusPolicy() != Qt::NoFocus && w->objectName().startsWith(u"sandbox"))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }

    void historySavesAndExportsWhatWasSent()
    {
        const QString folder = openCollection();
        for (const QString &event : {QStringLiteral("First"), QStringLiteral("Second")}) {
            Result<Payload> p = Payload::fromText(
                QStringLiteral(R"({"userId":"h1","event":"%1","messageId":"h-%1"})").arg(event).toUtf8(),
                CallType::Track);
            QVERIFY(p.ok());
            m_window->composer()->document()->load(p.value());
            m_window->send();
            QTRY_COMPARE(m_window->workspace()->history()->model()->rowCount(), event == u"First" ? 1 : 2);
        }
        HistoryPanel *history = m_window->workspace()->history();
        history->table()->selectAll();
        const QString file = m_dir->filePath(QStringLiteral("history.jsonl"));
        QVERIFY(history->exportSelected(file).ok());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(object(lines[0]).value(u"messageId").toString(), QStringLiteral("h-First"));
        QCOMPARE(object(lines[1]).value(u"type").toString(), QStringLiteral("track"));
        QCOMPARE(dryRun(file).value(u"rowsValid").toDouble(), 2.0);

        QVERIFY(history->saveSelectedAsRequests());
        Result<LoadedCollection> loaded = loadCollection(folder);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->collection.items.size(), size_t(2));
        QCOMPARE(loaded->collection.items[0].request.name, QStringLiteral("First"));
        QCOMPARE(loaded->collection.items[1].request.name, QStringLiteral("Second"));
    }
};

QTEST_MAIN(TestSandboxPanel)
#include "tst_sandboxpanel.moc"
