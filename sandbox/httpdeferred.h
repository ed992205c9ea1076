// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QByteArray>

#include <functional>
#include <memory>
#include <optional>

namespace ewb {

struct HttpResponse;

// An answer a handler gives later, when something has happened rather than after a fixed delay: a
// long poll (POST /_sandbox/expect answers once the events it waits for have arrived, or its time
// is up). The handler returns HttpResponse::later(handle) and keeps the handle.
//
// answer() sends the response; only the first call counts. When the connection goes first (the
// client left, the server closed), the abandoned handler runs, once, and answer() does nothing:
// the handler can stop waiting. Meanwhile the connection waits, as for a delayed answer: requests
// pipelined behind this one are answered after it, in order; other connections are served.
class HttpDeferredAnswer
{
public:
    void answer(HttpResponse response);
    void setAbandonedHandler(std::function<void()> handler);
    // Neither answered nor abandoned yet.
    bool isPending() const { return !m_settled; }

private:
    friend class HttpConnection;
    // The connection's side: where the answer goes (it may come before attach(), from inside the
    // handler itself), and the end of the wait when the connection closes first.
    void attach(std::function<void(HttpResponse)> deliver);
    void abandon();

    std::function<void(HttpResponse)> m_deliver;
    std::function<void()> m_abandoned;
    std::shared_ptr<HttpResponse> m_early; // answered before attach()
    bool m_settled = false;
};

using HttpDeferredHandle = std::shared_ptr<HttpDeferredAnswer>;

} // namespace ewb
