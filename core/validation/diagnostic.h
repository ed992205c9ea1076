// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "json/jsonvalue.h"

#include <QList>
#include <QString>

namespace ewb {

enum class Severity {
    Error, // the API would reject or silently drop this
    Warning, // accepted, but probably not what was meant
    Info, // worth knowing; nothing is wrong
};

QString severityName(Severity severity); // "error", "warning", "info": for files and --json
QString severityText(Severity severity); // the same, for people: translated ("Fehler")

// One problem found in a payload. pointer is an RFC 6901 JSON pointer into the body as sent
// ("/batch/3/userId"; "" is the whole body); code is stable ("track.event.missing") so tests and
// tools can match it; message says what is wrong and what to do, for a person.
struct Diagnostic
{
    Severity severity = Severity::Error;
    QString pointer;
    QString code;
    QString message;

    bool operator==(const Diagnostic &) const = default;
};
using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

// {"severity", "pointer", "code", "message"}: how tools and golden files see a diagnostic
// (`ewb validate --json`).
JsonObject diagnosticToJson(const Diagnostic &diagnostic);

} // namespace ewb
