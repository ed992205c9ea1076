// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "httpresult.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QStringList>

#include <chrono>
#include <optional>

namespace ewb {

// What a finished QNetworkReply said, copied out by HttpClient; the input of the pure functions
// below, so that they are tested without a network.
struct ReplySnapshot
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int status = 0;
    QByteArray reasonPhrase;
    HeaderList headers;
    QByteArray body;
    QList<QSslError::SslError> sslErrors;
    bool cancelled = false; // cancel() was called
    bool tooLarge = false; // the client cut the answer off at maxResponseBytes
};

// Why there was no HTTP answer; None when there was one, whatever its status (Qt also sets an
// error for 4xx and 5xx answers: those are answers, not network failures).
NetworkErrorKind classifyNetworkError(const ReplySnapshot &reply);

// Retry-After as delta-seconds ("120") or an HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT", relative to
// now; a date in the past is zero). nullopt when absent or unreadable.
std::optional<std::chrono::milliseconds> parseRetryAfter(QByteArrayView value, const QDateTime &now);

// 408, 429, 5xx and network failures that may pass (refused, reset or closed connection, timeout,
// proxy); never other answers (400, 401, 403, 404, 413...), TLS failures, DNS failures (a typo does
// not fix itself), cut-off answers, cancellations or invalid requests.
bool isRetryable(int status, NetworkErrorKind error);

// The wait before the next attempt, after failedAttempts (>= 1) attempts have failed. A Retry-After
// is obeyed up to policy.maxRetryAfter; otherwise exponential backoff from baseBackoff, capped at
// maxBackoff, scaled by the jitter factor picked by random01 (in [0, 1)).
std::chrono::milliseconds retryDelay(const RetryPolicy &policy, int failedAttempts,
    std::optional<std::chrono::milliseconds> retryAfter, double random01);

// The validation messages of a strict-mode 400 body: {"meta":{"errors":[...]}}, also accepting
// {"errors":[...]} and {"message":"..."}; strings as they are, objects by their "message". Empty
// when the body has none.
QStringList strictModeErrors(QByteArrayView body);

// Bytes of an HTTP/1.1 request or response head plus body, counted as HttpResult documents.
qint64 requestWireSize(const QByteArray &method, const QUrl &url, const HeaderList &headers, qint64 bodySize);
qint64 responseWireSize(
    int status, const QByteArray &reasonPhrase, const HeaderList &headers, qint64 bodySize);

} // namespace ewb
