// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "tokenbucket.h"

#include <algorithm>
#include <cmath>

namespace ewb {

TokenBucket::TokenBucket(double rate, qint64 perMs, double burst)
    : m_perMs(rate / double(std::max<qint64>(perMs, 1))),
      // A burst of a tenth of a second's worth by default: smooth, yet not one request per tick.
      m_burst(std::max(1.0, burst > 0 ? burst : m_perMs * 100.0)), m_tokens(m_burst)
{ }

void TokenBucket::refill(qint64 nowMs)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_tokens = std::min(m_burst, m_tokens + double(nowMs - m_lastMs) * m_perMs);
    if (nowMs > m_lastMs)
        m_lastMs = nowMs;
}

qint64 TokenBucket::waitMs(qint64 nowMs)
{
    refill(nowMs);
    if (m_tokens >= 1.0)
        return 0;
    return qint64(std::ceil((1.0 - m_tokens) / m_perMs));
}

void TokenBucket::take(qint64 nowMs)
{
    refill(nowMs);
    m_tokens -= 1.0;
}

} // namespace ewb
