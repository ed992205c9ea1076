// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "model/payload.h"
#include "validation/sizebudget.h"

#include <QString>

namespace ewb {

enum class SizeLevel { Normal, Warning, Error };

// What a size meter shows for one measure: bytes against the hard limit, and the state the bytes
// put it in (warning past the official libraries' margin, error past the hard limit).
struct SizeGauge
{
    QString label; // "Call", "Batch", "Largest item (#4)"
    qsizetype bytes = 0;
    qsizetype margin = 0;
    qsizetype limit = 0;
    SizeLevel level = SizeLevel::Normal;
    bool splittable = false; // a whole batch: "Split oversize batches" sends it as several
};
SizeLevel sizeLevel(qsizetype bytes, qsizetype margin, qsizetype limit);

// The gauges for a payload: the call; or the batch and its largest item.
QList<SizeGauge> sizeGauges(const Payload &payload, const SizeReport &size);
SizeLevel worstLevel(const QList<SizeGauge> &gauges);
// "12,345 / 32,768 bytes"
QString gaugeText(const SizeGauge &gauge);
// Why the meter matters, for its tooltip.
QString sizeLimitExplanation();

} // namespace ewb
