// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "csvmapping.h"
#include "json/jsonvalue.h"
#include "util/result.h"

#include <QFile>

#include <memory>
#include <optional>

namespace ewb {

class CsvReader;
class GzipReader;

// One row of a backfill's input, as read: a call, or why the row is not one (a line that is not
// JSON, a cell that does not parse); such a row is rejected, the others go on.
struct InputRow
{
    qint64 index = 0; // 0-based, among the rows of the file: with the row, what its messageId derives from
    qint64 line = 0; // where it starts, for messages and the rejects file
    std::optional<JsonObject> call;
    QString problem;
    QByteArray raw; // the row as written (JSONL, CSV), at most a few KB of it, for the rejects file
};

// The rows of a backfill's input, a row at a time: JSONL (a call per line), a JSON array of calls
// (read whole, so keep those under 256 MB; JSONL streams any size), or CSV with a header row and a
// mapping (csvmapping.h). gzip is read transparently (by its first bytes); "-" is standard input.
// Memory does not grow with the file for JSONL and CSV.
class BackfillInput
{
public:
    enum class Format { Auto, Lines, Array, Csv };
    static constexpr qint64 maxArrayBytes = 256 * 1024 * 1024;
    static constexpr qint64 maxLineBytes = 1024 * 1024;

    static Result<std::unique_ptr<BackfillInput>> open(
        const QString &path, Format format = Format::Auto, const CsvMapping &mapping = {});
    ~BackfillInput();

    Format format() const { return m_format; }
    bool isStandardInput() const { return m_path == QLatin1String("-"); }
    // The next row; nullopt at the end. An error when the file cannot be read on (damaged gzip, a CSV
    // quote never closed, an I/O error): rows before it were given.
    Result<std::optional<InputRow>> next();
    // Back to the first row (not for standard input).
    Status rewind();
    // How far the reading got in the file itself (compressed bytes for gzip), and its size: progress.
    qint64 position() const;
    qint64 size() const { return m_size; }

private:
    BackfillInput() = default;
    Status start();
    Result<std::optional<InputRow>> nextLine();
    Result<std::optional<InputRow>> nextCsv();

    QString m_path;
    Format m_format = Format::Auto;
    CsvMapping m_mapping;
    QFile m_file;
    std::unique_ptr<GzipReader> m_gzip;
    QIODevice *m_in = nullptr; // m_file or m_gzip
    std::unique_ptr<CsvReader> m_csv;
    QStringList m_header;
    QByteArray m_buffer; // JSONL: read ahead, not yet split into lines
    qsizetype m_bufferPos = 0;
    bool m_eof = false;
    qint64 m_line = 0;
    qint64 m_index = 0;
    qint64 m_size = 0;
    std::vector<JsonValue> m_array; // a JSON array, parsed whole
    size_t m_arrayNext = 0;
};

} // namespace ewb
