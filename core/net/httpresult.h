// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "outgoingrequest.h"

#include <QByteArray>
#include <QList>
#include <QSslError>
#include <QString>

#include <chrono>
#include <optional>
#include <vector>

namespace ewb {

// Why an attempt got no HTTP answer.
enum class NetworkErrorKind {
    None, // an HTTP answer arrived (whatever its status)
    ConnectionRefused, // nothing listens on that port
    HostNotFound, // DNS failure
    Timeout, // nothing moved for the request's timeout
    Tls, // the TLS handshake failed (see sslErrors)
    ConnectionClosed, // the server closed or reset the connection before answering
    Proxy, // a proxy failed
    TooLarge, // the answer exceeded maxResponseBytes and was cut off
    Cancelled, // cancel() was called
    InvalidRequest, // the request could not be sent (bad URL, unsupported scheme)
    Other,
};

// One attempt's outcome, for "attempt 1: 503, waited 1.0 s; attempt 2: 200".
struct AttemptOutcome
{
    int status = 0; // 0 without an HTTP answer
    NetworkErrorKind error = NetworkErrorKind::None;
    QString detail; // Qt's own error text, for the curious
    std::chrono::milliseconds elapsed {0};
    std::chrono::milliseconds waitBefore {0}; // backoff or Retry-After waited before this attempt
};

// What came of sending an OutgoingRequest, all attempts included. A value.
//
// Bytes are counted as HTTP/1.1 puts them on the wire, for every attempt together:
// up   = request line + every header line (the request's own, plus Host and Content-Length) +
//        the blank line + the body;
// down = status line + every header line received + the blank line + the body as received.
// The client sends HTTP/1.1 only and asks for an uncompressed answer, so these are the real
// figures, except that chunked transfer framing and TLS record overhead are not counted.
struct HttpResult
{
    int status = 0; // the last attempt's status; 0 when no HTTP answer came
    QByteArray reasonPhrase;
    HeaderList headers;
    QByteArray body;
    std::optional<std::chrono::milliseconds> timeToHeaders; // last attempt: start to status line
    std::chrono::milliseconds totalTime {0}; // send() to finished, waits included
    qint64 bytesUp = 0;
    qint64 bytesDown = 0;
    std::vector<AttemptOutcome> attempts;
    NetworkErrorKind networkError = NetworkErrorKind::None; // the last attempt's
    QString errorDetail; // Qt's text for it
    QList<QSslError::SslError> sslErrors; // the last attempt's TLS problems
    // Plain words: a one-line headline ("401 Unauthorized: the API key was rejected") and what it
    // means or what to do. Filled for successes too.
    QString headline;
    QString explanation;

    // A 2xx that arrived whole: one cut off after its status line or past maxResponseBytes is not.
    bool isSuccess() const { return status >= 200 && status < 300 && networkError == NetworkErrorKind::None; }
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[n, v] : headers) {
            if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

} // namespace ewb
