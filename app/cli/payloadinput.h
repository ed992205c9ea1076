// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "model/payload.h"
#include "validation/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ewb::cli {

// A payload file as read for validate and send: either a payload, or the diagnostic that says why
// there is none (unreadable JSON with its line and column, not an object, too large...).
struct PayloadInput
{
    QByteArray bytes; // the file as read
    std::optional<Payload> payload; // when it parsed
    Diagnostic problem; // when it did not
};

// Reads and parses FILE or "-" (stdin). Returns an error only when the file cannot be read at all
// (missing, a directory, no permission): those are not payload problems.
Result<PayloadInput> readPayloadInput(const QString &path, std::optional<CallType> forcedType);

// Parses --type; an empty value means "detect".
Result<std::optional<CallType>> parseTypeOption(const QString &value);

} // namespace ewb::cli
