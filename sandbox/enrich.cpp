// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "enrich.h"

#include "model/payload.h"
#include "recordedevent.h"

#include <QUuid>

namespace ewb {

namespace {

QDateTime parseTime(const JsonValue &value)
{
    if (!value.isString())
        return {};
    return QDateTime::fromString(value.stringRef(), Qt::ISODateWithMs);
}

// The batch-level object merged under the item's own: shallow, the item's keys win.
void mergeUnder(JsonObject &call, const QString &key, const JsonObject &batch)
{
    const JsonValue *shared = batch.find(key);
    if (!shared || !shared->isObject() || shared->object().isEmpty())
        return;
    JsonValue *own = call.find(key);
    if (!own) {
        insertCanonical(call, key, *shared);
        return;
    }
    if (!own->isObject())
        return; // the validator has already said what is wrong with it
    JsonObject merged = shared->object();
    for (const auto &[name, value] : own->object().members())
        merged.insert(name, value);
    *own = std::move(merged);
}

} // namespace

void mergeBatchDefaults(JsonObject &call, const JsonObject &batch)
{
    mergeUnder(call, QStringLiteral("context"), batch);
    mergeUnder(call, QStringLiteral("integrations"), batch);
    if (!call.contains(u"sentAt") && batch.contains(u"sentAt"))
        insertCanonical(call, QStringLiteral("sentAt"), batch.value(u"sentAt"));
}

void enrichCall(JsonObject &call, CallType type, const QDateTime &receivedAt, const JsonObject *batch)
{
    if (batch) {
        mergeBatchDefaults(call, *batch);
    } else {
        insertCanonical(call, QStringLiteral("type"), callTypeName(type));
    }
    const JsonValue &messageId = call.value(u"messageId");
    if (!messageId.isString() || messageId.stringRef().isEmpty())
        insertCanonical(
            call, QStringLiteral("messageId"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!call.contains(u"timestamp")) {
        const QDateTime original = parseTime(call.value(u"originalTimestamp"));
        const QDateTime sent = parseTime(call.value(u"sentAt"));
        QDateTime timestamp = receivedAt;
        if (original.isValid() && sent.isValid())
            timestamp = receivedAt.addMSecs(-(original.msecsTo(sent)));
        else if (original.isValid())
            timestamp = original;
        insertCanonical(call, QStringLiteral("timestamp"), isoUtcMillis(timestamp));
    }
    insertCanonical(call, QStringLiteral("receivedAt"), isoUtcMillis(receivedAt));
}

void stripWriteKey(JsonObject &object)
{
    object.remove(u"writeKey");
}

} // namespace ewb
