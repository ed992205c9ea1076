// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sandbox/sandbox.h"
#include "ui/backfillwindow.h"
#include "ui/composerpanel.h"
#include "ui/mainwindow.h"
#include "ui/throughputchart.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ewb;

// The Backfill window on the real main window, sending to the window's own sandbox.
class TestBackfillWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    BackfillWindow *m_backfill = nullptr;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
    static QByteArray rows(int n)
    {
        QByteArray out;
        for (int i = 0; i < n; ++i)
            out.append(QStringLiteral(
                "{\"type\":\"track\",\"userId\":\"u%1\",\"event\":\"E\",\"messageId\":\"w-%2\","
                "\"timestamp\":\"2025-01-01T00:00:00Z\"}\n")
                           .arg(i % 13)
                           .arg(i)
                           .toUtf8());
        return out;
    }
    BackfillSummary waitFor(const std::function<void()> &action)
    {
        QSignalSpy done(m_backfill, &BackfillWindow::finished);
        action();
        if (done.isEmpty())
            done.wait(60000);
        return done.isEmpty() ? BackfillSummary {} : done.first().first().value<BackfillSummary>();
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
        m_backfill = m_window->showBackfill();
        QVERIFY(QTest::qWaitForWindowExposed(m_backfill));
    }

    // Ctrl+Q in the Backfill window quits, as in the main window (it did nothing: Quit was a
    // shortcut of the main window only, and the program stayed running behind the window). First,
    // while nothing is unsaved that would ask.
    void quitFromTheBackfillWindow()
    {
        auto *quit = m_window->findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QSignalSpy triggered(quit, &QAction::triggered);
        m_backfill->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_backfill));
        QCOMPARE(quit->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));
        QTest::keyClick(m_backfill->windowHandle(), Qt::Key_Q, Qt::ControlModifier); // as a keyboard would
        QCOMPARE(triggered.count(), 1);
        QTRY_VERIFY(!m_window->isVisible());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_backfill = m_window->showBackfill();
        QVERIFY(QTest::qWaitForWindowExposed(m_backfill));
    }

    void previewDryRunAndSend()
    {
        const QString file = write(QStringLiteral("three.jsonl"),
            "{\"type\":\"track\",\"userId\":\"u1\",\"event\":\"A\",\"timestamp\":\"2025-01-01T00:00:00Z\"}\n"
            "{\"type\":\"track\",\"event\":\"No user\"}\n"
            "{\"type\":\"identify\",\"userId\":\"u2\",\"traits\":{\"plan\":\"pro\"}}\n");
        QSignalSpy previewed(m_backfill, &BackfillWindow::previewed);
        m_backfill->setFile(file);
        QVERIFY(previewed.wait(5000));
        QTableWidget *preview = m_backfill->preview();
        QCOMPARE(preview->rowCount(), 3);
        QVERIFY(preview->item(0, 3)->text().startsWith(QStringLiteral("valid")));
        QVERIFY2(preview->item(1, 3)->text().startsWith(QStringLiteral("not sent")),
            qPrintable(preview->item(1, 3)->text()));
        QVERIFY(preview->item(2, 3)->text().startsWith(QStringLiteral("warning"))); // no timestamp

        const qint64 before = m_window->sandbox()->stats().total;
        const BackfillSummary dry = waitFor([this] { m_backfill->dryRun(); });
        QVERIFY(dry.dryRun);
        QCOMPARE(dry.progress.rowsValid, 2);
        QCOMPARE(m_window->sandbox()->stats().total, before);
        // It said "1 batches", and that the warnings' rows "were sent" after a run that sends nothing.
        QVERIFY2(m_backfill->summaryText().startsWith(QStringLiteral(
                     "Dry run, nothing was sent: 3 rows, 2 valid, 1 not to be sent; 1 batch, ")),
            qPrintable(m_backfill->summaryText()));
        QVERIFY2(m_backfill->summaryText().contains(
                     QStringLiteral("2 warnings (such as rows without a timestamp): they would be sent.")),
            qPrintable(m_backfill->summaryText()));

        const BackfillSummary sent = waitFor([this] { m_backfill->start(); });
        QVERIFY2(sent.completed, qPrintable(m_backfill->summaryText()));
        QCOMPARE(sent.progress.rowsSent, 2);
        QCOMPARE(m_window->sandbox()->stats().accepted - 0, m_window->sandbox()->stats().accepted);
        QCOMPARE(m_window->sandbox()->stats().total - before, 2);
        // The row not sent is listed, and opens in the composer to be fixed there.
        QTableWidget *rejects = m_backfill->rejects();
        QCOMPARE(rejects->rowCount(), 1);
        QCOMPARE(rejects->item(0, 0)->text(), QStringLiteral("2"));
        rejects->selectRow(0);
        QTest::mouseClick(
            m_backfill->findChild<QPushButton *>(QStringLiteral("backfillOpenRejected")), Qt::LeftButton);
        QVERIFY2(m_window->composer()->draftText().contains(QStringLiteral("No user")),
            qPrintable(m_window->composer()->draftText()));
        QVERIFY(!m_backfill->canResume()); // done: nothing to resume

        // Found on the desktop: the last file's rows not sent stayed listed under the next file.
        m_backfill->setFile(write(QStringLiteral("clean.jsonl"),
            "{\"type\":\"track\",\"userId\":\"u1\",\"event\":\"A\",\"timestamp\":\"2025-01-01T00:00:00Z\"}"
            "\n"));
        QCOMPARE(rejects->rowCount(), 0);
    }

    // A destructive event is held back unless the window's own switch allows it (the message pointed
    // to a command-line option the window does not have).
    void destructiveEventsNeedTheSwitch()
    {
        const QString file = write(QStringLiteral("delete.jsonl"),
            "{\"type\":\"track\",\"userId\":\"u9\",\"event\":\"User Deleted\",\"messageId\":\"del-9\"}\n");
        m_backfill->setFile(file);
        const BackfillSummary held = waitFor([this] { m_backfill->start(); });
        QCOMPARE(held.progress.rowsRejected, 1);
        QCOMPARE(m_backfill->rejects()->rowCount(), 1);
        m_backfill->findChild<QCheckBox *>(QStringLiteral("backfillAllowDestructive"))->setChecked(true);
        const BackfillSummary sent = waitFor([this] { m_backfill->start(); });
        QCOMPARE(sent.progress.rowsSent, 1);
        m_backfill->findChild<QCheckBox *>(QStringLiteral("backfillAllowDestructive"))->setChecked(false);
    }

    // Pause keeps what was acknowledged; Resume (the same button, next time the file is picked)
    // sends the rest, and nothing is lost.
    void pauseAndResume()
    {
        const int n = 60000;
        const QString file = write(QStringLiteral("many.jsonl"), rows(n));
        const qint64 acceptedBefore = m_window->sandbox()->stats().accepted;
        const qint64 duplicatesBefore = m_window->sandbox()->stats().duplicates;
        // Slow answers, so that Pause lands in the middle.
        QNetworkAccessManager manager;
        QNetworkRequest faults(
            QUrl(m_window->sandbox()->rootUrl().toString() + QStringLiteral("/_sandbox/faults")));
        faults.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = manager.post(faults, QByteArray(R"({"count":100000,"delayMs":150})"));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        reply->deleteLater();
        m_backfill->setFile(file);
        QSignalSpy done(m_backfill, &BackfillWindow::finished);
        m_backfill->start();
        // Nothing of the input can change under a running backfill (Browse could, found on the desktop).
        QVERIFY(!m_backfill->findChild<QPushButton *>(QStringLiteral("backfillBrowse"))->isEnabled());
        // Paused once a batch is acknowledged (the progress line says so), not merely received.
        const QRegularExpression acknowledged(QStringLiteral("read, [1-9][0-9,.]* sent and acknowledged"));
        QTRY_VERIFY_WITH_TIMEOUT(
            acknowledged.match(m_backfill->summaryText()).hasMatch() || !done.isEmpty(), 20000);
        m_backfill->pause();
        QTRY_COMPARE(done.size(), 1);
        const BackfillSummary paused = done.first().first().value<BackfillSummary>();
        QVERIFY2(!paused.completed, qPrintable(m_backfill->summaryText()));
        QVERIFY(m_backfill->canResume());
        QCOMPARE(m_backfill->findChild<QPushButton *>(QStringLiteral("backfillStart"))->text(),
            QStringLiteral("&Resume"));
        QNetworkReply *cleared = manager.deleteResource(faults);
        QTRY_VERIFY(cleared->isFinished());
        cleared->deleteLater();
        const BackfillSummary resumed = waitFor([this] { m_backfill->start(); });
        QVERIFY2(resumed.completed, qPrintable(m_backfill->summaryText()));
        QVERIFY(resumed.progress.rowsSkipped > 0);
        // The live chart drew the rate as it went (four samples a second).
        QVERIFY(!m_backfill->chart()->rates().empty() || resumed.progress.elapsedMs < 600);
        const qint64 accepted = m_window->sandbox()->stats().accepted - acceptedBefore;
        const qint64 again = m_window->sandbox()->stats().duplicates - duplicatesBefore;
        QCOMPARE(accepted - again, qint64(n));
    }

    void chartRates()
    {
        ThroughputChart chart;
        chart.addSample(0, 0);
        chart.addSample(500, 1000);
        chart.addSample(1000, 3000);
        chart.addSample(1500, 3000);
        QCOMPARE(chart.rates().size(), size_t(3));
        QCOMPARE(chart.rates()[0], 2000.0); // over what there is of the last second
        QCOMPARE(chart.rates()[1], 3000.0);
        QCOMPARE(chart.rates()[2], 2000.0); // 1,000 ms back: 3,000 - 1,000 over one second
        chart.addSample(100, 10); // a new run
        QVERIFY(chart.rates().empty());
        chart.resize(300, 70);
        QVERIFY(!chart.grab().isNull()); // paints without samples, and with them
        chart.addSample(600, 510);
        QVERIFY(!chart.grab().isNull());
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestBackfillWindow)
#include "tst_backfillwindow.moc"
