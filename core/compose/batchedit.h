// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "model/payload.h"

namespace ewb {

// Edits of a batch's list of calls, as pure functions on the payload: the batch composer and its
// undo commands call these. Indexes out of range leave the payload unchanged and return false.
bool addBatchItem(Payload &batch, CallType type, qsizetype at = -1);
bool duplicateBatchItem(Payload &batch, qsizetype index);
bool removeBatchItem(Payload &batch, qsizetype index);
bool moveBatchItem(Payload &batch, qsizetype from, qsizetype to);
// A batch item as a single call (its "type" read from the item), for editing in a call form.
Payload batchItemAsCall(const Payload &batch, qsizetype index);
bool replaceBatchItem(Payload &batch, qsizetype index, const Payload &call);
// "track · Order Completed · user u1": one line for the list.
QString batchItemSummary(const JsonValue &item);

// A new call of this type with a "type" field, so that it reads back the same whether sent alone
// or inside a batch.
Payload newCall(CallType type);

} // namespace ewb
