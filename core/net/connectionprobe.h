// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "httpclient.h"
#include "httpresult.h"
#include "util/result.h"

#include <QObject>
#include <QUrl>

#include <optional>

namespace ewb {

// Test Connection. Nothing in the API says "this key is valid" without sending data, so the probe
// sends, in strict mode, a track call that is deliberately invalid (no "event") for a clearly named
// test user: a valid key earns 400 and nothing is stored, a bad key 401. On request it then sends one
// real, clearly named event ("Event Workbench Test Connection").
enum class ProbeVerdict {
    KeyAccepted, // 400 to the invalid call: the key and the URL are right
    KeyRejected, // 401: wrong key or wrong region
    StrictModeIgnored, // 200 to an invalid strict call: not Customer.io, or a proxy in between
    WrongUrl, // 404 (or a redirect)
    Forbidden, // 403
    RateLimited, // 429
    ServerError, // 5xx
    NetworkFailure, // refused, DNS, closed connection, proxy
    TlsFailure,
    Timeout,
    Cancelled,
    Unexpected, // any other answer
};

struct ProbeResult
{
    ProbeVerdict verdict = ProbeVerdict::Unexpected;
    bool success = false; // the key works with this URL
    QString title; // "Key accepted", "Key rejected: wrong key or wrong region", ...
    QString whatToDo; // plain words: what this means and what to do next
    HttpResult http; // the probe's own request and answer
    std::optional<HttpResult> testEvent; // when a real test event was asked for and sent
};

inline constexpr const char probeUserId[] = "event-workbench-test-connection";
inline constexpr const char testEventName[] = "Event Workbench Test Connection";

// The deliberately invalid call and the real test event, as requests (strict mode, one attempt,
// a 15 s timeout). Fail like ApiRequestBuilder::build on a bad key or URL.
Result<OutgoingRequest> buildProbeRequest(const QUrl &baseUrl, const QString &key);
Result<OutgoingRequest> buildTestEventRequest(const QUrl &baseUrl, const QString &key);

// What a probe's answer means. Pure, tested from a table.
ProbeResult interpretProbe(const HttpResult &http);
// Adds the outcome of the real test event to a probe result.
void addTestEventOutcome(ProbeResult &probe, const HttpResult &testEvent);

// Runs the probe (and the test event when asked) through a client; reports finished() once.
class ConnectionProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionProbe)

public:
    // client must outlive the probe.
    explicit ConnectionProbe(HttpClient *client, QObject *parent = nullptr);

    // Starts; finished() follows later. A bad key or URL finishes with Unexpected and the reason.
    // Starting while a test runs cancels it first (it reports Cancelled). The key is forgotten
    // once the test ends.
    void start(const QUrl &baseUrl, const QString &key, bool sendTestEvent = false);
    void cancel();
    bool isRunning() const { return m_requestId != 0; }

    // Runs and waits in a local QEventLoop, for the command line.
    static ProbeResult runAndWait(
        HttpClient *client, const QUrl &baseUrl, const QString &key, bool sendTestEvent = false);

signals:
    void finished(const ewb::ProbeResult &result);

private:
    void onFinished(HttpClient::RequestId id, const HttpResult &result);

    HttpClient *m_client;
    HttpClient::RequestId m_requestId = 0;
    bool m_sendTestEvent = false;
    bool m_sendingTestEvent = false;
    QUrl m_baseUrl;
    QString m_key;
    ProbeResult m_result;
};

} // namespace ewb
