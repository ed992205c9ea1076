// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <chrono>
#include <utility>

namespace ewb {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// When and how often a failed attempt is tried again. Only 429, 5xx and network failures
// (timeouts, refused or reset connections, DNS) are retried; never 4xx answers about the request.
struct RetryPolicy
{
    int maxAttempts = 3; // attempts in all, the first included; 1 = no retries
    std::chrono::milliseconds baseBackoff {500}; // before the second attempt; doubled for each later one
    std::chrono::milliseconds maxBackoff {8000};
    double jitter = 0.2; // each wait is scaled by a random factor in [1 - jitter, 1 + jitter]
    // A Retry-After longer than this is cut to it, so a server cannot park the client for an hour.
    std::chrono::milliseconds maxRetryAfter {60000};

    static RetryPolicy none() { return RetryPolicy {1, {}, {}, 0, {}}; }
    bool operator==(const RetryPolicy &) const = default;
};

// One HTTP request as a value (the qBittorrent way): the client sends it as it is, adding only the
// X-Strict-Mode header when strictMode is set and the framing headers Qt writes (Host,
// Content-Length). Redirects are never followed: a 30x comes back as the result, since following
// one would re-send the key to another place or drop the POST body.
struct OutgoingRequest
{
    QByteArray method = "POST";
    QUrl url;
    HeaderList headers; // sent in this order; Authorization included (never log it: see redactedHeaders)
    QByteArray body;
    // Per attempt: an attempt is abandoned when it has not finished after this long, however the
    // bytes trickle in (on the client's clock).
    // Always set; zero or less is replaced by the default.
    std::chrono::milliseconds timeout {30000};
    bool strictMode = true;
    RetryPolicy retry;
    // An answer larger than this is cut off and reported; the API's answers are tiny.
    qint64 maxResponseBytes = 16 * 1024 * 1024;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[n, v] : headers) {
            if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &[n, v] : headers) {
            if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0) {
                v = value;
                return;
            }
        }
        headers.append({name, value});
    }
};

// The headers with the Authorization value replaced by "Basic <redacted>", for history, logs and
// "show the request" views.
inline HeaderList redactedHeaders(const HeaderList &headers)
{
    HeaderList out = headers;
    for (auto &[name, value] : out) {
        if (QByteArrayView(name).compare("Authorization", Qt::CaseInsensitive) == 0) {
            const qsizetype space = value.indexOf(' ');
            value = (space > 0 ? value.left(space + 1) : QByteArray()) + "<redacted>";
        }
    }
    return out;
}

} // namespace ewb
