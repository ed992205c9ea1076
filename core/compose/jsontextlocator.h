// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QString>
#include <QStringView>

namespace ewb {

// A span of characters (UTF-16 code units, as QTextDocument counts them) in a JSON text.
struct TextRange
{
    qsizetype start = -1;
    qsizetype length = 0;
    // False when the pointer named something absent and the range is its nearest existing parent
    // (a missing required field is underlined at the object that should hold it).
    bool exact = false;

    bool isValid() const { return start >= 0; }
    bool operator==(const TextRange &) const = default;
};

// Finds where the value an RFC 6901 JSON pointer names is written in text, by scanning the text
// itself, so the editor can underline a diagnostic at the user's own layout. Tolerates broken
// documents: it returns the deepest place it could reach, or an invalid range when the text does
// not even start with a value. Linear in the text up to the target.
TextRange locateJsonPointer(QStringView text, QStringView pointer);

// A UTF-8 byte offset (as parse errors give it) converted into a UTF-16 offset in the same text.
qsizetype utf16OffsetOfUtf8(QStringView text, qsizetype utf8Offset);

} // namespace ewb
