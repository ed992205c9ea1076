// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "collections/expectations.h"
#include "json/jsonvalue.h"
#include "net/httpresult.h"
#include "net/outgoingrequest.h"
#include "sources/sendtarget.h"
#include "validation/diagnostic.h"

#include <QString>

#include <optional>

namespace ewb {

// One request of one iteration, run and judged. A value; what it holds is masked (no key, no
// secret variable's value), so reporters and views may show and keep all of it.
struct StepResult
{
    enum class Verdict { Passed, Failed, NotSent };

    int iteration = 1; // 1-based
    int step = 0; // index into RunPlan::steps
    QString name;
    Verdict verdict = Verdict::Failed;
    QStringList failures; // why it failed or was not sent, in words
    QString target; // the target's label
    OutgoingRequest request; // as sent: Authorization redacted, secrets and writeKeys masked
    HttpResult result; // status 0 when not sent or unanswered; body masked
    Diagnostics diagnostics; // what the validator said of the body
    std::optional<SandboxVerdict> sandbox;
    qint64 ms = 0; // from sending to the answer, retries included

    bool passed() const { return verdict == Verdict::Passed; }
    static QString verdictName(Verdict verdict); // "passed", "failed", "not sent": for files and tools
    static QString verdictText(Verdict verdict); // the same for a person, in the current language
    // {"iteration", "name", "verdict", "failures", "status", "ms", "target", "url", "request"
    // (the body as sent, masked), "response" (the body), "sandbox", "diagnostics"}: for --json
    // and the JSON report. withBodies false leaves the bodies out (a passing step's line).
    JsonObject toJson(bool withBodies = true) const;
};

struct RunSummary
{
    QString label;
    QString target; // where it sent (a fixed target's label; empty: each request's own)
    QString dataFile;
    QString environment;
    int iterations = 0; // begun
    int passed = 0;
    int failed = 0;
    int notSent = 0;
    qint64 ms = 0;
    bool partial = false; // stopped before the end: Ctrl+C, Stop, or --bail
    QString stopReason;

    int total() const { return passed + failed + notSent; }
    bool allPassed() const { return failed == 0 && notSent == 0 && !partial; }
    JsonObject toJson() const;
};

} // namespace ewb
