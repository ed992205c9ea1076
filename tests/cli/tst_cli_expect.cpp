// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "clirunner.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ewb;
using namespace ewb::test;

namespace {
const QString key = QStringLiteral("cli-expect-key");
} // namespace

// `ewb expect` (issue 12): a CI step's "an Order Completed for u1 with total 12.5 arrived within
// 5 s", against `ewb sandbox` as a CI job runs it.
class TestCliExpect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void arrivedExitsZero();
    void waitsForAnEventStillToCome();
    void notArrivedShowsTheNearest();
    void readyFileNamesTheSandbox();
    void usageErrors_data();
    void usageErrors();
    void unreachableSandboxIsAFailure();

private:
    void track(const QByteArray &body);
    // "ewb expect --sandbox URL": the start of every command line here.
    QStringList at() const
    {
        return {QStringLiteral("expect"), QStringLiteral("--sandbox"), m_sandbox.baseUrl()};
    }
    SandboxProcess m_sandbox;
};

void TestCliExpect::initTestCase()
{
    QVERIFY(m_sandbox.start({key}));
}

void TestCliExpect::cleanupTestCase()
{
    QVERIFY(m_sandbox.stop());
}

void TestCliExpect::init()
{
    m_sandbox.clear();
}

void TestCliExpect::track(const QByteArray &body)
{
    // The ingestion endpoints take the key in the body too (as the browser library sends it).
    QByteArray withKey = body;
    withKey.chop(1);
    withKey += ",\"writeKey\":\"" + key.toUtf8() + "\"}";
    m_sandbox.call("POST", QStringLiteral("/v1/track"), withKey);
}

void TestCliExpect::arrivedExitsZero()
{
    track(R"({"userId":"u1","event":"Order Completed","properties":{"total":12.5,"currency":"EUR"}})");
    const CliRun run = runEwb(at() +
        QStringList {QStringLiteral("--event"), QStringLiteral("Order Completed"),
            QStringLiteral("--user-id"), QStringLiteral("u1"), QStringLiteral("--field"),
            QStringLiteral("/properties/total=12.5")});
    QVERIFY2(run.finished, run.err.constData());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Arrived: 1 of 1 expected"), run.out.constData());
    QVERIFY(run.out.contains("\"Order Completed\", userId u1, accepted"));
}

void TestCliExpect::waitsForAnEventStillToCome()
{
    QProcess expect;
    expect.start(QStringLiteral(EWB_CLI_PATH),
        at() +
            QStringList {QStringLiteral("--within"), QStringLiteral("20000"),
                QStringLiteral(R"({"type":"track","event":"Checkout","userId":"u5"})")});
    QVERIFY(expect.waitForStarted());
    // Still waiting: nothing has arrived.
    QVERIFY(!expect.waitForFinished(500));
    track(R"({"userId":"u5","event":"Checkout"})");
    QVERIFY(expect.waitForFinished(10000));
    QCOMPARE(expect.exitCode(), 0);
    QVERIFY(expect.readAllStandardOutput().contains("Arrived: 1 of 1"));
}

void TestCliExpect::notArrivedShowsTheNearest()
{
    track(R"({"userId":"u1","event":"Order Completed","properties":{"total":"12.5"}})");
    const CliRun run = runEwb(at() +
        QStringList {QStringLiteral("--within"), QStringLiteral("200"),
            QStringLiteral(R"({"event":"Order Completed","userId":"u1","properties":{"total":12.5}})")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("Not arrived: Expected 1 accepted event matching"), run.out.constData());
    QVERIFY(run.out.contains("within 200 ms; 0 arrived."));
    QVERIFY(run.out.contains("Nearest:\n  event "));
    QVERIFY(run.out.contains("    /properties/total is \"12.5\", expected 12.5\n"));
    // The key sent in the body is never shown back.
    QVERIFY(!run.out.contains(key.toUtf8()));
    QVERIFY(!run.err.contains(key.toUtf8()));
}

void TestCliExpect::readyFileNamesTheSandbox()
{
    QTemporaryDir dir;
    const QString readyFile = dir.filePath(QStringLiteral("ready"));
    SandboxProcess second;
    QVERIFY(second.start({key}, {QStringLiteral("--ready-file"), readyFile}));
    // As a CI script does: the file appears once the sandbox listens (its URL on stdout may come first).
    QTRY_VERIFY(QFile::exists(readyFile));
    const CliRun missing = runEwb({QStringLiteral("expect"), QStringLiteral("--ready-file"), readyFile + u'x',
        QStringLiteral("--event"), QStringLiteral("E")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("cannot read the ready file"));
    const CliRun run = runEwb({QStringLiteral("expect"), QStringLiteral("--ready-file"), readyFile,
        QStringLiteral("--within"), QStringLiteral("0"), QStringLiteral("--event"), QStringLiteral("E")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("Not arrived"), run.err.constData());
    QVERIFY(second.stop());
}

void TestCliExpect::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("says");
    const QString url = QStringLiteral("http://127.0.0.1:9/v1");
    QTest::addRow("nothing expected")
        << QStringList {QStringLiteral("--sandbox"), url} << QByteArray("say what to expect");
    QTest::addRow("no sandbox") << QStringList {QStringLiteral("--event"), QStringLiteral("E")}
                                << QByteArray("say which sandbox");
    QTest::addRow("bad JSON") << QStringList {QStringLiteral("--sandbox"), url, QStringLiteral("{nope")}
                              << QByteArray("MATCH is not JSON");
    QTest::addRow("not an object") << QStringList {QStringLiteral("--sandbox"), url, QStringLiteral("-")}
                                   << QByteArray("MATCH must be a JSON object");
    QTest::addRow("bad field") << QStringList {QStringLiteral("--sandbox"), url, QStringLiteral("--field"),
                                      QStringLiteral("properties.total=1")}
                               << QByteArray("JSON pointer");
    QTest::addRow("count") << QStringList {QStringLiteral("--sandbox"), url, QStringLiteral("--event"),
                                  QStringLiteral("E"), QStringLiteral("--count"), QStringLiteral("0")}
                           << QByteArray("--count");
    QTest::addRow("within") << QStringList {QStringLiteral("--sandbox"), url, QStringLiteral("--event"),
                                   QStringLiteral("E"), QStringLiteral("--within"), QStringLiteral("5s")}
                            << QByteArray("--within");
    QTest::addRow("both outcomes") << QStringList {QStringLiteral("--sandbox"), url,
                                          QStringLiteral("--event"), QStringLiteral("E"),
                                          QStringLiteral("--dropped"), QStringLiteral("--either")}
                                   << QByteArray("do not go together");
    QTest::addRow("not a URL") << QStringList {QStringLiteral("--sandbox"), QStringLiteral("localhost"),
                                      QStringLiteral("--event"), QStringLiteral("E")}
                               << QByteArray("is not a sandbox URL");
}

void TestCliExpect::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, says);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("EWB_SANDBOX_URL"));
    const CliRun run = runEwb(QStringList {QStringLiteral("expect")} + args, "[1]", env);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says), run.err.constData());
}

void TestCliExpect::unreachableSandboxIsAFailure()
{
    // Port 9 (discard) is not listening here; a clear failure, not a hang or a usage error.
    const CliRun run = runEwb({QStringLiteral("expect"), QStringLiteral("--sandbox"),
        QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("--event"), QStringLiteral("E")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Connection refused by 127.0.0.1:9"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCliExpect)
#include "tst_cli_expect.moc"
