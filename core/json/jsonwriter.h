// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "jsonvalue.h"

#include <QByteArray>

namespace ewb {

enum class JsonStyle {
    Compact, // what goes on the wire: no white space, as JSON.stringify(value) writes it
    Pretty, // two-space indent, as JSON.stringify(value, null, 2) writes it
};

enum class KeyOrder {
    AsIs, // members in the order they were inserted or parsed
    Sorted, // by key, for files that must diff well in git
};

// Writes UTF-8 JSON. Strings are escaped the way JSON.stringify does (", \, control characters and
// lone surrogates only), so that a compact document from any JavaScript client comes back
// byte-for-byte after a parse and a write.
QByteArray writeJson(
    const JsonValue &value, JsonStyle style = JsonStyle::Compact, KeyOrder order = KeyOrder::AsIs);

// Appends to out, so that callers assembling a larger body avoid copies.
void appendJson(QByteArray &out, const JsonValue &value, JsonStyle style = JsonStyle::Compact,
    KeyOrder order = KeyOrder::AsIs);
void appendJson(QByteArray &out, const JsonObject &object, JsonStyle style = JsonStyle::Compact,
    KeyOrder order = KeyOrder::AsIs);
void appendJsonString(QByteArray &out, QStringView text);

// The size of writeJson(value) (compact) in bytes, counted without writing it: what the API's limits
// are about, checked for every item of a batch on every request the sandbox takes and every
// keystroke in the editor. Always equal to writeJson(value).size() (tested, and fuzzed).
qsizetype compactJsonSize(const JsonValue &value);
qsizetype compactJsonSize(const JsonObject &object);
qsizetype compactJsonStringSize(QStringView text);

} // namespace ewb
