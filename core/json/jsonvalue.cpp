// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "jsonvalue.h"

#include <QCoreApplication>

#include <cmath>

namespace ewb {

namespace {
const JsonValue &nullValue()
{
    static const JsonValue null;
    return null;
}
const QString &emptyString()
{
    static const QString empty;
    return empty;
}
} // namespace

// From the back: with duplicate keys the last one wins, as in the API's own decoder.
const JsonValue *JsonObject::find(QStringView key) const
{
    for (auto it = m_members.rbegin(); it != m_members.rend(); ++it) {
        if (it->first == key)
            return &it->second;
    }
    return nullptr;
}

JsonValue *JsonObject::find(QStringView key)
{
    return const_cast<JsonValue *>(std::as_const(*this).find(key));
}

const JsonValue &JsonObject::value(QStringView key) const
{
    const JsonValue *v = find(key);
    return v ? *v : nullValue();
}

void JsonObject::insert(const QString &key, JsonValue value)
{
    if (JsonValue *existing = find(key))
        *existing = std::move(value);
    else
        m_members.emplace_back(key, std::move(value));
}

bool JsonObject::remove(QStringView key)
{
    const auto before = m_members.size();
    std::erase_if(m_members, [&](const Member &m) { return m.first == key; });
    return m_members.size() != before;
}

bool JsonObject::operator==(const JsonObject &other) const
{
    return m_members == other.m_members;
}

JsonValue::JsonValue(JsonArray a) : m_data(std::make_shared<JsonArray>(std::move(a))) { }
JsonValue::JsonValue(JsonObject o) : m_data(std::make_shared<JsonObject>(std::move(o))) { }
JsonValue::JsonValue(int n) : m_data(Number {QString::number(n)}) { }
JsonValue::JsonValue(qint64 n) : m_data(Number {QString::number(n)}) { }

JsonValue::JsonValue(double n)
{
    // JSON has no NaN or infinity; JSON.stringify writes null for them, and so do we. Otherwise the
    // shortest form that reads back to the same double, as JavaScript writes it.
    if (std::isfinite(n)) {
        for (int precision = 1; precision <= 17; ++precision) {
            const QString text = QString::number(n, 'g', precision);
            if (text.toDouble() == n) {
                m_data = Number {text};
                break;
            }
        }
    }
}

JsonValue JsonValue::fromNumberLiteral(QString literal)
{
    JsonValue v;
    v.m_data = Number {std::move(literal)};
    return v;
}

bool JsonValue::toBool(bool fallback) const
{
    return isBool() ? std::get<bool>(m_data) : fallback;
}

double JsonValue::toDouble(double fallback) const
{
    if (!isNumber())
        return fallback;
    bool ok = false;
    const double d = std::get<Number>(m_data).literal.toDouble(&ok);
    return ok ? d : fallback;
}

const QString &JsonValue::numberLiteral() const
{
    return isNumber() ? std::get<Number>(m_data).literal : emptyString();
}

QString JsonValue::toString() const
{
    return stringRef();
}

const QString &JsonValue::stringRef() const
{
    return isString() ? std::get<QString>(m_data) : emptyString();
}

namespace {
// Copy on write: a shared tree is copied one level down before a change, its children stay shared.
template<typename T>
T &detached(std::shared_ptr<T> &data)
{
    if (data.use_count() > 1)
        data = std::make_shared<T>(*data);
    return *data;
}
} // namespace

const JsonArray &JsonValue::array() const
{
    static const JsonArray empty;
    return isArray() ? *std::get<std::shared_ptr<JsonArray>>(m_data) : empty;
}

JsonArray &JsonValue::array()
{
    if (!isArray())
        m_data = std::make_shared<JsonArray>();
    return detached(std::get<std::shared_ptr<JsonArray>>(m_data));
}

const JsonObject &JsonValue::object() const
{
    static const JsonObject empty;
    return isObject() ? *std::get<std::shared_ptr<JsonObject>>(m_data) : empty;
}

JsonObject &JsonValue::object()
{
    if (!isObject())
        m_data = std::make_shared<JsonObject>();
    return detached(std::get<std::shared_ptr<JsonObject>>(m_data));
}

bool JsonValue::sharesDataWith(const JsonValue &other) const
{
    if (isArray() && other.isArray())
        return std::get<std::shared_ptr<JsonArray>>(m_data) ==
            std::get<std::shared_ptr<JsonArray>>(other.m_data);
    if (isObject() && other.isObject())
        return std::get<std::shared_ptr<JsonObject>>(m_data) ==
            std::get<std::shared_ptr<JsonObject>>(other.m_data);
    return false;
}

bool JsonValue::operator==(const JsonValue &other) const
{
    if (kind() != other.kind())
        return false;
    if (isArray())
        return sharesDataWith(other) || array() == other.array();
    if (isObject())
        return sharesDataWith(other) || object() == other.object();
    return m_data == other.m_data;
}

QString JsonValue::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Null: return QStringLiteral("null");
    case Kind::Bool: return QCoreApplication::translate("ewb::JsonValue", "a boolean");
    case Kind::Number: return QCoreApplication::translate("ewb::JsonValue", "a number");
    case Kind::String: return QCoreApplication::translate("ewb::JsonValue", "a string");
    case Kind::Array: return QCoreApplication::translate("ewb::JsonValue", "an array");
    case Kind::Object: return QCoreApplication::translate("ewb::JsonValue", "an object");
    }
    return {};
}

qint64 jsonFootprint(const JsonObject &object)
{
    qint64 n = qint64(sizeof(JsonObject));
    for (const auto &[key, value] : object.members())
        n += key.size() * 2 + qint64(sizeof(JsonObject::Member)) + jsonFootprint(value);
    return n;
}

qint64 jsonFootprint(const JsonValue &value)
{
    switch (value.kind()) {
    case JsonValue::Kind::String: return value.stringRef().size() * 2;
    case JsonValue::Kind::Number: return value.numberLiteral().size() * 2;
    case JsonValue::Kind::Array: {
        qint64 n = qint64(sizeof(JsonArray));
        for (const JsonValue &item : value.array())
            n += qint64(sizeof(JsonValue)) + jsonFootprint(item);
        return n;
    }
    case JsonValue::Kind::Object: return jsonFootprint(value.object());
    default: return 0;
    }
}

} // namespace ewb
