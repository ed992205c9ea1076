// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "apirequest.h"

#include <QCoreApplication>

namespace ewb {

namespace {
// The translation context of this file's messages.
class ApiRequest
{
    Q_DECLARE_TR_FUNCTIONS(ewb::ApiRequest)
};
} // namespace

QByteArray basicAuthorization(const QString &key)
{
    return "Basic " + QByteArray(key.toUtf8() + ':').toBase64();
}

QUrl endpointUrl(const QUrl &baseUrl, CallType type)
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + callTypePath(type));
    return url;
}

QByteArray userAgent()
{
    return QByteArrayLiteral("event-workbench/" EWB_VERSION);
}

Result<OutgoingRequest> ApiRequestBuilder::build(const Payload &payload) const
{
    return build(payload.type(), payload.toWire());
}

Result<OutgoingRequest> ApiRequestBuilder::build(CallType type, QByteArray body) const
{
    if (m_key.isEmpty())
        return Error {QStringLiteral("request.no-key"),
            ApiRequest::tr("No API key: give the source's API key (from Customer.io, Data Pipelines, "
                           "the source's settings)")};
    for (QChar c : m_key) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QLatin1Char(':'))
            return Error {QStringLiteral("request.bad-key"),
                ApiRequest::tr("The API key contains a line break, a control character or ':'; "
                               "paste the key alone")};
    }
    const QString scheme = m_baseUrl.scheme().toLower();
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return Error {QStringLiteral("request.bad-url"),
            ApiRequest::tr("The base URL \"%1\" is not an http:// or https:// URL")
                .arg(m_baseUrl.toString(QUrl::RemoveUserInfo))};
    OutgoingRequest request;
    request.method = "POST";
    request.url = endpointUrl(m_baseUrl, type);
    request.headers = {
        {"Content-Type", "application/json"},
        {"Authorization", basicAuthorization(m_key)},
        {"User-Agent", userAgent()},
    };
    request.body = std::move(body);
    request.timeout = m_timeout;
    request.strictMode = m_strictMode;
    request.retry = m_retry;
    return request;
}

} // namespace ewb
