// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "forwardoutcome.h"
#include "json/jsonvalue.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>

namespace ewb {

// One call the sandbox received, accepted or dropped: a value. Batches are recorded one entry per
// item; a request refused as a whole (invalid JSON, a bad key, over the size limit, a fault) is one
// entry. Payloads never hold the write key: it is removed before anything is recorded.
struct RecordedEvent
{
    qint64 id = 0; // increasing, never reused (also across a restart with a store): ?since=
    QString type; // "track", ...; for a whole-request refusal, the endpoint's type
    QString messageId; // as stored (the client's or the one the sandbox added); may be empty
    bool accepted = false;
    QString reason; // when dropped: a stable code ("auth.unknown-key", "track.event.missing", ...)
    QString message; // when dropped: every problem, for a person
    JsonValue payload; // the call as stored (enriched when accepted); raw text when not JSON
    QString path; // the request's path: "/v1/batch"
    QDateTime receivedAt;
    int status = 200; // what the sandbox answered to the request that carried this call
    // Accepted with a messageId the sandbox had accepted before: the real API keeps one event per
    // messageId, so a client that sends twice (a retry, a re-run backfill) is seen doing it.
    bool duplicate = false;
    // With forwarding on (SandboxOptions::forward): what became of sending it to the real API. Set
    // when it is recorded (pending, or skipped and why) and updated as upstream answers.
    ForwardOutcome forward;

    JsonObject toJson() const;
    static Result<RecordedEvent> fromJson(const JsonValue &value);
};

// "2024-01-02T03:04:05.678Z": what the sandbox writes for every time it adds.
QString isoUtcMillis(const QDateTime &time);

} // namespace ewb
