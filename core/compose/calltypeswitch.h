// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "model/payload.h"

namespace ewb {

// The payload a person gets when they pick another call type: ids, context, integrations,
// messageId, timestamps and unknown fields carry over; fields only the old type has (event,
// groupId, traits for a track...) are left behind; picking Batch wraps the call as the batch's
// first item, and leaving a batch takes its first item. Undo brings back what was left.
Payload switchCallType(const Payload &payload, CallType to);

} // namespace ewb
