// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QByteArrayView>
#include <QString>

namespace ewb::utf8 {

// Length in bytes of the well-formed UTF-8 sequence starting at data[i], or 0 when the bytes there
// are not well-formed (overlong forms, surrogates, code points past U+10FFFF, truncation).
int sequenceLength(QByteArrayView data, qsizetype i);

// Offset of the first byte that is not well-formed UTF-8, or -1 when all of it is.
qsizetype firstInvalid(QByteArrayView data);

struct TextPosition
{
    int line = 1; // 1-based
    int column = 1; // 1-based, in characters (code points), as editors count
};
TextPosition positionOf(QByteArrayView data, qsizetype offset);

// Text from well-formed UTF-8, every character kept. QString::fromUtf8 skips a byte-order mark at the
// start of what it decodes: right for a file, wrong for a value (a JSON string, a CSV field) that
// begins with U+FEFF, which is the user's character. (Found by fuzz_json, and again by fuzz_csv.)
QString decode(QByteArrayView data);

} // namespace ewb::utf8
