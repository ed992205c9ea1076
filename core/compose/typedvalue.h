// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "json/jsonvalue.h"
#include "util/result.h"

#include <QStringList>

namespace ewb {

// The value types a key-value row offers. Object and Array are edited as JSON text.
enum class ValueType { String, Number, Bool, Null, Object, Array };

QStringList valueTypeTitles(); // "string", "number", ... in enum order
ValueType valueTypeOf(const JsonValue &value);
// The text a person edits for this value: a string's own characters, a number's literal,
// "true"/"false", "" for null, compact JSON for objects and arrays.
QString valueEditText(const JsonValue &value);
// Reads what a person typed, as a value of the chosen type; the error says what to type instead.
Result<JsonValue> parseTypedValue(ValueType type, const QString &text);

} // namespace ewb
