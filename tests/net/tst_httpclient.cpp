// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "net/apirequest.h"
#include "net/httpclient.h"
#include "support/manualclock.h"
#include "support/scriptedserver.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ewb;
using namespace std::chrono_literals;
using ewb::test::ManualClock;
using ewb::test::ScriptedResponse;
using ewb::test::ScriptedServer;

// The HTTP client over real loopback sockets against a scripted server: what goes on the wire,
// retries, timeouts, TLS. The client's clock is a manual one: retry waits and deadlines pass when
// the test advances it, so a 30 s Retry-After takes no real time, and a wait is proven honoured by
// the next attempt not starting a millisecond before it. Nothing asserts that something was fast.
class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void apiRequestOnTheWire_data();
    void apiRequestOnTheWire();
    void strictHeader_data();
    void strictHeader();
    void bytesCounted();
    void finishedNeverInsideSend();
    void invalidRequestExplained();

    void noRetryOnClientErrors_data();
    void noRetryOnClientErrors();
    void retriesUntilSuccess_data();
    void retriesUntilSuccess();
    void retriesExhausted();
    void retryAfterSecondsWaited();
    void retryAfterDateWaited();
    void retryAfterCapped();
    void longBackoffHonoured();
    void cancelDuringRetryWait();
    void strictErrorsExplained();
    void redirectNotFollowed();

    void timeoutOnSilentServer();
    void timeoutRetried();
    void connectionRefused();
    void droppedConnection();
    void answerTooLarge();
    void answerCutOffIsNotASuccess();
    void aTricklingAnswerMeetsTheDeadline();
    void cancelWhileWaiting();

    void tlsSelfSignedRefused();
    void tlsTrustedCaAccepted();
    void tlsHostNameMismatch();

private:
    OutgoingRequest request(const QString &path = QStringLiteral("/v1/track")) const;
    HttpResult exchange(const OutgoingRequest &r);
    void advanceWhenRetrying();
    static quint16 closedPort();

    std::unique_ptr<ManualClock> m_clock;
    QStringList m_earlyAttempts; // waits the client cut short, found by advanceWhenRetrying()
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<HttpClient> m_client;
};

void TestHttpClient::init()
{
    m_server = std::make_unique<ScriptedServer>();
    const Status listening = m_server->listen();
    QVERIFY2(listening.ok(), qPrintable(listening.ok() ? QString() : listening.error().message));
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_clock = std::make_unique<ManualClock>();
    m_client = std::make_unique<HttpClient>(m_manager.get(), *m_clock);
    m_earlyAttempts.clear();
}

void TestHttpClient::cleanup()
{
    m_client.reset();
    m_manager.reset();
    m_server.reset();
    m_clock.reset();
}

// Each announced retry wait is passed on the manual clock: first all but its last millisecond, when
// the next attempt must still be pending (or the wait was cut short), then the rest.
void TestHttpClient::advanceWhenRetrying()
{
    connect(m_client.get(), &HttpClient::retrying, this,
        [this](HttpClient::RequestId, const AttemptOutcome &, qint64 waitMs) {
            // The client schedules the wait once retrying() returns: move the clock after that.
            QTimer::singleShot(0, this, [this, waitMs] {
                const std::chrono::milliseconds wait(waitMs);
                if (wait.count() > 0) {
                    m_clock->advance(wait - 1ms);
                    if (m_clock->nextDueIn() != 1ms)
                        m_earlyAttempts.append(
                            QStringLiteral("a wait of %1 ms was not honoured").arg(waitMs));
                }
                m_clock->advance(std::min(wait, 1ms));
            });
        });
}

HttpResult TestHttpClient::exchange(const OutgoingRequest &r)
{
    advanceWhenRetrying();
    HttpResult result = m_client->sendAndWait(r);
    disconnect(m_client.get(), nullptr, this, nullptr);
    if (!m_earlyAttempts.isEmpty())
        qWarning("%s", qPrintable(m_earlyAttempts.join(u'\n')));
    return result;
}

OutgoingRequest TestHttpClient::request(const QString &path) const
{
    OutgoingRequest r;
    r.url = m_server->url(path);
    r.headers = {{"Content-Type", "application/json"}};
    r.body = R"({"userId":"u1","event":"e"})";
    r.timeout = 10s;
    return r; // the default retry policy: its waits pass on the manual clock
}

quint16 TestHttpClient::closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void TestHttpClient::apiRequestOnTheWire_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("authorization");
    // base64("<key>:"), computed by hand (echo -n 'key:' | base64).
    QTest::addRow("plain") << QStringLiteral("abc123") << QByteArray("Basic YWJjMTIzOg==");
    QTest::addRow("padding 1") << QStringLiteral("ab") << QByteArray("Basic YWI6");
    QTest::addRow("long") << QStringLiteral("0123456789abcdef0123456789abcdef")
                          << QByteArray("Basic MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY6");
    QTest::addRow("utf-8") << QStringLiteral("k\u00e9y") << QByteArray("Basic a8OpeTo=");
}

void TestHttpClient::apiRequestOnTheWire()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, authorization);
    JsonObject body;
    body.insert(QStringLiteral("userId"), QStringLiteral("u1"));
    body.insert(QStringLiteral("event"), QStringLiteral("Signed Up"));
    const Payload payload(CallType::Track, body);
    QUrl base = m_server->baseUrl();
    base.setPath(QStringLiteral("/v1"));
    auto built = ApiRequestBuilder(base, key).build(payload);
    QVERIFY(built.ok());
    const HttpResult result = exchange(built.value());
    QCOMPARE(result.status, 200);
    QCOMPARE(m_server->receivedCount(), 1);
    const auto &got = m_server->received().first();
    QCOMPARE(got.method, QByteArray("POST"));
    QCOMPARE(got.target, QByteArray("/v1/track"));
    QCOMPARE(got.version, QByteArray("HTTP/1.1"));
    QCOMPARE(got.header("authorization"), authorization);
    QCOMPARE(got.headerCount("authorization"), 1);
    QCOMPARE(got.header("content-type"), QByteArray("application/json"));
    QCOMPARE(got.header("x-strict-mode"), QByteArray("1"));
    QCOMPARE(got.header("user-agent"), QByteArray("event-workbench/" EWB_VERSION));
    QCOMPARE(got.body, payload.toWire());
    QCOMPARE(result.headline, QStringLiteral("200 OK: accepted"));
}

void TestHttpClient::strictHeader_data()
{
    QTest::addColumn<bool>("strict");
    QTest::addRow("on") << true;
    QTest::addRow("off") << false;
}

void TestHttpClient::strictHeader()
{
    QFETCH(bool, strict);
    OutgoingRequest r = request();
    r.strictMode = strict;
    QCOMPARE(exchange(r).status, 200);
    const auto &got = m_server->received().first();
    QCOMPARE(got.headerCount("x-strict-mode"), strict ? 1 : 0);
    if (strict)
        QCOMPARE(got.header("x-strict-mode"), QByteArray("1"));
}

void TestHttpClient::bytesCounted()
{
    ScriptedResponse answer = ScriptedResponse::json(200, R"({"ok":true,"padding":"0123456789"})");
    answer.headers.emplaceBack("X-Extra", "something");
    m_server->enqueue(answer);
    const HttpResult result = exchange(request());
    QCOMPARE(result.status, 200);
    QCOMPARE(result.bytesUp, m_server->received().first().wireBytes());
    QCOMPARE(result.bytesDown, ScriptedServer::responseWireBytes(answer));
    QVERIFY(result.timeToHeaders.has_value());
    QVERIFY(result.totalTime >= *result.timeToHeaders);
    QCOMPARE(result.body, answer.body);
    QCOMPARE(result.header("x-extra"), QByteArray("something"));
}

void TestHttpClient::finishedNeverInsideSend()
{
    QSignalSpy spy(m_client.get(), &HttpClient::finished);
    const auto id = m_client->send(request());
    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait());
    QCOMPARE(spy.first().at(0).value<HttpClient::RequestId>(), id);
    QCOMPARE(m_client->pendingCount(), 0);
}

void TestHttpClient::invalidRequestExplained()
{
    OutgoingRequest r = request();
    r.url = QUrl(QStringLiteral("ftp://127.0.0.1/v1/track"));
    QSignalSpy spy(m_client.get(), &HttpClient::finished);
    m_client->send(r);
    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait());
    const auto result = spy.first().at(1).value<HttpResult>();
    QCOMPARE(result.networkError, NetworkErrorKind::InvalidRequest);
    QVERIFY2(result.explanation.contains(QLatin1String("ftp://")), qPrintable(result.explanation));
    QCOMPARE(m_server->receivedCount(), 0);
}

void TestHttpClient::noRetryOnClientErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("headline");
    QTest::addRow("400") << 400 << QStringLiteral("400 Bad Request: the API rejected the call");
    QTest::addRow("401") << 401 << QStringLiteral("401 Unauthorized: the API key was rejected");
    QTest::addRow("403") << 403 << QStringLiteral("403 Forbidden: access forbidden");
    QTest::addRow("404") << 404 << QStringLiteral("404 Not Found: wrong URL");
    QTest::addRow("413") << 413 << QStringLiteral("413 Content Too Large: the request is too large");
}

void TestHttpClient::noRetryOnClientErrors()
{
    QFETCH(int, status);
    QFETCH(QString, headline);
    m_server->enqueue(ScriptedResponse::json(status));
    m_server->enqueue(ScriptedResponse::json(200)); // what a wrong retry would get
    OutgoingRequest r = request();
    r.retry.maxAttempts = 5;
    const HttpResult result = exchange(r);
    QCOMPARE(result.status, status);
    QCOMPARE(result.attempts.size(), size_t(1));
    QCOMPARE(m_server->receivedCount(), 1);
    QCOMPARE(result.headline, headline);
}

void TestHttpClient::retriesUntilSuccess_data()
{
    QTest::addColumn<int>("status");
    QTest::addRow("429") << 429;
    QTest::addRow("500") << 500;
    QTest::addRow("502") << 502;
    QTest::addRow("503") << 503;
    QTest::addRow("408") << 408;
}

void TestHttpClient::retriesUntilSuccess()
{
    QFETCH(int, status);
    m_server->enqueue(ScriptedResponse::json(status));
    m_server->enqueue(ScriptedResponse::json(status));
    m_server->enqueue(ScriptedResponse::json(200));
    QSignalSpy retrying(m_client.get(), &HttpClient::retrying);
    const HttpResult result = exchange(request());
    QCOMPARE(result.status, 200);
    QCOMPARE(m_server->receivedCount(), 3);
    QCOMPARE(result.attempts.size(), size_t(3));
    QCOMPARE(result.attempts[0].status, status);
    QCOMPARE(result.attempts[1].status, status);
    QCOMPARE(result.attempts[2].status, 200);
    QCOMPARE(retrying.count(), 2);
    // Each retry waited the backoff it announced, to the millisecond on the clock.
    QVERIFY2(m_earlyAttempts.isEmpty(), qPrintable(m_earlyAttempts.join(u' ')));
    for (int i = 1; i < 3; ++i)
        QVERIFY(result.attempts[size_t(i)].waitBefore.count() > 0);
    QVERIFY(result.totalTime >= result.attempts[1].waitBefore + result.attempts[2].waitBefore);
}

void TestHttpClient::retriesExhausted()
{
    m_server->setFallback(ScriptedResponse::json(503));
    const HttpResult result = exchange(request());
    QCOMPARE(result.status, 503);
    QCOMPARE(m_server->receivedCount(), 3);
    QCOMPARE(result.attempts.size(), size_t(3));
    QVERIFY2(result.explanation.contains(QLatin1String("Tried 3 times")), qPrintable(result.explanation));
    QCOMPARE(result.headline, QStringLiteral("503 Service Unavailable: trouble at the server"));
}

// A 30 s Retry-After is obeyed to the millisecond, on the clock: the test does not wait 30 s.
void TestHttpClient::retryAfterSecondsWaited()
{
    m_server->enqueue(ScriptedResponse::withHeader(429, "Retry-After", "30"));
    m_server->enqueue(ScriptedResponse::json(200));
    const HttpResult result = exchange(request());
    QCOMPARE(result.status, 200);
    QCOMPARE(m_server->receivedCount(), 2);
    QCOMPARE(result.attempts.size(), size_t(2));
    QCOMPARE(result.attempts[1].waitBefore, 30000ms);
    QVERIFY2(m_earlyAttempts.isEmpty(), qPrintable(m_earlyAttempts.join(u' ')));
    QVERIFY(result.totalTime >= 30000ms);
}

// An HTTP-date is read against the clock's now, not the machine's.
void TestHttpClient::retryAfterDateWaited()
{
    const QDateTime until = m_clock->nowUtc().addSecs(30);
    const QByteArray date =
        QLocale::c().toString(until, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
    m_server->enqueue(ScriptedResponse::withHeader(503, "Retry-After", date));
    m_server->enqueue(ScriptedResponse::json(200));
    const HttpResult result = exchange(request());
    QCOMPARE(result.status, 200);
    QCOMPARE(m_server->receivedCount(), 2);
    QCOMPARE(result.attempts[1].waitBefore, 30000ms);
    QVERIFY2(m_earlyAttempts.isEmpty(), qPrintable(m_earlyAttempts.join(u' ')));
    QCOMPARE(m_clock->nowUtc(), until);
}

void TestHttpClient::retryAfterCapped()
{
    m_server->enqueue(ScriptedResponse::withHeader(429, "Retry-After", "3600"));
    m_server->enqueue(ScriptedResponse::json(200));
    const HttpResult result = exchange(request()); // the default cap, 60 s
    QCOMPARE(result.status, 200);
    QCOMPARE(result.attempts.size(), size_t(2));
    QCOMPARE(result.attempts[1].waitBefore, 60000ms);
    QVERIFY2(m_earlyAttempts.isEmpty(), qPrintable(m_earlyAttempts.join(u' ')));
}

// The default policy's own backoff (no Retry-After), with long waits and no jitter: 10 s, then 20 s.
void TestHttpClient::longBackoffHonoured()
{
    m_server->enqueue(ScriptedResponse::json(503));
    m_server->enqueue(ScriptedResponse::json(503));
    m_server->enqueue(ScriptedResponse::json(200));
    OutgoingRequest r = request();
    r.retry.baseBackoff = 10s;
    r.retry.maxBackoff = 60s;
    r.retry.jitter = 0;
    const HttpResult result = exchange(r);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.attempts.size(), size_t(3));
    QCOMPARE(result.attempts[1].waitBefore, 10000ms);
    QCOMPARE(result.attempts[2].waitBefore, 20000ms);
    QVERIFY2(m_earlyAttempts.isEmpty(), qPrintable(m_earlyAttempts.join(u' ')));
    QVERIFY(result.totalTime >= 30000ms);
}

// Cancelling in the middle of a wait cancels the scheduled attempt too.
void TestHttpClient::cancelDuringRetryWait()
{
    m_server->enqueue(ScriptedResponse::withHeader(429, "Retry-After", "30"));
    m_server->setFallback(ScriptedResponse::json(200)); // what an attempt after the cancel would get
    QSignalSpy retrying(m_client.get(), &HttpClient::retrying);
    QSignalSpy finished(m_client.get(), &HttpClient::finished);
    const auto id = m_client->send(request());
    QVERIFY(retrying.wait());
    QCOMPARE(m_clock->nextDueIn(), std::optional(30000ms));
    QVERIFY(m_client->cancel(id));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(1).value<HttpResult>().networkError, NetworkErrorKind::Cancelled);
    QCOMPARE(m_clock->pendingCount(), 0);
    m_clock->advance(60s);
    QCOMPARE(m_server->receivedCount(), 1);
}

void TestHttpClient::strictErrorsExplained()
{
    m_server->enqueue(ScriptedResponse::json(
        400, R"({"meta":{"errors":["event is required","userId or anonymousId is required"]}})"));
    const HttpResult result = exchange(request());
    QCOMPARE(result.status, 400);
    QVERIFY2(result.explanation.contains(
                 QLatin1String("- event is required\n- userId or anonymousId is required")),
        qPrintable(result.explanation));
}

void TestHttpClient::redirectNotFollowed()
{
    m_server->enqueue(ScriptedResponse::withHeader(301, "Location", "https://elsewhere.example/v1/track"));
    const HttpResult result = exchange(request());
    QCOMPARE(result.status, 301);
    QCOMPARE(m_server->receivedCount(), 1);
    QCOMPARE(result.attempts.size(), size_t(1));
    QVERIFY2(result.explanation.contains(QLatin1String("https://elsewhere.example/v1/track")),
        qPrintable(result.explanation));
}

// The deadline is the clock's: nothing times out a millisecond early, and 30 s take no real time.
void TestHttpClient::timeoutOnSilentServer()
{
    m_server->setFallback(ScriptedResponse::neverAnswers());
    OutgoingRequest r = request();
    r.timeout = 30s;
    r.retry = RetryPolicy::none();
    QSignalSpy finished(m_client.get(), &HttpClient::finished);
    m_client->send(r);
    QTRY_COMPARE(m_server->receivedCount(), 1); // real I/O, not a wait on the clock
    m_clock->advance(r.timeout - 1ms);
    QCOMPARE(finished.count(), 0);
    m_clock->advance(1ms);
    QTRY_COMPARE(finished.count(), 1);
    const HttpResult result = finished.first().at(1).value<HttpResult>();
    QCOMPARE(result.networkError, NetworkErrorKind::Timeout);
    QCOMPARE(result.status, 0);
    QCOMPARE(m_server->receivedCount(), 1);
    QCOMPARE(result.totalTime, 30000ms);
    QVERIFY2(result.headline.startsWith(QLatin1String("Timed out")), qPrintable(result.headline));
    QVERIFY2(result.explanation.contains(QLatin1String("30 s")), qPrintable(result.explanation));
    QVERIFY(result.bytesUp > 0); // the request went out; the answer never came
    QCOMPARE(result.bytesDown, 0);
}

void TestHttpClient::timeoutRetried()
{
    m_server->enqueue(ScriptedResponse::neverAnswers());
    m_server->enqueue(ScriptedResponse::json(200));
    OutgoingRequest r = request();
    r.timeout = 30s;
    advanceWhenRetrying();
    QSignalSpy finished(m_client.get(), &HttpClient::finished);
    m_client->send(r);
    QTRY_COMPARE(m_server->receivedCount(), 1);
    m_clock->advance(r.timeout);
    QTRY_COMPARE(finished.count(), 1);
    const HttpResult result = finished.first().at(1).value<HttpResult>();
    QCOMPARE(result.status, 200);
    QCOMPARE(result.attempts.size(), size_t(2));
    QCOMPARE(result.attempts[0].error, NetworkErrorKind::Timeout);
    QCOMPARE(m_server->receivedCount(), 2);
}

void TestHttpClient::connectionRefused()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    OutgoingRequest r = request();
    r.url.setPort(port);
    const HttpResult result = exchange(r);
    QCOMPARE(result.networkError, NetworkErrorKind::ConnectionRefused);
    QCOMPARE(result.attempts.size(), size_t(3)); // refused connections are retried
    for (const AttemptOutcome &a : result.attempts)
        QCOMPARE(a.error, NetworkErrorKind::ConnectionRefused);
    QCOMPARE(result.headline, QStringLiteral("Connection refused by 127.0.0.1:%1").arg(port));
    QCOMPARE(result.bytesUp, 0);
    QCOMPARE(result.bytesDown, 0);
}

void TestHttpClient::droppedConnection()
{
    m_server->setFallback(ScriptedResponse::dropped());
    OutgoingRequest r = request();
    r.retry = RetryPolicy::none();
    const HttpResult result = exchange(r);
    QCOMPARE(result.status, 0);
    QCOMPARE(result.networkError, NetworkErrorKind::ConnectionClosed);
    QVERIFY(m_server->receivedCount() >= 1); // Qt itself may resend once on a fresh connection
    QVERIFY2(result.headline.startsWith(QLatin1String("Connection closed")), qPrintable(result.headline));
}

void TestHttpClient::answerTooLarge()
{
    m_server->enqueue(ScriptedResponse::json(200, QByteArray(200000, 'x')));
    OutgoingRequest r = request();
    r.maxResponseBytes = 1000;
    const HttpResult result = exchange(r);
    QCOMPARE(result.networkError, NetworkErrorKind::TooLarge);
    QCOMPARE(result.attempts.size(), size_t(1));
    QVERIFY(!result.isSuccess()); // issue 9: ewb send printed "ok": true for it
}

// Issue 9: ewb send --timeout never bounded an answer that trickled in a byte at a time.
void TestHttpClient::aTricklingAnswerMeetsTheDeadline()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTimer drip;
    QList<QPointer<QTcpSocket>> sockets;
    int drips = 0; // bytes of body written after the head
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&sockets, socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n");
            sockets.append(socket);
        });
    });
    connect(&drip, &QTimer::timeout, &server, [&] {
        for (const QPointer<QTcpSocket> &socket : sockets) {
            if (socket && socket->state() == QAbstractSocket::ConnectedState) {
                socket->write(" ");
                ++drips;
            }
        }
    });
    drip.start(10); // real bytes, far more often than any idle timeout
    OutgoingRequest r = request();
    r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/v1/track").arg(server.serverPort()));
    r.retry = RetryPolicy::none();
    r.timeout = 30s;
    QSignalSpy finished(m_client.get(), &HttpClient::finished);
    m_client->send(r);
    QTRY_VERIFY(drips >= 5); // bytes are moving when the deadline comes
    m_clock->advance(r.timeout); // 100,000 bytes at this pace would take minutes
    QTRY_COMPARE(finished.count(), 1);
    const HttpResult result = finished.first().at(1).value<HttpResult>();
    QCOMPARE(result.networkError, NetworkErrorKind::Timeout);
    QVERIFY(!result.isSuccess());
}

// Issue 9: an answer cut off after its status line counted as a success (ewb send exited 0).
void TestHttpClient::answerCutOffIsNotASuccess()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"par");
            socket->flush();
            socket->disconnectFromHost();
        });
    });
    OutgoingRequest r = request();
    r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/v1/track").arg(server.serverPort()));
    r.retry = RetryPolicy::none();
    const HttpResult result = exchange(r);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.networkError, NetworkErrorKind::ConnectionClosed);
    QVERIFY(!result.isSuccess());
    QVERIFY2(!result.headline.startsWith(QLatin1String("200 OK")), qPrintable(result.headline));
}

void TestHttpClient::cancelWhileWaiting()
{
    m_server->setFallback(ScriptedResponse::neverAnswers());
    QSignalSpy spy(m_client.get(), &HttpClient::finished);
    const auto id = m_client->send(request());
    QTRY_COMPARE(m_server->receivedCount(), 1);
    QVERIFY(m_client->cancel(id));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(1).value<HttpResult>().networkError, NetworkErrorKind::Cancelled);
    QVERIFY(!m_client->cancel(id));
    QCOMPARE(m_client->pendingCount(), 0);
}

namespace {
struct TlsServer
{
    QTemporaryDir dir;
    ScriptedServer server;
    QList<QSslCertificate> certificate;
};

std::unique_ptr<TlsServer> startTlsServer(const QString &commonName, const QStringList &altNames)
{
    auto tls = std::make_unique<TlsServer>();
    if (!tls->dir.isValid())
        return nullptr;
    auto files = ewb::test::makeSelfSignedCertificate(tls->dir.path(), commonName, altNames);
    if (!files) {
        qWarning("%s", qPrintable(files.error().message));
        return nullptr;
    }
    auto config = loadServerTls(files->certificatePath, files->keyPath);
    if (!config) {
        qWarning("%s", qPrintable(config.error().message));
        return nullptr;
    }
    tls->certificate = QSslCertificate::fromPath(files->certificatePath);
    if (!tls->server.listen(config.value()).ok())
        return nullptr;
    return tls;
}
} // namespace

void TestHttpClient::tlsSelfSignedRefused()
{
    auto tls = startTlsServer(QStringLiteral("127.0.0.1"), {QStringLiteral("IP:127.0.0.1")});
    QVERIFY(tls);
    OutgoingRequest r = request();
    r.url = tls->server.url(QStringLiteral("/v1/track"));
    QCOMPARE(r.url.scheme(), QStringLiteral("https"));
    const HttpResult result = exchange(r);
    QCOMPARE(result.networkError, NetworkErrorKind::Tls);
    QVERIFY(result.sslErrors.contains(QSslError::SelfSignedCertificate));
    QCOMPARE(result.attempts.size(), size_t(1)); // a TLS failure is not retried
    QCOMPARE(tls->server.receivedCount(), 0); // nothing, the key included, was sent
    QVERIFY2(result.headline.contains(QLatin1String("self-signed")), qPrintable(result.headline));
    QVERIFY2(result.explanation.contains(QLatin1String("never turned off")), qPrintable(result.explanation));
}

void TestHttpClient::tlsTrustedCaAccepted()
{
    auto tls = startTlsServer(QStringLiteral("127.0.0.1"), {QStringLiteral("IP:127.0.0.1")});
    QVERIFY(tls);
    m_client->addTrustedCaCertificates(tls->certificate);
    OutgoingRequest r = request();
    r.url = tls->server.url(QStringLiteral("/v1/track"));
    const HttpResult result = exchange(r);
    QCOMPARE(result.status, 200);
    QCOMPARE(tls->server.receivedCount(), 1);
}

void TestHttpClient::tlsHostNameMismatch()
{
    auto tls = startTlsServer(QStringLiteral("wrong.example"), {QStringLiteral("DNS:wrong.example")});
    QVERIFY(tls);
    m_client->addTrustedCaCertificates(tls->certificate);
    OutgoingRequest r = request();
    r.url = tls->server.url(QStringLiteral("/v1/track"));
    const HttpResult result = exchange(r);
    QCOMPARE(result.networkError, NetworkErrorKind::Tls);
    QVERIFY(result.sslErrors.contains(QSslError::HostNameMismatch));
    QVERIFY2(result.headline.contains(QLatin1String("another host name than 127.0.0.1")),
        qPrintable(result.headline));
    QCOMPARE(tls->server.receivedCount(), 0);
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
