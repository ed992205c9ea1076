// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "net/apirequest.h"
#include "net/redaction.h"
#include "net/replyparsing.h"

#include <QTest>

using namespace ewb;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

// The pure parts of the client: reading replies, deciding on retries, counting bytes, building
// API requests. No network.
class TestReplyParsing : public QObject
{
    Q_OBJECT

private slots:
    void redactsWriteKeys_data();
    void redactsWriteKeys();
    void retryAfter_data();
    void retryAfter();
    void retryable_data();
    void retryable();
    void delays();
    void strictErrors_data();
    void strictErrors();
    void classify_data();
    void classify();
    void wireSizes();
    void apiRequest();
    void apiRequestRefused_data();
    void apiRequestRefused();
    void redaction();
};

void TestReplyParsing::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs"); // -1: nullopt
    QTest::addRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::addRow("zero") << QByteArray("0") << qint64(0);
    QTest::addRow("spaces") << QByteArray(" 3 ") << qint64(3000);
    QTest::addRow("imf date") << QByteArray("Thu, 01 Jan 2026 00:00:30 GMT") << qint64(30000);
    QTest::addRow("past date") << QByteArray("Thu, 01 Jan 2026 00:00:00 GMT") << qint64(0);
    QTest::addRow("empty") << QByteArray() << qint64(-1);
    QTest::addRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::addRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::addRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::addRow("huge") << QByteArray("99999999999999999999") << qint64(365LL * 24 * 3600 * 1000);
}

void TestReplyParsing::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 1, 1), QTime(0, 0, 0), Qt::UTC);
    const auto parsed = parseRetryAfter(value, now);
    if (expectedMs < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->count(), expectedMs);
}

void TestReplyParsing::retryable_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<NetworkErrorKind>("error");
    QTest::addColumn<bool>("retry");
    QTest::addRow("200") << 200 << NetworkErrorKind::None << false;
    QTest::addRow("301") << 301 << NetworkErrorKind::None << false;
    for (int s : {400, 401, 403, 404, 413, 422})
        QTest::addRow("%d", s) << s << NetworkErrorKind::None << false;
    for (int s : {408, 429, 500, 502, 503, 504})
        QTest::addRow("%d", s) << s << NetworkErrorKind::None << true;
    QTest::addRow("refused") << 0 << NetworkErrorKind::ConnectionRefused << true;
    QTest::addRow("timeout") << 0 << NetworkErrorKind::Timeout << true;
    QTest::addRow("closed") << 0 << NetworkErrorKind::ConnectionClosed << true;
    QTest::addRow("dns") << 0 << NetworkErrorKind::HostNotFound << false;
    QTest::addRow("tls") << 0 << NetworkErrorKind::Tls << false;
    QTest::addRow("cancelled") << 0 << NetworkErrorKind::Cancelled << false;
    QTest::addRow("too large") << 0 << NetworkErrorKind::TooLarge << false;
    QTest::addRow("invalid") << 0 << NetworkErrorKind::InvalidRequest << false;
}

void TestReplyParsing::retryable()
{
    QFETCH(int, status);
    QFETCH(NetworkErrorKind, error);
    QFETCH(bool, retry);
    QCOMPARE(isRetryable(status, error), retry);
}

void TestReplyParsing::delays()
{
    RetryPolicy p;
    p.baseBackoff = 100ms;
    p.maxBackoff = 1000ms;
    p.jitter = 0.5;
    p.maxRetryAfter = 5000ms;
    // random01 = 0.5 is the middle of the jitter range: no change.
    QCOMPARE(retryDelay(p, 1, std::nullopt, 0.5), 100ms);
    QCOMPARE(retryDelay(p, 2, std::nullopt, 0.5), 200ms);
    QCOMPARE(retryDelay(p, 3, std::nullopt, 0.5), 400ms);
    QCOMPARE(retryDelay(p, 10, std::nullopt, 0.5), 1000ms); // capped
    QCOMPARE(retryDelay(p, 1, std::nullopt, 0.0), 50ms); // -50 %
    QCOMPARE(retryDelay(p, 1, std::nullopt, 1.0), 150ms); // +50 %
    QCOMPARE(retryDelay(p, 1, 2000ms, 0.0), 2000ms); // Retry-After obeyed, no jitter
    QCOMPARE(retryDelay(p, 1, 3600000ms, 0.5), 5000ms); // and capped
    QCOMPARE(retryDelay(RetryPolicy::none(), 1, std::nullopt, 0.5), 0ms);
}

void TestReplyParsing::strictErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("errors");
    QTest::addRow("meta.errors") << QByteArray(R"({"meta":{"errors":["event is required","bad timestamp"]}})")
                                 << QStringList {
                                        QStringLiteral("event is required"), QStringLiteral("bad timestamp")};
    QTest::addRow("errors objects") << QByteArray(R"({"errors":[{"message":"x"},{"code":1}]})")
                                    << QStringList {QStringLiteral("x")};
    QTest::addRow("message") << QByteArray(R"({"message":"Invalid write key"})")
                             << QStringList {QStringLiteral("Invalid write key")};
    QTest::addRow("empty object") << QByteArray("{}") << QStringList();
    QTest::addRow("not json") << QByteArray("Bad Request") << QStringList();
}

void TestReplyParsing::strictErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, errors);
    QCOMPARE(strictModeErrors(body), errors);
}

void TestReplyParsing::classify_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<NetworkErrorKind>("kind");
    QTest::addRow("ok") << int(QNetworkReply::NoError) << 200 << false << NetworkErrorKind::None;
    QTest::addRow("404 is an answer")
        << int(QNetworkReply::ContentNotFoundError) << 404 << false << NetworkErrorKind::None;
    QTest::addRow("503 is an answer")
        << int(QNetworkReply::ServiceUnavailableError) << 503 << false << NetworkErrorKind::None;
    QTest::addRow("refused") << int(QNetworkReply::ConnectionRefusedError) << 0 << false
                             << NetworkErrorKind::ConnectionRefused;
    QTest::addRow("dns") << int(QNetworkReply::HostNotFoundError) << 0 << false
                         << NetworkErrorKind::HostNotFound;
    QTest::addRow("timeout") << int(QNetworkReply::TimeoutError) << 0 << false << NetworkErrorKind::Timeout;
    QTest::addRow("transfer timeout")
        << int(QNetworkReply::OperationCanceledError) << 0 << false << NetworkErrorKind::Timeout;
    QTest::addRow("cancelled") << int(QNetworkReply::OperationCanceledError) << 0 << true
                               << NetworkErrorKind::Cancelled;
    QTest::addRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << 0 << false
                         << NetworkErrorKind::Tls;
    QTest::addRow("closed") << int(QNetworkReply::RemoteHostClosedError) << 0 << false
                            << NetworkErrorKind::ConnectionClosed;
    QTest::addRow("closed mid-body") << int(QNetworkReply::RemoteHostClosedError) << 200 << false
                                     << NetworkErrorKind::ConnectionClosed;
    QTest::addRow("proxy") << int(QNetworkReply::ProxyConnectionRefusedError) << 0 << false
                           << NetworkErrorKind::Proxy;
}

void TestReplyParsing::classify()
{
    QFETCH(int, error);
    QFETCH(int, status);
    QFETCH(bool, cancelled);
    QFETCH(NetworkErrorKind, kind);
    ReplySnapshot snap;
    snap.error = QNetworkReply::NetworkError(error);
    snap.status = status;
    snap.cancelled = cancelled;
    QCOMPARE(classifyNetworkError(snap), kind);
}

void TestReplyParsing::wireSizes()
{
    // "POST /v1/track HTTP/1.1\r\n" (25) + "Host: h\r\n" (9) + "\r\n" (2) + body (2)
    QCOMPARE(requestWireSize("POST", QUrl(QStringLiteral("http://h/v1/track")), {{"Host", "h"}}, 2), 38);
    // "GET / HTTP/1.1\r\n" (16) + "\r\n"
    QCOMPARE(requestWireSize("GET", QUrl(QStringLiteral("http://h")), {}, 0), 18);
    // "HTTP/1.1 200 OK\r\n" (17) + "Content-Length: 2\r\n" (19) + "\r\n" + "{}"
    QCOMPARE(responseWireSize(200, "OK", {{"Content-Length", "2"}}, 2), 40);
}

void TestReplyParsing::apiRequest()
{
    JsonObject body;
    body.insert(QStringLiteral("userId"), QStringLiteral("u"));
    const Payload payload(CallType::Identify, body);
    auto r =
        ApiRequestBuilder(QUrl(QStringLiteral("https://cdp-eu.customer.io/v1/")), QStringLiteral("abc123"))
            .setTimeout(5s)
            .build(payload);
    QVERIFY(r.ok());
    QCOMPARE(r->method, QByteArray("POST"));
    QCOMPARE(r->url, QUrl(QStringLiteral("https://cdp-eu.customer.io/v1/identify")));
    QCOMPARE(r->header("Authorization"), QByteArray("Basic YWJjMTIzOg=="));
    QCOMPARE(r->header("content-type"), QByteArray("application/json"));
    QCOMPARE(r->header("User-Agent"), QByteArray("event-workbench/" EWB_VERSION));
    QCOMPARE(r->body, payload.toWire());
    QCOMPARE(r->timeout, 5000ms);
    QVERIFY(r->strictMode);
    QCOMPARE(endpointUrl(QUrl(QStringLiteral("http://127.0.0.1:1/v1")), CallType::Batch),
        QUrl(QStringLiteral("http://127.0.0.1:1/v1/batch")));
    QVERIFY(!ApiRequestBuilder(QUrl(QStringLiteral("https://h/v1")), QStringLiteral("k"))
                 .setStrictMode(false)
                 .build(payload)
                 ->strictMode);
}

void TestReplyParsing::apiRequestRefused_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("code");
    QTest::addRow("empty key") << QStringLiteral("https://h/v1") << QString()
                               << QStringLiteral("request.no-key");
    QTest::addRow("newline") << QStringLiteral("https://h/v1") << QStringLiteral("abc\r\nX-Evil: 1")
                             << QStringLiteral("request.bad-key");
    QTest::addRow("colon") << QStringLiteral("https://h/v1") << QStringLiteral("a:b")
                           << QStringLiteral("request.bad-key");
    QTest::addRow("ftp") << QStringLiteral("ftp://h/v1") << QStringLiteral("k")
                         << QStringLiteral("request.bad-url");
}

void TestReplyParsing::apiRequestRefused()
{
    QFETCH(QString, base);
    QFETCH(QString, key);
    QFETCH(QString, code);
    auto r = ApiRequestBuilder(QUrl(base), key).build(Payload(CallType::Track));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    if (!key.isEmpty())
        QVERIFY(!r.error().message.contains(key)); // a key never ends up in a message
}

void TestReplyParsing::redaction()
{
    const HeaderList headers = {{"Authorization", basicAuthorization(QStringLiteral("secret"))}, {"A", "b"}};
    const HeaderList redacted = redactedHeaders(headers);
    QCOMPARE(redacted[0].second, QByteArray("Basic <redacted>"));
    QCOMPARE(redacted[1].second, QByteArray("b"));
}

void TestReplyParsing::redactsWriteKeys_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::addRow("none") << QByteArray(R"({"userId":"u"})") << QByteArray(R"({"userId":"u"})");
    QTest::addRow("one") << QByteArray(R"({"writeKey":"k1","userId":"u"})")
                         << QByteArray(R"({"writeKey":"<redacted>","userId":"u"})");
    QTest::addRow("spaces, two")
        << QByteArray("{\"writeKey\" :\n \"k1\", \"batch\":[{\"writeKey\":\"k2\"}]}")
        << QByteArray("{\"writeKey\" :\n \"<redacted>\", \"batch\":[{\"writeKey\":\"<redacted>\"}]}");
    QTest::addRow("escaped quote") << QByteArray(R"({"writeKey":"a\"b","x":1})")
                                   << QByteArray(R"({"writeKey":"<redacted>","x":1})");
    QTest::addRow("cut off") << QByteArray(R"({"x":1,"writeKey":"k-cut)")
                             << QByteArray(R"({"x":1,"writeKey":"<redacted>")");
    QTest::addRow("not a string") << QByteArray(R"({"writeKey":5})") << QByteArray(R"({"writeKey":5})");
    QTest::addRow("a value, not a name")
        << QByteArray(R"({"a":"writeKey"})") << QByteArray(R"({"a":"writeKey"})");
}

void TestReplyParsing::redactsWriteKeys()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(redactWriteKeys(in), out);
}

QTEST_GUILESS_MAIN(TestReplyParsing)
#include "tst_replyparsing.moc"
