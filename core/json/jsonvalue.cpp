#include "jsonvalue.h"

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

QString JsonValue::numberLiteral() const
{
    return isNumber() ? std::get<Number>(m_data).literal : QString();
}

QString JsonValue::toString() const
{
    return stringRef();
}

const QString &JsonValue::stringRef() const
{
    return isString() ? std::get<QString>(m_data) : emptyString();
}

const JsonArray &JsonValue::array() const
{
    static const JsonArray empty;
    return isArray() ? std::get<JsonArray>(m_data) : empty;
}

JsonArray &JsonValue::array()
{
    if (!isArray())
        m_data = JsonArray();
    return std::get<JsonArray>(m_data);
}

const JsonObject &JsonValue::object() const
{
    static const JsonObject empty;
    return isObject() ? std::get<JsonObject>(m_data) : empty;
}

JsonObject &JsonValue::object()
{
    if (!isObject())
        m_data = JsonObject();
    return std::get<JsonObject>(m_data);
}

QString JsonValue::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Null: return QStringLiteral("null");
    case Kind::Bool: return QStringLiteral("a boolean");
    case Kind::Number: return QStringLiteral("a number");
    case Kind::String: return QStringLiteral("a string");
    case Kind::Array: return QStringLiteral("an array");
    case Kind::Object: return QStringLiteral("an object");
    }
    return {};
}

} // namespace ewb
