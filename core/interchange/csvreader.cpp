// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "csvreader.h"

#include "json/utf8.h"

#include <QCoreApplication>
#include <QIODevice>

namespace ewb {

namespace {

// The translation context of this file's messages.
class CsvReaderText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::CsvReader)
};

constexpr qsizetype chunkBytes = 64 * 1024;
} // namespace

CsvReader::CsvReader(QIODevice *device, qsizetype maxRecordBytes)
    : m_device(device), m_maxRecordBytes(maxRecordBytes)
{ }

bool CsvReader::fill()
{
    // What was consumed goes, so the buffer holds at most one record and a chunk.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray more = m_device->read(chunkBytes);
    if (more.isEmpty())
        return false;
    m_buffer.append(more);
    return true;
}

Error CsvReader::fail(const QString &message, int line, int column) const
{
    return Error {QStringLiteral("csv.syntax"),
        CsvReaderText::tr("line %1, column %2: %3").arg(line).arg(column).arg(message)};
}

Result<std::optional<QStringList>> CsvReader::next()
{
    if (m_error)
        return *m_error;
    if (!m_started) {
        m_started = true;
        while (m_buffer.size() < 3 && fill()) { }
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    if (m_pos >= m_buffer.size() && !fill())
        return std::optional<QStringList>();

    m_recordLine = m_line;
    QStringList fields;
    QByteArray field;
    bool quoted = false; // inside quotes
    bool afterQuote = false; // a closing quote was just read
    int column = 1; // of the byte at i, in bytes within its line (good enough for CSV columns)
    qsizetype recordBytes = 0;
    const auto finishField = [&]() -> std::optional<Error> {
        if (const qsizetype bad = utf8::firstInvalid(field); bad >= 0)
            return Error {QStringLiteral("csv.utf8"),
                CsvReaderText::tr("line %1: byte 0x%2 is not valid UTF-8; save the file as UTF-8")
                    .arg(m_line)
                    .arg(quint8(field.at(bad)), 2, 16, QLatin1Char('0'))};
        fields.append(utf8::decode(field)); // a field may begin with U+FEFF (fuzz_csv)
        field.clear();
        afterQuote = false;
        return std::nullopt;
    };
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (quoted) {
                m_error = fail(CsvReaderText::tr("a quoted field is not closed before the end of the file"),
                    m_recordLine, 1);
                return *m_error;
            }
            if (std::optional<Error> e = finishField()) {
                m_error = *e;
                return *m_error;
            }
            return std::optional<QStringList>(std::move(fields));
        }
        const char c = m_buffer.at(m_pos++);
        if (++recordBytes > m_maxRecordBytes) {
            m_error = Error {QStringLiteral("csv.too-large"),
                CsvReaderText::tr("line %1: a record over %2 bytes; is this a CSV file?")
                    .arg(m_recordLine)
                    .arg(m_maxRecordBytes)};
            return *m_error;
        }
        if (quoted) {
            if (c == '"') {
                // "" is a quote; a lone one closes the field. The next byte may not be read yet.
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '"') {
                    field.append('"');
                    ++m_pos;
                    ++column;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == '\n') {
                    ++m_line;
                    column = 0;
                }
                field.append(c);
            }
            ++column;
            continue;
        }
        if (c == ',') {
            if (std::optional<Error> e = finishField()) {
                m_error = *e;
                return *m_error;
            }
        } else if (c == '\n' || c == '\r') {
            if (c == '\r') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n')
                    ++m_pos;
            }
            if (std::optional<Error> e = finishField()) {
                m_error = *e;
                return *m_error;
            }
            ++m_line;
            return std::optional<QStringList>(std::move(fields));
        } else if (afterQuote) {
            m_error =
                fail(CsvReaderText::tr("text after the closing quote of a field (quote it all, and write "
                                       "a quote inside as \"\")"),
                    m_line, column);
            return *m_error;
        } else if (c == '"') {
            if (!field.isEmpty()) {
                m_error =
                    fail(CsvReaderText::tr("a quote inside a field that does not begin with one (quote the "
                                           "whole field, and write a quote inside as \"\")"),
                        m_line, column);
                return *m_error;
            }
            quoted = true;
        } else {
            field.append(c);
        }
        ++column;
    }
}

} // namespace ewb
