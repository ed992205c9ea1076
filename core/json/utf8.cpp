// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "utf8.h"

#include <QString>

namespace ewb::utf8 {

int sequenceLength(QByteArrayView data, qsizetype i)
{
    const auto byte = [&](qsizetype k) { return quint8(data[k]); };
    const qsizetype n = data.size();
    const quint8 b0 = byte(i);
    if (b0 < 0x80)
        return 1;
    const auto cont = [&](qsizetype k) { return k < n && (byte(k) & 0xC0) == 0x80; };
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return cont(i + 1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (!cont(i + 1) || !cont(i + 2))
            return 0;
        const quint8 b1 = byte(i + 1);
        if (b0 == 0xE0 && b1 < 0xA0)
            return 0; // overlong
        if (b0 == 0xED && b1 >= 0xA0)
            return 0; // UTF-16 surrogate
        return 3;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3))
            return 0;
        const quint8 b1 = byte(i + 1);
        if (b0 == 0xF0 && b1 < 0x90)
            return 0; // overlong
        if (b0 == 0xF4 && b1 >= 0x90)
            return 0; // past U+10FFFF
        return 4;
    }
    return 0;
}

qsizetype firstInvalid(QByteArrayView data)
{
    qsizetype i = 0;
    const qsizetype n = data.size();
    while (i < n) {
        if (quint8(data[i]) < 0x80) {
            ++i;
            continue;
        }
        const int len = sequenceLength(data, i);
        if (len == 0)
            return i;
        i += len;
    }
    return -1;
}

TextPosition positionOf(QByteArrayView data, qsizetype offset)
{
    TextPosition pos;
    const qsizetype end = qMin(offset, data.size());
    for (qsizetype i = 0; i < end; ++i) {
        const quint8 b = quint8(data[i]);
        if (b == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((b & 0xC0) != 0x80) {
            ++pos.column;
        }
    }
    return pos;
}

QString decode(QByteArrayView data)
{
    QString marks;
    while (data.startsWith("\xEF\xBB\xBF")) {
        marks += QChar(0xFEFF);
        data = data.sliced(3);
    }
    return marks.isEmpty() ? QString::fromUtf8(data) : marks + QString::fromUtf8(data);
}

} // namespace ewb::utf8
