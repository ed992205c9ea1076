// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "recordedevent.h"

#include "validation/isotimestamp.h"

namespace ewb {

QString isoUtcMillis(const QDateTime &time)
{
    return time.isValid() ? formatIsoUtcMillis(time.toMSecsSinceEpoch()) : QString();
}

JsonObject RecordedEvent::toJson() const
{
    JsonObject object;
    object.insert(QStringLiteral("id"), JsonValue(id));
    object.insert(QStringLiteral("type"), type);
    object.insert(QStringLiteral("messageId"), messageId);
    object.insert(QStringLiteral("accepted"), accepted);
    if (!accepted) {
        object.insert(QStringLiteral("reason"), reason);
        object.insert(QStringLiteral("message"), message);
    }
    object.insert(QStringLiteral("path"), path);
    object.insert(QStringLiteral("receivedAt"), isoUtcMillis(receivedAt));
    object.insert(QStringLiteral("status"), status);
    if (duplicate)
        object.insert(QStringLiteral("duplicate"), true);
    if (forward.isSet())
        object.insert(QStringLiteral("forward"), forward.toJson());
    object.insert(QStringLiteral("payload"), payload);
    return object;
}

Result<RecordedEvent> RecordedEvent::fromJson(const JsonValue &value)
{
    if (!value.isObject())
        return Error {
            QStringLiteral("sandbox.store.entry"), QStringLiteral("a stored event is not a JSON object")};
    const JsonObject &object = value.object();
    RecordedEvent event;
    event.id = qint64(object.value(u"id").toDouble(-1));
    event.type = object.value(u"type").toString();
    event.messageId = object.value(u"messageId").toString();
    event.accepted = object.value(u"accepted").toBool();
    event.reason = object.value(u"reason").toString();
    event.message = object.value(u"message").toString();
    event.path = object.value(u"path").toString();
    event.receivedAt = QDateTime::fromString(object.value(u"receivedAt").toString(), Qt::ISODateWithMs);
    event.status = int(object.value(u"status").toDouble(200));
    event.payload = object.value(u"payload");
    event.duplicate = object.value(u"duplicate").toBool();
    event.forward = ForwardOutcome::fromJson(object.value(u"forward")).value_or(ForwardOutcome());
    if (event.id < 0 || event.type.isEmpty() || !event.receivedAt.isValid())
        return Error {QStringLiteral("sandbox.store.entry"),
            QStringLiteral("a stored event lacks its id, type or receivedAt")};
    return event;
}

} // namespace ewb
