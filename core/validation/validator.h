// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "diagnostic.h"
#include "model/payload.h"
#include "sizebudget.h"

namespace ewb {

struct ValidationOptions
{
    // "Now" for the future-timestamp check, in ms since the epoch (UTC); 0 reads the clock. Tests
    // set it so that their expectations never depend on the day they run.
    qint64 nowMsecsSinceEpoch = 0;
    // How far ahead of now a timestamp may be before it is flagged: clocks drift.
    qint64 futureToleranceMsecs = 5 * 60 * 1000;
    // At most this many diagnostics of one code are listed, then one more of that code saying how
    // many were left out: a batch of 250,000 empty calls would otherwise take gigabytes to report.
    // 0 lists them all (the sandbox, which judges each call of a batch by its own diagnostics).
    int maxPerCode = 200;
};

// Checks a payload against every rule of the API (docs/validation.md lists them): required
// fields per call type, the userId/anonymousId rule and its identify-by-email exception, field
// types, real ISO 8601 dates, semantic events' required fields, batch items' "type", duplicate
// keys. Pure and fast: the editor calls it on every keystroke. Returns every problem, in document
// order (a problem about a missing field comes before the fields of the object it is missing from).
Diagnostics validatePayload(const Payload &payload, const ValidationOptions &options = {});

// Everything the workbench shows about a payload before it is sent: the rule diagnostics, then the
// size diagnostics, and the sizes.
struct PayloadCheck
{
    Diagnostics diagnostics;
    SizeReport size;

    bool valid() const { return !hasErrors(diagnostics); }
};
PayloadCheck checkPayload(const Payload &payload, const ValidationOptions &options = {});
// The same with the sizes already measured (measureSize(), or a call's own wire bytes): a backfill
// writes every call anyway, and measuring it too walked every string once more.
PayloadCheck checkPayload(const Payload &payload, SizeReport size, const ValidationOptions &options);

} // namespace ewb
