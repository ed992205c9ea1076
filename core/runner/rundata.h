// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "util/result.h"
#include "variables/variable.h"

#include <QFile>

#include <memory>
#include <optional>

namespace ewb {

class CsvReader;

// The rows of a data file for a data-driven run: one iteration per row, each column a variable.
// CSV with a header row, a JSON array of objects, or JSONL (an object per line); the extension
// tells which (.csv, .json, .jsonl or .ndjson), else the first character ('[' JSON, '{' JSONL).
// Values become text: strings as they are, numbers as written, true/false, null as empty, objects
// and arrays as compact JSON.
//
// open() reads the whole file once to check every row before anything is sent (a bad row is an
// error naming its line and column; an empty file is an error too) and to count them; the run then
// reads CSV and JSONL again a row at a time, so memory does not grow with the file.
class RunData
{
public:
    enum class Format { Csv, Array, Lines };

    static Result<std::unique_ptr<RunData>> open(const QString &path);
    ~RunData();

    Format format() const { return m_format; }
    qsizetype rowCount() const { return m_rows; }
    const QString &path() const { return m_path; }

    // The next row, or nullopt after the last (rewind() starts again). An error only when the file
    // changed under the run.
    Result<std::optional<Variables>> next();
    Status rewind();

private:
    RunData() = default;
    Result<std::optional<Variables>> nextCsv();
    Result<std::optional<Variables>> nextJsonLine();

    QString m_path;
    Format m_format = Format::Csv;
    qsizetype m_rows = 0;
    QFile m_file;
    std::unique_ptr<CsvReader> m_csv;
    QStringList m_header;
    int m_line = 0; // JSONL: the line last read
    std::vector<Variables> m_arrayRows; // JSON array: parsed whole (bounded by maxDataFileBytes)
    size_t m_nextArrayRow = 0;
};

inline constexpr qint64 maxJsonDataFileBytes = 64 * 1024 * 1024;

} // namespace ewb
