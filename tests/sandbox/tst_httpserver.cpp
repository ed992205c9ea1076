// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "rawhttpclient.h"
#include "sandbox/httpserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <sys/socket.h>

using namespace ewb;
using ewb::test::RawHttpClient;
using ewb::test::RawResponse;

namespace {
constexpr qsizetype bigAnswerBytes = 64 * 1024;
}

// The generic HTTP/1.1 server over real loopback sockets, driven byte by byte by a raw client.
class TestHttpServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keepAliveAndPipelining();
    void delayedAnswerKeepsPipelineOrder();
    void routing_data();
    void routing();
    void headLeavesOutBody();
    void chunkedBody();
    void oversizeContentLengthRefusedFromHead();
    void expectContinue();
    void expectContinueRefusedBeforeBody_data();
    void expectContinueRefusedBeforeBody();
    void malformedAnswered_data();
    void malformedAnswered();
    void shortBodyThenIdleGets408();
    void idleConnectionClosedQuietly();
    void dropConnection();
    void http10ClosesUnlessKeepAlive();
    void halfClosedClientGetsItsAnswer();
    void connectionsPastLimitWait();
    void idleKeepAliveMakesRoom();
    void exchangesReported();
    void clientThatNeverReadsIsHeldBack();
    void trickledHeadCutOffAtDeadline();
    void trickledBodyCutOffAtDeadline();
    void connectionsPerAddressCapped();
    void slowHandlerDoesNotEndKeepAlive();
    void answerFilterSeesEveryAnswer_data();
    void answerFilterSeesEveryAnswer();

private:
    HttpServerOptions options() const;
    void start(const HttpServerOptions &serverOptions);

    std::unique_ptr<HttpServer> m_server;
};

HttpServerOptions TestHttpServer::options() const
{
    HttpServerOptions result;
    result.limits.maxBodyBytes = 1000;
    result.limits.maxHeaderBytes = 2000;
    result.idleTimeoutMs = 300; // short, so stalls are seen quickly; nothing here measures time
    return result;
}

void TestHttpServer::start(const HttpServerOptions &serverOptions)
{
    m_server = std::make_unique<HttpServer>();
    const auto echo = [](const HttpRequest &request) {
        HttpResponse response =
            HttpResponse::withBody(200, request.method + ' ' + request.body, "text/plain");
        response.headers.add("X-Query", request.rawQuery);
        return response;
    };
    m_server->route("POST", QStringLiteral("/echo"), echo);
    m_server->route("GET", QStringLiteral("/echo"), echo);
    m_server->route("GET", QStringLiteral("/files/*"),
        [](const HttpRequest &request) { return HttpResponse::text(200, request.path); });
    m_server->route("POST", QStringLiteral("/slow"), [](const HttpRequest &request) {
        HttpResponse response = HttpResponse::text(200, QString::fromUtf8(request.body));
        response.delayMs = 200;
        return response;
    });
    m_server->route(
        "POST", QStringLiteral("/drop"), [](const HttpRequest &) { return HttpResponse::drop(); });
    m_server->route("GET", QStringLiteral("/big"), [](const HttpRequest &) {
        return HttpResponse::withBody(200, QByteArray(bigAnswerBytes, 'x'), "text/plain");
    });
    // Longer than the idle time, as validating a 900 KB batch is: the handler runs between socket
    // events, so nothing is read meanwhile.
    m_server->route("POST", QStringLiteral("/busy"), [serverOptions](const HttpRequest &) {
        QThread::msleep(serverOptions.idleTimeoutMs + 100);
        return HttpResponse::text(200, QStringLiteral("done"));
    });
    const Status listening = m_server->listen(serverOptions);
    QVERIFY2(listening.ok(), qPrintable(listening.ok() ? QString() : listening.error().message));
    QCOMPARE(m_server->address(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(m_server->port() != 0);
}

void TestHttpServer::init()
{
    start(options());
}

void TestHttpServer::cleanup()
{
    m_server.reset();
}

void TestHttpServer::keepAliveAndPipelining()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(
        "POST /echo HTTP/1.1\r\nContent-Length: 1\r\n\r\naPOST /echo HTTP/1.1\r\nContent-Length: 1\r\n\r\nb"
        "GET /echo?x=1 HTTP/1.1\r\n\r\n");
    for (const QByteArray &expected : {QByteArray("POST a"), QByteArray("POST b"), QByteArray("GET ")}) {
        const std::optional<RawResponse> response = client.next();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, expected);
    }
    // Still open: a fourth request on the same connection.
    client.send("GET /echo HTTP/1.1\r\n\r\n");
    const std::optional<RawResponse> fourth = client.next();
    QVERIFY(fourth);
    QCOMPARE(fourth->status, 200);
    QVERIFY(client.isConnected());
}

void TestHttpServer::delayedAnswerKeepsPipelineOrder()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("POST /slow HTTP/1.1\r\nContent-Length: 5\r\n\r\nfirstPOST /echo HTTP/1.1\r\nContent-Length: "
                "6\r\n\r\n"
                "second");
    const std::optional<RawResponse> first = client.next();
    const std::optional<RawResponse> second = client.next();
    QVERIFY(first && second);
    QCOMPARE(first->body, QByteArray("first"));
    QCOMPARE(second->body, QByteArray("POST second"));

    // Other connections are served while one waits.
    RawHttpClient waiting;
    QVERIFY(waiting.connectTo(m_server->port()));
    waiting.send("POST /slow HTTP/1.1\r\nContent-Length: 1\r\n\r\nw");
    RawHttpClient quick;
    QVERIFY(quick.connectTo(m_server->port()));
    quick.send("GET /echo HTTP/1.1\r\n\r\n");
    QVERIFY(quick.next());
    QVERIFY(waiting.unread().isEmpty());
    QVERIFY(waiting.next());
}

void TestHttpServer::routing_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allow");

    QTest::addRow("unknown path") << QByteArray("GET /nope HTTP/1.1\r\n\r\n") << 404 << QByteArray();
    QTest::addRow("wrong method") << QByteArray("DELETE /echo HTTP/1.1\r\n\r\n") << 405
                                  << QByteArray("POST, GET, HEAD, OPTIONS");
    QTest::addRow("post to get-only prefix")
        << QByteArray("POST /files/a HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << 405
        << QByteArray("GET, HEAD, OPTIONS");
    QTest::addRow("options") << QByteArray("OPTIONS /echo HTTP/1.1\r\n\r\n") << 204
                             << QByteArray("POST, GET, HEAD, OPTIONS");
    QTest::addRow("options star") << QByteArray("OPTIONS * HTTP/1.1\r\n\r\n") << 204
                                  << QByteArray("GET, HEAD, POST, PUT, DELETE, OPTIONS");
    QTest::addRow("prefix") << QByteArray("GET /files/a/b HTTP/1.1\r\n\r\n") << 200 << QByteArray();
    QTest::addRow("prefix needs its slash")
        << QByteArray("GET /files HTTP/1.1\r\n\r\n") << 404 << QByteArray();
}

void TestHttpServer::routing()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QByteArray, allow);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(request);
    const std::optional<RawResponse> response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QCOMPARE(response->headers.value("allow"), allow);
    // A refusal is an answer like any other: the connection stays usable.
    client.send("GET /echo HTTP/1.1\r\n\r\n");
    QVERIFY(client.next());
}

void TestHttpServer::headLeavesOutBody()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("HEAD /echo HTTP/1.1\r\n\r\nGET /echo HTTP/1.1\r\n\r\n");
    const std::optional<RawResponse> head = client.next(5000, true);
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    QCOMPARE(head->headers.value("content-length"), QByteArray("5")); // "HEAD " from the GET handler
    const std::optional<RawResponse> get = client.next();
    QVERIFY(get);
    QCOMPARE(get->body, QByteArray("GET "));
}

void TestHttpServer::chunkedBody()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(
        "POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n");
    const std::optional<RawResponse> response = client.next();
    QVERIFY(response);
    QCOMPARE(response->body, QByteArray("POST Wikipedia"));
}

void TestHttpServer::oversizeContentLengthRefusedFromHead()
{
    // The body is never sent: the server must answer from the head alone, then close.
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("POST /echo HTTP/1.1\r\nContent-Length: 1001\r\n\r\n");
    const std::optional<RawResponse> response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, 413);
    QCOMPARE(response->headers.value("connection"), QByteArray("close"));
    QVERIFY(client.waitClosed());

    RawHttpClient atCap;
    QVERIFY(atCap.connectTo(m_server->port()));
    atCap.send("POST /echo HTTP/1.1\r\nContent-Length: 1000\r\n\r\n" + QByteArray(1000, 'x'));
    const std::optional<RawResponse> accepted = atCap.next();
    QVERIFY(accepted);
    QCOMPARE(accepted->status, 200);
}

void TestHttpServer::expectContinue()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("POST /echo HTTP/1.1\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n");
    const std::optional<RawResponse> interim = client.next();
    QVERIFY(interim);
    QCOMPARE(interim->status, 100);
    client.send("abc");
    const std::optional<RawResponse> final = client.next();
    QVERIFY(final);
    QCOMPARE(final->status, 200);
    QCOMPARE(final->body, QByteArray("POST abc"));
}

void TestHttpServer::expectContinueRefusedBeforeBody_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");
    QTest::addRow("too large")
        << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: 5000\r\nExpect: 100-continue\r\n\r\n") << 413;
    QTest::addRow("unknown path")
        << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n") << 404;
    QTest::addRow("wrong method")
        << QByteArray("PUT /echo HTTP/1.1\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n") << 405;
    QTest::addRow("unknown expectation")
        << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: 5\r\nExpect: magic\r\n\r\n") << 417;
}

void TestHttpServer::expectContinueRefusedBeforeBody()
{
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(head);
    const std::optional<RawResponse> response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QVERIFY(client.waitClosed());
}

void TestHttpServer::malformedAnswered_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addRow("garbage") << QByteArray("\x16\x03\x01\x00\xff\x01\x00\x00\r\n\r\n", 12) << 400;
    // Control bytes are no request line: 400 at once (issue 9), not 414 once 3,000 bytes are in.
    QTest::addRow("binary noise") << QByteArray(3000, '\x01') << 400;
    QTest::addRow("request line too long") << QByteArray("GET /" + QByteArray(20000, 'a')) << 414;
    QTest::addRow("header too large")
        << QByteArray("GET /echo HTTP/1.1\r\nX: " + QByteArray(3000, 'a') + "\r\n\r\n") << 431;
    QTest::addRow("bad content-length")
        << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: ten\r\n\r\n") << 400;
    QTest::addRow("http/3") << QByteArray("GET /echo HTTP/3.0\r\n\r\n") << 505;
    // Issue 9: empty lines before a request line were skipped without end.
    QTest::addRow("many empty lines") << QByteArray("\r\n").repeated(20) + "GET /echo HTTP/1.1\r\n\r\n"
                                      << 400;
    // Issue 9: chunk trailers were read past unchecked.
    QTest::addRow("control byte in a trailer")
        << QByteArray(
               "POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\nX: a\x01b\r\n\r\n")
        << 400;
}

void TestHttpServer::malformedAnswered()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(bytes);
    const std::optional<RawResponse> response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QVERIFY(client.waitClosed());
    // And the server goes on serving others.
    RawHttpClient next;
    QVERIFY(next.connectTo(m_server->port()));
    next.send("GET /echo HTTP/1.1\r\n\r\n");
    QVERIFY(next.next());
}

void TestHttpServer::shortBodyThenIdleGets408()
{
    // Content-Length says 10 but only 4 bytes come: after the idle time, 408 and a close.
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("POST /echo HTTP/1.1\r\nContent-Length: 10\r\n\r\nabcd");
    const std::optional<RawResponse> response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, 408);
    QVERIFY(client.waitClosed());
}

void TestHttpServer::idleConnectionClosedQuietly()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->port()));
    QVERIFY(client.waitClosed());
    QVERIFY(client.unread().isEmpty());
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void TestHttpServer::dropConnection()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("POST /drop HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
    QVERIFY(client.waitClosed());
    QVERIFY(client.unread().isEmpty());
}

void TestHttpServer::http10ClosesUnlessKeepAlive()
{
    RawHttpClient plain;
    QVERIFY(plain.connectTo(m_server->port()));
    plain.send("GET /echo HTTP/1.0\r\n\r\n");
    std::optional<RawResponse> response = plain.next();
    QVERIFY(response);
    QCOMPARE(response->headers.value("connection"), QByteArray("close"));
    QVERIFY(plain.waitClosed());

    RawHttpClient keepAlive;
    QVERIFY(keepAlive.connectTo(m_server->port()));
    keepAlive.send("GET /echo HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    response = keepAlive.next();
    QVERIFY(response);
    QCOMPARE(response->headers.value("connection"), QByteArray("keep-alive"));
    keepAlive.send("GET /echo HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    QVERIFY(keepAlive.next());
}

// Issue 9: a client that half-closes after sending (nc -N, a shell's here-doc) never got its
// answer, though its call was handled; clients then retried and duplicated it.
void TestHttpServer::halfClosedClientGetsItsAnswer()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("GET /echo HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(client.socket().waitForBytesWritten(5000) || client.socket().bytesToWrite() == 0);
    QCOMPARE(::shutdown(int(client.socket().socketDescriptor()), SHUT_WR), 0);
    const std::optional<RawResponse> response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
}

void TestHttpServer::connectionsPastLimitWait()
{
    HttpServerOptions limited = options();
    limited.maxConnections = 2;
    limited.idleTimeoutMs = 10000;
    start(limited);
    auto first = std::make_unique<RawHttpClient>();
    RawHttpClient second;
    QVERIFY(first->connectTo(m_server->port()));
    QVERIFY(second.connectTo(m_server->port()));
    QTRY_COMPARE(m_server->connectionCount(), 2);
    // The third waits in the listen queue: connected as far as TCP goes, but not served...
    RawHttpClient third;
    QVERIFY(third.connectTo(m_server->port()));
    third.send("GET /echo HTTP/1.1\r\n\r\n");
    // ...and the two that have not sent a request yet are not closed to make room for it: their
    // clients opened them to send one (a while passes, far past the idle time that would let an
    // idle keep-alive connection go).
    QTest::qWait(400);
    QCOMPARE(m_server->connectionCount(), 2);
    QVERIFY(first->isConnected());
    QVERIFY(second.isConnected());
    QCOMPARE(third.socket().bytesAvailable(), 0);
    // Until a connection closes.
    first.reset();
    const std::optional<RawResponse> answer = third.next();
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
    // The one kept waiting was served, and so is the one opened before it.
    second.send("GET /echo HTTP/1.1\r\n\r\n");
    QVERIFY(second.next());
}

// At the connection limit, a client waiting to connect is let in by closing the connection that
// has been idle between requests longest, not after the idle time-out: the official Node client
// (1,000 batches, a connection each) waited for its own keep-alive time-out and ran at two thirds
// of a plain Node server's rate (issue 12).
void TestHttpServer::idleKeepAliveMakesRoom()
{
    HttpServerOptions limited = options();
    limited.maxConnections = 2;
    limited.idleTimeoutMs = 60000; // longer than any wait below: the old way never let it in
    start(limited);
    RawHttpClient first;
    RawHttpClient second;
    QVERIFY(first.connectTo(m_server->port()));
    first.send("GET /echo HTTP/1.1\r\n\r\n");
    QVERIFY(first.next());
    QVERIFY(second.connectTo(m_server->port()));
    second.send("GET /echo HTTP/1.1\r\n\r\n");
    QVERIFY(second.next());
    QTRY_COMPARE(m_server->connectionCount(), 2);
    RawHttpClient third;
    QVERIFY(third.connectTo(m_server->port()));
    third.send("GET /echo HTTP/1.1\r\n\r\n");
    const std::optional<RawResponse> answer = third.next(5000);
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
    // The longest idle went, quietly (no answer it did not ask for); the other stays.
    QVERIFY(first.waitClosed());
    QVERIFY(first.unread().isEmpty());
    QVERIFY(second.isConnected());
    QCOMPARE(m_server->connectionCount(), 2);
}

void TestHttpServer::exchangesReported()
{
    QSignalSpy spy(m_server.get(), &HttpServer::exchanged);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("POST /echo HTTP/1.1\r\nContent-Length: 2\r\n\r\nhiGET /none HTTP/1.1\r\n\r\n");
    QVERIFY(client.next());
    QVERIFY(client.next());
    QCOMPARE(spy.size(), 2);
    const auto first = spy.at(0).at(0).value<HttpExchange>();
    QCOMPARE(first.method, QByteArray("POST"));
    QCOMPARE(first.path, QStringLiteral("/echo"));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.requestBodyBytes, 2);
    QCOMPARE(spy.at(1).at(0).value<HttpExchange>().status, 404);
}

// Issue 9: a client that pipelined requests and never read made the server buffer answers without
// limit (3.4 GB in 24 s) while other clients waited.
void TestHttpServer::clientThatNeverReadsIsHeldBack()
{
    HttpServerOptions limited = options();
    limited.maxUnsentBytes = 256 * 1024;
    limited.drainDeadlineMs = 300;
    limited.idleTimeoutMs = 10000;
    start(limited);
    RawHttpClient hog;
    hog.socket().setReadBufferSize(1024); // it takes next to nothing off the network
    QVERIFY(hog.connectTo(m_server->port()));
    // 64 MB of answers asked for at once: far more than the kernel's socket buffers hold.
    hog.send(QByteArray("GET /big HTTP/1.1\r\nHost: x\r\n\r\n").repeated(1000));
    QTRY_VERIFY(m_server->unsentBytes() > limited.maxUnsentBytes);

    // Another client is served meanwhile...
    RawHttpClient other;
    QVERIFY(other.connectTo(m_server->port()));
    other.send("GET /echo HTTP/1.1\r\n\r\n");
    const std::optional<RawResponse> answer = other.next();
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
    // ...while the hog's answers stay within the bound (plus the one answer that passed it).
    QVERIFY2(m_server->unsentBytes() <= limited.maxUnsentBytes + bigAnswerBytes + 1024,
        qPrintable(QString::number(m_server->unsentBytes())));
    // And a connection that does not drain in time is given up.
    other.socket().abort();
    QTRY_COMPARE(m_server->connectionCount(), 0);
    QCOMPARE(m_server->unsentBytes(), 0);
}

// Issue 9 (slowloris): a head sent one byte at a time reset the idle timer with every byte and held
// its connection for ever. The deadline counts from the first byte.
void TestHttpServer::trickledHeadCutOffAtDeadline()
{
    HttpServerOptions deadlines = options();
    deadlines.idleTimeoutMs = 10000;
    deadlines.headDeadlineMs = 200;
    start(deadlines);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("GET /echo HTTP/1.1\r\n");
    std::optional<RawResponse> response;
    // A header line every 30 ms for up to 1.8 s, far past the deadline: the client never stops.
    for (int i = 0; i < 60 && !response; ++i) {
        client.send("a:" + QByteArray::number(i % 10) + "\r\n");
        response = client.next(30);
    }
    QVERIFY(response);
    QCOMPARE(response->status, 408);
    QVERIFY(client.waitClosed());
}

void TestHttpServer::trickledBodyCutOffAtDeadline()
{
    HttpServerOptions deadlines = options();
    deadlines.idleTimeoutMs = 10000;
    deadlines.requestDeadlineMs = 300;
    start(deadlines);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("POST /echo HTTP/1.1\r\nContent-Length: 900\r\n\r\n");
    std::optional<RawResponse> response;
    for (int i = 0; i < 60 && !response; ++i) {
        client.send("x");
        response = client.next(30);
    }
    QVERIFY(response);
    QCOMPARE(response->status, 408);
    QVERIFY(client.waitClosed());
}

// Issue 9: one address could take every connection slot.
void TestHttpServer::connectionsPerAddressCapped()
{
    HttpServerOptions capped = options();
    capped.idleTimeoutMs = 10000;
    capped.maxConnectionsPerAddress = 2;
    capped.capLoopbackPeers = true;
    start(capped);
    RawHttpClient first;
    auto second = std::make_unique<RawHttpClient>();
    QVERIFY(first.connectTo(m_server->port()));
    QVERIFY(second->connectTo(m_server->port()));
    QTRY_COMPARE(m_server->connectionCount(), 2);

    // A third from the same address is refused at once...
    RawHttpClient third;
    QVERIFY(third.connectTo(m_server->port()));
    third.send("GET /echo HTTP/1.1\r\n\r\n");
    const std::optional<RawResponse> refused = third.next();
    QVERIFY(refused);
    QCOMPARE(refused->status, 503);
    QVERIFY(!refused->headers.value("retry-after").isEmpty());
    QVERIFY(third.waitClosed());

    // ...while another address is served, and so are the two within the cap.
    RawHttpClient elsewhere;
    QVERIFY(elsewhere.bindTo(QHostAddress(QStringLiteral("127.0.0.2"))));
    QVERIFY(elsewhere.connectTo(m_server->port()));
    elsewhere.send("GET /echo HTTP/1.1\r\n\r\n");
    std::optional<RawResponse> served = elsewhere.next();
    QVERIFY(served);
    QCOMPARE(served->status, 200);
    first.send("GET /echo HTTP/1.1\r\n\r\n");
    served = first.next();
    QVERIFY(served);
    QCOMPARE(served->status, 200);

    // Once one of them closes, the address has room again.
    second.reset();
    QTRY_COMPARE(m_server->connectionCount(), 2);
    RawHttpClient fourth;
    QVERIFY(fourth.connectTo(m_server->port()));
    fourth.send("GET /echo HTTP/1.1\r\n\r\n");
    served = fourth.next();
    QVERIFY(served);
    QCOMPARE(served->status, 200);
}

// The "SandboxClient cannot be reused after a 900 KB POST" oddity: the idle timer ran while the
// handler worked, expired by the time the answer was out, and closed the connection right after
// it; the client's next request met a closing connection.
void TestHttpServer::slowHandlerDoesNotEndKeepAlive()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send("POST /busy HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
    std::optional<RawResponse> response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QVERIFY(response->headers.value("connection").isEmpty());
    client.send("GET /echo HTTP/1.1\r\n\r\n");
    response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
}

void TestHttpServer::answerFilterSeesEveryAnswer_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("seenPath"); // what the filter saw of the request
    QTest::addRow("handler") << QByteArray("GET /echo HTTP/1.1\r\n\r\n") << 200 << QByteArray("/echo");
    QTest::addRow("delayed handler") << QByteArray("POST /slow HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << 200
                                     << QByteArray("/slow");
    QTest::addRow("unknown path") << QByteArray("GET /nowhere HTTP/1.1\r\n\r\n") << 404
                                  << QByteArray("/nowhere");
    QTest::addRow("wrong method") << QByteArray("PUT /echo HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << 405
                                  << QByteArray("/echo");
    QTest::addRow("options") << QByteArray("OPTIONS /echo HTTP/1.1\r\n\r\n") << 204 << QByteArray("/echo");
    QTest::addRow("too large, from the head")
        << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: 5000\r\n\r\n") << 413 << QByteArray("/echo");
    QTest::addRow("refused before 100-continue")
        << QByteArray("PUT /echo HTTP/1.1\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n") << 405
        << QByteArray("/echo");
    QTest::addRow("garbage") << QByteArray("\x16\x03\x01\x00\xff\x01\x00\x00\r\n\r\n", 12) << 400
                             << QByteArray();
}

void TestHttpServer::answerFilterSeesEveryAnswer()
{
    // The one place for headers that every answer of some paths needs (the sandbox's CORS).
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QByteArray, seenPath);
    m_server->setAnswerFilter([](const HttpRequest &request, HttpResponse &response) {
        response.headers.set("X-Filtered", request.path.toUtf8() + '|' + QByteArray::number(response.status));
    });
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server->port()));
    client.send(bytes);
    const std::optional<RawResponse> response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QCOMPARE(response->headers.value("x-filtered"), seenPath + '|' + QByteArray::number(status));
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
