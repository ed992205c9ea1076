// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "eventring.h"
#include "faultplan.h"
#include "forwarder.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "sdkendpoints.h"

namespace ewb {

// The answers of the sandbox's own endpoints under /_sandbox/, built from its state. Pure.

// GET /_sandbox/events[?since=ID][&limit=N]: {"events":[...], "lastId": ID, "more": bool}.
// With since: the events after that id, oldest first (page on with the last id received). Without:
// the newest limit events, oldest first. limit defaults to 1000, at most 10000. format=jsonl: the
// same events as calls to send again, one a line (replay.h), for `ewb backfill`.
HttpResponse eventsResponse(const EventRing &ring, const HttpRequest &request);

// GET /_sandbox/stats: counts by outcome and reason, the ring's fill, requests seen, faults queued,
// the browser library's metrics received,
// and forwarding: its target (never its key) when on, and the counts of its outcomes.
HttpResponse statsResponse(const EventRing &ring, qint64 requests, const FaultPlan &faults,
    const MetricsSeen &metrics = {}, const std::optional<ForwardStatus> &forward = std::nullopt);

// {"error": message} with the given status: how /_sandbox/ endpoints refuse.
HttpResponse sandboxError(int status, const QString &message);

} // namespace ewb
