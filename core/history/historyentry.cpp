// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "historyentry.h"

#include "net/redaction.h"

namespace ewb {

HistoryEntry HistoryEntry::fromExchange(const OutgoingRequest &request, const HttpResult &result,
    CallType type, const QString &sourceName, const QString &environmentName, const QDateTime &sentAt,
    const SecretMask &secrets)
{
    HistoryEntry e;
    e.sentAt = sentAt.toUTC();
    e.type = type;
    e.sourceName = sourceName;
    e.environmentName = environmentName;
    e.method = request.method;
    e.url = secrets.apply(request.url.toString());
    e.requestHeaders = redactedHeaders(request.headers);
    for (auto &header : e.requestHeaders)
        header.second = secrets.apply(header.second);
    if (request.strictMode && request.header("X-Strict-Mode").isEmpty())
        e.requestHeaders.append({QByteArray("X-Strict-Mode"), QByteArray("1")});
    e.requestBody = secrets.apply(redactWriteKeys(request.body));
    e.status = result.status;
    e.headline = result.headline;
    e.responseHeaders = result.headers;
    for (auto &header : e.responseHeaders)
        header.second = secrets.apply(header.second);
    e.responseBody = secrets.apply(result.body);
    e.headline = secrets.apply(e.headline);
    if (result.timeToHeaders)
        e.timeToHeadersMs = result.timeToHeaders->count();
    e.totalMs = result.totalTime.count();
    e.bytesUp = result.bytesUp;
    e.bytesDown = result.bytesDown;
    e.attempts = int(result.attempts.size());
    return e;
}

} // namespace ewb
