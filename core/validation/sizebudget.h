// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "diagnostic.h"
#include "model/payload.h"

#include <QList>

namespace ewb {

// The API's size limits, counted as the exact UTF-8 bytes of the body as sent. Over a hard limit
// the API answers 200 and drops the request, so only the client can tell.
namespace sizelimits {
inline constexpr qsizetype callHard = 32768; // 32 KB per call, alone or inside a batch
inline constexpr qsizetype callMargin = 32000; // the official libraries' margin per message
inline constexpr qsizetype batchHard = 512000; // 500 KB per batch request
inline constexpr qsizetype batchMargin = 500000; // the official libraries' margin per batch
} // namespace sizelimits

struct SizeReport
{
    qsizetype bodyBytes = 0; // the whole request body, as toWire() gives it
    QList<qsizetype> itemBytes; // for a batch: each item as its own compact JSON
};

// Measures without building the body more than once.
SizeReport measureSize(const Payload &payload);

// Warnings past the margins, errors past the hard limits, for the body and each batch item.
Diagnostics checkSize(const Payload &payload, const SizeReport &size);

// An oversize batch cut into the fewest batches that each fit within maxBatchBytes, keeping the
// calls in order and the batch's top-level context and integrations (and any other top-level
// field) in every part. Items that cannot fit in any batch on their own are listed in
// oversizeItems (their indexes in the original batch) and left out of every part.
struct BatchSplit
{
    QList<Payload> parts;
    QList<int> oversizeItems;
};
BatchSplit splitBatch(const Payload &batch, qsizetype maxBatchBytes = sizelimits::batchMargin,
    qsizetype maxItemBytes = sizelimits::callHard);

} // namespace ewb
