// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "clirunner.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "sandboxprocess.h"
#include "support/testpaths.h"

#include <QProcess>
#include <QTest>

using namespace ewb;
using namespace ewb::test;

// ewb send end to end: the real binary against `ewb sandbox` in another process, over loopback.
class TestCliSend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void validCallArrivesAsWritten();
    void invalidCallIsNotSent();
    void forcedInvalidCallShowsStrictErrors();
    void permissiveModeAnswers200AndDrops();
    void wrongKeyIsExplained();
    void retriesPastAServerError();
    void oversizeBatchIsSplitInOrder();
    void jsonOutput();
    void aServerCannotControlTheTerminal();

private:
    CliRun send(
        const QStringList &extra, const QByteArray &payload, const QString &key = QStringLiteral("sk-live"));
    JsonArray events() { return m_sandbox.events(); }

    SandboxProcess m_sandbox;
};

void TestCliSend::initTestCase()
{
    QVERIFY(m_sandbox.start({QStringLiteral("sk-live")}));
}

void TestCliSend::cleanupTestCase()
{
    QVERIFY(m_sandbox.stop());
}

void TestCliSend::init()
{
    m_sandbox.clear();
}

CliRun TestCliSend::send(const QStringList &extra, const QByteArray &payload, const QString &key)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EWB_API_KEY"), key);
    return runEwb(QStringList {QStringLiteral("send"), QStringLiteral("--region"), m_sandbox.baseUrl()} +
            extra + QStringList {QStringLiteral("-")},
        payload, env);
}

void TestCliSend::validCallArrivesAsWritten()
{
    const QByteArray payload =
        R"({"type":"track","userId":"u-1","event":"Order Completed","properties":{"total":12.50,"currency":"EUR"}})";
    const CliRun run = send({}, payload);
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QVERIFY(run.out.contains("200"));
    const JsonArray received = events();
    QCOMPARE(received.size(), size_t(1));
    const JsonObject &event = received.front().object();
    QCOMPARE(event.value(u"accepted").toBool(false), true);
    const JsonObject &stored = event.value(u"payload").object();
    QCOMPARE(stored.value(u"event").toString(), QStringLiteral("Order Completed"));
    QCOMPARE(stored.value(u"userId").toString(), QStringLiteral("u-1"));
    // The number as written, not re-rounded through a double.
    QCOMPARE(stored.value(u"properties").object().value(u"total").numberLiteral(), QStringLiteral("12.50"));
}

void TestCliSend::invalidCallIsNotSent()
{
    const CliRun run = send({}, R"({"type":"track","userId":"u-1"})");
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("not sent"));
    QVERIFY(run.err.contains("--force"));
    QCOMPARE(events().size(), size_t(0));
}

void TestCliSend::forcedInvalidCallShowsStrictErrors()
{
    const CliRun run = send({QStringLiteral("--force")}, R"({"type":"track","userId":"u-1"})");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("400"), run.out.constData());
    QVERIFY(run.out.contains("/event"));
    const JsonArray received = events();
    QCOMPARE(received.size(), size_t(1));
    QCOMPARE(received.front().object().value(u"accepted").toBool(true), false);
}

void TestCliSend::permissiveModeAnswers200AndDrops()
{
    const CliRun run = send(
        {QStringLiteral("--force"), QStringLiteral("--no-strict")}, R"({"type":"track","userId":"u-1"})");
    // Exactly the trap the workbench exists for: 200, and nothing stored.
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("200"));
    const JsonArray received = events();
    QCOMPARE(received.size(), size_t(1));
    QCOMPARE(received.front().object().value(u"accepted").toBool(true), false);
}

void TestCliSend::wrongKeyIsExplained()
{
    const CliRun run =
        send({}, R"({"type":"track","userId":"u-1","event":"E"})", QStringLiteral("sk-wrong-key-123"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains("401"));
    QVERIFY(run.out.contains("region"));
    QVERIFY(!run.out.contains("sk-wrong-key-123"));
    QVERIFY(!run.err.contains("sk-wrong-key-123"));
}

void TestCliSend::retriesPastAServerError()
{
    m_sandbox.call("POST", QStringLiteral("/_sandbox/faults"), R"({"count":1,"status":503,"retryAfter":0})");
    const CliRun run =
        send({QStringLiteral("--retries"), QStringLiteral("2")}, R"({"type":"page","anonymousId":"a-1"})");
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QVERIFY2(run.out.contains("2 attempts"), run.out.constData());
    // Issue 9: the wait before a retry was silent (a Retry-After may last a minute).
    QVERIFY2(run.err.contains("attempt answered 503; trying again in"), run.err.constData());
    // The sandbox records the refused attempt too, with its reason, then the accepted retry.
    const JsonArray received = events();
    QCOMPARE(received.size(), size_t(2));
    QCOMPARE(received[0].object().value(u"accepted").toBool(true), false);
    QCOMPARE(received[0].object().value(u"reason").toString(), QStringLiteral("fault.status"));
    QCOMPARE(received[1].object().value(u"accepted").toBool(false), true);
}

void TestCliSend::oversizeBatchIsSplitInOrder()
{
    // ~620 KB: over the 512,000-byte limit, so one request would be answered 200 and dropped.
    JsonArray items;
    const QString padding(380, QLatin1Char('x'));
    for (int i = 0; i < 1400; ++i) {
        JsonObject item;
        item.insert(QStringLiteral("type"), QStringLiteral("track"));
        item.insert(QStringLiteral("userId"), QStringLiteral("u-%1").arg(i));
        item.insert(QStringLiteral("event"), QStringLiteral("Bulk %1").arg(i));
        JsonObject properties;
        properties.insert(QStringLiteral("padding"), padding);
        item.insert(QStringLiteral("properties"), std::move(properties));
        items.push_back(std::move(item));
    }
    JsonObject batch;
    batch.insert(QStringLiteral("batch"), std::move(items));
    const QByteArray body = writeJson(JsonValue(std::move(batch)));
    QVERIFY(body.size() > 512000);

    const CliRun unsplit = send({}, body);
    QCOMPARE(unsplit.exitCode, 1); // refused before sending: over the limit
    QCOMPARE(events().size(), size_t(0));

    const CliRun run = send({QStringLiteral("--split")}, body);
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QVERIFY(run.err.contains("Split into 2 batches"));
    // Issue 9: it printed "error (body): the batch is ... over the limit" and then sent it fine.
    QVERIFY2(!run.err.contains("error"), run.err.constData());
    const JsonArray received = m_sandbox.events(2000);
    QCOMPARE(received.size(), size_t(1400));
    for (size_t i = 0; i < received.size(); ++i) {
        const JsonObject &event = received[i].object();
        QVERIFY(event.value(u"accepted").toBool(false));
        QCOMPARE(
            event.value(u"payload").object().value(u"event").toString(), QStringLiteral("Bulk %1").arg(i));
    }
}

void TestCliSend::jsonOutput()
{
    const CliRun run = send({QStringLiteral("--json")},
        R"({"type":"identify","userId":"u-9","traits":{"email":"a@example.com"}})");
    QCOMPARE(run.exitCode, 0);
    Result<JsonValue> doc = parseJson(run.out);
    QVERIFY2(doc.ok(), run.out.constData());
    QCOMPARE(doc->object().value(u"ok").toBool(false), true);
    const JsonObject &result = doc->object().value(u"results").array().front().object();
    QCOMPARE(result.value(u"status").numberLiteral(), QStringLiteral("200"));
    QVERIFY(result.value(u"bytesUp").toDouble() > 0);
    QVERIFY(result.value(u"url").toString().endsWith(QStringLiteral("/v1/identify")));
}

// Issue 9: a reason phrase and a body from the server reached the terminal raw.
void TestCliSend::aServerCannotControlTheTerminal()
{
    QProcess server;
    server.start(QStringLiteral("python3"), {sourcePath(QStringLiteral("tests/cli/hostile_server.py"))});
    QVERIFY(server.waitForStarted());
    QVERIFY(server.waitForReadyRead(10000));
    const QByteArray port = server.readLine().trimmed();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EWB_API_KEY"), QStringLiteral("sk-live"));
    const CliRun run = runEwb({QStringLiteral("send"), QStringLiteral("--region"),
                                  QStringLiteral("http://127.0.0.1:%1").arg(QString::fromLatin1(port)),
                                  QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("-")},
        R"({"type":"track","userId":"u","event":"E"})", env);
    server.kill();
    server.waitForFinished();
    const QByteArray all = run.out + run.err;
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        !all.contains('\x1b') && !all.contains('\x07') && !all.contains('\r') && !all.contains("\xc2\x9b"),
        all.toPercentEncoding(" \n:/,.()").constData());
    // What the server sent is still there to read, as escapes.
    QVERIFY2(all.contains("\\x1b]0;pwned\\x07"), all.constData());
    QVERIFY2(all.contains("\\u009b"), all.constData());
}

QTEST_GUILESS_MAIN(TestCliSend)
#include "tst_cli_send.moc"
