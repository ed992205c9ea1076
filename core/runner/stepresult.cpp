// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "stepresult.h"

#include <QCoreApplication>

namespace ewb {

namespace {
// The translation context of this file's messages.
class StepResultText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::StepResult)
};
} // namespace

QString StepResult::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Passed: return QStringLiteral("passed");
    case Verdict::Failed: return QStringLiteral("failed");
    case Verdict::NotSent: return QStringLiteral("not sent");
    }
    return QString();
}

QString StepResult::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Passed: return StepResultText::tr("passed");
    case Verdict::Failed: return StepResultText::tr("failed");
    case Verdict::NotSent: return StepResultText::tr("not sent");
    }
    return QString();
}

JsonObject StepResult::toJson(bool withBodies) const
{
    JsonObject o;
    o.insert(QStringLiteral("iteration"), iteration);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("verdict"), verdictName(verdict));
    JsonArray why;
    for (const QString &f : failures)
        why.emplace_back(f);
    o.insert(QStringLiteral("failures"), std::move(why));
    o.insert(QStringLiteral("status"), result.status);
    o.insert(QStringLiteral("ms"), ms);
    o.insert(QStringLiteral("target"), target);
    if (verdict != Verdict::NotSent) {
        o.insert(QStringLiteral("url"), request.url.toString());
        o.insert(QStringLiteral("headline"), result.headline);
    }
    if (sandbox) {
        JsonObject s;
        s.insert(QStringLiteral("accepted"), sandbox->accepted);
        s.insert(QStringLiteral("dropped"), sandbox->dropped);
        JsonArray reasons;
        for (const QString &r : sandbox->reasons)
            reasons.emplace_back(r);
        s.insert(QStringLiteral("reasons"), std::move(reasons));
        o.insert(QStringLiteral("sandbox"), std::move(s));
    }
    if (!diagnostics.isEmpty()) {
        JsonArray list;
        for (const Diagnostic &d : diagnostics) {
            JsonObject item;
            item.insert(QStringLiteral("severity"), severityName(d.severity));
            item.insert(QStringLiteral("code"), d.code);
            item.insert(QStringLiteral("pointer"), d.pointer);
            item.insert(QStringLiteral("message"), d.message);
            list.push_back(JsonValue(std::move(item)));
        }
        o.insert(QStringLiteral("diagnostics"), std::move(list));
    }
    if (withBodies && verdict != Verdict::NotSent) {
        o.insert(QStringLiteral("request"), QString::fromUtf8(request.body));
        o.insert(QStringLiteral("response"), QString::fromUtf8(result.body));
    }
    return o;
}

JsonObject RunSummary::toJson() const
{
    JsonObject o;
    o.insert(QStringLiteral("collection"), label);
    if (!target.isEmpty())
        o.insert(QStringLiteral("target"), target);
    if (!dataFile.isEmpty())
        o.insert(QStringLiteral("dataFile"), dataFile);
    if (!environment.isEmpty())
        o.insert(QStringLiteral("environment"), environment);
    o.insert(QStringLiteral("iterations"), iterations);
    o.insert(QStringLiteral("requests"), total());
    o.insert(QStringLiteral("passed"), passed);
    o.insert(QStringLiteral("failed"), failed);
    o.insert(QStringLiteral("notSent"), notSent);
    o.insert(QStringLiteral("ms"), ms);
    o.insert(QStringLiteral("partial"), partial);
    if (!stopReason.isEmpty())
        o.insert(QStringLiteral("stopReason"), stopReason);
    o.insert(QStringLiteral("ok"), allPassed());
    return o;
}

} // namespace ewb
