// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "cors.h"

namespace ewb {

namespace {

// The answer headers a page may read besides the CORS-safelisted ones: the sandbox's verdict
// (docs/sandbox.md) and Retry-After, which a client needs to honour a 429 or 503.
constexpr QByteArrayView exposedHeaders =
    "X-Sandbox-Accepted, X-Sandbox-Dropped, X-Sandbox-Reasons, X-Sandbox-Events, Retry-After";

} // namespace

void addCorsHeaders(const HttpRequest &request, HttpResponse &response)
{
    const QByteArray origin = request.header("origin");
    if (origin.isEmpty())
        return;
    response.headers.set("Access-Control-Allow-Origin", origin);
    response.headers.add("Vary", "Origin");
    const bool preflight =
        request.method == "OPTIONS" && request.headers.contains("access-control-request-method");
    if (!preflight || response.status != 204) {
        response.headers.set("Access-Control-Expose-Headers", exposedHeaders.toByteArray());
        return;
    }
    // The server's own OPTIONS answer lists what the path allows; a preflight wants the same.
    response.headers.set("Access-Control-Allow-Methods", response.headers.value("allow"));
    // Whatever the page asked to send (Content-Type: application/json, Authorization,
    // X-Strict-Mode, ...): the sandbox reads no header it would refuse to a page.
    const QByteArray requested = request.header("access-control-request-headers").trimmed();
    if (!requested.isEmpty())
        response.headers.set("Access-Control-Allow-Headers", requested);
    // Chromium asks before a page on a public or LAN origin may reach a loopback one.
    if (request.header("access-control-request-private-network").compare("true", Qt::CaseInsensitive) == 0)
        response.headers.set("Access-Control-Allow-Private-Network", "true");
    response.headers.set("Access-Control-Max-Age", QByteArray::number(corsMaxAgeSeconds));
}

} // namespace ewb
