// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "terminalsafe.h"

namespace ewb::cli {

namespace {
// Appends data escaped to out; afterC2 carries a split two-byte sequence across calls.
void escapeInto(QByteArray &out, QByteArrayView data, bool &afterC2)
{
    for (const char c : data) {
        const auto byte = static_cast<unsigned char>(c);
        if (afterC2) {
            afterC2 = false;
            if (byte >= 0x80 && byte <= 0x9f) { // U+0080..U+009F: the C1 controls (CSI is U+009B)
                out += QByteArray("\\u00") + QByteArray::number(byte, 16);
                continue;
            }
            out += char(0xc2);
        }
        if (byte == 0xc2) {
            afterC2 = true;
        } else if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f) {
            out += QByteArray("\\x") + QByteArray::number(byte, 16).rightJustified(2, '0');
        } else {
            out += c;
        }
    }
}
} // namespace

TerminalSafeDevice::TerminalSafeDevice(FILE *file, QObject *parent) : QIODevice(parent), m_file(file)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 size)
{
    QByteArray out;
    out.reserve(size);
    escapeInto(out, QByteArrayView(data, size), m_afterC2);
    if (!out.isEmpty() && std::fwrite(out.constData(), 1, size_t(out.size()), m_file) != size_t(out.size()))
        return -1;
    std::fflush(m_file);
    return size;
}

QByteArray terminalSafe(QByteArrayView utf8)
{
    QByteArray out;
    bool afterC2 = false;
    escapeInto(out, utf8, afterC2);
    if (afterC2)
        out += char(0xc2);
    return out;
}

} // namespace ewb::cli
