// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "httpresult.h"
#include "outgoingrequest.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>

#include <memory>
#include <unordered_map>

class QNetworkAccessManager;

namespace ewb {

class Clock;

// Sends OutgoingRequest values through a QNetworkAccessManager that the caller owns and passes in (never
// a global one), and reports each as one HttpResult value.
//
// For every attempt: the request's timeout is its deadline; TLS peers are always verified (there is
// no switch to turn it off; tests may add a trusted CA); HTTP/1.1 only, no cookies, no cache, no
// redirects followed. Failed attempts are retried per the request's RetryPolicy (429, 5xx, network
// failures; never 400/401/403/404/413), waiting exponential backoff with jitter or the server's
// Retry-After. The result carries every attempt and a plain-words explanation.
//
// Every wait, deadline and duration is the clock's (util/clock.h): the system clock unless one is
// passed in, so tests drive a manual clock instead of waiting; the sockets stay real.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using RequestId = quint64;

    // manager (and clock) must outlive this client.
    explicit HttpClient(QNetworkAccessManager *manager, QObject *parent = nullptr);
    HttpClient(QNetworkAccessManager *manager, Clock &clock, QObject *parent = nullptr);
    ~HttpClient() override;

    // Starts sending; finished(id, result) follows, always later (never inside this call), exactly once.
    RequestId send(OutgoingRequest request);
    // Stops a request; its finished() (with NetworkErrorKind::Cancelled) is emitted before this
    // returns. False when the id is unknown or already finished.
    bool cancel(RequestId id);
    int pendingCount() const { return int(m_pending.size()); }

    // Sends and waits in a local QEventLoop: for the command line, not for GUI code.
    HttpResult sendAndWait(OutgoingRequest request);

    // Certificates trusted in addition to the system's, for a test server or a private CA. Peer
    // verification itself stays on.
    void addTrustedCaCertificates(const QList<QSslCertificate> &certificates);

signals:
    // An attempt failed and another follows after waitMs.
    void retrying(ewb::HttpClient::RequestId id, const ewb::AttemptOutcome &failed, qint64 waitMs);
    void finished(ewb::HttpClient::RequestId id, const ewb::HttpResult &result);

private:
    struct Pending;

    void startAttempt(RequestId id);
    void attemptFinished(RequestId id);
    void finish(RequestId id);

    QNetworkAccessManager *m_manager;
    Clock &m_clock;
    QList<QSslCertificate> m_extraCaCertificates;
    std::unordered_map<RequestId, std::unique_ptr<Pending>> m_pending;
    RequestId m_nextId = 1;
};

} // namespace ewb
