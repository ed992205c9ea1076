// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "diagnostic.h"

#include <QCoreApplication>

#include <algorithm>

namespace ewb {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ewb::Diagnostic)
};
} // namespace

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error: return Text::tr("error");
    case Severity::Warning: return Text::tr("warning");
    case Severity::Info: return Text::tr("info");
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
