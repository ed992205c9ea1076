// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "json/jsonwriter.h"
#include "reportwriters.h"

namespace ewb {

namespace {

// {"summary": {...}, "results": [step, ...]}: the same step objects as `ewb run --json` prints.
class JsonReport final : public RunReport
{
public:
    explicit JsonReport(const QString &path) : RunReport(path) { }

private:
    QByteArray stepText(const StepResult &step, bool first) override
    {
        QByteArray x = first ? "\n  " : ",\n  ";
        // Bodies for the steps that did not pass: what a reader needs to see why, at a size that
        // stays readable for 100,000 iterations.
        x.append(writeJson(JsonValue(step.toJson(!step.passed()))));
        return x;
    }
    QByteArray head(const RunSummary &s) override
    {
        return "{\"summary\": " + writeJson(JsonValue(s.toJson())) + ",\n\"results\": [";
    }
    QByteArray tail(const RunSummary &) override { return "\n]}\n"; }
};

} // namespace

std::unique_ptr<RunReport> makeJsonReport(const QString &path)
{
    return std::make_unique<JsonReport>(path);
}

} // namespace ewb
