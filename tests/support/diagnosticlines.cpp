// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "diagnosticlines.h"

namespace ewb::test {

QStringList diagnosticLines(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << QString(severityName(d.severity) + QLatin1Char(' ') + d.pointer + QLatin1Char(' ') + d.code);
    return out;
}

QStringList lines(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *l : list)
        out << QString::fromUtf8(l);
    return out;
}

} // namespace ewb::test
