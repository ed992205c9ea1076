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
// time-outs and "Connection: close".
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    HttpConnection(HttpServer *server, QTcpSocket *socket, const HttpServerOptions &options);
    ~HttpConnection() override;

    // Closes at once, without an answer (the server is closing).
    void abort();

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
    void handle(HttpRequest request);
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
    HttpRequestParser m_parser;
    int m_idleTimeoutMs;
    QTimer m_idleTimer;
    QTimer m_delayTimer;
    QTimer m_lingerTimer;
    // A delayed answer waiting for m_delayTimer; later requests wait behind it.
    bool m_busy = false;
    Answering m_delayedFor;
    HttpResponse m_delayed;
    bool m_closing = false;
    bool m_finished = false;
};

} // namespace ewb
