// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "httpdeferred.h"
#include "httpheaders.h"

#include <QByteArray>
#include <QString>

namespace ewb {

// What a handler answers: a status, headers and body, or the instruction to drop the connection
// without an answer; either may be delayed. The server adds Content-Length and Connection itself
// (a handler's own values for those two are replaced).
struct HttpResponse
{
    enum class Action {
        Respond, // send this response
        DropConnection, // close the connection without a word (a client's "connection reset")
    };

    int status = 200;
    HttpHeaders headers;
    QByteArray body;
    Action action = Action::Respond;
    // Milliseconds to wait before answering (or dropping). Later requests pipelined on the same
    // connection wait too, in order; other connections are served meanwhile.
    int delayMs = 0;
    // A short note for the server's exchange log (HttpExchange::note), never sent: what the
    // handler made of the request ("2 accepted, 1 dropped"). Must not hold secrets.
    QByteArray logNote;
    // When set, the answer comes later, through this handle (see HttpDeferredAnswer); the rest of
    // this response is not used.
    HttpDeferredHandle deferred;

    static HttpResponse withBody(int status, QByteArray body, QByteArray contentType);
    static HttpResponse json(int status, QByteArray body)
    {
        return withBody(status, std::move(body), "application/json");
    }
    static HttpResponse text(int status, const QString &text);
    static HttpResponse empty(int status);
    static HttpResponse drop(int delayMs = 0);
    static HttpResponse later(HttpDeferredHandle handle);

    // "OK", "Not Found", ...; "Unknown" for codes without one.
    static QByteArray reasonPhrase(int status);
};

} // namespace ewb
