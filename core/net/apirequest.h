// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "model/payload.h"
#include "outgoingrequest.h"
#include "util/result.h"

#include <QUrl>

namespace ewb {

// Builds the request the Data Pipelines API expects for a payload:
//   POST {baseUrl}/{type}          (/identify, /track, ..., /batch)
//   Content-Type: application/json
//   Authorization: Basic base64("<key>:")   (the key is the user name, the password is blank)
//   User-Agent: event-workbench/<version>
//   X-Strict-Mode: 1               (when strictMode; HttpClient adds it from OutgoingRequest::strictMode)
// and the payload's exact wire bytes as the body. Fails when the key is empty or holds characters
// that cannot go in a header (line breaks, ':'), or when the base URL is not http(s).
class ApiRequestBuilder
{
public:
    ApiRequestBuilder(QUrl baseUrl, QString key) : m_baseUrl(std::move(baseUrl)), m_key(std::move(key)) { }

    ApiRequestBuilder &setStrictMode(bool on)
    {
        m_strictMode = on;
        return *this;
    }
    ApiRequestBuilder &setTimeout(std::chrono::milliseconds timeout)
    {
        m_timeout = timeout;
        return *this;
    }
    ApiRequestBuilder &setRetryPolicy(const RetryPolicy &policy)
    {
        m_retry = policy;
        return *this;
    }

    Result<OutgoingRequest> build(const Payload &payload) const;
    // A body already written (a backfill's batch, joined from its calls' bytes): the same request.
    Result<OutgoingRequest> build(CallType type, QByteArray body) const;

private:
    QUrl m_baseUrl;
    QString m_key;
    bool m_strictMode = true;
    std::chrono::milliseconds m_timeout = OutgoingRequest().timeout;
    RetryPolicy m_retry;
};

// "Basic " + base64("<key>:").
QByteArray basicAuthorization(const QString &key);
// {baseUrl}/{type}, with exactly one slash between them.
QUrl endpointUrl(const QUrl &baseUrl, CallType type);
// "event-workbench/<version>".
QByteArray userAgent();

} // namespace ewb
