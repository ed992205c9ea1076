// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "connectionprobe.h"

#include "apirequest.h"
#include "failureexplanation.h"

#include <QEventLoop>
#include <QTimer>

namespace ewb {

namespace {

Result<OutgoingRequest> buildFor(const QUrl &baseUrl, const QString &key, JsonObject body)
{
    ApiRequestBuilder builder(baseUrl, key);
    builder.setStrictMode(true).setTimeout(std::chrono::seconds(15)).setRetryPolicy(RetryPolicy::none());
    return builder.build(Payload(CallType::Track, std::move(body)));
}

ProbeResult verdict(ProbeVerdict v, bool success, QString title, QString whatToDo)
{
    ProbeResult r;
    r.verdict = v;
    r.success = success;
    r.title = std::move(title);
    r.whatToDo = std::move(whatToDo);
    return r;
}

} // namespace

Result<OutgoingRequest> buildProbeRequest(const QUrl &baseUrl, const QString &key)
{
    // No "event": invalid for every Customer.io endpoint, so strict mode refuses it and stores nothing.
    JsonObject body;
    body.insert(QStringLiteral("userId"), QString::fromLatin1(probeUserId));
    JsonObject properties;
    properties.insert(QStringLiteral("purpose"),
        QStringLiteral("Event Workbench key check: deliberately invalid, expected to be refused"));
    body.insert(QStringLiteral("properties"), std::move(properties));
    return buildFor(baseUrl, key, std::move(body));
}

Result<OutgoingRequest> buildTestEventRequest(const QUrl &baseUrl, const QString &key)
{
    JsonObject body;
    body.insert(QStringLiteral("userId"), QString::fromLatin1(probeUserId));
    body.insert(QStringLiteral("event"), QString::fromLatin1(testEventName));
    JsonObject properties;
    properties.insert(QStringLiteral("sentBy"), QStringLiteral("Event Workbench"));
    body.insert(QStringLiteral("properties"), std::move(properties));
    return buildFor(baseUrl, key, std::move(body));
}

ProbeResult interpretProbe(const HttpResult &http)
{
    ProbeResult r;
    switch (http.networkError) {
    case NetworkErrorKind::None: break;
    case NetworkErrorKind::Tls:
        r = verdict(ProbeVerdict::TlsFailure, false, http.headline,
            ConnectionProbe::tr("%1 The key was not sent.").arg(http.explanation));
        break;
    case NetworkErrorKind::Timeout:
        r = verdict(ProbeVerdict::Timeout, false, http.headline,
            ConnectionProbe::tr("%1 Check the URL and your network, then test again.").arg(http.explanation));
        break;
    case NetworkErrorKind::Cancelled:
        r = verdict(ProbeVerdict::Cancelled, false, ConnectionProbe::tr("Test cancelled"), QString());
        break;
    case NetworkErrorKind::InvalidRequest:
        r = verdict(ProbeVerdict::Unexpected, false, http.headline, http.explanation);
        break;
    default:
        r = verdict(ProbeVerdict::NetworkFailure, false, http.headline,
            ConnectionProbe::tr("%1 The key could not be checked.").arg(http.explanation));
        break;
    }
    if (http.networkError != NetworkErrorKind::None) {
        r.http = http;
        return r;
    }
    const int s = http.status;
    if (s == 400)
        r = verdict(ProbeVerdict::KeyAccepted, true, ConnectionProbe::tr("Key accepted"),
            ConnectionProbe::tr("The API recognized the key and refused the deliberately invalid test call, "
                                "so nothing was stored. Calls sent with this source will be accepted in "
                                "this region."));
    else if (s == 401)
        r = verdict(ProbeVerdict::KeyRejected, false,
            ConnectionProbe::tr("Key rejected: wrong key or wrong region"),
            ConnectionProbe::tr("The API did not accept the key. Check that it is this source's API key, "
                                "copied whole, and check the region: a key only works in its workspace's "
                                "region (US or EU)."));
    else if (s >= 200 && s < 300)
        r = verdict(ProbeVerdict::StrictModeIgnored, false,
            ConnectionProbe::tr("Strict mode ignored: cannot tell whether the key works"),
            ConnectionProbe::tr(
                "An invalid call in strict mode was answered %1, which Customer.io never does. "
                "The URL probably points at something else (a proxy, a mock server or "
                "another service). Check the base URL.")
                .arg(s));
    else if (s == 404 || (s >= 300 && s < 400))
        r = verdict(ProbeVerdict::WrongUrl, false, ConnectionProbe::tr("Wrong URL"), http.explanation);
    else if (s == 403)
        r = verdict(
            ProbeVerdict::Forbidden, false, ConnectionProbe::tr("Access forbidden"), http.explanation);
    else if (s == 429)
        r = verdict(ProbeVerdict::RateLimited, false,
            ConnectionProbe::tr("Rate limited: the key was not checked"), http.explanation);
    else if (s >= 500)
        r = verdict(ProbeVerdict::ServerError, false,
            ConnectionProbe::tr("Server trouble: the key was not checked"), http.explanation);
    else
        r = verdict(ProbeVerdict::Unexpected, false,
            ConnectionProbe::tr("Unexpected answer: %1").arg(http.headline), http.explanation);
    r.http = http;
    return r;
}

void addTestEventOutcome(ProbeResult &probe, const HttpResult &testEvent)
{
    probe.testEvent = testEvent;
    if (testEvent.isSuccess())
        probe.whatToDo =
            ConnectionProbe::tr("%1 A test event \"%2\" for the user \"%3\" was sent and accepted: "
                                "it should appear in the source's data in Customer.io shortly.")
                .arg(probe.whatToDo, QLatin1String(testEventName), QLatin1String(probeUserId));
    else
        probe.whatToDo = ConnectionProbe::tr("%1 The test event could not be sent: %2. %3")
                             .arg(probe.whatToDo, testEvent.headline, testEvent.explanation);
}

ConnectionProbe::ConnectionProbe(HttpClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    connect(m_client, &HttpClient::finished, this, &ConnectionProbe::onFinished);
}

void ConnectionProbe::start(const QUrl &baseUrl, const QString &key, bool sendTestEvent)
{
    cancel();
    m_baseUrl = baseUrl;
    m_key = key;
    m_sendTestEvent = sendTestEvent;
    m_sendingTestEvent = false;
    m_result = {};
    auto request = buildProbeRequest(baseUrl, key);
    if (!request) {
        ProbeResult r = verdict(ProbeVerdict::Unexpected, false,
            ConnectionProbe::tr("Cannot test this source"), request.error().message);
        QTimer::singleShot(0, this, [this, r] { emit finished(r); });
        return;
    }
    m_requestId = m_client->send(std::move(request).value());
}

void ConnectionProbe::cancel()
{
    if (m_requestId != 0)
        m_client->cancel(m_requestId);
}

void ConnectionProbe::onFinished(HttpClient::RequestId id, const HttpResult &result)
{
    if (id != m_requestId || id == 0)
        return;
    m_requestId = 0;
    if (m_sendingTestEvent) {
        m_sendingTestEvent = false;
        addTestEventOutcome(m_result, result);
        m_key.clear();
        emit finished(m_result);
        return;
    }
    m_result = interpretProbe(result);
    if (m_sendTestEvent && m_result.success) {
        if (auto request = buildTestEventRequest(m_baseUrl, m_key)) {
            m_sendingTestEvent = true;
            m_requestId = m_client->send(std::move(request).value());
            return;
        }
    }
    m_key.clear();
    emit finished(m_result);
}

ProbeResult ConnectionProbe::runAndWait(
    HttpClient *client, const QUrl &baseUrl, const QString &key, bool sendTestEvent)
{
    ConnectionProbe probe(client);
    QEventLoop loop;
    std::optional<ProbeResult> out;
    connect(&probe, &ConnectionProbe::finished, &loop, [&](const ProbeResult &r) {
        out = r;
        loop.quit();
    });
    probe.start(baseUrl, key, sendTestEvent);
    if (!out)
        loop.exec();
    return std::move(*out);
}

} // namespace ewb
