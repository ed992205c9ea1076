// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QStringList>

namespace ewb::cli {

// ewb backfill FILE|-: sends history (JSONL, JSON, CSV) in batches at the API's rate, every row
// checked first, resumable after any interruption. See docs/backfill.md.
int runBackfillCommand(const QStringList &args);

} // namespace ewb::cli
