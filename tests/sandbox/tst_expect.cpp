// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "sandbox/eventring.h"
#include "sandbox/expectwaiters.h"
#include "sandbox/sandbox.h"
#include "sandboxclient.h"

#include <QTest>

using namespace ewb;
using namespace ewb::test;

namespace {

const QByteArray key = "expect-key";

HeaderList auth()
{
    return {{"Authorization", SandboxClient::basicAuth(key)}};
}

QByteArray expectRequest(const QByteArray &body)
{
    return "POST /_sandbox/expect HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: " +
        QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

JsonObject bodyOf(const RawResponse &response)
{
    Result<JsonValue> parsed = parseJson(response.body);
    return parsed && parsed->isObject() ? parsed->object() : JsonObject();
}

QStringList messageIds(const JsonObject &answer, const char *member = "events")
{
    QStringList ids;
    for (const JsonValue &event : answer.value(QString::fromLatin1(member)).array())
        ids.append(event.object().value(u"messageId").toString());
    return ids;
}

} // namespace

// POST /_sandbox/expect (issue 12): a CI test asks for the events it expects and is answered when
// they have arrived, or told at its time limit what came nearest and what differs.
class TestExpect : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void alreadyArrived();
    void waitsForArrival();
    void laterRequestsOnTheConnectionWait();
    void countWaitsForEnough();
    void sinceLeavesEarlierEventsOut();
    void numbersMatchByValue();
    void timeOutListsNearestWithDifferences();
    void droppedIsNotArrived();
    void expectDropped();
    void nothingNearSaysSo();
    void badBodies_data();
    void badBodies();
    void clientLeavingEndsTheWait();
    void stopWhileWaiting();
    void waitingIsBounded();

private:
    void post(const QByteArray &path, const QByteArray &body);
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void TestExpect::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    SandboxOptions options;
    options.keys = {QString::fromLatin1(key)};
    const Status started = m_sandbox->start(options);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    m_client = std::make_unique<SandboxClient>(m_sandbox->port());
}

void TestExpect::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestExpect::post(const QByteArray &path, const QByteArray &body)
{
    const std::optional<RawResponse> response = m_client->post(path, body, auth());
    QVERIFY(response);
    QCOMPARE(response->status, 200);
}

void TestExpect::alreadyArrived()
{
    post("/v1/track",
        R"({"userId":"u1","event":"Order Completed","messageId":"m1","properties":{"total":12.5}})");
    const std::optional<RawResponse> response = m_client->post("/_sandbox/expect",
        R"({"match":{"type":"track","event":"Order Completed","userId":"u1","properties":{"total":12.5}}})");
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    const JsonObject answer = bodyOf(*response);
    QCOMPARE(answer.value(u"matched").toBool(), true);
    QCOMPARE(answer.value(u"found").numberLiteral(), QStringLiteral("1"));
    QCOMPARE(messageIds(answer), QStringList {QStringLiteral("m1")});
}

void TestExpect::waitsForArrival()
{
    RawHttpClient waiting;
    QVERIFY(waiting.connectTo(m_sandbox->port()));
    waiting.send(expectRequest(R"({"match":{"event":"Late","userId":"u9"},"within":10000})"));
    // Not answered yet: nothing has arrived.
    QVERIFY(!waiting.next(200));
    QCOMPARE(m_sandbox->waitingExpectations(), 1);
    post("/v1/track", R"({"userId":"u9","event":"Other","messageId":"no"})");
    post("/v1/track", R"({"userId":"u9","event":"Late","messageId":"yes"})");
    const std::optional<RawResponse> response = waiting.next(5000);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(messageIds(bodyOf(*response)), QStringList {QStringLiteral("yes")});
    QCOMPARE(m_sandbox->waitingExpectations(), 0);
}

void TestExpect::laterRequestsOnTheConnectionWait()
{
    // Pipelined behind a waiting expect, a request is answered after it, in order.
    RawHttpClient raw;
    QVERIFY(raw.connectTo(m_sandbox->port()));
    raw.send(expectRequest(R"({"match":{"event":"Pipelined"},"within":10000})") +
        "GET /_sandbox/stats HTTP/1.1\r\n\r\n");
    QVERIFY(!raw.next(200));
    post("/v1/track", R"({"userId":"u1","event":"Pipelined"})");
    const std::optional<RawResponse> first = raw.next();
    QVERIFY(first);
    QCOMPARE(first->status, 200);
    QVERIFY(bodyOf(*first).value(u"matched").toBool());
    const std::optional<RawResponse> second = raw.next();
    QVERIFY(second);
    QCOMPARE(second->status, 200);
    QVERIFY(bodyOf(*second).contains(u"accepted"));
}

void TestExpect::countWaitsForEnough()
{
    post("/v1/track", R"({"userId":"u1","event":"Tick","messageId":"t1"})");
    RawHttpClient waiting;
    QVERIFY(waiting.connectTo(m_sandbox->port()));
    waiting.send(expectRequest(R"({"match":{"event":"Tick"},"count":3,"within":10000})"));
    post("/v1/track", R"({"userId":"u1","event":"Tick","messageId":"t2"})");
    QVERIFY(!waiting.next(200));
    post("/v1/batch",
        R"({"batch":[{"type":"track","userId":"u1","event":"Tick","messageId":"t3"},{"type":"track","userId":"u1","event":"Tick","messageId":"t4"}]})");
    const std::optional<RawResponse> response = waiting.next();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    // Answered at the third; the fourth came in the same request, after it was met.
    QCOMPARE(messageIds(bodyOf(*response)),
        (QStringList {QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3")}));
}

void TestExpect::sinceLeavesEarlierEventsOut()
{
    post("/v1/track", R"({"userId":"u1","event":"Signed Up","messageId":"old"})");
    const qint64 last = m_sandbox->stats().total;
    const std::optional<RawResponse> response = m_client->post("/_sandbox/expect",
        R"({"match":{"event":"Signed Up"},"within":0,"since":)" + QByteArray::number(last) + '}');
    QVERIFY(response);
    QCOMPARE(response->status, 417);
    QCOMPARE(bodyOf(*response).value(u"found").numberLiteral(), QStringLiteral("0"));
    // The earlier event is not even near: it is before the test's own events.
    QVERIFY(bodyOf(*response).value(u"nearest").array().empty());
}

void TestExpect::numbersMatchByValue()
{
    post("/v1/track",
        R"({"userId":"u1","event":"Paid","properties":{"total":12.50,"items":[{"sku":"a","qty":1e0}]}})");
    const std::optional<RawResponse> response = m_client->post(
        "/_sandbox/expect", R"({"match":{"properties":{"total":12.5,"items":[{"qty":1}]}},"within":0})");
    QVERIFY(response);
    QCOMPARE(response->status, 200);
}

void TestExpect::timeOutListsNearestWithDifferences()
{
    post("/v1/track",
        R"({"userId":"u2","event":"Order Completed","messageId":"wrong-user","properties":{"total":12.5}})");
    post("/v1/track",
        R"({"userId":"u1","event":"Order Completed","messageId":"string-total","properties":{"total":"12.5"}})");
    post("/v1/page", R"({"userId":"u7","name":"Home","messageId":"unrelated"})");
    const std::optional<RawResponse> response = m_client->post("/_sandbox/expect",
        R"({"match":{"type":"track","event":"Order Completed","userId":"u1","properties":{"total":12.5}},"within":300})");
    QVERIFY(response);
    QCOMPARE(response->status, 417);
    const JsonObject answer = bodyOf(*response);
    QCOMPARE(answer.value(u"matched").toBool(), false);
    QCOMPARE(answer.value(u"found").numberLiteral(), QStringLiteral("0"));
    // Both near misses, the newest first among equals; the page view shares nothing and is left out.
    const JsonArray &nearest = answer.value(u"nearest").array();
    QCOMPARE(nearest.size(), size_t(2));
    QCOMPARE(nearest[0].object().value(u"event").object().value(u"messageId").toString(),
        QStringLiteral("string-total"));
    const JsonArray &differences = nearest[0].object().value(u"differences").array();
    QCOMPARE(differences.size(), size_t(1));
    const JsonObject &difference = differences[0].object();
    QCOMPARE(difference.value(u"pointer").toString(), QStringLiteral("/properties/total"));
    QCOMPARE(difference.value(u"actual").toString(), QStringLiteral("12.5"));
    QCOMPARE(difference.value(u"expected").numberLiteral(), QStringLiteral("12.5"));
    QCOMPARE(difference.value(u"message").toString(),
        QStringLiteral("/properties/total is \"12.5\", expected 12.5"));
    QCOMPARE(nearest[1].object().value(u"differences").array()[0].object().value(u"message").toString(),
        QStringLiteral("/userId is \"u2\", expected \"u1\""));
    QVERIFY(answer.value(u"message").toString().contains(QStringLiteral("within 300 ms; 0 arrived")));
}

void TestExpect::droppedIsNotArrived()
{
    // The API answers 200 and drops it: for a test that is not an arrival, and it is told why.
    post("/v1/track", R"({"event":"Order Completed","messageId":"no-user"})");
    const std::optional<RawResponse> response =
        m_client->post("/_sandbox/expect", R"({"match":{"event":"Order Completed"},"within":0})");
    QVERIFY(response);
    QCOMPARE(response->status, 417);
    const JsonObject answer = bodyOf(*response);
    const JsonArray &nearest = answer.value(u"nearest").array();
    QCOMPARE(nearest.size(), size_t(1));
    QVERIFY(nearest[0].object().value(u"differences").array().empty());
    QVERIFY2(answer.value(u"message").toString().contains(QStringLiteral("it was dropped (user.missing)")),
        qPrintable(answer.value(u"message").toString()));
}

void TestExpect::expectDropped()
{
    post("/v1/track", R"({"event":"Order Completed","messageId":"no-user"})");
    for (const QByteArray &accepted : {QByteArray("false"), QByteArray("null")}) {
        const std::optional<RawResponse> response = m_client->post("/_sandbox/expect",
            R"({"match":{"event":"Order Completed"},"within":0,"accepted":)" + accepted + '}');
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(messageIds(bodyOf(*response)), QStringList {QStringLiteral("no-user")});
    }
}

void TestExpect::nothingNearSaysSo()
{
    const std::optional<RawResponse> response =
        m_client->post("/_sandbox/expect", R"({"match":{"event":"Never"},"within":0})");
    QVERIFY(response);
    QCOMPARE(response->status, 417);
    QVERIFY(
        bodyOf(*response).value(u"message").toString().contains(QStringLiteral("No recorded event shares")));
}

void TestExpect::badBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("says");
    QTest::addRow("not JSON") << QByteArray("match=x") << QStringLiteral("not JSON");
    QTest::addRow("empty") << QByteArray() << QStringLiteral("not JSON");
    QTest::addRow("array") << QByteArray("[]") << QStringLiteral("JSON object");
    QTest::addRow("no match") << QByteArray(R"({"count":1})") << QStringLiteral("\"match\" must be");
    QTest::addRow("match not object")
        << QByteArray(R"({"match":"track"})") << QStringLiteral("\"match\" must be");
    QTest::addRow("count 0") << QByteArray(R"({"match":{},"count":0})") << QStringLiteral("\"count\"");
    QTest::addRow("count text") << QByteArray(R"({"match":{},"count":"2"})") << QStringLiteral("\"count\"");
    QTest::addRow("count fraction") << QByteArray(R"({"match":{},"count":1.5})")
                                    << QStringLiteral("\"count\"");
    QTest::addRow("within negative") << QByteArray(R"({"match":{},"within":-1})")
                                     << QStringLiteral("\"within\"");
    QTest::addRow("within too long") << QByteArray(R"({"match":{},"within":300001})")
                                     << QStringLiteral("300000");
    QTest::addRow("accepted text") << QByteArray(R"({"match":{},"accepted":"yes"})")
                                   << QStringLiteral("\"accepted\"");
    QTest::addRow("since negative") << QByteArray(R"({"match":{},"since":-5})")
                                    << QStringLiteral("\"since\"");
    QTest::addRow("unknown member") << QByteArray(R"({"match":{},"timeout":5})")
                                    << QStringLiteral("Unknown member \"timeout\"");
}

void TestExpect::badBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, says);
    const std::optional<RawResponse> response = m_client->post("/_sandbox/expect", body);
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    const QString error = bodyOf(*response).value(u"error").toString();
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestExpect::clientLeavingEndsTheWait()
{
    {
        RawHttpClient waiting;
        QVERIFY(waiting.connectTo(m_sandbox->port()));
        waiting.send(expectRequest(R"({"match":{"event":"Never"},"within":60000})"));
        QTRY_COMPARE(m_sandbox->waitingExpectations(), 1);
    }
    QTRY_COMPARE(m_sandbox->waitingExpectations(), 0);
    // And the sandbox goes on as before.
    post("/v1/track", R"({"userId":"u1","event":"Never"})");
}

void TestExpect::stopWhileWaiting()
{
    RawHttpClient waiting;
    QVERIFY(waiting.connectTo(m_sandbox->port()));
    waiting.send(expectRequest(R"({"match":{"event":"Never"},"within":60000})"));
    QTRY_COMPARE(m_sandbox->waitingExpectations(), 1);
    m_sandbox->stop();
    QCOMPARE(m_sandbox->waitingExpectations(), 0);
    QVERIFY(waiting.waitClosed());
}

void TestExpect::waitingIsBounded()
{
    EventRing ring(10);
    ExpectWaiters waiters(ring);
    HttpRequest request;
    request.method = "POST";
    request.body = R"({"match":{"event":"Never"},"within":60000})";
    for (int i = 0; i < ExpectWaiters::maxWaiting; ++i)
        QVERIFY(waiters.handle(request).deferred);
    const HttpResponse refused = waiters.handle(request);
    QVERIFY(!refused.deferred);
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.headers.value("retry-after"), QByteArray("1"));
    // One event meets them all at once.
    RecordedEvent event;
    event.accepted = true;
    event.type = QStringLiteral("track");
    Result<JsonValue> payload = parseJson(R"({"type":"track","event":"Never"})");
    event.payload = payload.value();
    waiters.eventRecorded(ring.append(event));
    QCOMPARE(waiters.waiting(), 0);
}

QTEST_GUILESS_MAIN(TestExpect)
#include "tst_expect.moc"
