#pragma once

#include <QString>

#include <utility>
#include <variant>
#include <vector>

namespace ewb {

class JsonValue;
using JsonArray = std::vector<JsonValue>;

// A JSON object that keeps its members in insertion order. Order matters here: what the workbench
// sends must be byte-for-byte what the user wrote, and QJsonObject sorts its keys.
class JsonObject
{
public:
    using Member = std::pair<QString, JsonValue>;

    bool isEmpty() const { return m_members.empty(); }
    qsizetype size() const { return qsizetype(m_members.size()); }
    bool contains(QStringView key) const { return find(key) != nullptr; }

    // nullptr when absent. Linear: payload objects are small and a hash would cost more.
    // With duplicate keys, the last one.
    const JsonValue *find(QStringView key) const;
    JsonValue *find(QStringView key);
    // The value of key, or a null value when absent.
    const JsonValue &value(QStringView key) const;

    // Replaces the value in place when the key exists (keeping its position), appends otherwise.
    void insert(const QString &key, JsonValue value);
    // Removes every member with this key; false when there was none.
    bool remove(QStringView key);

    const std::vector<Member> &members() const { return m_members; }
    std::vector<Member> &members() { return m_members; }

    bool operator==(const JsonObject &other) const;

private:
    std::vector<Member> m_members;
};

// A JSON value. Numbers keep the exact text they were written with, so that a parse and a write
// give back the same bytes (1.10 stays 1.10, a 20-digit id is not rounded through a double).
class JsonValue
{
public:
    enum class Kind { Null, Bool, Number, String, Array, Object };

    JsonValue() = default;
    JsonValue(std::nullptr_t) { }
    JsonValue(bool b) : m_data(b) { }
    JsonValue(int n);
    JsonValue(qint64 n);
    JsonValue(double n);
    JsonValue(const QString &s) : m_data(s) { }
    JsonValue(const char *) = delete; // strings must say their encoding: use QStringLiteral
    JsonValue(JsonArray a) : m_data(std::move(a)) { }
    JsonValue(JsonObject o) : m_data(std::move(o)) { }

    // A number from its JSON literal, already checked by the parser or a caller.
    static JsonValue fromNumberLiteral(QString literal);

    Kind kind() const { return Kind(m_data.index()); }
    bool isNull() const { return kind() == Kind::Null; }
    bool isBool() const { return kind() == Kind::Bool; }
    bool isNumber() const { return kind() == Kind::Number; }
    bool isString() const { return kind() == Kind::String; }
    bool isArray() const { return kind() == Kind::Array; }
    bool isObject() const { return kind() == Kind::Object; }

    bool toBool(bool fallback = false) const;
    double toDouble(double fallback = 0) const;
    // The number's literal text, as written.
    QString numberLiteral() const;
    // The string's value; an empty string for any other kind.
    QString toString() const;
    const QString &stringRef() const;

    const JsonArray &array() const;
    JsonArray &array();
    const JsonObject &object() const;
    JsonObject &object();

    bool operator==(const JsonValue &other) const { return m_data == other.m_data; }

    static QString kindName(Kind kind);

private:
    struct Number
    {
        QString literal;
        bool operator==(const Number &) const = default;
    };
    std::variant<std::monostate, bool, Number, QString, JsonArray, JsonObject> m_data;
};

} // namespace ewb
