// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "json/jsonvalue.h"
#include "util/result.h"

#include <QList>

#include <optional>

namespace ewb {

// One injected fault: what the next `remaining` ingestion requests get instead of (or before) the
// normal answer.
struct Fault
{
    int remaining = 1;
    int status = 0; // answer this status (0: the normal answer)
    int retryAfterSeconds = -1; // with status: a Retry-After header (-1: none)
    int delayMs = 0; // wait this long first
    bool drop = false; // close the connection without an answer
};

// The faults queued through /_sandbox/faults, in order, and the optional rate limit. A value with
// no clock: callers pass the monotonic time in.
//
// JSON accepted by add(): {"count": 2, "status": 503} | {"status": 429, "retryAfter": 3} |
// {"delayMs": 1500} | {"drop": true} | {"rateLimit": {"requests": 10, "windowMs": 1000}}
// (status, delayMs and drop combine: a delay, then the status or the drop).
class FaultPlan
{
public:
    Status add(const JsonValue &spec);
    void clear();
    bool isEmpty() const { return m_faults.isEmpty() && m_rateLimitRequests == 0; }

    // The fault for the next ingestion request, consuming one of its count; nullopt when none.
    std::optional<Fault> takeNext();

    void setRateLimit(int requests, int windowMs);
    // Counts a request against the rate limit; past the limit, the Retry-After seconds to answer.
    std::optional<int> admit(qint64 nowMs);

    JsonObject toJson() const;

private:
    QList<Fault> m_faults;
    int m_rateLimitRequests = 0;
    int m_rateLimitWindowMs = 1000;
    qint64 m_windowStartMs = -1;
    int m_inWindow = 0;
};

} // namespace ewb
