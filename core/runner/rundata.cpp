// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "rundata.h"

#include "interchange/csvreader.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "util/boundedread.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ewb {

namespace {

// The translation context of this file's messages.
class RunDataText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::RunData)
};

Error dataError(const QString &path, const QString &message)
{
    return Error {
        QStringLiteral("run.data"), QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), message)};
}

QString valueText(const JsonValue &value)
{
    switch (value.kind()) {
    case JsonValue::Kind::Null: return QString();
    case JsonValue::Kind::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case JsonValue::Kind::Number: return value.numberLiteral();
    case JsonValue::Kind::String: return value.toString();
    case JsonValue::Kind::Array:
    case JsonValue::Kind::Object: return QString::fromUtf8(writeJson(value));
    }
    return QString();
}

// One row of a JSON data file: an object whose members are usable variable names.
Result<Variables> rowFromJson(const JsonValue &row, const QString &where)
{
    if (!row.isObject())
        return Error {QStringLiteral("run.data"),
            RunDataText::tr("%1: a row must be an object of variables, not %2")
                .arg(where, JsonValue::kindName(row.kind()))};
    Variables variables;
    for (const auto &[name, value] : row.object().members()) {
        if (!isValidVariableName(name))
            return Error {QStringLiteral("run.data"),
                RunDataText::tr("%1: \"%2\" cannot be a variable name").arg(where, name.left(60))};
        setVariable(variables, Variable {name, valueText(value)});
    }
    return variables;
}

bool isBlankRecord(const QStringList &fields)
{
    return fields.size() == 1 && fields.first().isEmpty();
}

} // namespace

RunData::~RunData() = default;

Result<std::unique_ptr<RunData>> RunData::open(const QString &path)
{
    std::unique_ptr<RunData> data(new RunData);
    data->m_path = path;
    const QFileInfo info(path);
    if (!info.exists())
        return dataError(path, RunDataText::tr("no such file"));
    if (!info.isFile())
        return dataError(path, RunDataText::tr("not a regular file (a folder, a device or a pipe)"));
    const QString suffix = info.suffix().toLower();
    if (suffix == u"csv") {
        data->m_format = Format::Csv;
    } else if (suffix == u"jsonl" || suffix == u"ndjson") {
        data->m_format = Format::Lines;
    } else if (suffix == u"json") {
        data->m_format = Format::Array;
    } else {
        QFile peek(path);
        if (!peek.open(QIODevice::ReadOnly))
            return dataError(path, peek.errorString());
        const QByteArray start = peek.read(4096).trimmed();
        data->m_format = start.startsWith('[') ? Format::Array
            : start.startsWith('{')            ? Format::Lines
                                               : Format::Csv;
    }

    if (data->m_format == Format::Array) {
        Result<QByteArray> bytes = readRegularFile(path, maxJsonDataFileBytes);
        if (!bytes)
            return dataError(path, bytes.error().message);
        JsonSyntaxError where;
        Result<JsonValue> doc = parseJson(bytes.value(), {}, &where);
        if (!doc)
            return dataError(path, where.message);
        if (!doc->isArray())
            return dataError(
                path, RunDataText::tr("a JSON data file must be an array of objects, one per iteration"));
        qsizetype index = 0;
        for (const JsonValue &row : doc->array()) {
            Result<Variables> variables =
                rowFromJson(row, RunDataText::tr("row %1 (/%2)").arg(index + 1).arg(index));
            if (!variables)
                return dataError(path, variables.error().message);
            data->m_arrayRows.push_back(std::move(variables).value());
            ++index;
        }
        data->m_rows = qsizetype(data->m_arrayRows.size());
    } else {
        if (Status s = data->rewind(); !s)
            return dataError(path, s.error().message);
        for (;;) {
            Result<std::optional<Variables>> row = data->next();
            if (!row)
                return dataError(path, row.error().message);
            if (!row.value())
                break;
            ++data->m_rows;
        }
    }
    if (data->m_rows == 0)
        return dataError(path, RunDataText::tr("the file has no rows, so there is nothing to iterate over"));
    if (Status s = data->rewind(); !s)
        return dataError(path, s.error().message);
    return data;
}

Status RunData::rewind()
{
    m_nextArrayRow = 0;
    if (m_format == Format::Array)
        return Done {};
    m_csv.reset();
    m_file.close();
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("run.data"), m_file.errorString()};
    m_line = 0;
    if (m_format == Format::Csv) {
        m_csv = std::make_unique<CsvReader>(&m_file);
        Result<std::optional<QStringList>> header = m_csv->next();
        if (!header)
            return header.error();
        if (!header.value() || isBlankRecord(*header.value()))
            return Error {QStringLiteral("run.data"),
                RunDataText::tr("the first line must name the columns (the variables), and it is empty")};
        m_header = *header.value();
        for (qsizetype i = 0; i < m_header.size(); ++i) {
            m_header[i] = m_header[i].trimmed();
            if (!isValidVariableName(m_header[i]))
                return Error {QStringLiteral("run.data"),
                    RunDataText::tr("line 1, column %1 of the header: \"%2\" cannot be a variable name")
                        .arg(i + 1)
                        .arg(m_header[i].left(60))};
            if (m_header.indexOf(m_header[i]) != i)
                return Error {QStringLiteral("run.data"),
                    RunDataText::tr("line 1: the column \"%1\" is named twice").arg(m_header[i])};
        }
    }
    return Done {};
}

Result<std::optional<Variables>> RunData::next()
{
    switch (m_format) {
    case Format::Csv: return nextCsv();
    case Format::Lines: return nextJsonLine();
    case Format::Array:
        if (m_nextArrayRow >= m_arrayRows.size())
            return std::optional<Variables>();
        return std::optional<Variables>(m_arrayRows[m_nextArrayRow++]);
    }
    return std::optional<Variables>();
}

Result<std::optional<Variables>> RunData::nextCsv()
{
    for (;;) {
        Result<std::optional<QStringList>> record = m_csv->next();
        if (!record)
            return record.error();
        if (!record.value())
            return std::optional<Variables>();
        const QStringList &fields = *record.value();
        if (isBlankRecord(fields))
            continue;
        if (fields.size() != m_header.size())
            return Error {QStringLiteral("run.data"),
                RunDataText::tr("line %1: %n field(s) where the header names %2", nullptr, int(fields.size()))
                    .arg(m_csv->recordLine())
                    .arg(m_header.size())};
        Variables variables;
        variables.reserve(size_t(fields.size()));
        for (qsizetype i = 0; i < fields.size(); ++i)
            setVariable(variables, Variable {m_header[i], fields[i]});
        return std::optional<Variables>(std::move(variables));
    }
}

Result<std::optional<Variables>> RunData::nextJsonLine()
{
    constexpr qint64 maxLineBytes = 1024 * 1024;
    while (!m_file.atEnd()) {
        QByteArray line = m_file.readLine(maxLineBytes + 1);
        ++m_line;
        if (line.size() > maxLineBytes && !line.endsWith('\n'))
            return Error {QStringLiteral("run.data"),
                RunDataText::tr("line %1 is over %2 bytes; is this a JSONL file?")
                    .arg(m_line)
                    .arg(maxLineBytes)};
        if (m_line == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        if (line.trimmed().isEmpty())
            continue;
        JsonSyntaxError where;
        Result<JsonValue> row = parseJson(line, {}, &where);
        if (!row)
            return Error {QStringLiteral("run.data"),
                RunDataText::tr("line %1, column %2: %3")
                    .arg(m_line)
                    .arg(where.column)
                    .arg(where.message.section(
                        QStringLiteral(": "), 1))}; // without the parser's own "line 1, column N"
        Result<Variables> variables = rowFromJson(row.value(), RunDataText::tr("line %1").arg(m_line));
        if (!variables)
            return variables.error();
        return std::optional<Variables>(std::move(variables).value());
    }
    return std::optional<Variables>();
}

} // namespace ewb
