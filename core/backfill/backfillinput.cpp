// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "backfillinput.h"

#include "interchange/csvreader.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "util/gzipreader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace ewb {

namespace {

// The translation context of this file's messages.
class BackfillInputText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::BackfillInput)
};

Error inputError(const QString &message)
{
    return Error {QStringLiteral("backfill.input"), message};
}

QByteArray rawExcerpt(QByteArray raw)
{
    constexpr qsizetype keep = 4096;
    if (raw.size() > keep) {
        raw.truncate(keep);
        raw += "…";
    }
    return raw;
}

} // namespace

BackfillInput::~BackfillInput() = default;

Result<std::unique_ptr<BackfillInput>> BackfillInput::open(
    const QString &path, Format format, const CsvMapping &mapping)
{
    std::unique_ptr<BackfillInput> in(new BackfillInput);
    in->m_path = path;
    in->m_mapping = mapping;
    if (path != QLatin1String("-")) {
        const QFileInfo info(path);
        if (!info.exists())
            return inputError(BackfillInputText::tr("%1: no such file").arg(path));
        if (!info.isFile())
            return inputError(
                BackfillInputText::tr("%1 is not a regular file (a folder, a device or a pipe): use - and a "
                                      "redirect for a stream")
                    .arg(path));
        in->m_size = info.size();
    }
    if (format == Format::Auto) {
        QString name = QFileInfo(path).fileName().toLower();
        if (name.endsWith(QLatin1String(".gz")))
            name.chop(3);
        format = name.endsWith(QLatin1String(".csv")) ? Format::Csv
            : name.endsWith(QLatin1String(".json"))   ? Format::Array
                                                      : Format::Lines; // .jsonl, .ndjson, standard input
    }
    in->m_format = format;
    if (Status s = in->start(); !s)
        return s.error();
    return in;
}

Status BackfillInput::start()
{
    m_csv.reset();
    m_gzip.reset();
    m_file.close();
    m_buffer.clear();
    m_bufferPos = 0;
    m_eof = false;
    m_line = 0;
    m_index = 0;
    m_array.clear();
    m_arrayNext = 0;
    const bool ok = m_path == QLatin1String("-")
        ? m_file.open(stdin, QIODevice::ReadOnly)
        : (m_file.setFileName(m_path), m_file.open(QIODevice::ReadOnly));
    if (!ok)
        return inputError(BackfillInputText::tr("cannot read %1: %2").arg(m_path, m_file.errorString()));
    m_in = &m_file;
    // gzip by its magic bytes, whatever the name says; peek() keeps them for the reader.
    if (GzipReader::looksLikeGzip(m_file.peek(2))) {
        m_gzip = std::make_unique<GzipReader>(&m_file);
        m_in = m_gzip.get();
    }
    if (m_format == Format::Csv) {
        m_csv = std::make_unique<CsvReader>(m_in);
        Result<std::optional<QStringList>> header = m_csv->next();
        if (!header)
            return inputError(QStringLiteral("%1: %2").arg(m_path, header.error().message));
        if (!header.value() || (header.value()->size() == 1 && header.value()->first().isEmpty()))
            return inputError(
                BackfillInputText::tr("%1: the first line must name the columns, and it is empty")
                    .arg(m_path));
        m_header = *header.value();
        for (QString &h : m_header)
            h = h.trimmed();
        if (Status s = m_mapping.check(m_header); !s)
            return inputError(QStringLiteral("%1: %2").arg(m_path, s.error().message));
        m_line = 1;
    } else if (m_format == Format::Array) {
        QByteArray bytes = m_in->read(maxArrayBytes + 1);
        if (bytes.size() > maxArrayBytes)
            return inputError(
                BackfillInputText::tr("%1: a JSON array over 256 MB; write it as JSONL (one call per line), "
                                      "which is read a line at a time")
                    .arg(m_path));
        JsonSyntaxError where;
        Result<JsonValue> doc = parseJson(bytes, {}, &where);
        if (!doc)
            return inputError(QStringLiteral("%1: %2").arg(m_path, where.message));
        if (!doc->isArray())
            return inputError(
                BackfillInputText::tr("%1: a JSON file must be an array of calls (or use JSONL)")
                    .arg(m_path));
        m_array = std::move(doc->array());
    }
    return Done {};
}

Status BackfillInput::rewind()
{
    if (isStandardInput())
        return inputError(BackfillInputText::tr("standard input cannot be read twice"));
    return start();
}

qint64 BackfillInput::position() const
{
    return m_file.isOpen() && !isStandardInput() ? m_file.pos() : 0;
}

Result<std::optional<InputRow>> BackfillInput::next()
{
    switch (m_format) {
    case Format::Csv: return nextCsv();
    case Format::Array: {
        if (m_arrayNext >= m_array.size())
            return std::optional<InputRow>();
        InputRow row;
        row.index = qint64(m_arrayNext);
        row.line = row.index + 1; // "line" is the element's number for an array
        JsonValue &v = m_array[m_arrayNext++];
        if (v.isObject())
            row.call = std::move(v.object());
        else
            row.problem = BackfillInputText::tr("element %1 is %2, not a call (an object)")
                              .arg(row.line)
                              .arg(JsonValue::kindName(v.kind()));
        row.raw = rawExcerpt(writeJson(row.call ? JsonValue(*row.call) : v));
        return std::optional<InputRow>(std::move(row));
    }
    case Format::Lines:
    case Format::Auto: return nextLine();
    }
    return std::optional<InputRow>();
}

Result<std::optional<InputRow>> BackfillInput::nextLine()
{
    for (;;) {
        qsizetype newline = m_buffer.indexOf('\n', m_bufferPos);
        while (newline < 0 && !m_eof) {
            if (m_buffer.size() - m_bufferPos > maxLineBytes)
                return inputError(BackfillInputText::tr("%1: line %2 is over 1 MB; is this a JSONL file?")
                                      .arg(m_path)
                                      .arg(m_line + 1));
            m_buffer.remove(0, m_bufferPos);
            m_bufferPos = 0;
            const QByteArray more = m_in->read(256 * 1024);
            if (more.isEmpty()) {
                m_eof = true;
                if (m_gzip && m_gzip->failed())
                    return inputError(QStringLiteral("%1: %2").arg(m_path, m_gzip->errorString()));
            } else {
                const qsizetype from = m_buffer.size();
                m_buffer.append(more);
                newline = m_buffer.indexOf('\n', from);
            }
        }
        if (newline < 0 && m_bufferPos >= m_buffer.size())
            return std::optional<InputRow>();
        const qsizetype end = newline < 0 ? m_buffer.size() : newline;
        QByteArray line = m_buffer.mid(m_bufferPos, end - m_bufferPos);
        m_bufferPos = newline < 0 ? m_buffer.size() : newline + 1;
        ++m_line;
        if (line.endsWith('\r'))
            line.chop(1);
        if (m_line == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        if (line.trimmed().isEmpty())
            continue;
        InputRow row;
        row.index = m_index++;
        row.line = m_line;
        JsonSyntaxError where;
        Result<JsonValue> parsed = parseJson(line, {}, &where);
        if (!parsed)
            row.problem = BackfillInputText::tr("column %1: %2")
                              .arg(where.column)
                              .arg(where.message.section(QStringLiteral(": "), 1));
        else if (!parsed->isObject())
            row.problem = BackfillInputText::tr("the line is %1, not a call (an object)")
                              .arg(JsonValue::kindName(parsed->kind()));
        else
            row.call = std::move(parsed->object());
        row.raw = rawExcerpt(std::move(line));
        return std::optional<InputRow>(std::move(row));
    }
}

Result<std::optional<InputRow>> BackfillInput::nextCsv()
{
    for (;;) {
        Result<std::optional<QStringList>> record = m_csv->next();
        if (!record) {
            if (m_gzip && m_gzip->failed())
                return inputError(QStringLiteral("%1: %2").arg(m_path, m_gzip->errorString()));
            return inputError(QStringLiteral("%1: %2").arg(m_path, record.error().message));
        }
        if (!record.value()) {
            if (m_gzip && m_gzip->failed())
                return inputError(QStringLiteral("%1: %2").arg(m_path, m_gzip->errorString()));
            return std::optional<InputRow>();
        }
        const QStringList &fields = *record.value();
        if (fields.size() == 1 && fields.first().isEmpty())
            continue;
        InputRow row;
        row.index = m_index++;
        row.line = m_csv->recordLine();
        row.raw = rawExcerpt(fields.join(QLatin1Char(',')).toUtf8());
        if (fields.size() != m_header.size()) {
            row.problem =
                BackfillInputText::tr("%n field(s) where the header names %1", nullptr, int(fields.size()))
                    .arg(m_header.size());
        } else {
            Result<JsonObject> call = m_mapping.apply(m_header, fields);
            if (call)
                row.call = std::move(call).value();
            else
                row.problem = call.error().message;
        }
        return std::optional<InputRow>(std::move(row));
    }
}

} // namespace ewb
