// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "history/historystore.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "sandbox/sandbox.h"
#include "sources/sourcestore.h"
#include "ui/composerpanel.h"
#include "ui/jsoneditor.h"
#include "ui/mainwindow.h"
#include "ui/workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ewb;

// What is shown is what is sent, saved and kept (issue 8), through the real window and its
// in-process sandbox: each case was seen by a person on a desktop while every other suite was green.
class TestShownIsSent final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    QString config() const { return m_dir->filePath(QStringLiteral("config")); }
    QString data() const { return m_dir->filePath(QStringLiteral("data")); }

    void open()
    {
        WorkbenchOptions options;
        options.configFolder = config();
        options.dataFolder = data();
        m_window = std::make_unique<MainWindow>(options);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void closeWindow()
    {
        QVERIFY(m_window->close());
        m_window.reset();
    }

    template<typename T>
    T *find(const QString &name) const
    {
        T *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning("no %s", qPrintable(name));
        return found;
    }
    JsonEditor *editor() const { return m_window->composer()->jsonEditor(); }

    // Replaces the JSON tab's text the way a person does: Ctrl+A, then typing.
    void typeJson(const QString &text)
    {
        m_window->composer()->showJsonTab(true);
        editor()->setFocus();
        QTest::keyClick(editor(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(editor(), Qt::Key_Delete);
        // Typed, not pasted: the editor closes brackets as a person types them only if told to,
        // and this one does not, so the text is exactly what was typed.
        QTest::keyClicks(editor(), text);
    }
    void sendNow() { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier); }
    QList<RecordedEvent> received() const { return m_window->sandbox()->recentEvents(1000); }
    JsonObject lastReceived() const
    {
        const QList<RecordedEvent> events = received();
        return events.isEmpty() ? JsonObject() : events.last().payload.object();
    }
    bool waitForEvents(qsizetype count) const
    {
        return QTest::qWaitFor([&] { return received().size() >= count; }, 10000);
    }
    bool waitForSendDone() const
    {
        auto *send = find<QAction>(QStringLiteral("sendAction"));
        return QTest::qWaitFor([&] { return send->isEnabled(); }, 15000);
    }
    QString selectedSourceText() const
    {
        const QListWidgetItem *item = find<QListWidget>(QStringLiteral("sourcesList"))->currentItem();
        return item ? item->text() : QString();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        open();
    }
    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    // Item 1: the send went out with the body from before the last keystrokes.
    void sendRightAfterTypingSendsTheText()
    {
        typeJson(QStringLiteral(R"({"type":"track","userId":"user-9","event":"OLD"})"));
        QTRY_COMPARE(m_window->composer()->document()->payload().body().value(u"event").toString(),
            QStringLiteral("OLD"));
        // Within the typing debounce: no check has run on the new text yet.
        typeJson(QStringLiteral(R"({"type":"track","userId":"user-9","event":"NEW"})"));
        sendNow();
        QVERIFY(waitForEvents(1));
        QCOMPARE(lastReceived().value(u"event").toString(), QStringLiteral("NEW"));
        QCOMPARE(lastReceived().value(u"userId").toString(), QStringLiteral("user-9"));
    }

    void textThatDoesNotParseIsNotSentAndSaysWhere()
    {
        typeJson(QStringLiteral(R"({"type":"track","userId":"user-1","event":"Good"})"));
        sendNow();
        QVERIFY(waitForEvents(1));
        QVERIFY(waitForSendDone());
        typeJson(QStringLiteral(R"({"type":"track","userId":"user-9","event":"Broken",})"));
        sendNow();
        QTest::qWait(500); // a send, had one started, would have reached the sandbox by now
        QCOMPARE(received().size(), 1);
        const QString status = m_window->findChild<QLabel *>(QStringLiteral("responseStatus"))->text() +
            m_window->findChild<QLabel *>(QStringLiteral("responseExplanation"))->text();
        QVERIFY2(status.contains(QStringLiteral("Not sent")) && status.contains(QStringLiteral("line 1")),
            qPrintable(status));
        // The broken text is still what the editor holds: nothing replaced it with the old body.
        QVERIFY(editor()->toPlainText().contains(QStringLiteral("Broken")));
    }

    void copyAsCurlRightAfterTypingCopiesTheText()
    {
        typeJson(QStringLiteral(R"({"type":"track","userId":"u","event":"OLD"})"));
        QTRY_COMPARE(m_window->composer()->document()->payload().body().value(u"event").toString(),
            QStringLiteral("OLD"));
        typeJson(QStringLiteral(R"({"type":"track","userId":"u","event":"NEW"})"));
        find<QAction>(QStringLiteral("copyAsCurlAction"))->trigger();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("NEW")) && !copied.contains(QStringLiteral("OLD")),
            qPrintable(copied));
    }

    void closingRightAfterTypingKeepsTheTextInTheDraft()
    {
        typeJson(QStringLiteral(R"({"type":"track","userId":"u","event":"Typed just before quitting"})"));
        closeWindow();
        open();
        QCOMPARE(m_window->composer()->document()->payload().body().value(u"event").toString(),
            QStringLiteral("Typed just before quitting"));
    }

    void aDraftThatDoesNotParseComesBackAsTyped()
    {
        const QString broken = QStringLiteral("{\"type\":\"track\",\"userId\":\"u\",\"event\":\"half");
        typeJson(broken);
        closeWindow();
        open();
        QCOMPARE(editor()->toPlainText(), broken);
    }

    // Item 2: a theme switch before the JSON tab was ever shown emptied the JSON and the draft.
    void themeSwitchKeepsTheDraft()
    {
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("callType_identify")), Qt::LeftButton);
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("callForm_userId")), QStringLiteral("keep-me"));
        find<QAction>(QStringLiteral("appearance_dark"))->trigger();
        QTest::qWait(600); // past the typing debounce that a re-highlight used to start
        find<QAction>(QStringLiteral("appearance_light"))->trigger();
        QTest::qWait(600);
        QCOMPARE(m_window->composer()->document()->payload().body().value(u"userId").toString(),
            QStringLiteral("keep-me"));
        closeWindow();
        QFile draft(QDir(data()).filePath(QStringLiteral("draft.json")));
        QVERIFY(draft.open(QIODevice::ReadOnly));
        QVERIFY2(draft.readAll().contains("keep-me"), "the draft lost the form's edit");
        open();
        QCOMPARE(m_window->composer()->document()->payload().body().value(u"userId").toString(),
            QStringLiteral("keep-me"));
    }

    // Item 3: after a restart the window was aimed at a real source.
    void theTargetIsWhatTheUserLastChose()
    {
        closeWindow();
        SourceStore store(config());
        QVERIFY(store.load().ok());
        Source production = Source::create(QStringLiteral("Production EU"), Region::EU);
        QVERIFY(store.add(production).ok());
        QVERIFY(store.save().ok());

        open();
        QVERIFY2(selectedSourceText().startsWith(QStringLiteral("Local sandbox")),
            qPrintable(selectedSourceText()));
        auto *target = find<QLabel>(QStringLiteral("sendTarget"));
        QVERIFY(!target->property("live").toBool());
        closeWindow();
        open();
        QVERIFY2(selectedSourceText().startsWith(QStringLiteral("Local sandbox")),
            qPrintable(selectedSourceText()));

        // The user picks production: that is remembered, and it looks like it.
        auto *list = find<QListWidget>(QStringLiteral("sourcesList"));
        QListWidgetItem *item =
            list->findItems(QStringLiteral("Production EU"), Qt::MatchStartsWith).value(0);
        QVERIFY(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        target = find<QLabel>(QStringLiteral("sendTarget"));
        QVERIFY(target->property("live").toBool());
        QVERIFY2(target->text().contains(QStringLiteral("LIVE")), qPrintable(target->text()));
        closeWindow();
        open();
        QVERIFY(selectedSourceText().startsWith(QStringLiteral("Production EU")));
    }

    // Item 6: the history took the composer's type at reply time.
    void historyKeepsTheTypeThatWasSent()
    {
        QNetworkAccessManager network;
        QNetworkRequest fault(
            m_window->sandbox()->baseUrl().resolved(QUrl(QStringLiteral("/_sandbox/faults"))));
        fault.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = network.post(fault, QByteArray(R"({"status":429,"retryAfter":1})"));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();

        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("callType_track")), Qt::LeftButton);
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("callForm_userId")), QStringLiteral("u1"));
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("callForm_event")), QStringLiteral("Retried"));
        find<QAction>(QStringLiteral("sendAction"))->trigger();
        // While the client waits out Retry-After, the user moves on to another call type.
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("callType_identify")), Qt::LeftButton);
        QVERIFY(waitForSendDone());
        Result<QList<HistoryEntry>> entries = m_window->workspace()->historyStore()->search({});
        QVERIFY(entries.ok());
        QVERIFY(!entries->isEmpty());
        QCOMPARE(entries->first().type, CallType::Track);
    }

    // Issue 8, item 8: Ctrl+Shift+2 showed the JSON tab but left the focus elsewhere, so what was
    // typed next went nowhere (and a Ctrl+Return then sent the old body).
    void viewJsonPutsTheFocusInTheEditor()
    {
        auto *body = m_window->findChild<QWidget *>(QStringLiteral("responseBody"));
        body->setFocus();
        QTest::keyClick(body, Qt::Key_2, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->composer()->tabs()->currentIndex(), 1);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(editor()));
    }

    // Issue 8, item 8: batch calls could not get their own context in the form.
    void aBatchCallHasItsOwnContext()
    {
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("callType_batch")), Qt::LeftButton);
        QCOMPARE(m_window->composer()->document()->payload().type(), CallType::Batch);
        auto *sections = find<QTabWidget>(QStringLiteral("batchItemForm_sections"));
        QVERIFY(sections);
        QVERIFY(sections->isTabVisible(1)); // Context
        QVERIFY(sections->isTabVisible(2)); // Integrations
    }

    // Issue 8, item 8: with a timestamp warning up, the Event field vanished and clicking "event is
    // missing" did nothing.
    void aMissingEventIsShownAndReachable()
    {
        typeJson(QStringLiteral(R"({"type":"track","userId":"u1","timestamp":"2099-01-01T00:00:00.000Z"})"));
        QTRY_VERIFY(m_window->composer()->lastCheck().parsed &&
            m_window->composer()->document()->payload().stringField(u"timestamp").startsWith(u"2099"));
        m_window->composer()->focusTab(false);
        auto *event = find<QLineEdit>(QStringLiteral("callForm_event"));
        QTRY_VERIFY(find<QWidget>(QStringLiteral("callForm"))
                        ->findChild<QLabel *>(QStringLiteral("timestampWarning"))
                        ->isVisible());
        QVERIFY(event->isVisible());
        QVERIFY(event->height() >= event->minimumSizeHint().height());
        auto *list = find<QTreeWidget>(QStringLiteral("diagnosticsList"));
        QTreeWidgetItem *missing = nullptr;
        for (int i = 0; i < list->topLevelItemCount() && !missing; ++i) {
            if (list->topLevelItem(i)->text(2) == QStringLiteral("track.event.missing"))
                missing = list->topLevelItem(i);
        }
        QVERIFY(missing);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(missing).center());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(event));
    }

    // Random form edits, JSON edits and sends: each send delivers exactly what the editor shows.
    void everySendDeliversWhatIsShown()
    {
        QRandomGenerator random(20261201);
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("callType_track")), Qt::LeftButton);
        QString shownEvent;
        QString shownUser;
        qsizetype sends = 0;
        for (int step = 0; step < 30; ++step) {
            const QString word = QStringLiteral("w%1").arg(random.bounded(100000));
            switch (random.bounded(3)) {
            case 0: { // the form
                m_window->composer()->showJsonTab(false);
                auto *field = find<QLineEdit>(
                    random.bounded(2) ? QStringLiteral("callForm_event") : QStringLiteral("callForm_userId"));
                field->setFocus();
                field->selectAll();
                QTest::keyClicks(field, word);
                break;
            }
            case 1: // the JSON tab
                typeJson(QStringLiteral(R"({"type":"track","userId":"%1","event":"%2"})")
                             .arg(random.bounded(2) ? word : QStringLiteral("json-user"), word));
                break;
            default: break;
            }
            // What the person sees right now, read from the widget they look at.
            if (m_window->composer()->tabs()->currentIndex() == 1) {
                Result<JsonValue> shown = parseJson(editor()->toPlainText().toUtf8());
                QVERIFY(shown.ok());
                shownEvent = shown->object().value(u"event").toString();
                shownUser = shown->object().value(u"userId").toString();
            } else {
                shownEvent = find<QLineEdit>(QStringLiteral("callForm_event"))->text();
                shownUser = find<QLineEdit>(QStringLiteral("callForm_userId"))->text();
            }
            sendNow();
            ++sends;
            QVERIFY2(waitForEvents(sends), qPrintable(QStringLiteral("step %1").arg(step)));
            QVERIFY(waitForSendDone());
            QCOMPARE(lastReceived().value(u"event").toString(), shownEvent);
            QCOMPARE(lastReceived().value(u"userId").toString(), shownUser);
        }
    }
};

QTEST_MAIN(TestShownIsSent)
#include "tst_shownissent.moc"
