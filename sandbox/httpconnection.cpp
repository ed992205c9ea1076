// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "httpconnection.h"

#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <utility>

namespace ewb {

namespace {
// Bytes a connection buffers from its socket while an answer is delayed; past that, TCP flow
// control holds the client back.
constexpr qint64 socketReadBuffer = 256 * 1024;
// After an answer that closes the connection, how long to keep reading (and discarding) what the
// client still sends, so that it reads the answer instead of a reset.
constexpr int lingerMs = 1000;

// A request's last segment can wait in the client's TCP until ours acknowledges the one before
// (Nagle's algorithm, on in clients that leave TCP_NODELAY off, Qt's among them), while ours
// delays that acknowledgement for up to 40 ms in the hope of a reply to carry it: every large
// request then stalled 40 ms for nothing (a backfill spent most of its time so). Acknowledging at
// once, after every read, ends the wait; the flag is one-shot, so it is set each time.
void acknowledgeAtOnce(QTcpSocket *socket)
{
#ifdef TCP_QUICKACK
    const int one = 1;
    setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#else
    Q_UNUSED(socket)
#endif
}
} // namespace

HttpConnection::HttpConnection(HttpServer *server, QTcpSocket *socket, const HttpServerOptions &options)
    : QObject(server), m_server(server), m_socket(socket), m_secure(options.tls.has_value()),
      m_peer(socket->peerAddress()), m_parser(options.limits), m_idleTimeoutMs(options.idleTimeoutMs),
      m_headDeadlineMs(options.headDeadlineMs), m_requestDeadlineMs(options.requestDeadlineMs),
      m_maxUnsentBytes(options.maxUnsentBytes), m_drainDeadlineMs(options.drainDeadlineMs)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(socketReadBuffer);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);

    for (QTimer *timer :
        {&m_idleTimer, &m_delayTimer, &m_lingerTimer, &m_headTimer, &m_requestTimer, &m_drainTimer})
        timer->setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::idleTimedOut);
    connect(&m_lingerTimer, &QTimer::timeout, this, [this] { m_socket->abort(); });
    connect(&m_headTimer, &QTimer::timeout, this,
        [this] { deadlinePassed(QStringLiteral("The request's head"), m_headDeadlineMs); });
    connect(&m_requestTimer, &QTimer::timeout, this,
        [this] { deadlinePassed(QStringLiteral("The request"), m_requestDeadlineMs); });
    // Its answers are not being read: nothing more is owed to this client.
    connect(&m_drainTimer, &QTimer::timeout, this, [this] { m_socket->abort(); });
    connect(
        &m_delayTimer, &QTimer::timeout, this, [this] { resume(std::exchange(m_delayed, HttpResponse())); });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::someBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::someBytesWritten);
        // A failed handshake ends the connection; the client's TLS stack tells its user why.
        connect(ssl, &QSslSocket::sslErrors, this, [this] { m_socket->abort(); });
    }
    m_idleTimer.start(m_idleTimeoutMs);
    m_lastActivity.start();
}

HttpConnection::~HttpConnection()
{
    abandonDeferred();
}

void HttpConnection::abort()
{
    m_finished = true; // the server is dropping us itself
    for (QTimer *timer : {&m_idleTimer, &m_delayTimer, &m_headTimer, &m_requestTimer, &m_drainTimer})
        timer->stop();
    abandonDeferred();
    m_socket->abort();
}

void HttpConnection::refuse(const HttpResponse &response)
{
    complete(Answering {QByteArray(), "HTTP/1.1", QString(), m_peer, 0, false}, response);
}

bool HttpConnection::isIdle() const
{
    return m_answered > 0 && !m_busy && !m_closing && !m_finished && !m_readingHeldBack &&
        !m_parser.requestStarted() && m_socket->bytesAvailable() == 0 && unsentBytes() == 0;
}

void HttpConnection::closeIdle()
{
    if (!isIdle())
        return;
    m_closing = true; // whatever arrives from now on is not read
    for (QTimer *timer : {&m_idleTimer, &m_headTimer, &m_requestTimer, &m_drainTimer})
        timer->stop();
    m_lingerTimer.start(lingerMs);
    m_socket->disconnectFromHost();
}

qint64 HttpConnection::unsentBytes() const
{
    qint64 bytes = m_socket->bytesToWrite();
    if (const auto *ssl = qobject_cast<const QSslSocket *>(m_socket))
        bytes += ssl->encryptedBytesToWrite();
    return bytes;
}

void HttpConnection::readAvailable()
{
    if (m_finished)
        return;
    acknowledgeAtOnce(m_socket);
    if (m_closing) {
        m_socket->readAll(); // discarded: the answer is already out
        return;
    }
    // Held back, the bytes stay in the socket's bounded buffer and TCP flow control stops the client.
    if (m_busy || m_readingHeldBack || m_socket->bytesAvailable() == 0)
        return;
    m_parser.append(m_socket->readAll());
    m_idleTimer.start(m_idleTimeoutMs);
    m_lastActivity.start();
    process();
}

void HttpConnection::process()
{
    while (!m_busy && !m_closing && !m_finished) {
        if (outputOverBound()) {
            holdBackReading();
            return;
        }
        switch (m_parser.advance()) {
        case HttpRequestParser::Step::NeedMore: watchDeadlines(); return;
        case HttpRequestParser::Step::HeadReady: {
            m_headTimer.stop();
            const HttpRequest &head = m_parser.current();
            const QByteArray expect = head.header("expect");
            if (expect.isEmpty())
                break;
            if (expect.compare("100-continue", Qt::CaseInsensitive) != 0) {
                failAndClose(417, QStringLiteral("Only \"Expect: 100-continue\" is understood."));
                return;
            }
            if (!m_parser.expectsMoreBody() || head.version != "HTTP/1.1")
                break;
            // The point of 100-continue: refuse before the client sends a body we would not use.
            if (std::optional<HttpResponse> refusal = m_server->refusal(head)) {
                Answering answering {head.method, head.version, head.path, m_peer, 0, false};
                complete(answering, *refusal);
                return;
            }
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            break;
        }
        case HttpRequestParser::Step::RequestReady:
            m_headTimer.stop();
            m_requestTimer.stop();
            handle(m_parser.takeRequest());
            break;
        case HttpRequestParser::Step::Failed:
            failAndClose(m_parser.failure().status, m_parser.failure().message);
            return;
        }
    }
}

bool HttpConnection::outputOverBound() const
{
    return unsentBytes() > m_maxUnsentBytes;
}

void HttpConnection::holdBackReading()
{
    m_readingHeldBack = true;
    // The client is not reading: its silence is not idleness, and a request it is sending meanwhile
    // is not late (its deadlines start again once reading resumes). The drain deadline stands in.
    m_idleTimer.stop();
    m_headTimer.stop();
    m_requestTimer.stop();
    if (!m_drainTimer.isActive())
        m_drainTimer.start(m_drainDeadlineMs);
}

void HttpConnection::someBytesWritten()
{
    if (m_finished)
        return;
    if (m_closing) {
        finishClosingWhenFlushed();
        return;
    }
    if (outputOverBound())
        return;
    m_drainTimer.stop();
    if (!m_busy)
        m_idleTimer.start(m_idleTimeoutMs); // bytes are moving
    if (m_readingHeldBack) {
        m_readingHeldBack = false;
        process();
        readAvailable();
    }
}

void HttpConnection::watchDeadlines()
{
    if (!m_parser.requestStarted())
        return;
    if (!m_requestTimer.isActive())
        m_requestTimer.start(m_requestDeadlineMs);
    if (!m_parser.expectsMoreBody() && !m_headTimer.isActive())
        m_headTimer.start(m_headDeadlineMs);
}

void HttpConnection::deadlinePassed(const QString &what, int deadlineMs)
{
    if (m_busy || m_closing || m_finished)
        return;
    failAndClose(408,
        QStringLiteral("%1 did not arrive in full within %2 ms of its first byte.")
            .arg(what)
            .arg(deadlineMs));
}

void HttpConnection::handle(HttpRequest request)
{
    request.peerAddress = m_peer;
    request.peerPort = m_socket->peerPort();
    request.secure = m_secure;
    HttpResponse response = m_server->dispatch(request);
    Answering answering {
        request.method, request.version, request.path, m_peer, request.body.size(), request.keepAlive()};
    if (response.deferred) {
        m_busy = true;
        m_idleTimer.stop();
        m_delayedFor = std::move(answering);
        m_deferred = response.deferred;
        // Queued: the answer may be given from inside another connection's handler (an event
        // arrives, a waiting expect is met), which must not run this connection's next request.
        m_deferred->attach([connection = QPointer<HttpConnection>(this)](HttpResponse answer) {
            if (!connection)
                return;
            QMetaObject::invokeMethod(
                connection.data(),
                [connection, answer = std::move(answer)] {
                    if (connection) {
                        connection->m_deferred.reset();
                        connection->resume(answer);
                    }
                },
                Qt::QueuedConnection);
        });
        return;
    }
    if (response.delayMs > 0) {
        m_busy = true;
        m_idleTimer.stop();
        m_delayedFor = std::move(answering);
        m_delayed = std::move(response);
        m_delayTimer.start(m_delayed.delayMs);
        return;
    }
    complete(answering, response);
}

void HttpConnection::resume(const HttpResponse &response)
{
    m_busy = false;
    complete(m_delayedFor, response);
    if (!m_closing && !m_finished) {
        process();
        readAvailable();
    }
}

void HttpConnection::abandonDeferred()
{
    if (HttpDeferredHandle deferred = std::exchange(m_deferred, nullptr))
        deferred->abandon();
}

void HttpConnection::complete(const Answering &answering, const HttpResponse &response)
{
    if (m_finished)
        return;
    if (response.action == HttpResponse::Action::DropConnection) {
        emit m_server->exchanged(HttpExchange {
            answering.peer, answering.method, answering.path, 0, answering.bodyBytes, 0, response.logNote});
        m_socket->abort();
        return;
    }
    const bool handlerCloses =
        response.headers.value("connection").compare("close", Qt::CaseInsensitive) == 0;
    const bool closeAfter = !answering.keepAlive || handlerCloses;
    write(answering, response, closeAfter);
    ++m_answered;
    emit m_server->exchanged(HttpExchange {answering.peer, answering.method, answering.path, response.status,
        answering.bodyBytes, response.body.size(), response.logNote});
    if (closeAfter) {
        startClosing();
        return;
    }
    if (outputOverBound() && !m_drainTimer.isActive())
        m_drainTimer.start(m_drainDeadlineMs);
    // Idle from now: the timer ran while the handler worked (validating a large batch takes a
    // while), and expiring then it closed the connection right after its answer.
    m_idleTimer.start(m_idleTimeoutMs);
    m_lastActivity.start();
}

void HttpConnection::write(const Answering &answering, const HttpResponse &response, bool closeAfter)
{
    const bool bodyAllowed = response.status >= 200 && response.status != 204 && response.status != 304;
    const bool sendBody = bodyAllowed && answering.method != "HEAD";
    QByteArray out;
    out.reserve(160 + (sendBody ? response.body.size() : 0));
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
        HttpResponse::reasonPhrase(response.status) + "\r\n";
    for (const HttpHeaders::Field &field : response.headers.fields()) {
        if (field.name.compare("content-length", Qt::CaseInsensitive) == 0 ||
            field.name.compare("connection", Qt::CaseInsensitive) == 0)
            continue;
        out += field.name + ": " + field.value + "\r\n";
    }
    if (bodyAllowed)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (closeAfter)
        out += "Connection: close\r\n";
    else if (answering.version == "HTTP/1.0")
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (sendBody)
        out += response.body;
    m_socket->write(out);
    // Out now, not on the next turn of the event loop: a client that half-closed after its request
    // (nc -N, a shell's here-doc) has its end of stream read in the same turn, and Qt then closes
    // the socket, the answer still unsent.
    m_socket->flush();
}

void HttpConnection::failAndClose(int status, const QString &message)
{
    HttpResponse response = HttpResponse::text(status, message + u'\n');
    const HttpRequest &head = m_parser.current();
    m_server->filter(head, response);
    Answering answering {head.method, head.version.isEmpty() ? QByteArray("HTTP/1.1") : head.version,
        head.path, m_peer, 0, false};
    complete(answering, response);
}

void HttpConnection::idleTimedOut()
{
    if (m_busy || m_closing || m_finished)
        return;
    if (m_parser.inMiddleOfRequest()) {
        failAndClose(
            408, QStringLiteral("The request did not arrive in full within %1 ms.").arg(m_idleTimeoutMs));
        return;
    }
    m_socket->disconnectFromHost();
}

void HttpConnection::startClosing()
{
    m_closing = true;
    for (QTimer *timer : {&m_idleTimer, &m_headTimer, &m_requestTimer, &m_drainTimer})
        timer->stop();
    m_lingerTimer.start(lingerMs);
    if (qobject_cast<QSslSocket *>(m_socket)) {
        // TLS needs its own close_notify: Qt sends it after the pending data.
        m_socket->disconnectFromHost();
        return;
    }
    m_socket->flush();
    finishClosingWhenFlushed();
}

void HttpConnection::finishClosingWhenFlushed()
{
    if (!m_closing || m_finished || m_socket->bytesToWrite() > 0 || qobject_cast<QSslSocket *>(m_socket))
        return;
    // Half-close: the client reads our answer and then the end of the stream, while whatever it is
    // still sending is read and discarded until it closes or the linger time runs out.
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    for (QTimer *timer :
        {&m_idleTimer, &m_delayTimer, &m_lingerTimer, &m_headTimer, &m_requestTimer, &m_drainTimer})
        timer->stop();
    abandonDeferred();
    m_server->connectionClosed(this);
}

} // namespace ewb
