// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "eventring.h"
#include "httpresponse.h"
#include "recordedevent.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace ewb {

// What POST /_sandbox/expect waits for (docs/sandbox.md): at least count recorded events whose
// call matches a partial JSON document (core/json/jsonmatch.h), within so many milliseconds.
//
//   {"match": {"type": "track", "event": "Order Completed", "userId": "u1",
//              "properties": {"total": 12.5}},
//    "count": 1, "within": 5000, "accepted": true, "since": 0}
//
// Every member but match is optional: count 1, within 5000 ms (0: look once, do not wait),
// accepted true (false: only dropped calls; null: either), since 0 (only events with a larger id,
// so that one test does not see the events of the one before it).
struct EventExpectation
{
    static constexpr int defaultWithinMs = 5000;
    static constexpr int maxWithinMs = 300000;
    static constexpr int maxCount = 10000;

    JsonValue match;
    int count = 1;
    int withinMs = defaultWithinMs;
    std::optional<bool> accepted = true;
    qint64 since = 0;

    // An expectation the endpoint cannot read is an error that says what is wrong with it (400).
    static Result<EventExpectation> fromJson(QByteArrayView body);

    // The event is one of those waited for (its call matches, it was accepted or dropped as asked).
    bool isMetBy(const RecordedEvent &event) const;
};

// The endpoint's answer once enough events have arrived:
//   200 {"matched": true, "wanted": N, "found": N, "events": [...]}
HttpResponse expectationMet(const EventExpectation &expectation, const QList<RecordedEvent> &found);

// Its answer when the time ran out first: 417, with what did arrive and the recorded events nearest
// to the document (the fewest differences; dropped ones too, with their reason), each with the
// fields that differ:
//   {"matched": false, "wanted": N, "found": K, "events": [...], "message": "...", "waitedMs": T,
//    "nearest": [{"event": {...}, "differences": [{"pointer": "/properties/total",
//                 "expected": 12.5, "actual": "12.5", "message": "..."}], "more": 0}]}
HttpResponse expectationFailed(const EventExpectation &expectation, const QList<RecordedEvent> &found,
    const EventRing &ring, qint64 waitedMs);

} // namespace ewb
