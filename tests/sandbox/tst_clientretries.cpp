// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "net/httpclient.h"
#include "sandbox/sandbox.h"
#include "sandboxclient.h"
#include "support/manualclock.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace ewb;
using namespace std::chrono_literals;

// The core HTTP client's retries and Retry-After handling, proven against the sandbox's faults:
// real sockets on both sides, nothing mocked. The client's waits and deadlines are on a manual
// clock that the test moves, so a 30 s Retry-After takes no real time.
class TestClientRetries : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void retriesServerErrorsThenSucceeds();
    void honoursRetryAfter();
    void retriesDroppedConnection();
    void retriesTimeout();
    void neverRetries400Or401_data();
    void neverRetries400Or401();
    void givesUpAfterMaxAttempts();

private:
    void fault(const QByteArray &spec);
    OutgoingRequest track(const QByteArray &key = "retry-key") const;
    JsonObject stats();
    void advanceWhenRetrying();

    std::unique_ptr<test::ManualClock> m_clock;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<HttpClient> m_client;
};

void TestClientRetries::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    SandboxOptions options;
    options.keys = {QStringLiteral("retry-key")};
    const Status started = m_sandbox->start(options);
    QVERIFY(started.ok());
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_clock = std::make_unique<test::ManualClock>();
    m_client = std::make_unique<HttpClient>(m_manager.get(), *m_clock);
    advanceWhenRetrying();
}

void TestClientRetries::cleanup()
{
    m_client.reset();
    m_manager.reset();
    m_sandbox.reset();
    m_clock.reset();
}

// Every announced wait passes on the manual clock as soon as the client has scheduled it.
void TestClientRetries::advanceWhenRetrying()
{
    connect(m_client.get(), &HttpClient::retrying, this,
        [this](HttpClient::RequestId, const AttemptOutcome &, qint64 waitMs) {
            QTimer::singleShot(
                0, this, [this, waitMs] { m_clock->advance(std::chrono::milliseconds(waitMs)); });
        });
}

void TestClientRetries::fault(const QByteArray &spec)
{
    test::SandboxClient control(m_sandbox->port());
    const std::optional<test::RawResponse> answer = control.post("/_sandbox/faults", spec);
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
}

JsonObject TestClientRetries::stats()
{
    test::SandboxClient control(m_sandbox->port());
    return control.getJson("/_sandbox/stats");
}

OutgoingRequest TestClientRetries::track(const QByteArray &key) const
{
    OutgoingRequest request;
    request.url = m_sandbox->baseUrl();
    request.url.setPath(QStringLiteral("/v1/track"));
    request.headers = {
        {"Content-Type", "application/json"}, {"Authorization", "Basic " + QByteArray(key + ':').toBase64()}};
    request.body = R"({"userId":"u1","event":"Retried"})";
    request.retry.maxAttempts = 3;
    request.timeout = 30s; // the defaults' waits and deadline: they pass on the manual clock
    return request;
}

void TestClientRetries::retriesServerErrorsThenSucceeds()
{
    fault(R"({"count":2,"status":503})");
    const HttpResult result = m_client->sendAndWait(track());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.attempts.size(), 3u);
    QCOMPARE(result.attempts[0].status, 503);
    QCOMPARE(result.attempts[1].status, 503);
    const JsonObject counts = stats();
    QCOMPARE(counts.value(u"accepted").numberLiteral(), QStringLiteral("1"));
    QCOMPARE(counts.value(u"droppedByReason").object().value(u"fault.status").numberLiteral(),
        QStringLiteral("2"));
}

void TestClientRetries::honoursRetryAfter()
{
    fault(R"({"status":429,"retryAfter":30})");
    const HttpResult result = m_client->sendAndWait(track());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.attempts.size(), 2u);
    QCOMPARE(result.attempts[0].status, 429);
    // The server's Retry-After, not the client's own backoff, and the clock moved by all of it.
    QCOMPARE(result.attempts[1].waitBefore, std::chrono::milliseconds(30000));
    QVERIFY(result.totalTime >= 30s);
}

void TestClientRetries::retriesDroppedConnection()
{
    // Qt's network layer itself re-sends once when a connection closes before any answer, so
    // three drops are needed for the client's own retry to be the one that delivers.
    fault(R"({"count":3,"drop":true})");
    OutgoingRequest request = track();
    request.retry.maxAttempts = 5;
    const HttpResult result = m_client->sendAndWait(request);
    QCOMPARE(result.status, 200);
    QVERIFY(result.attempts.size() >= 2);
    QCOMPARE(result.attempts[0].status, 0);
    QVERIFY(result.attempts[0].error != NetworkErrorKind::None);
    const JsonObject counts = stats();
    QCOMPARE(
        counts.value(u"droppedByReason").object().value(u"fault.drop").numberLiteral(), QStringLiteral("3"));
    QCOMPARE(counts.value(u"accepted").numberLiteral(), QStringLiteral("1"));
}

void TestClientRetries::retriesTimeout()
{
    // The sandbox holds its answer for real (longer than the test runs); the client's deadline is
    // the clock's, passed as soon as the sandbox has the call.
    fault(R"({"delayMs":600000})");
    QSignalSpy recorded(m_sandbox.get(), &Sandbox::eventRecorded);
    QSignalSpy finished(m_client.get(), &HttpClient::finished);
    const OutgoingRequest request = track();
    m_client->send(request);
    QVERIFY(recorded.wait());
    m_clock->advance(request.timeout);
    QVERIFY(finished.wait());
    const HttpResult result = finished.first().at(1).value<HttpResult>();
    QCOMPARE(result.status, 200);
    QCOMPARE(result.attempts.size(), 2u);
    QCOMPARE(result.attempts[0].error, NetworkErrorKind::Timeout);
}

void TestClientRetries::neverRetries400Or401_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addRow("400 invalid call")
        << QByteArray("retry-key") << QByteArray(R"({"event":"no user"})") << 400;
    QTest::addRow("401 unknown key") << QByteArray("wrong-key") << QByteArray(R"({"userId":"u","event":"E"})")
                                     << 401;
}

void TestClientRetries::neverRetries400Or401()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    OutgoingRequest request = track(key);
    request.body = body;
    request.strictMode = true;
    const HttpResult result = m_client->sendAndWait(request);
    QCOMPARE(result.status, status);
    QCOMPARE(result.attempts.size(), 1u);
}

void TestClientRetries::givesUpAfterMaxAttempts()
{
    fault(R"({"count":10,"status":500})");
    const HttpResult result = m_client->sendAndWait(track());
    QCOMPARE(result.status, 500);
    QCOMPARE(result.attempts.size(), 3u);
    QVERIFY(!result.headline.isEmpty());
}

QTEST_GUILESS_MAIN(TestClientRetries)
#include "tst_clientretries.moc"
