// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "sandbox/httpserver.h"
#include "util/result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

namespace ewb::test {

// One canned answer of a ScriptedServer.
struct ScriptedResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body = "{}";
    int delayMs = 0; // wait this long before answering (or dropping)
    bool drop = false; // close the connection without an answer
    bool silent = false; // never answer (until the server goes away)

    static ScriptedResponse json(int status, QByteArray body = "{}") { return {status, {}, std::move(body)}; }
    static ScriptedResponse withHeader(int status, QByteArray name, QByteArray value)
    {
        ScriptedResponse r {status, {}, "{}"};
        r.headers.append({std::move(name), std::move(value)});
        return r;
    }
    static ScriptedResponse dropped() { return {0, {}, {}, 0, true}; }
    static ScriptedResponse neverAnswers() { return {0, {}, {}, 0, false, true}; }
};

// A request as the server received it.
struct ReceivedRequest
{
    QByteArray method;
    QByteArray target; // "/v1/track"
    QByteArray version; // "HTTP/1.1"
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case, in arrival order
    QByteArray body;
    qint64 arrivedNs = 0; // on the server's monotonic clock, from listen()
    QDateTime arrivedAt; // wall clock, for HTTP-date Retry-After checks

    QByteArray header(QByteArrayView name) const;
    int headerCount(QByteArrayView name) const;
    // The request's size on the wire (HTTP/1.1 head + body), from what was parsed.
    qint64 wireBytes() const;
};

// A loopback HTTP(S) server for client tests, on the sandbox's HttpServer: answers every request,
// whatever its path, with the next queued response (then with the fallback, 200 "{}"), and records
// what it received. Real sockets; nothing is mocked.
class ScriptedServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedServer)

public:
    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    Status listen(std::optional<QSslConfiguration> tls = std::nullopt);
    QUrl baseUrl() const; // "http://127.0.0.1:PORT" (or https)
    QUrl url(const QString &path) const;

    void enqueue(ScriptedResponse response) { m_queue.append(std::move(response)); }
    void setFallback(ScriptedResponse response) { m_fallback = std::move(response); }

    const QList<ReceivedRequest> &received() const { return m_received; }
    int receivedCount() const { return int(m_received.size()); }

    // What the server writes for a response (HTTP/1.1 head + body), to compare byte counts with.
    static qint64 responseWireBytes(const ScriptedResponse &response);

private:
    HttpResponse answer(const HttpRequest &request);

    HttpServer m_server;
    QElapsedTimer m_clock;
    QList<ScriptedResponse> m_queue;
    ScriptedResponse m_fallback;
    QList<ReceivedRequest> m_received;
};

// A self-signed certificate and its key, made with openssl into dir, for TLS tests. commonName and
// the subjectAltName entries (e.g. "IP:127.0.0.1", "DNS:localhost") say whom it is for.
struct TestCertificate
{
    QString certificatePath;
    QString keyPath;
};
Result<TestCertificate> makeSelfSignedCertificate(
    const QString &dir, const QString &commonName, const QStringList &altNames);

} // namespace ewb::test
