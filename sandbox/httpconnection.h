// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "httprequestparser.h"
#include "httpresponse.h"
#include "httpserver.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace ewb {

// One client connection of an HttpServer (internal to it): reads requests in order, answers each
// before parsing the next (so pipelined answers keep their order), and closes on errors, idle
// time-outs, request deadlines and "Connection: close". While its answers not yet sent are past
// the server's bound it reads nothing more (backpressure), and gives up when they do not drain.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    HttpConnection(HttpServer *server, QTcpSocket *socket, const HttpServerOptions &options);
    ~HttpConnection() override;

    // Closes at once, without an answer (the server is closing).
    void abort();
    // Answers this before any request is read, then closes (the server refuses the connection).
    void refuse(const HttpResponse &response);
    // The client's address, kept after the socket has forgotten it.
    QHostAddress peer() const { return m_peer; }
    // Bytes written to the socket that the network has not taken yet (TLS: before and after
    // encryption).
    qint64 unsentBytes() const;
    // Kept alive between requests: at least one answered, nothing of the next read or buffered,
    // no answer owed or unsent. HTTP lets a server end such a connection at any time (clients
    // open a new one). One that has not carried a request yet is not idle: its client opened it
    // for a request it is about to send (the official Node library opens them all first, and
    // writes its requests once its own loop lets it), and closing it loses that request to the
    // client's time-out.
    bool isIdle() const;
    // How long it has been idle (meaningful when isIdle()).
    qint64 idleForMs() const { return m_lastActivity.elapsed(); }
    // Ends an idle connection gracefully, to make room for a client waiting to connect.
    void closeIdle();

private:
    // What an answer needs to know of the request it answers.
    struct Answering
    {
        QByteArray method;
        QByteArray version;
        QString path;
        QHostAddress peer;
        qint64 bodyBytes = 0;
        bool keepAlive = true;
    };

    void readAvailable();
    void process();
    bool outputOverBound() const;
    void holdBackReading();
    void someBytesWritten();
    void watchDeadlines();
    void deadlinePassed(const QString &what, int deadlineMs);
    void handle(HttpRequest request);
    // The delayed or deferred answer is ready: sends it and reads on.
    void resume(const HttpResponse &response);
    // A deferred answer still owed: told the connection is going.
    void abandonDeferred();
    void complete(const Answering &answering, const HttpResponse &response);
    void write(const Answering &answering, const HttpResponse &response, bool closeAfter);
    void failAndClose(int status, const QString &message);
    void idleTimedOut();
    void startClosing();
    void finishClosingWhenFlushed();
    void finish();

    HttpServer *m_server;
    QTcpSocket *m_socket;
    bool m_secure;
    QHostAddress m_peer;
    HttpRequestParser m_parser;
    int m_idleTimeoutMs;
    int m_headDeadlineMs;
    int m_requestDeadlineMs;
    qint64 m_maxUnsentBytes;
    int m_drainDeadlineMs;
    QTimer m_idleTimer;
    // From a request's first byte; stopped when its head, or the whole request, is in.
    QTimer m_headTimer;
    QTimer m_requestTimer;
    // While the answers not yet sent are past m_maxUnsentBytes.
    QTimer m_drainTimer;
    bool m_readingHeldBack = false;
    QTimer m_delayTimer;
    QTimer m_lingerTimer;
    QElapsedTimer m_lastActivity; // since the last bytes read or the last answer written
    qint64 m_answered = 0;
    // A delayed answer waiting for m_delayTimer, or a deferred one for its handler; later requests
    // wait behind it.
    bool m_busy = false;
    Answering m_delayedFor;
    HttpResponse m_delayed;
    HttpDeferredHandle m_deferred;
    bool m_closing = false;
    bool m_finished = false;
};

} // namespace ewb
