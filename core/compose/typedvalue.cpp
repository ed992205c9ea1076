// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "typedvalue.h"

#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include <QCoreApplication>

namespace ewb {

namespace {
// The translation context of this file's messages.
class TypedValueText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::TypedValue)
};
} // namespace

QStringList valueTypeTitles()
{
    return {QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("bool"),
        QStringLiteral("null"), QStringLiteral("object"), QStringLiteral("array")};
}

ValueType valueTypeOf(const JsonValue &value)
{
    switch (value.kind()) {
    case JsonValue::Kind::Null: return ValueType::Null;
    case JsonValue::Kind::Bool: return ValueType::Bool;
    case JsonValue::Kind::Number: return ValueType::Number;
    case JsonValue::Kind::String: return ValueType::String;
    case JsonValue::Kind::Array: return ValueType::Array;
    case JsonValue::Kind::Object: return ValueType::Object;
    }
    return ValueType::String;
}

QString valueEditText(const JsonValue &value)
{
    switch (value.kind()) {
    case JsonValue::Kind::Null: return {};
    case JsonValue::Kind::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case JsonValue::Kind::Number: return value.numberLiteral();
    case JsonValue::Kind::String: return value.toString();
    case JsonValue::Kind::Array:
    case JsonValue::Kind::Object: return QString::fromUtf8(writeJson(value));
    }
    return {};
}

Result<JsonValue> parseTypedValue(ValueType type, const QString &text)
{
    const QString trimmed = text.trimmed();
    switch (type) {
    case ValueType::String: return JsonValue(text);
    case ValueType::Null: return JsonValue(nullptr);
    case ValueType::Bool:
        if (trimmed.compare(u"true", Qt::CaseInsensitive) == 0)
            return JsonValue(true);
        if (trimmed.compare(u"false", Qt::CaseInsensitive) == 0)
            return JsonValue(false);
        return Error {QStringLiteral("value.bool"), TypedValueText::tr("type true or false")};
    case ValueType::Number: {
        Result<JsonValue> parsed = parseJson(trimmed.toUtf8());
        if (!parsed || !parsed->isNumber())
            return Error {QStringLiteral("value.number"),
                TypedValueText::tr("\"%1\" is not a JSON number; type digits like 42 or 12.5").arg(trimmed)};
        return parsed;
    }
    case ValueType::Object:
    case ValueType::Array: {
        const QString source = trimmed.isEmpty()
            ? (type == ValueType::Object ? QStringLiteral("{}") : QStringLiteral("[]"))
            : trimmed;
        JsonSyntaxError where;
        Result<JsonValue> parsed = parseJson(source.toUtf8(), {}, &where);
        if (!parsed)
            return Error {QStringLiteral("value.json"), where.message};
        if (type == ValueType::Object && !parsed->isObject())
            return Error {QStringLiteral("value.object"),
                TypedValueText::tr("type a JSON object, like {\"plan\": \"pro\"}")};
        if (type == ValueType::Array && !parsed->isArray())
            return Error {
                QStringLiteral("value.array"), TypedValueText::tr("type a JSON array, like [1, 2]")};
        return parsed;
    }
    }
    return JsonValue(text);
}

} // namespace ewb
