#include "net/httpclient.h"
#include "sandbox/sandbox.h"
#include "sandboxclient.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace ewb;
using namespace std::chrono_literals;

// The core HTTP client's retries and Retry-After handling, proven against the sandbox's faults:
// real sockets on both sides, nothing mocked.
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
    m_client = std::make_unique<HttpClient>(m_manager.get());
}

void TestClientRetries::cleanup()
{
    m_client.reset();
    m_manager.reset();
    m_sandbox.reset();
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
    request.retry.baseBackoff = 10ms; // short waits: the test checks counts, never durations
    request.retry.maxBackoff = 50ms;
    request.timeout = 5000ms;
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
    fault(R"({"status":429,"retryAfter":1})");
    const HttpResult result = m_client->sendAndWait(track());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.attempts.size(), 2u);
    QCOMPARE(result.attempts[0].status, 429);
    // The wait the client chose (not a measured time): the server's Retry-After, not its own backoff.
    QCOMPARE(result.attempts[1].waitBefore, std::chrono::milliseconds(1000));
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
    fault(R"({"delayMs":3000})");
    OutgoingRequest request = track();
    request.timeout = 300ms;
    const HttpResult result = m_client->sendAndWait(request);
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
