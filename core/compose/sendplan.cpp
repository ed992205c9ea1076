// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sendplan.h"

#include "validation/sizebudget.h"
#include "validation/validator.h"

#include <QCoreApplication>

#include <algorithm>

namespace ewb {

namespace {
// The translation context of this file's messages.
class SendPlanText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::SendPlan)
};
} // namespace

SendPlan planSend(const Payload &payload, bool splitOversizeBatch)
{
    SendPlan plan;
    PayloadCheck check = checkPayload(payload);
    plan.diagnostics = std::move(check.diagnostics);
    if (!payload.isBatch() || !splitOversizeBatch || check.size.bodyBytes <= sizelimits::batchMargin) {
        plan.parts = {payload};
        return plan;
    }
    BatchSplit cut = splitBatch(payload);
    if (!cut.oversizeItems.isEmpty()) {
        const QString first = QStringLiteral("/batch/%1").arg(cut.oversizeItems.first());
        plan.refusal = cut.oversizeItems.size() == 1
            ? SendPlanText::tr("the call at %1 is over 32 KB on its own and cannot be sent in any batch")
                  .arg(first)
            : SendPlanText::tr(
                  "%1 calls are over 32 KB on their own and cannot be sent in any batch (the first "
                  "is %2)")
                  .arg(cut.oversizeItems.size())
                  .arg(first);
        return plan;
    }
    plan.parts = std::move(cut.parts);
    plan.split = true;
    // The whole batch's size is what the split answers; each part is within it.
    plan.diagnostics.erase(std::remove_if(plan.diagnostics.begin(), plan.diagnostics.end(),
                               [](const Diagnostic &d) { return d.code.startsWith(u"size.batch."); }),
        plan.diagnostics.end());
    return plan;
}

} // namespace ewb
