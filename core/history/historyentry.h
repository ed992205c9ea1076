// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "model/calltype.h"
#include "net/httpresult.h"
#include "net/outgoingrequest.h"
#include "variables/secretmask.h"

#include <QDateTime>

#include <optional>

namespace ewb {

// One send as history keeps it: the request as sent (Authorization redacted: the key is never
// stored), the answer, timings, where it went and with which environment. A value.
struct HistoryEntry
{
    qint64 id = 0; // given by HistoryStore::add
    QDateTime sentAt; // UTC, millisecond precision
    CallType type = CallType::Track;
    QString requestName; // the saved request's name, when it was one
    QString sourceName; // the source's name, or the base URL
    QString environmentName;
    QByteArray method = "POST";
    QString url;
    HeaderList requestHeaders;
    QByteArray requestBody;
    int status = 0; // 0: no HTTP answer
    QString headline;
    HeaderList responseHeaders;
    QByteArray responseBody;
    std::optional<qint64> timeToHeadersMs;
    qint64 totalMs = 0;
    qint64 bytesUp = 0;
    qint64 bytesDown = 0;
    int attempts = 0;

    // From what the HTTP client sent and got. The headers are redacted here already, and every
    // secret variable's value in the URL, the headers and the bodies is masked by secrets: the
    // history keeps what was sent, never a secret (the same for ewb and the window).
    static HistoryEntry fromExchange(const OutgoingRequest &request, const HttpResult &result, CallType type,
        const QString &sourceName, const QString &environmentName, const QDateTime &sentAt,
        const SecretMask &secrets);

    bool operator==(const HistoryEntry &) const = default;
};

// Which entries a search returns.
enum class StatusFilter {
    Any,
    Success, // 2xx
    ClientError, // 4xx
    ServerError, // 5xx
    NoAnswer, // no HTTP answer (refused, timeout, TLS...)
    NotSuccess, // anything but 2xx
};

struct HistoryQuery
{
    // Words to find anywhere in the request name, source, URL, bodies and headline. Case does not
    // matter; the text is matched as written (a phrase), not parsed as a query language.
    QString text;
    StatusFilter status = StatusFilter::Any;
    std::optional<CallType> type;
    QString sourceName; // exact; empty for any
    int limit = 200;
    int offset = 0;

    bool operator==(const HistoryQuery &) const = default;
};

// How much history is kept. Zero means no limit.
struct RetentionPolicy
{
    int maxAgeDays = 90;
    int maxEntries = 100000;

    bool operator==(const RetentionPolicy &) const = default;
};

} // namespace ewb
