// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "eventfilter.h"

#include "json/jsonmatch.h"
#include "json/jsonparser.h"
#include "json/jsonpointer.h"

namespace ewb {

namespace {

Error filterError(const QString &message)
{
    return Error {QStringLiteral("sandbox.filter"), message};
}

bool same(const std::optional<QString> &wanted, const QString &actual)
{
    return !wanted || *wanted == actual;
}

bool containsText(const JsonValue &value, QStringView text)
{
    switch (value.kind()) {
    case JsonValue::Kind::String: return value.stringRef().contains(text, Qt::CaseInsensitive);
    case JsonValue::Kind::Number: return value.numberLiteral().contains(text, Qt::CaseInsensitive);
    case JsonValue::Kind::Array:
        for (const JsonValue &item : value.array()) {
            if (containsText(item, text))
                return true;
        }
        return false;
    case JsonValue::Kind::Object:
        for (const auto &[name, member] : value.object().members()) {
            if (name.contains(text, Qt::CaseInsensitive) || containsText(member, text))
                return true;
        }
        return false;
    default: return false;
    }
}

bool mentions(const RecordedEvent &e, QStringView text)
{
    for (const QString *field : {&e.type, &e.messageId, &e.reason, &e.message}) {
        if (field->contains(text, Qt::CaseInsensitive))
            return true;
    }
    return containsText(e.payload, text);
}

Result<std::optional<bool>> readBool(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return std::optional<bool>();
    const QString v = query.queryItemValue(name);
    if (v != u"true" && v != u"false")
        return filterError(QStringLiteral("%1 is true or false, not \"%2\".").arg(name, v.left(40)));
    return std::optional<bool>(v == u"true");
}

} // namespace

bool EventFilter::isEmpty() const
{
    return !type && !event && !userId && !anonymousId && !messageId && !reason && !search && !accepted &&
        !duplicate && !forward && !from && !to && matches.empty();
}

bool EventFilter::accepts(const RecordedEvent &e) const
{
    const JsonObject *payload = e.payload.isObject() ? &e.payload.object() : nullptr;
    const auto field = [&](QStringView name) {
        return payload ? payload->value(name).toString() : QString();
    };
    if (!same(type, e.type) || !same(messageId, e.messageId) || !same(reason, e.reason))
        return false;
    if (!same(event, field(u"event")) || !same(userId, field(u"userId")) ||
        !same(anonymousId, field(u"anonymousId")))
        return false;
    if ((accepted && *accepted != e.accepted) || (duplicate && *duplicate != e.duplicate))
        return false;
    if (forward && *forward != e.forward.state)
        return false;
    if ((from && e.receivedAt < *from) || (to && e.receivedAt > *to))
        return false;
    for (const auto &[pointer, value] : matches) {
        const JsonValue *at = resolvePointer(e.payload, pointer);
        if (!at || !jsonEquivalent(value, *at))
            return false;
    }
    // Last: the one that walks the whole payload.
    return !search || search->isEmpty() || mentions(e, *search);
}

Result<EventFilter> EventFilter::fromQuery(const QUrlQuery &query)
{
    EventFilter f;
    const auto text = [&](const QString &name, std::optional<QString> &into) {
        if (query.hasQueryItem(name))
            into = query.queryItemValue(name, QUrl::FullyDecoded);
    };
    text(QStringLiteral("type"), f.type);
    text(QStringLiteral("event"), f.event);
    text(QStringLiteral("userId"), f.userId);
    text(QStringLiteral("anonymousId"), f.anonymousId);
    text(QStringLiteral("messageId"), f.messageId);
    text(QStringLiteral("reason"), f.reason);
    text(QStringLiteral("search"), f.search);
    for (const auto &[name, into] : {std::pair {QStringLiteral("accepted"), &f.accepted},
             std::pair {QStringLiteral("duplicate"), &f.duplicate}}) {
        Result<std::optional<bool>> value = readBool(query, name);
        if (!value)
            return value.error();
        *into = value.value();
    }
    if (query.hasQueryItem(QStringLiteral("forward"))) {
        const QString v = query.queryItemValue(QStringLiteral("forward"));
        if (v == u"none")
            f.forward = ForwardOutcome::State::None;
        else if (const std::optional<ForwardOutcome::State> state = forwardStateFromName(v))
            f.forward = state;
        else
            return filterError(
                QStringLiteral("forward is none, pending, forwarded, failed or skipped, not \"%1\".")
                    .arg(v.left(40)));
    }
    for (const auto &[name, into] :
        {std::pair {QStringLiteral("from"), &f.from}, std::pair {QStringLiteral("to"), &f.to}}) {
        if (!query.hasQueryItem(name))
            continue;
        const QString v = query.queryItemValue(name, QUrl::FullyDecoded);
        QDateTime t = QDateTime::fromString(v, Qt::ISODateWithMs);
        if (!t.isValid() || !v.contains(u'T'))
            return filterError(
                QStringLiteral("%1 is an ISO 8601 time such as 2025-01-02T03:04:05Z, not \"%2\".")
                    .arg(name, v.left(40)));
        *into = t;
    }
    for (const QString &m : query.allQueryItemValues(QStringLiteral("match"), QUrl::FullyDecoded)) {
        const qsizetype eq = m.indexOf(u'=');
        if (!m.startsWith(u'/') || eq < 1)
            return filterError(QStringLiteral("match is POINTER=VALUE with a JSON pointer such as "
                                              "/properties/total=12.5, not \"%1\".")
                                   .arg(m.left(60)));
        const QString value = m.mid(eq + 1);
        Result<JsonValue> parsed = parseJson(value.toUtf8());
        f.matches.emplace_back(m.left(eq), parsed ? parsed.value() : JsonValue(value));
    }
    return f;
}

} // namespace ewb
