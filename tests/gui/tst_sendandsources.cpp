// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "history/historymodel.h"
#include "net/connectionprobe.h"
#include "sandbox/sandbox.h"
#include "ui/composerpanel.h"
#include "ui/forwardmenu.h"
#include "ui/historytableproxy.h"
#include "ui/mainwindow.h"
#include "ui/palette.h"
#include "ui/sandboxeventsmodel.h"
#include "ui/sandboxpanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ewb;

// Sending, sources and Test Connection, through the real window, against in-process sandboxes on
// loopback. Keys go to the keychain when one answers (run under scripts/with-test-keyring.sh),
// otherwise to the session store; either way none may reach a file the application wrote.
class TestSendAndSources final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    Sandbox m_keyedSandbox; // knows exactly one key
    const QString m_goodKey = QStringLiteral("good-key-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QString m_badKey = QStringLiteral("bad-key-%1").arg(QUuid::createUuid().toString(QUuid::Id128));

    template<typename T>
    T *find(const QString &name) const
    {
        return m_window->findChild<T *>(name);
    }

    // region: the dialog's row (0 US, 1 EU, 2 a custom URL: this test's keyed sandbox).
    void addSource(const QString &name, const QString &key, int region = 2, bool strict = true)
    {
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("addSource")), Qt::LeftButton);
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QWidget *>(QStringLiteral("sourceDialog"))) != nullptr);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sourceName")), name);
        dialog->findChild<QComboBox *>(QStringLiteral("sourceRegion"))->setCurrentIndex(region);
        if (region == 2)
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sourceUrl")),
                m_keyedSandbox.baseUrl().toString());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sourceKey")), key);
        dialog->findChild<QCheckBox *>(QStringLiteral("sourceStrict"))->setChecked(strict);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("sourceButtons"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<QWidget *>(QStringLiteral("sourceDialog")));
        // Adding a source does not aim Send at it (issue 8): the user clicks it, as here.
        auto *list = find<QListWidget>(QStringLiteral("sourcesList"));
        QListWidgetItem *added = nullptr;
        QTRY_VERIFY((added = list->findItems(name, Qt::MatchStartsWith).value(0)) != nullptr);
        QVERIFY(list->currentItem() != added);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(added).center());
        QTRY_VERIFY(list->currentItem()->text().startsWith(name));
    }

    ProbeVerdict testConnection()
    {
        auto *verdict = find<QLabel>(QStringLiteral("probeVerdict"));
        verdict->setProperty("verdict", QVariant());
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("testConnection")), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return verdict->property("verdict").isValid(); }, 20000))
            return ProbeVerdict::Unexpected;
        return ProbeVerdict(verdict->property("verdict").toInt());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        SandboxOptions options;
        options.keys = {m_goodKey};
        QVERIFY(m_keyedSandbox.start(options).ok());
        WorkbenchOptions window;
        window.configFolder = m_dir.filePath(QStringLiteral("config"));
        window.dataFolder = m_dir.filePath(QStringLiteral("data"));
        m_window = std::make_unique<MainWindow>(window);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void firstRunSelectsTheLocalSandbox()
    {
        QVERIFY(m_window->sandbox());
        QVERIFY(find<QListWidget>(QStringLiteral("sourcesList"))
                    ->currentItem()
                    ->text()
                    .startsWith(QStringLiteral("Local sandbox")));
    }

    void sendingToTheSandboxShows200AndTheEvent()
    {
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("callType_track")), Qt::LeftButton);
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("callForm_userId")), QStringLiteral("u1"));
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("callForm_event")), QStringLiteral("Signed Up"));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            find<QLabel>(QStringLiteral("responseStatus"))->text().contains(QStringLiteral("200")), 10000);
        auto *events = find<QTableView>(QStringLiteral("sandboxEvents"));
        QTRY_COMPARE(events->model()->rowCount(), 1);
        QCOMPARE(events->model()->index(0, SandboxEventsModel::TypeColumn).data().toString(),
            QStringLiteral("track"));
        QCOMPARE(events->model()->index(0, SandboxEventsModel::ResultColumn).data().toString(),
            QStringLiteral("accepted"));
        events->setCurrentIndex(events->model()->index(0, 0));
        QVERIFY(find<QPlainTextEdit>(QStringLiteral("sandboxPayload"))
                    ->toPlainText()
                    .contains(QStringLiteral("Signed Up")));
        // The request view masks the key until Reveal.
        const QString shown = find<QPlainTextEdit>(QStringLiteral("requestAsSent"))->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("Authorization: Basic <redacted>")));
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("copyAsCurl")), Qt::LeftButton);
        const QString curl = QApplication::clipboard()->text();
        QVERIFY2(curl.contains(m_window->sandbox()->baseUrl().toString() + QStringLiteral("/track")),
            qPrintable(curl));
        QVERIFY(curl.contains(QStringLiteral("$CDP_API_KEY")));
    }

    void historyShowsTheStatusFirstInColour()
    {
        auto *table = find<QTableView>(QStringLiteral("historyTable"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->horizontalHeader()->logicalIndex(0), int(HistoryModel::StatusColumn));
        const auto cell = [table](int column) { return table->model()->index(0, column); };
        QCOMPARE(cell(HistoryModel::StatusColumn).data().toString(), QStringLiteral("200"));
        QCOMPARE(cell(HistoryModel::StatusColumn).data(Qt::ForegroundRole).value<QColor>(),
            toneColor(Tone::Success));
        const QDateTime sentAt = cell(0).data(HistoryModel::SentAtRole).toDateTime();
        QCOMPARE(cell(HistoryModel::TimeColumn).data().toString(),
            compactSendTime(sentAt, QDateTime::currentDateTime()));
        QCOMPARE(cell(HistoryModel::TypeColumn).data().toString(), QStringLiteral("track"));
        // Not a saved request: where it went instead of an empty name.
        QCOMPARE(cell(HistoryModel::NameColumn).data().toString(),
            QStringLiteral("127.0.0.1:%1/v1/track").arg(m_window->sandbox()->baseUrl().port()));
        QCOMPARE(find<QLabel>(QStringLiteral("historyCount"))->text(), QStringLiteral("1 send"));
    }

    void testConnectionGivesTwoVerdicts()
    {
        addSource(QStringLiteral("Good"), m_goodKey);
        QCOMPARE(testConnection(), ProbeVerdict::KeyAccepted);
        addSource(QStringLiteral("Bad"), m_badKey);
        QCOMPARE(testConnection(), ProbeVerdict::KeyRejected);
        QVERIFY(!find<QLabel>(QStringLiteral("probeWhatToDo"))->text().isEmpty());
        // Issue 8, item 8: the verdict stayed up after selecting another source.
        auto *list = find<QListWidget>(QStringLiteral("sourcesList"));
        list->setCurrentItem(list->findItems(QStringLiteral("Good"), Qt::MatchStartsWith).value(0));
        QVERIFY(find<QLabel>(QStringLiteral("probeVerdict"))->text().isEmpty());
        QVERIFY(find<QLabel>(QStringLiteral("probeWhatToDo"))->text().isEmpty());
    }

    void sourceItemsShowTheRegion()
    {
        addSource(QStringLiteral("Production"), m_goodKey, 1);
        auto *list = find<QListWidget>(QStringLiteral("sourcesList"));
        QStringList texts;
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text();
        const QString custom = QStringLiteral("127.0.0.1:%1").arg(m_keyedSandbox.baseUrl().port());
        QCOMPARE(texts,
            QStringList({QStringLiteral("Local sandbox — built in"), QStringLiteral("Good — ") + custom,
                QStringLiteral("Bad — ") + custom, QStringLiteral("Production — EU")}));
        const QString tip = list->item(3)->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("https://cdp-eu.customer.io/v1")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Strict mode on")), qPrintable(tip));
    }

    // Issue 8, item 8: a call with errors went to a source without strict mode silently, and the
    // API answers that with 200 and drops it.
    void aCallWithErrorsToALenientSourceAsksFirst()
    {
        addSource(QStringLiteral("Lenient"), m_goodKey, 2, false);
        QStringList asked;
        bool answer = false;
        m_window->setSendConfirmation([&](const QString &question) {
            asked << question;
            return answer;
        });
        QTest::mouseClick(find<QAbstractButton>(QStringLiteral("callType_track")), Qt::LeftButton);
        auto *event = find<QLineEdit>(QStringLiteral("callForm_event"));
        event->selectAll();
        QTest::keyClick(event, Qt::Key_Delete); // "event is missing": an error
        const qsizetype before = m_keyedSandbox.recentEvents(1000).size();
        m_window->send();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("200 OK")), qPrintable(asked.first()));
        QTest::qWait(300);
        QCOMPARE(m_keyedSandbox.recentEvents(1000).size(), before);
        answer = true;
        m_window->send();
        QCOMPARE(asked.size(), 2);
        QTRY_COMPARE(m_keyedSandbox.recentEvents(1000).size(), before + 1);
        m_window->setSendConfirmation({});
    }

    // Issue 12: Sandbox > Forward Accepted Calls To makes the built-in sandbox a live debugger in
    // front of a real API (here the keyed sandbox, which knows only the source's key).
    void forwardingSendsAcceptedCallsToASource()
    {
        auto *menu = m_window->findChild<ForwardMenu *>(QStringLiteral("forwardMenu"));
        QVERIFY(menu);
        emit menu->aboutToShow(); // the list is made when the menu opens
        QAction *good = nullptr;
        for (QAction *action : menu->actions())
            if (action->text().startsWith(QStringLiteral("Good (")))
                good = action;
        QVERIFY(good);
        good->trigger();
        auto *status = find<QLabel>(QStringLiteral("forwardStatus"));
        QTRY_VERIFY2(status->text().startsWith(QStringLiteral("Forwarding accepted calls to Good")),
            qPrintable(status->text()));
        QVERIFY(m_window->sandbox()->isForwarding());

        // An app posts to the built-in sandbox with whatever key: what is accepted goes upstream with
        // the source's key (the keyed sandbox accepts nothing else), and the outcome is recorded.
        const auto post = [this](const QByteArray &event) {
            QNetworkAccessManager manager;
            QNetworkRequest request(
                QUrl(m_window->sandbox()->baseUrl().toString() + QStringLiteral("/track")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            request.setRawHeader("Authorization", "Basic " + QByteArray("app-key:").toBase64());
            QNetworkReply *reply = manager.post(request, R"({"userId":"u1","event":")" + event + R"("})");
            if (!reply->isFinished())
                QSignalSpy(reply, &QNetworkReply::finished).wait(10000);
            reply->deleteLater();
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        QCOMPARE(post("Forwarded Call"), 200);
        const auto upstreamHas = [this](const QString &event) {
            for (const RecordedEvent &e : m_keyedSandbox.recentEvents(1000))
                if (e.accepted && e.payload.object().value(u"event").toString() == event)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(upstreamHas(QStringLiteral("Forwarded Call")), 10000);
        QTRY_COMPARE(
            m_window->sandbox()->recentEvents(1).value(0).forward.state, ForwardOutcome::State::Forwarded);
        QCOMPARE(m_window->sandbox()->recentEvents(1).value(0).forward.status, 200);

        // Off again: recorded, not forwarded.
        QAction *off = menu->findChild<QAction *>(QStringLiteral("forwardOff"));
        QVERIFY(off);
        off->trigger();
        QVERIFY(!m_window->sandbox()->isForwarding());
        QVERIFY(status->text().isEmpty());
        QCOMPARE(post("Kept Local"), 200);
        QCOMPARE(m_window->sandbox()->recentEvents(1).value(0).forward.state, ForwardOutcome::State::None);
    }

    void noKeyInAnyFileTheApplicationWrote()
    {
        m_window->close(); // writes settings, sources and the draft
        m_window.reset();
        QStringList roots {m_dir.path()};
        for (auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                 QStandardPaths::GenericConfigLocation, QStandardPaths::CacheLocation})
            roots << QStandardPaths::writableLocation(location);
        int files = 0;
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                // The test keyring lives under HOME, not in the application's folders.
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                ++files;
                QVERIFY2(!bytes.contains(m_goodKey.toUtf8()) && !bytes.contains(m_badKey.toUtf8()),
                    qPrintable(QStringLiteral("a key is in %1").arg(file.fileName())));
            }
        }
        QVERIFY(files >= 2); // settings.ini and sources.json at least: the check looked at something
    }
};

QTEST_MAIN(TestSendAndSources)
#include "tst_sendandsources.moc"
