// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QtGlobal>

namespace ewb {

// A token bucket: at most `rate` requests per `perMs`, with bursts up to `burst`. Pure
// arithmetic on times the caller passes in (milliseconds on any monotonic clock), so the runner
// and the backfill share one limit across their concurrent requests and tests need no clock.
class TokenBucket
{
public:
    // rate requests per perMs milliseconds (3,000 per 3,000 ms is the API's documented limit);
    // burst: how many may go at once after a quiet spell (at least 1).
    TokenBucket(double rate, qint64 perMs = 1000, double burst = 0);

    // Milliseconds to wait at nowMs before a request may go: 0 when one may go now.
    qint64 waitMs(qint64 nowMs);
    // Takes one token at nowMs; call when waitMs(nowMs) is 0.
    void take(qint64 nowMs);

private:
    void refill(qint64 nowMs);

    double m_perMs; // tokens per millisecond
    double m_burst;
    double m_tokens;
    qint64 m_lastMs = -1;
};

} // namespace ewb
