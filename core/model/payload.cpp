// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "payload.h"

#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include <QCoreApplication>

#include <array>

namespace ewb {

namespace {
// The translation context of the payload's messages.
class PayloadText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::Payload)
};

// The order the official libraries and the API docs present fields in.
constexpr std::array<QStringView, 20> canonicalOrder = {u"type", u"userId", u"anonymousId", u"previousId",
    u"groupId", u"event", u"name", u"category", u"properties", u"traits", u"batch", u"context",
    u"integrations", u"messageId", u"timestamp", u"originalTimestamp", u"sentAt", u"receivedAt", u"channel",
    u"writeKey"};
} // namespace

int Payload::fieldRank(QStringView key)
{
    for (size_t i = 0; i < canonicalOrder.size(); ++i) {
        if (canonicalOrder[i] == key)
            return int(i);
    }
    return int(canonicalOrder.size());
}

void insertCanonical(JsonObject &object, const QString &key, JsonValue value)
{
    if (JsonValue *existing = object.find(key)) {
        *existing = std::move(value);
        return;
    }
    auto &members = object.members();
    const int rank = Payload::fieldRank(key);
    auto it = members.begin();
    while (it != members.end() && Payload::fieldRank(it->first) <= rank)
        ++it;
    members.emplace(it, key, std::move(value));
}

Payload::Payload(CallType type, JsonObject body) : m_type(type), m_body(std::move(body))
{
    if (type == CallType::Batch && !m_body.contains(u"batch"))
        insertCanonical(m_body, QStringLiteral("batch"), JsonArray());
}

// A parsed body as it is: unlike the public constructor, nothing is added to it, so that a batch
// without "batch" is reported as such rather than silently completed.
static Payload asParsed(CallType type, JsonObject body)
{
    Payload payload(type);
    payload.body() = std::move(body);
    return payload;
}

Result<Payload> Payload::fromJson(JsonValue document, std::optional<CallType> forcedType)
{
    if (!document.isObject()) {
        if (document.isArray())
            return Error {QStringLiteral("payload.not-object"),
                PayloadText::tr("the payload is a JSON array; the API takes one object per call, "
                                "or {\"batch\": [...]} for several calls")};
        return Error {QStringLiteral("payload.not-object"),
            PayloadText::tr("the payload is %1; the API takes a JSON object")
                .arg(JsonValue::kindName(document.kind()))};
    }
    JsonObject body = std::move(document.object());
    if (forcedType)
        return asParsed(*forcedType, std::move(body));
    if (body.contains(u"batch"))
        return asParsed(CallType::Batch, std::move(body));
    const JsonValue &typeField = body.value(u"type");
    if (typeField.isString()) {
        if (auto t = callTypeFromName(typeField.stringRef()); t && *t != CallType::Batch)
            return asParsed(*t, std::move(body));
        return Error {QStringLiteral("payload.unknown-type"),
            PayloadText::tr("\"type\" is \"%1\", which is not a call type; use identify, track, "
                            "page, screen, group or alias")
                .arg(typeField.stringRef())};
    }
    return Error {QStringLiteral("payload.no-type"),
        PayloadText::tr("cannot tell which call this is: add a \"type\" field (identify, track, "
                        "page, screen, group, alias), wrap calls in {\"batch\": [...]}, or name the "
                        "type explicitly")};
}

Result<Payload> Payload::fromText(QByteArrayView utf8, std::optional<CallType> forcedType)
{
    Result<JsonValue> document = parseJson(utf8);
    if (!document)
        return document.error();
    return fromJson(std::move(document).value(), forcedType);
}

QByteArray Payload::toWire() const
{
    QByteArray out;
    appendJson(out, m_body);
    return out;
}

QString Payload::stringField(QStringView key) const
{
    return m_body.value(key).toString();
}

void Payload::setStringField(const QString &key, const QString &value)
{
    if (value.isEmpty())
        m_body.remove(key);
    else
        insertCanonical(m_body, key, value);
}

void Payload::setField(const QString &key, JsonValue value)
{
    insertCanonical(m_body, key, std::move(value));
}

const JsonArray &Payload::batchItems() const
{
    static const JsonArray none;
    return m_type == CallType::Batch ? m_body.value(u"batch").array() : none;
}

JsonArray &Payload::batchItems()
{
    JsonValue *items = m_body.find(u"batch");
    if (!items) {
        insertCanonical(m_body, QStringLiteral("batch"), JsonArray());
        items = m_body.find(u"batch");
    }
    return items->array();
}

} // namespace ewb
