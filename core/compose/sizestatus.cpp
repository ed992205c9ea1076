// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sizestatus.h"

#include <QCoreApplication>
#include <QLocale>

namespace ewb {

namespace {
// The translation context of this file's messages.
class SizeStatus
{
    Q_DECLARE_TR_FUNCTIONS(ewb::SizeStatus)
};
} // namespace

SizeLevel sizeLevel(qsizetype bytes, qsizetype margin, qsizetype limit)
{
    if (bytes > limit)
        return SizeLevel::Error;
    if (bytes > margin)
        return SizeLevel::Warning;
    return SizeLevel::Normal;
}

QList<SizeGauge> sizeGauges(const Payload &payload, const SizeReport &size)
{
    using namespace sizelimits;
    QList<SizeGauge> gauges;
    if (!payload.isBatch()) {
        gauges.append({SizeStatus::tr("Call"), size.bodyBytes, callMargin, callHard,
            sizeLevel(size.bodyBytes, callMargin, callHard)});
        return gauges;
    }
    gauges.append({SizeStatus::tr("Batch"), size.bodyBytes, batchMargin, batchHard,
        sizeLevel(size.bodyBytes, batchMargin, batchHard), true});
    qsizetype largest = -1;
    for (qsizetype i = 0; i < size.itemBytes.size(); ++i) {
        if (largest < 0 || size.itemBytes[i] > size.itemBytes[largest])
            largest = i;
    }
    if (largest >= 0) {
        const qsizetype bytes = size.itemBytes[largest];
        gauges.append({SizeStatus::tr("Largest call (#%1)").arg(largest + 1), bytes, callMargin, callHard,
            sizeLevel(bytes, callMargin, callHard)});
    }
    return gauges;
}

SizeLevel worstLevel(const QList<SizeGauge> &gauges)
{
    SizeLevel worst = SizeLevel::Normal;
    for (const SizeGauge &g : gauges)
        worst = std::max(worst, g.level);
    return worst;
}

QString gaugeText(const SizeGauge &gauge)
{
    const QLocale c(QLocale::English);
    return SizeStatus::tr("%1 / %2 bytes")
        .arg(c.toString(qint64(gauge.bytes)), c.toString(qint64(gauge.limit)));
}

QString sizeLimitExplanation()
{
    return SizeStatus::tr(
        "The API takes at most 32,768 bytes per call and 512,000 bytes per batch. Over the limit it still "
        "answers 200 OK but drops the request, so nothing on the wire tells you: only this meter does. "
        "Amber means past the official libraries' safety margin (32,000 / 500,000 bytes).");
}

} // namespace ewb
