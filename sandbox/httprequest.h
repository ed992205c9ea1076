// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "httpheaders.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QUrlQuery>

namespace ewb {

// One complete HTTP/1.x request as the server received it: a value, so a handler may keep it.
struct HttpRequest
{
    QByteArray method; // as sent: "POST" (methods are case-sensitive)
    QByteArray target; // the raw request target: "/v1/track?x=1"
    QByteArray version; // "HTTP/1.1" or "HTTP/1.0"
    QString path; // the target's path, percent-decoded: "/v1/track"
    QByteArray rawQuery; // the part after '?', still encoded; empty when none
    HttpHeaders headers; // names in lower case
    QByteArray body; // de-chunked; never larger than the server's body cap

    QHostAddress peerAddress;
    quint16 peerPort = 0;
    bool secure = false; // arrived over TLS

    QUrlQuery query() const { return QUrlQuery(QString::fromUtf8(rawQuery)); }
    QByteArray header(QByteArrayView name) const { return headers.value(name); }
    // Whether the client lets the connection stay open after the answer (HTTP/1.1 unless
    // "Connection: close"; HTTP/1.0 only with "Connection: keep-alive").
    bool keepAlive() const;
};

} // namespace ewb
