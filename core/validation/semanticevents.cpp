// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "semanticevents.h"

#include <QCoreApplication>

#include <array>

namespace ewb {

namespace {

constexpr std::array<QStringView, 2> deviceTypes = {u"ios", u"android"};
// The spec's enum; Customer.io's docs name more metrics (bounced, spammed, ...), hence a warning.
constexpr std::array<QStringView, 4> deliveryMetrics = {u"delivered", u"clicked", u"converted", u"opened"};
constexpr std::array<QStringView, 2> contentActions = {u"viewed_content", u"clicked_content"};

constexpr std::array<SemanticField, 2> deviceFields = {
    SemanticField {u"context.device.token", true, {}},
    SemanticField {u"context.device.type", false, deviceTypes},
};
constexpr std::array<SemanticField, 1> objectFields = {SemanticField {u"properties.objectId", true, {}}};
constexpr std::array<SemanticField, 2> deliveryFields = {
    SemanticField {u"properties.deliveryId", true, {}},
    SemanticField {u"properties.metric", true, deliveryMetrics},
};
// The spec's report_content_event lists "activityType" as required but declares only "actionType"
// (with its enum). The declared property is the one the docs and the enum describe, so that is the
// one required here; docs/validation.md explains.
constexpr std::array<SemanticField, 1> contentFields = {
    SemanticField {u"properties.actionType", true, contentActions},
};

constexpr std::array<SemanticEvent, 9> table = {
    SemanticEvent {u"Device Created or Updated", u"create_update_device", SemanticIdentity::UserId,
        deviceFields, QT_TRANSLATE_NOOP("ewb::SemanticEvents", "adds or updates the person's device")},
    SemanticEvent {u"Device Deleted", u"delete_device", SemanticIdentity::UserId, deviceFields,
        QT_TRANSLATE_NOOP("ewb::SemanticEvents", "removes the person's device"), true},
    SemanticEvent {u"User Deleted", u"delete_person", SemanticIdentity::UserId, {},
        QT_TRANSLATE_NOOP("ewb::SemanticEvents", "deletes the person"), true},
    SemanticEvent {u"User Suppressed", u"suppress_person", SemanticIdentity::UserId, {},
        QT_TRANSLATE_NOOP("ewb::SemanticEvents", "deletes the person and keeps them from being added back"),
        true},
    SemanticEvent {u"User Unsuppressed", u"unsuppress_person", SemanticIdentity::UserId, {},
        QT_TRANSLATE_NOOP("ewb::SemanticEvents", "lets the person be added back")},
    SemanticEvent {u"Relationship Deleted", u"relationship_deleted", SemanticIdentity::UserId, objectFields,
        QT_TRANSLATE_NOOP("ewb::SemanticEvents", "removes the person's relationship to an object"), true},
    SemanticEvent {u"Object Deleted", u"group_deleted", SemanticIdentity::AnonymousId, objectFields,
        QT_TRANSLATE_NOOP("ewb::SemanticEvents", "deletes an object"), true},
    SemanticEvent {u"Report Delivery Event", u"report_delivery_event", SemanticIdentity::None, deliveryFields,
        QT_TRANSLATE_NOOP("ewb::SemanticEvents", "reports a message delivery metric")},
    SemanticEvent {u"Report Content Event", u"report_content_event", SemanticIdentity::None, contentFields,
        QT_TRANSLATE_NOOP("ewb::SemanticEvents", "reports an impression or click on anonymous content")},
};

} // namespace

std::span<const SemanticEvent> semanticEvents()
{
    return table;
}

QString semanticEventPurpose(const SemanticEvent &event)
{
    return QCoreApplication::translate("ewb::SemanticEvents", event.purpose);
}

const SemanticEvent *findSemanticEvent(QStringView eventName)
{
    for (const SemanticEvent &e : table) {
        if (e.name == eventName)
            return &e;
    }
    return nullptr;
}

const SemanticEvent *findSemanticEventLoosely(QStringView eventName)
{
    const QStringView trimmed = eventName.trimmed();
    for (const SemanticEvent &e : table) {
        if (e.name.size() == trimmed.size() && e.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

} // namespace ewb
