// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "httpdeferred.h"

#include "httpresponse.h"

namespace ewb {

void HttpDeferredAnswer::answer(HttpResponse response)
{
    if (m_settled)
        return;
    m_settled = true;
    if (m_deliver)
        m_deliver(std::move(response));
    else
        m_early = std::make_shared<HttpResponse>(std::move(response));
    m_deliver = nullptr;
    m_abandoned = nullptr;
}

void HttpDeferredAnswer::setAbandonedHandler(std::function<void()> handler)
{
    m_abandoned = std::move(handler);
}

void HttpDeferredAnswer::attach(std::function<void(HttpResponse)> deliver)
{
    if (m_early) {
        deliver(std::move(*m_early));
        m_early.reset();
        return;
    }
    if (!m_settled)
        m_deliver = std::move(deliver);
}

void HttpDeferredAnswer::abandon()
{
    if (m_settled)
        return;
    m_settled = true;
    m_deliver = nullptr;
    // Moved out first: the handler may drop the last reference to this object.
    const std::function<void()> abandoned = std::move(m_abandoned);
    m_abandoned = nullptr;
    if (abandoned)
        abandoned();
}

} // namespace ewb
