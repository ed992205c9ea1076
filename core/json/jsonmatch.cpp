// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "jsonmatch.h"

#include "jsonpointer.h"
#include "jsonwriter.h"

namespace ewb {

namespace {

// Numbers by value: a client's serializer decides between 12.5, 12.50 and 1.25e1, not the app.
bool sameLeaf(const JsonValue &expected, const JsonValue &actual)
{
    if (expected.isNumber() && actual.isNumber())
        return expected.numberLiteral() == actual.numberLiteral() || expected.toDouble() == actual.toDouble();
    return expected == actual;
}

bool matches(const JsonValue &expected, const JsonValue &actual, bool partialObjects)
{
    if (expected.isObject()) {
        if (!actual.isObject())
            return false;
        const JsonObject &have = actual.object();
        if (!partialObjects && have.size() != expected.object().size())
            return false;
        for (const auto &[key, want] : expected.object().members()) {
            if (expected.object().find(key) != &want)
                continue; // a later member of the same name wins, as the API reads duplicates
            const JsonValue *value = have.find(key);
            if (!value || !matches(want, *value, partialObjects))
                return false;
        }
        return true;
    }
    if (expected.isArray()) {
        if (!actual.isArray() || actual.array().size() != expected.array().size())
            return false;
        for (size_t i = 0; i < expected.array().size(); ++i)
            if (!matches(expected.array()[i], actual.array()[i], partialObjects))
                return false;
        return true;
    }
    return sameLeaf(expected, actual);
}

struct DifferenceCollector
{
    int limit = 0;
    int total = 0;
    std::vector<JsonDifference> found;

    void add(const QString &pointer, const JsonValue &expected, std::optional<JsonValue> actual)
    {
        ++total;
        if (int(found.size()) < limit)
            found.push_back({pointer, expected, std::move(actual)});
    }

    void walk(const QString &pointer, const JsonValue &expected, const JsonValue &actual)
    {
        if (expected.isObject() && actual.isObject()) {
            for (const auto &[key, want] : expected.object().members()) {
                if (expected.object().find(key) != &want)
                    continue; // shadowed by a later member of the same name
                QString below = pointer;
                appendPointerToken(below, key);
                if (const JsonValue *value = actual.object().find(key))
                    walk(below, want, *value);
                else
                    add(below, want, std::nullopt);
            }
            return;
        }
        if (expected.isArray() && actual.isArray() && expected.array().size() == actual.array().size()) {
            for (size_t i = 0; i < expected.array().size(); ++i) {
                QString below = pointer;
                appendPointerIndex(below, qsizetype(i));
                walk(below, expected.array()[i], actual.array()[i]);
            }
            return;
        }
        if (!matches(expected, actual, true))
            add(pointer, expected, actual);
    }
};

QString shortJson(const JsonValue &value)
{
    constexpr int maxShown = 80;
    QString text = QString::fromUtf8(writeJson(value));
    if (text.size() > maxShown)
        text = text.left(maxShown - 1) + QChar(0x2026);
    return text;
}

} // namespace

bool jsonEquivalent(const JsonValue &expected, const JsonValue &actual)
{
    return matches(expected, actual, false);
}

bool jsonMatches(const JsonValue &expected, const JsonValue &actual)
{
    return matches(expected, actual, true);
}

// Not translated: only the sandbox says this, in its HTTP answers and its event log, which speak
// English like the API it emulates (docs/translations.md).
QString JsonDifference::describe() const
{
    const QString where = pointer.isEmpty() ? QStringLiteral("the event") : pointer;
    if (!actual)
        return QStringLiteral("%1 is missing (expected %2)").arg(where, shortJson(expected));
    return QStringLiteral("%1 is %2, expected %3").arg(where, shortJson(*actual), shortJson(expected));
}

std::vector<JsonDifference> jsonDifferences(
    const JsonValue &expected, const JsonValue &actual, int limit, int *total)
{
    DifferenceCollector collector;
    collector.limit = limit;
    collector.walk(QString(), expected, actual);
    if (total)
        *total = collector.total;
    return std::move(collector.found);
}

} // namespace ewb
