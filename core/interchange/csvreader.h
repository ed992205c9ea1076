// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

class QIODevice;

namespace ewb {

// RFC 4180 CSV, read one record at a time from a device, so a file of any length is read in
// bounded memory (the data files of `ewb run`, the rows of `ewb backfill`): fields separated by
// commas, quoted with '"' ("" inside quotes is one quote), records ended by CRLF or LF, line breaks
// allowed inside quotes, a UTF-8 BOM at the start skipped. Only UTF-8 is read.
//
// Errors are values naming the line and column: a quote left open at the end, a quote inside an
// unquoted field, text after a closing quote, bytes that are not UTF-8, a record over
// maxRecordBytes. After an error the reader stays at it.
class CsvReader
{
public:
    static constexpr qsizetype defaultMaxRecordBytes = 1024 * 1024;

    // device must be open for reading and outlive the reader.
    explicit CsvReader(QIODevice *device, qsizetype maxRecordBytes = defaultMaxRecordBytes);

    // The next record, or nullopt at the end. A blank line is a record of one empty field.
    Result<std::optional<QStringList>> next();
    // The line (1-based) the last record returned began on.
    int recordLine() const { return m_recordLine; }

private:
    bool fill(); // reads more into m_buffer; false at the end of the device
    Error fail(const QString &message, int line, int column) const;

    QIODevice *m_device;
    qsizetype m_maxRecordBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    int m_line = 1; // the line m_pos is on
    int m_recordLine = 0;
    bool m_started = false;
    std::optional<Error> m_error;
};

} // namespace ewb
