// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "diagnostic.h"

#include <algorithm>

namespace ewb {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
        [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

JsonObject diagnosticToJson(const Diagnostic &diagnostic)
{
    JsonObject o;
    o.insert(QStringLiteral("severity"), severityName(diagnostic.severity));
    o.insert(QStringLiteral("pointer"), diagnostic.pointer);
    o.insert(QStringLiteral("code"), diagnostic.code);
    o.insert(QStringLiteral("message"), diagnostic.message);
    return o;
}

} // namespace ewb
