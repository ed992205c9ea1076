// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "json/jsonvalue.h"
#include "model/calltype.h"

#include <QDateTime>

namespace ewb {

// Adds what the API's servers add to an accepted call, in place:
// - "type" from the endpoint (a single call) or kept from the item (a batch);
// - "messageId" (a UUID) when absent or empty;
// - "receivedAt";
// - "timestamp" when absent: receivedAt - (sentAt - originalTimestamp) when both are given (the
//   device's clock skew corrected), else originalTimestamp, else receivedAt;
// - for a batch item, the batch's top-level "context" and "integrations" merged under its own
//   (the item's keys win) and the batch's "sentAt" when the item has none.
// batch is the batch body for items, nullptr for single calls.
void enrichCall(JsonObject &call, CallType type, const QDateTime &receivedAt, const JsonObject *batch);

// What a batch item takes from its batch, as the API reads it: the batch's "context" and
// "integrations" merged under the item's own (the item's keys win) and its "sentAt" when the item
// has none. Part of enrichCall; also what makes a batch item a call of its own for a replay.
void mergeBatchDefaults(JsonObject &call, const JsonObject &batch);

// Removes "writeKey" (a secret) so that nothing recorded or logged holds it.
void stripWriteKey(JsonObject &object);

} // namespace ewb
