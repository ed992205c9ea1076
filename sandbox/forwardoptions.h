// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "net/outgoingrequest.h"
#include "sources/sendtarget.h"

#include <QList>
#include <QSslCertificate>

#include <chrono>

namespace ewb {

class Clock;

// Where and how a sandbox forwards what it accepted (docs/sandbox.md, "Forwarding to Customer.io").
// The target is already resolved: the front ends turn a stored source (its key from the keychain)
// or a URL and a key into it. The key goes upstream in the Authorization header only: never into
// an event, a log line, the stats or the store.
struct ForwardOptions
{
    RunTarget target; // the real API's base URL ("https://cdp.customer.io/v1"), key, strict mode
    QList<QSslCertificate> caCertificates; // trusted besides the system's (a private CA, a test server)
    bool forwardDropped =
        false; // also send what the sandbox dropped (each call alone), to see what the API says
    // The queue of events not yet forwarded (waiting, or waiting to be tried again). Past either
    // bound an event is recorded as usual and marked skipped ("forward.queue-full"): a target that
    // is down never stalls ingestion, and never takes all memory.
    int maxQueuedEvents = 10000;
    qint64 maxQueuedBytes = 64 * 1024 * 1024;
    int maxBatchEvents = 250; // per upstream /batch request (and at most sizelimits::batchMargin bytes)
    int maxInFlight = 4; // upstream requests at once
    std::chrono::milliseconds timeout {15000}; // per attempt
    RetryPolicy retry; // per request: attempts, backoff, Retry-After (the HTTP client's)
    // After a request's attempts all fail (429, 5xx, no answer), its events go back to the front of
    // the queue and forwarding pauses: backoff from one second up to maxRoundPause (or the answer's
    // Retry-After). An event is failed after maxRounds such rounds.
    int maxRounds = 5;
    std::chrono::milliseconds maxRoundPause {30000};
    Clock *clock = nullptr; // what every wait asks; null: the system clock. Tests pass a manual one
};

} // namespace ewb
