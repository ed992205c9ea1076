#pragma once

#include "httprequestparser.h"
#include "httpresponse.h"
#include "httpserver.h"

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
