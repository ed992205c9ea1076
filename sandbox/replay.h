// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "collections/savedrequest.h"
#include "json/jsonvalue.h"
#include "model/calltype.h"
#include "recordedevent.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <vector>

namespace ewb {

// Replay: calls the sandbox recorded (or a body the window sent, from the history) made ready to
// be sent again, as JSON lines for `ewb backfill` or as saved requests. One place for the window's
// sandbox panel and history and for GET /_sandbox/events?format=jsonl (docs/sandbox.md#replay).
//
// What a recorded call becomes:
// - a batch's items become single calls of their own type, each with what it took from the batch
//   (context, integrations, sentAt: mergeBatchDefaults, as the API reads them);
// - a call without a "type" gets the one its endpoint gave it (a dropped /v1/track call);
// - "receivedAt" goes: the API sets it on receipt and replaces what is sent (field.server-set);
// - everything else stays as stored, "messageId" and "timestamp" included: a file sent twice, or
//   sent after the original calls were forwarded, is de-duplicated by the API instead of doubling,
//   and every call keeps the time it happened (without one a backfill lands on today).
// A payload that is not a JSON object (a body that was not JSON, the cut text of a refused request,
// nothing) holds no call to replay: it is counted as skipped.
struct ReplayCall
{
    // Unknown when neither the call nor its endpoint says (a dropped batch item without "type"):
    // written to JSON lines as it is (the backfill then says what is wrong), never saved as a request.
    std::optional<CallType> type;
    JsonObject call;
};

struct ReplayCalls
{
    std::vector<ReplayCall> calls;
    int skipped = 0; // payloads without a call in them
};

// The calls in a payload as sent or stored; fallbackType is the endpoint's ("track", "batch").
ReplayCalls replayCalls(const JsonValue &payload, QStringView fallbackType);
ReplayCalls replayCalls(const RecordedEvent &event);
ReplayCalls replayCalls(const QList<RecordedEvent> &events);

// One compact JSON object a line, each line ending in '\n': what `ewb backfill` reads.
QByteArray replayJsonLines(const std::vector<ReplayCall> &calls);

// A saved request for the call (named by suggestedRequestName), without its messageId: a request
// is kept to be sent again, and every send is a new event (the same reason the batch composer's
// Duplicate drops it). nullopt when the call's type is unknown.
std::optional<SavedRequest> replayRequest(const ReplayCall &call);
// The body that request holds: the call without messageId.
JsonObject replayRequestBody(const ReplayCall &call);
// The requests for every call of a known type.
std::vector<SavedRequest> replayRequests(const std::vector<ReplayCall> &calls);

// Writes replayJsonLines(calls) to path through the one atomic write path.
Status writeReplayFile(const QString &path, const std::vector<ReplayCall> &calls);

} // namespace ewb
