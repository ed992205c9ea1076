// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "calltype.h"
#include "json/jsonvalue.h"
#include "util/result.h"

#include <QByteArray>

#include <optional>

namespace ewb {

// One request body for the API: a single call (identify, track, page, screen, group, alias) or a
// batch. A value: copy it freely. The body is kept as an ordered JSON object, so fields the
// workbench knows nothing of survive every edit and the wire bytes are the user's own.
//
// Typed accessors read and write the known fields; setters insert a new field at its canonical
// place (type, ids, name fields, traits/properties, context, integrations, messageId, timestamps),
// so that a payload built from a form always serializes in the same order.
class Payload
{
public:
    Payload() = default;
    // A new payload; a new batch gets an empty "batch" array to fill.
    explicit Payload(CallType type, JsonObject body = {});

    // Reads a parsed document. The call type comes from, in order: forcedType (the endpoint or
    // --type), a top-level "batch" array, the body's "type" field. Fails with a message when the
    // document is not an object or its type cannot be known.
    static Result<Payload> fromJson(JsonValue document, std::optional<CallType> forcedType = std::nullopt);
    // Parses UTF-8 text, then as above.
    static Result<Payload> fromText(QByteArrayView utf8, std::optional<CallType> forcedType = std::nullopt);

    CallType type() const { return m_type; }
    bool isBatch() const { return m_type == CallType::Batch; }
    const JsonObject &body() const { return m_body; }
    JsonObject &body() { return m_body; }

    // The exact bytes that go on the wire: compact UTF-8 JSON, members in the body's order.
    QByteArray toWire() const;

    // Field access. Absent and non-string fields read as an empty string.
    QString stringField(QStringView key) const;
    // Sets a field at its canonical place; an empty value removes the field.
    void setStringField(const QString &key, const QString &value);
    void setField(const QString &key, JsonValue value);
    bool removeField(QStringView key) { return m_body.remove(key); }

    QString userId() const { return stringField(u"userId"); }
    QString anonymousId() const { return stringField(u"anonymousId"); }
    void setUserId(const QString &id) { setStringField(QStringLiteral("userId"), id); }
    void setAnonymousId(const QString &id) { setStringField(QStringLiteral("anonymousId"), id); }

    // Batch items; empty for single calls.
    const JsonArray &batchItems() const;
    JsonArray &batchItems();

    // The canonical rank of a top-level field; unknown fields rank last.
    static int fieldRank(QStringView key);

    bool operator==(const Payload &other) const = default;

private:
    CallType m_type = CallType::Track;
    JsonObject m_body;
};

// Inserts key at its canonical place in object (see Payload), or replaces its value in place.
void insertCanonical(JsonObject &object, const QString &key, JsonValue value);

} // namespace ewb
