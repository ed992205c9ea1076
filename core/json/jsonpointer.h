// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "json/jsonvalue.h"

#include <QString>
#include <QStringView>

namespace ewb {

// RFC 6901 JSON pointers, as diagnostics carry them ("/batch/3/context/device/token").

// Appends "/" and the token with "~" written "~0" and "/" written "~1".
void appendPointerToken(QString &pointer, QStringView key);
void appendPointerIndex(QString &pointer, qsizetype index);

// The value a pointer names inside root, or nullptr when it names nothing there (a diagnostic about
// a missing field points where the field would be). "" is root itself.
const JsonValue *resolvePointer(const JsonValue &root, QStringView pointer);

} // namespace ewb
