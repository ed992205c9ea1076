// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "csvmapping.h"

#include "json/jsonparser.h"

#include <QCoreApplication>
#include <QSet>

namespace ewb {

namespace {

// The translation context of this file's messages.
class CsvMappingText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::CsvMapping)
};

Error mappingError(const QString &message)
{
    return Error {QStringLiteral("backfill.mapping"), message};
}

void setPath(JsonObject &object, const QStringList &path, qsizetype from, JsonValue value)
{
    const QString &key = path.at(from);
    if (from == path.size() - 1) {
        object.insert(key, std::move(value));
        return;
    }
    JsonValue *child = object.find(key);
    if (!child || !child->isObject()) {
        object.insert(key, JsonObject());
        child = object.find(key);
    }
    setPath(child->object(), path, from + 1, std::move(value));
}

Result<JsonValue> typedValue(const QString &text, CsvMapping::Kind kind, const QString &column)
{
    switch (kind) {
    case CsvMapping::Kind::Text: return JsonValue(text);
    case CsvMapping::Kind::Bool: {
        const QString t = text.trimmed().toLower();
        if (t == u"true" || t == u"1" || t == u"yes")
            return JsonValue(true);
        if (t == u"false" || t == u"0" || t == u"no")
            return JsonValue(false);
        return mappingError(
            CsvMappingText::tr("column \"%1\": \"%2\" is not true or false").arg(column, text.left(40)));
    }
    case CsvMapping::Kind::Number:
    case CsvMapping::Kind::Json: {
        Result<JsonValue> parsed = parseJson(text.trimmed().toUtf8());
        if (!parsed || (kind == CsvMapping::Kind::Number && !parsed->isNumber()))
            return mappingError((kind == CsvMapping::Kind::Number
                    ? CsvMappingText::tr("column \"%1\": \"%2\" is not a number")
                    : CsvMappingText::tr("column \"%1\": \"%2\" is not JSON"))
                                    .arg(column, text.left(40)));
        return parsed.value();
    }
    }
    return JsonValue(text);
}

} // namespace

Result<CsvMapping> CsvMapping::parse(const QString &spec)
{
    CsvMapping m;
    QString joined = spec;
    joined.replace(QLatin1Char('\n'), QLatin1Char(','));
    for (QString entry : joined.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const qsizetype hash = entry.indexOf(QLatin1Char('#')); hash >= 0)
            entry.truncate(hash);
        entry = entry.trimmed();
        if (entry.isEmpty())
            continue;
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == entry.size() - 1)
            return mappingError(CsvMappingText::tr("\"%1\" is not FIELD=COLUMN").arg(entry.left(60)));
        QString field = entry.left(eq).trimmed();
        const QString column = entry.mid(eq + 1).trimmed();
        Kind kind = Kind::Text;
        if (const qsizetype colon = field.lastIndexOf(QLatin1Char(':')); colon > 0) {
            const QString type = field.mid(colon + 1);
            kind = type == u"number" ? Kind::Number
                : type == u"bool"    ? Kind::Bool
                : type == u"json"    ? Kind::Json
                                     : Kind::Text;
            if (kind == Kind::Text && type != u"text")
                return mappingError(
                    CsvMappingText::tr("\"%1\": the type is text, number, bool or json").arg(entry.left(60)));
            field.truncate(colon);
        }
        QStringList path = field.split(QLatin1Char('.'));
        if (path.contains(QString()))
            return mappingError(CsvMappingText::tr("\"%1\": the field path has an empty part").arg(field));
        if (path.last() == u"*") {
            if (column != u"*")
                return mappingError(
                    CsvMappingText::tr("\"%1\": PATH.* takes every other column: write PATH.*=*").arg(entry));
            path.removeLast();
            m.restUnder = path;
            continue;
        }
        if (column == u"*")
            return mappingError(CsvMappingText::tr("\"%1\": * goes with a PATH.* field").arg(entry));
        m.fields.push_back(Field {path, column, kind});
    }
    return m;
}

Status CsvMapping::check(const QStringList &header) const
{
    for (const Field &f : fields) {
        if (!header.contains(f.column))
            return mappingError(
                CsvMappingText::tr("the mapping names a column \"%1\" that the header does not have "
                                   "(it has: %2)")
                    .arg(f.column, header.join(QStringLiteral(", ")).left(300)));
    }
    return Done {};
}

Result<JsonObject> CsvMapping::apply(const QStringList &header, const QStringList &record) const
{
    JsonObject call;
    if (isEmpty()) {
        for (qsizetype i = 0; i < header.size() && i < record.size(); ++i) {
            if (!record[i].isEmpty())
                setPath(call, header[i].split(QLatin1Char('.')), 0, JsonValue(record[i]));
        }
        return call;
    }
    QSet<QString> named;
    for (const Field &f : fields) {
        named.insert(f.column);
        const qsizetype i = header.indexOf(f.column);
        if (i < 0 || i >= record.size() || record[i].isEmpty())
            continue;
        Result<JsonValue> value = typedValue(record[i], f.kind, f.column);
        if (!value)
            return value.error();
        setPath(call, f.path, 0, std::move(value).value());
    }
    if (!restUnder.isEmpty()) {
        for (qsizetype i = 0; i < header.size() && i < record.size(); ++i) {
            if (named.contains(header[i]) || record[i].isEmpty())
                continue;
            setPath(call, QStringList(restUnder) << header[i], 0, JsonValue(record[i]));
        }
    }
    return call;
}

} // namespace ewb
