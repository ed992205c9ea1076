// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "model/payload.h"
#include "validation/diagnostic.h"

#include <QList>

namespace ewb {

// What one Send sends for a payload, decided once for the window, `ewb send` and the runner: the
// payload itself, or, for a batch over the limit with splitting on, the fewest compliant batches
// in order. A split never drops a call: when a call cannot go in any batch (over 32 KB on its
// own), nothing is sent.
struct SendPlan
{
    QList<Payload> parts; // in order; empty when refused
    // The payload's problems, less the whole batch's size that a split resolves: what to show, and
    // what decides whether it may be sent (errors) before it goes.
    Diagnostics diagnostics;
    QString refusal; // not empty: why nothing may be sent whatever the options
    bool split = false;

    bool refused() const { return !refusal.isEmpty(); }
    bool hasErrors() const { return ewb::hasErrors(diagnostics); }
};

SendPlan planSend(const Payload &payload, bool splitOversizeBatch);

} // namespace ewb
