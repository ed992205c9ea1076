// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "httprequest.h"
#include "httprequestparser.h"
#include "httpresponse.h"
#include "util/result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace ewb {

class HttpConnection;
class HttpListener;

// A handler answers one request. It runs on the server's thread, between socket events, so it
// must not block; to answer after a while, return a response with delayMs set, and to answer when
// something has happened, HttpResponse::later() (see HttpDeferredAnswer).
using HttpHandler = std::function<HttpResponse(const HttpRequest &request)>;
// Sees every answer to a request before it is written: the handlers' and the server's own (404,
// 405, OPTIONS, 400, 408, 413, ...), so headers that a whole set of paths needs (CORS) are added in
// one place. For an answer to a request that failed to parse, request holds what was read of it.
using HttpAnswerFilter = std::function<void(const HttpRequest &request, HttpResponse &response)>;

struct HttpServerOptions
{
    QHostAddress address = QHostAddress::LocalHost; // loopback unless asked otherwise
    quint16 port = 0; // 0: any free port (see HttpServer::port())
    HttpParserLimits limits;
    // A connection with no bytes moving for this long is closed; one that stopped in the middle of
    // a request (a short body, a half-sent head) first gets 408.
    int idleTimeoutMs = 15000;
    // Deadlines from a request's first byte (an empty line before it counts), however steadily it
    // trickles: the head (request line and header fields) within headDeadlineMs, the whole request
    // (head and body) within requestDeadlineMs; past either, 408 and close. An idle timer alone is
    // reset by every byte, so one byte every few seconds held a connection for ever (slowloris).
    int headDeadlineMs = 10000;
    int requestDeadlineMs = 60000;
    // Backpressure: once a connection's answers not yet sent pass this many bytes, no further
    // request of it is read or answered until they drain below; if they do not within
    // drainDeadlineMs, the connection is dropped. A client that pipelines and never reads made the
    // server buffer answers without limit.
    qint64 maxUnsentBytes = 1024 * 1024;
    int drainDeadlineMs = 30000;
    // A fair share: at most this many open connections per client address (0: no cap), so that one
    // host cannot take every slot; past it, a connection is answered 503 with Retry-After and
    // closed. Loopback peers are not counted unless capLoopbackPeers: everything on this machine
    // shares 127.0.0.1, and test suites (the official Node library opens a connection per batch,
    // hundreds at once) must queue at maxConnections, not be refused.
    int maxConnectionsPerAddress = 256;
    bool capLoopbackPeers = false;
    // At this many open connections the server stops accepting; further clients wait in the
    // listen queue (listenBacklog deep) until a connection closes. Clients such as the official
    // Node library open one connection per batch, hundreds at once: they must wait, not be reset.
    // While some wait, idle keep-alive connections are closed to let them in: otherwise they
    // waited for those to time out (idleTimeoutMs), and the official Node client's 1,000 batches
    // took 80 s where a server without a cap took 35.
    int maxConnections = 512;
    int listenBacklog = 1024;
    // When set, every connection is HTTPS with this configuration (see loadServerTls()).
    std::optional<QSslConfiguration> tls;
};

// One request/answer pair, for logs: never carries headers or bodies (they may hold keys).
struct HttpExchange
{
    QHostAddress peerAddress;
    QByteArray method; // empty when the request could not be parsed
    QString path;
    int status = 0; // 0: the connection was dropped without an answer
    qint64 requestBodyBytes = 0;
    qint64 responseBodyBytes = 0;
    QByteArray note; // the handler's HttpResponse::logNote
};

// A small HTTP/1.1 server on QTcpServer: keep-alive and pipelining, Content-Length and chunked
// bodies, Expect: 100-continue, HEAD and OPTIONS, limits on head and body size (431/413 from the
// head alone, before any body is read), 400 for malformed requests, 408 and close for connections
// that stall mid-request or miss a request deadline, 404 for unknown paths and 405 with Allow for
// unknown methods. Bounded per connection: unsent answers (backpressure), and per client address:
// open connections (see HttpServerOptions).
//
// Routes map a path (exact, or a prefix when it ends in "/*") and a set of methods to a handler.
// The server owns its connections; destroying it (or close()) closes them all.
//
// Errors are values: listen() says why it could not listen.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // Adds a route. Several calls with the same path add methods to it (a later handler for the
    // same method replaces the earlier one). A GET route also answers HEAD (body left out).
    // A path "/x/*" matches "/x/" and everything below it; exact paths win over prefixes, and
    // longer prefixes over shorter ones.
    void route(const QByteArray &method, const QString &path, HttpHandler handler);
    // Answers requests whose path matches no route (instead of 404).
    void setFallback(HttpHandler handler);
    // Runs on every answer to a request (see HttpAnswerFilter); one at a time, a later one replaces it.
    void setAnswerFilter(HttpAnswerFilter filter);

    Status listen(const HttpServerOptions &options);
    void close();
    bool isListening() const;

    QHostAddress address() const;
    quint16 port() const;
    bool isSecure() const;
    // "http://127.0.0.1:PORT" (or https), without a trailing slash.
    QUrl baseUrl() const;
    int connectionCount() const;
    // Bytes of answers written but not yet taken by the network, over all connections (what
    // maxUnsentBytes bounds per connection).
    qint64 unsentBytes() const;

signals:
    // After each answer is written (or a connection dropped on a handler's request).
    void exchanged(const ewb::HttpExchange &exchange);

private:
    friend class HttpConnection;
    friend class HttpListener;

    struct Route
    {
        QString path;
        bool prefix = false;
        QList<QPair<QByteArray, HttpHandler>> handlers;
    };

    void accept(qintptr descriptor);
    void connectionClosed(HttpConnection *connection);
    // At maxConnections: while clients wait in the listen queue, idle keep-alive connections are
    // closed (the longest idle first) to let them in.
    void makeRoom();
    // How many connections wait in the listen queue (at least 1 when some do).
    int waitingToConnect() const;
    // The address a connection counts against for maxConnectionsPerAddress; null when uncounted.
    QHostAddress shareKey(const QHostAddress &peer) const;
    const Route *findRoute(const QString &path) const;
    // Whether the request's path and method lead somewhere; when not, the answer (404/405).
    std::optional<HttpResponse> refusal(const HttpRequest &request) const;
    HttpResponse dispatch(const HttpRequest &request) const;
    HttpResponse route(const HttpRequest &request) const;
    void filter(const HttpRequest &request, HttpResponse &response) const;

    HttpServerOptions m_options;
    std::unique_ptr<HttpListener> m_listener;
    QList<Route> m_routes;
    HttpHandler m_fallback;
    HttpAnswerFilter m_answerFilter;
    QList<HttpConnection *> m_connections;
    QTimer m_atCapacity; // runs makeRoom() while accepting is paused at maxConnections
    QHash<QHostAddress, int> m_connectionsPerAddress; // open connections of each counted address
};

// Reads a PEM certificate (its chain may follow in the same file) and a PEM private key (RSA or
// EC, unencrypted) into a server TLS configuration. The error names the file that failed.
Result<QSslConfiguration> loadServerTls(const QString &certificatePemPath, const QString &keyPemPath);

} // namespace ewb
