// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QString>

#include <memory>
#include <utility>
#include <variant>
#include <vector>

namespace ewb {

class JsonObject;
class JsonValue;
using JsonArray = std::vector<JsonValue>;

// A JSON value. Numbers keep the exact text they were written with, so that a parse and a write
// give back the same bytes (1.10 stays 1.10, a 20-digit id is not rounded through a double).
//
// Arrays and objects are implicitly shared (copy on write, as Qt's containers): a copy of a 3 MB
// batch costs a pointer, and an edit copies only the path from the root to what changed. Undo
// steps, drafts and the background checker's snapshots keep one tree between them, not one each.
// The mutable accessors detach; a reference they return must not be held across a copy of the
// value that is then changed through it.
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
    JsonValue(JsonArray a);
    JsonValue(JsonObject o);

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
    // The number's literal text, as written; empty for any other kind.
    const QString &numberLiteral() const;
    // The string's value; an empty string for any other kind.
    QString toString() const;
    const QString &stringRef() const;

    const JsonArray &array() const;
    JsonArray &array(); // detaches
    const JsonObject &object() const;
    JsonObject &object(); // detaches

    // True when both are the same shared array or object (not merely equal): for tests and
    // benchmarks of the sharing.
    bool sharesDataWith(const JsonValue &other) const;

    bool operator==(const JsonValue &other) const;
    // Cheaper than three moves, and it keeps GCC 12 from a false "may be used uninitialized" in
    // std::rotate over object members.
    friend void swap(JsonValue &a, JsonValue &b) noexcept { a.m_data.swap(b.m_data); }

    static QString kindName(Kind kind);

private:
    struct Number
    {
        QString literal;
        bool operator==(const Number &) const = default;
    };
    std::variant<std::monostate, bool, Number, QString, std::shared_ptr<JsonArray>,
        std::shared_ptr<JsonObject>>
        m_data;
};

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

// Roughly the memory a value's tree holds (its strings, number texts and containers), counting a
// shared subtree in full: for bounding caches and histories by bytes, not for exact accounting.
qint64 jsonFootprint(const JsonValue &value);
qint64 jsonFootprint(const JsonObject &object);

} // namespace ewb
