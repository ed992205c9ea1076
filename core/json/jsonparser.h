// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "jsonvalue.h"
#include "util/result.h"

#include <QByteArrayView>

namespace ewb {

struct JsonParseOptions
{
    // Deeper documents are refused: real payloads nest a few levels, and a recursive reader must
    // not be walked off its stack by a hostile or broken file.
    int maxDepth = 256;
};

// Where and why a document failed to parse, for editors that underline the spot.
struct JsonSyntaxError
{
    QString code; // stable: "json.syntax", "json.utf8", "json.depth", "json.empty", ...
    QString message; // "line 3, column 14: expected ',' or '}' after an object member"
    qsizetype offset = 0; // byte offset into the input
    int line = 1;
    int column = 1;

    Error toError() const { return Error {code, message}; }
};

// Parses UTF-8 JSON (RFC 8259) strictly: one value, nothing after it, well-formed UTF-8, no BOM.
// Object members keep their order, duplicates included (JsonObject::find sees the last, as the
// API's own decoder does). On failure returns the error and, when where is given, its position.
Result<JsonValue> parseJson(
    QByteArrayView utf8, const JsonParseOptions &options = {}, JsonSyntaxError *where = nullptr);

} // namespace ewb
