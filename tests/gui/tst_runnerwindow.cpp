// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "collections/collection.h"
#include "json/jsonparser.h"
#include "sandbox/sandbox.h"
#include "ui/collectionspanel.h"
#include "ui/mainwindow.h"
#include "ui/responseview.h"
#include "ui/runnerwindow.h"
#include "ui/workspace.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace ewb;

// The Runner window as a user drives it: File > Run Collection… on the real main window, a
// collection opened in it, run against the window's own sandbox.
class TestRunnerWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    RunnerWindow *m_runner = nullptr;
    QString m_collection;

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    void runAndWait()
    {
        QSignalSpy done(m_runner, &RunnerWindow::runFinished);
        QTest::mouseClick(m_runner->findChild<QPushButton *>(QStringLiteral("runnerRun")), Qt::LeftButton);
        QVERIFY(done.wait(30000));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        WorkbenchOptions options;
        options.configFolder = m_dir.filePath(QStringLiteral("config"));
        options.dataFolder = m_dir.filePath(QStringLiteral("data"));
        m_window = std::make_unique<MainWindow>(options);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        Collection c = Collection::create(QStringLiteral("Checkout"));
        SavedRequest good;
        good.name = QStringLiteral("Order completed");
        good.type = CallType::Track;
        good.setBodyText(QStringLiteral(R"({"userId":"u1","event":"Order Completed"})"));
        SavedRequest bad;
        bad.name = QStringLiteral("No event");
        bad.type = CallType::Track;
        bad.setBodyText(QStringLiteral(R"({"userId":"u1"})"));
        bad.expect.allowValidationErrors = true; // sent, so strict mode's 400 fails it
        c.items.push_back(CollectionItem::makeRequest(good));
        c.items.push_back(CollectionItem::makeRequest(bad));
        m_collection = m_dir.filePath(QStringLiteral("checkout"));
        QVERIFY(saveCollection(c, m_collection).ok());
        QVERIFY(m_window->workspace()->collections()->openCollection(m_collection));
        m_runner = m_window->showRunner();
        QVERIFY(QTest::qWaitForWindowExposed(m_runner));
    }

    void runsAgainstTheWindowsSandbox()
    {
        const qint64 before = m_window->sandbox()->stats().total;
        m_runner->selectCollection(m_collection);
        m_runner->setIterations(3);
        runAndWait();
        RunResultsModel *results = m_runner->results();
        QCOMPARE(results->rowCount(), 6);
        QCOMPARE(m_window->sandbox()->stats().total - before, 6);
        int passed = 0;
        for (int row = 0; row < results->rowCount(); ++row)
            passed += results->step(row).passed() ? 1 : 0;
        QCOMPARE(passed, 3);
        QVERIFY2(m_runner->summaryText().contains(QStringLiteral("3 passed, 3 failed")),
            qPrintable(m_runner->summaryText()));

        // Failures only, and the selected one's exchange below the table.
        auto *table = m_runner->findChild<QTableView *>(QStringLiteral("runnerResults"));
        m_runner->findChild<QCheckBox *>(QStringLiteral("runnerFailuresOnly"))->setChecked(true);
        QCOMPARE(table->model()->rowCount(), 3);
        table->setFocus();
        table->selectRow(0);
        auto *response = m_runner->findChild<ResponseView *>(QStringLiteral("runnerResponse"));
        QVERIFY2(response->statusText().contains(QStringLiteral("400")), qPrintable(response->statusText()));
        m_runner->findChild<QCheckBox *>(QStringLiteral("runnerFailuresOnly"))->setChecked(false);
        QCOMPARE(table->model()->rowCount(), 6);

        // The report, read back.
        const QString report = m_dir.filePath(QStringLiteral("runner.xml"));
        QVERIFY(m_runner->exportReport(report).ok());
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int cases = 0;
        int failures = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                cases += xml.name() == u"testcase" ? 1 : 0;
                failures += xml.name() == u"failure" ? 1 : 0;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(cases, 6);
        QCOMPARE(failures, 3);
    }

    void stopEndsTheRunCleanly()
    {
        m_runner->setIterations(100000);
        QSignalSpy done(m_runner, &RunnerWindow::runFinished);
        QTest::mouseClick(m_runner->findChild<QPushButton *>(QStringLiteral("runnerRun")), Qt::LeftButton);
        QTRY_VERIFY(m_runner->results()->rowCount() >= 10);
        QVERIFY(m_runner->isRunning()); // the window is live while it runs
        QTest::mouseClick(m_runner->findChild<QPushButton *>(QStringLiteral("runnerStop")), Qt::LeftButton);
        // The requests in flight are cancelled at once, so the run usually ends inside the click.
        QTRY_COMPARE(done.size(), 1);
        const RunSummary summary = done.first().first().value<RunSummary>();
        QVERIFY(summary.partial);
        QVERIFY(m_runner->results()->rowCount() < 200000);
        QVERIFY(m_runner->summaryText().contains(QStringLiteral("Stopped before the end")));
        QVERIFY(!m_runner->isRunning());
        // Found on the desktop: the request Stop cut short was listed as failed ("cancelled").
        for (const StepResult &step : m_runner->results()->steps())
            QVERIFY2(!step.failures.join(u' ').contains(QStringLiteral("cancel")), qPrintable(step.name));
        // Nor did the window turn "failures only" on by itself, nor close on Escape.
        QVERIFY(!m_runner->findChild<QCheckBox *>(QStringLiteral("runnerFailuresOnly"))->isChecked());
        QTest::keyClick(m_runner, Qt::Key_Escape);
        QVERIFY(m_runner->isVisible());
        // And it opens inside the screen (it was 777 pixels tall on a 700-pixel one).
        const QRect screen = m_runner->screen()->availableGeometry();
        QVERIFY2(m_runner->height() <= screen.height() && m_runner->width() <= screen.width(),
            qPrintable(QStringLiteral("%1x%2 on %3x%4")
                           .arg(m_runner->width())
                           .arg(m_runner->height())
                           .arg(screen.width())
                           .arg(screen.height())));
    }

    void aBadDataFileRunsNothing()
    {
        // A request cancelled by the Stop before may still reach the sandbox: let it settle first.
        qint64 before = -1;
        while (before != m_window->sandbox()->stats().total) {
            before = m_window->sandbox()->stats().total;
            QTest::qWait(100);
        }
        const QString data = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile f(data);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("userId\n\"open\n");
        f.close();
        m_runner->setDataFile(data);
        QTest::mouseClick(m_runner->findChild<QPushButton *>(QStringLiteral("runnerRun")), Qt::LeftButton);
        QTRY_VERIFY(!m_runner->isRunning());
        QVERIFY2(m_runner->summaryText().contains(QStringLiteral("Not run: bad.csv: line 2")),
            qPrintable(m_runner->summaryText()));
        QCOMPARE(m_window->sandbox()->stats().total, before);
        m_runner->setDataFile(QString());
    }

    // The checks are edited in the window (the Checks button of the collections panel), land in
    // the request's file at once, and the next run judges by them.
    void checksEditedInTheWindowAreRun()
    {
        CollectionsPanel *panel = m_window->workspace()->collections();
        CollectionsPanel::Prompts prompts;
        QString askedFor;
        prompts.askChecks = [&](const QString &name,
                                const Expectations &current) -> std::optional<Expectations> {
            askedFor = name;
            Expectations e = current;
            (void)e.setStatusText(QStringLiteral("400"));
            e.recorded = Expectations::Recorded::Dropped;
            e.reason = QStringLiteral("track.event.missing");
            return e;
        };
        panel->setPrompts(prompts);
        QTreeView *tree = panel->tree();
        tree->setCurrentIndex(tree->model()->index(1, 0, tree->model()->index(0, 0)));
        panel->editChecksSelected();
        QCOMPARE(askedFor, QStringLiteral("No event"));
        const QDir folder(m_collection);
        QString file;
        for (const QString &name : folder.entryList({QStringLiteral("*.json")})) {
            if (name != QLatin1String("collection.json") &&
                readAll(folder.filePath(name)).contains("No event"))
                file = folder.filePath(name);
        }
        QVERIFY(!file.isEmpty());
        const JsonValue expect = parseJson(readAll(file)).value().object().value(u"expect");
        QCOMPARE(expect.object().value(u"status").toDouble(), 400.0);
        QCOMPARE(expect.object().value(u"reason").toString(), QStringLiteral("track.event.missing"));
        QCOMPARE(expect.object().value(u"validation").toString(), QStringLiteral("any"));

        m_runner->setIterations(3);
        runAndWait();
        QVERIFY2(m_runner->summaryText().startsWith(QStringLiteral("All passed: 6")),
            qPrintable(m_runner->summaryText()));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestRunnerWindow)
#include "tst_runnerwindow.moc"
