// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "httpserver.h"

#include "httpconnection.h"
#include "i18n/translations.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

#include <algorithm>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>

namespace ewb {

namespace {
// While at maxConnections: how often to look for clients waiting to connect.
constexpr int atCapacityCheckMs = 5;
constexpr int minIdleToCloseMs = 100;
} // namespace

// Hands every accepted socket descriptor to the server, which wraps it in a plain or TLS socket
// itself: one code path for both, and the idle timer covers clients that never finish a handshake.
class HttpListener final : public QTcpServer
{
public:
    explicit HttpListener(HttpServer *server) : m_server(server) { }

protected:
    void incomingConnection(qintptr descriptor) override { m_server->accept(descriptor); }

private:
    HttpServer *m_server;
};

HttpServer::HttpServer(QObject *parent) : QObject(parent)
{
    m_atCapacity.setInterval(atCapacityCheckMs);
    connect(&m_atCapacity, &QTimer::timeout, this, &HttpServer::makeRoom);
}

HttpServer::~HttpServer()
{
    close();
}

void HttpServer::route(const QByteArray &method, const QString &path, HttpHandler handler)
{
    const bool prefix = path.endsWith(u"/*");
    const QString key = prefix ? path.chopped(1) : path;
    for (Route &existing : m_routes) {
        if (existing.path == key && existing.prefix == prefix) {
            for (auto &entry : existing.handlers) {
                if (entry.first == method) {
                    entry.second = std::move(handler);
                    return;
                }
            }
            existing.handlers.append({method, std::move(handler)});
            return;
        }
    }
    m_routes.append(Route {key, prefix, {{method, std::move(handler)}}});
}

void HttpServer::setFallback(HttpHandler handler)
{
    m_fallback = std::move(handler);
}

void HttpServer::setAnswerFilter(HttpAnswerFilter filter)
{
    m_answerFilter = std::move(filter);
}

void HttpServer::filter(const HttpRequest &request, HttpResponse &response) const
{
    if (m_answerFilter)
        m_answerFilter(request, response);
}

Status HttpServer::listen(const HttpServerOptions &options)
{
    close();
    m_options = options;
    m_listener = std::make_unique<HttpListener>(this);
    m_listener->setListenBacklogSize(options.listenBacklog);
    if (!m_listener->listen(options.address, options.port)) {
        const QString reason = m_listener->errorString();
        m_listener.reset();
        return Error {QStringLiteral("http.listen"),
            QStringLiteral("Cannot listen on %1 port %2: %3")
                .arg(options.address.toString())
                .arg(options.port)
                .arg(reason)};
    }
    return Done {};
}

void HttpServer::close()
{
    if (m_listener)
        m_listener->close();
    m_listener.reset();
    m_atCapacity.stop();
    m_connectionsPerAddress.clear();
    const QList<HttpConnection *> connections = std::exchange(m_connections, {});
    for (HttpConnection *connection : connections) {
        connection->abort();
        // Later, not now: close() may be called from a handler or a slot running inside one of
        // these connections.
        connection->deleteLater();
    }
}

bool HttpServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

QHostAddress HttpServer::address() const
{
    return m_listener ? m_listener->serverAddress() : QHostAddress();
}

quint16 HttpServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

bool HttpServer::isSecure() const
{
    return m_options.tls.has_value();
}

QUrl HttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(isSecure() ? QStringLiteral("https") : QStringLiteral("http"));
    QHostAddress host = address();
    // A wildcard address is not something a client can connect to; loopback is.
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    url.setHost(host.toString());
    url.setPort(port());
    return url;
}

int HttpServer::connectionCount() const
{
    return int(m_connections.size());
}

qint64 HttpServer::unsentBytes() const
{
    qint64 total = 0;
    for (const HttpConnection *connection : m_connections)
        total += connection->unsentBytes();
    return total;
}

void HttpServer::accept(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_options.tls) {
        auto *ssl = new QSslSocket;
        if (ssl->setSocketDescriptor(descriptor)) {
            ssl->setSslConfiguration(*m_options.tls);
            ssl->startServerEncryption();
        }
        socket = ssl;
    } else {
        socket = new QTcpSocket;
        socket->setSocketDescriptor(descriptor);
    }
    if (socket->state() != QAbstractSocket::ConnectedState) {
        socket->abort();
        delete socket;
        return;
    }
    auto *connection = new HttpConnection(this, socket, m_options);
    m_connections.append(connection);
    // Qt may hand over a few more connections from the same wake-up; they are served all the same.
    if (m_connections.size() >= m_options.maxConnections && m_listener) {
        m_listener->pauseAccepting();
        if (!m_atCapacity.isActive())
            m_atCapacity.start();
    }
    const QHostAddress key = shareKey(connection->peer());
    if (key.isNull())
        return;
    // Counted while it lingers refused too: it still holds a slot.
    if (++m_connectionsPerAddress[key] > m_options.maxConnectionsPerAddress) {
        HttpResponse response = HttpResponse::text(503,
            QStringLiteral("This address already has %1 connections open here; close one or retry later.\n")
                .arg(m_options.maxConnectionsPerAddress));
        response.headers.add("Retry-After", "1");
        response.logNote = "refused: connections per address";
        connection->refuse(response);
    }
}

QHostAddress HttpServer::shareKey(const QHostAddress &peer) const
{
    if (m_options.maxConnectionsPerAddress <= 0)
        return {};
    // A dual-stack listener sees IPv4 clients as ::ffff:a.b.c.d: one client, one key.
    bool isIpv4 = false;
    const quint32 ipv4 = peer.toIPv4Address(&isIpv4);
    const QHostAddress key = isIpv4 ? QHostAddress(ipv4) : peer;
    if (key.isLoopback() && !m_options.capLoopbackPeers)
        return {};
    return key;
}

void HttpServer::connectionClosed(HttpConnection *connection)
{
    if (m_connections.removeOne(connection)) {
        const QHostAddress key = shareKey(connection->peer());
        if (!key.isNull()) {
            auto count = m_connectionsPerAddress.find(key);
            if (count != m_connectionsPerAddress.end() && --*count <= 0)
                m_connectionsPerAddress.erase(count);
        }
        connection->deleteLater();
    }
    if (m_listener && m_connections.size() < m_options.maxConnections) {
        m_atCapacity.stop();
        m_listener->resumeAccepting();
    }
}

void HttpServer::makeRoom()
{
    if (!m_listener || m_connections.size() < m_options.maxConnections) {
        m_atCapacity.stop();
        return;
    }
    const int waiting = waitingToConnect();
    if (waiting == 0)
        return;
    QList<HttpConnection *> idle;
    // Not one that has just answered: its client may be writing its next request this moment.
    for (HttpConnection *connection : std::as_const(m_connections))
        if (connection->isIdle() && connection->idleForMs() >= minIdleToCloseMs)
            idle.append(connection);
    std::sort(idle.begin(), idle.end(),
        [](const HttpConnection *a, const HttpConnection *b) { return a->idleForMs() > b->idleForMs(); });
    // As many as wait, no more: each closed costs its client a new connection later.
    for (qsizetype i = 0; i < idle.size() && i < waiting; ++i)
        idle[i]->closeIdle();
}

int HttpServer::waitingToConnect() const
{
    const int descriptor = int(m_listener->socketDescriptor());
#ifdef Q_OS_LINUX
    // For a listening socket, Linux reports the length of its accept queue as tcpi_unacked.
    tcp_info info {};
    socklen_t size = sizeof info;
    if (::getsockopt(descriptor, IPPROTO_TCP, TCP_INFO, &info, &size) == 0)
        return int(info.tcpi_unacked);
#endif
    // Elsewhere: the listening socket is readable while connections wait (accepting is paused, so
    // nothing takes them); one at a time then.
    pollfd listening {descriptor, POLLIN, 0};
    return ::poll(&listening, 1, 0) > 0 && (listening.revents & POLLIN) ? 1 : 0;
}

const HttpServer::Route *HttpServer::findRoute(const QString &path) const
{
    const Route *best = nullptr;
    for (const Route &candidate : m_routes) {
        if (!candidate.prefix) {
            if (candidate.path == path)
                return &candidate;
            continue;
        }
        if (path.startsWith(candidate.path) && (!best || candidate.path.size() > best->path.size()))
            best = &candidate;
    }
    return best;
}

namespace {

const HttpHandler *handlerFor(const QList<QPair<QByteArray, HttpHandler>> &handlers, const QByteArray &method)
{
    for (const auto &entry : handlers) {
        if (entry.first == method)
            return &entry.second;
    }
    return nullptr;
}

QByteArray allowedMethods(const QList<QPair<QByteArray, HttpHandler>> &handlers)
{
    QByteArrayList methods;
    for (const auto &entry : handlers)
        methods.append(entry.first);
    if (methods.contains("GET") && !methods.contains("HEAD"))
        methods.append("HEAD");
    if (!methods.contains("OPTIONS"))
        methods.append("OPTIONS");
    return methods.join(", ");
}

HttpResponse notFound(const QString &path)
{
    return HttpResponse::text(404, QStringLiteral("Nothing here: %1\n").arg(path));
}

HttpResponse methodNotAllowed(const QByteArray &method, const QByteArray &allow)
{
    HttpResponse response = HttpResponse::text(405,
        QStringLiteral("%1 is not allowed here; allowed: %2\n")
            .arg(QString::fromLatin1(method), QString::fromLatin1(allow)));
    response.headers.add("Allow", allow);
    return response;
}

HttpResponse options(const QByteArray &allow)
{
    HttpResponse response = HttpResponse::empty(204);
    response.headers.add("Allow", allow);
    return response;
}

} // namespace

std::optional<HttpResponse> HttpServer::refusal(const HttpRequest &request) const
{
    if (request.target == "*")
        return std::nullopt;
    const Route *found = findRoute(request.path);
    std::optional<HttpResponse> refused;
    if (!found) {
        if (!m_fallback)
            refused = notFound(request.path);
    } else if (!handlerFor(found->handlers, request.method) && request.method != "OPTIONS" &&
        !(request.method == "HEAD" && handlerFor(found->handlers, "GET"))) {
        refused = methodNotAllowed(request.method, allowedMethods(found->handlers));
    }
    if (refused)
        filter(request, *refused);
    return refused;
}

HttpResponse HttpServer::dispatch(const HttpRequest &request) const
{
    // The answers emulate the API's, in its language, whatever the program around speaks: the
    // validator's messages in an error body included.
    const EnglishScope english;
    HttpResponse response = route(request);
    filter(request, response);
    return response;
}

HttpResponse HttpServer::route(const HttpRequest &request) const
{
    if (request.target == "*") {
        if (request.method == "OPTIONS")
            return options("GET, HEAD, POST, PUT, DELETE, OPTIONS");
        return HttpResponse::text(400, QStringLiteral("The target \"*\" is only for OPTIONS.\n"));
    }
    const Route *found = findRoute(request.path);
    if (!found)
        return m_fallback ? m_fallback(request) : notFound(request.path);
    if (const HttpHandler *handler = handlerFor(found->handlers, request.method))
        return (*handler)(request);
    if (request.method == "HEAD") {
        if (const HttpHandler *get = handlerFor(found->handlers, "GET"))
            return (*get)(request);
    }
    const QByteArray allow = allowedMethods(found->handlers);
    if (request.method == "OPTIONS")
        return options(allow);
    return methodNotAllowed(request.method, allow);
}

Result<QSslConfiguration> loadServerTls(const QString &certificatePemPath, const QString &keyPemPath)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificatePemPath, QSsl::Pem);
    if (chain.isEmpty())
        return Error {QStringLiteral("tls.certificate"),
            QStringLiteral("No PEM certificate could be read from %1.").arg(certificatePemPath)};
    QFile keyFile(keyPemPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("tls.key"),
            QStringLiteral("Cannot read the key file %1: %2").arg(keyPemPath, keyFile.errorString())};
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return Error {QStringLiteral("tls.key"),
            QStringLiteral("%1 holds no unencrypted PEM private key (RSA or EC).").arg(keyPemPath)};
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    return configuration;
}

} // namespace ewb
