#pragma once

#include <QByteArrayView>

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

} // namespace ewb::utf8
