// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QString>
#include <QStringView>

#include <span>

namespace ewb {

// Who a semantic event must name, as its schema in the official spec requires.
enum class SemanticIdentity {
    UserId, // a person: userId itself (an anonymousId is not enough)
    AnonymousId, // no person: the spec's schema asks for anonymousId (Object Deleted)
    None, // reports about messages: no id is required at all
};

// A field a semantic event must carry. path is dotted from the call ("properties.objectId",
// "context.device.token"). allowedValues, when not empty, lists the values the spec names;
// other values get a warning (Customer.io adds metrics over time, so not an error).
struct SemanticField
{
    QStringView path;
    bool required = true;
    std::span<const QStringView> allowedValues;
};

// A track event with a reserved name that Customer.io acts on (deleting a person, registering a
// device...). specSchema names its schema in the spec's components.schemas, which the tests
// cross-check this table against.
struct SemanticEvent
{
    QStringView name;
    QStringView specSchema;
    SemanticIdentity identity;
    std::span<const SemanticField> fields;
    const char *purpose; // for messages, "deletes the person": shown through semanticEventPurpose()
    bool destructive = false; // deletes or suppresses what it names: a backfill refuses it unless told
};

std::span<const SemanticEvent> semanticEvents();
// What the event does ("deletes the person"), in the current language: a verb phrase that follows
// the event's name.
QString semanticEventPurpose(const SemanticEvent &event);
// The semantic event with exactly this name, or nullptr.
const SemanticEvent *findSemanticEvent(QStringView eventName);
// A semantic event whose name matches this one but for case and surrounding spaces, or nullptr;
// "user deleted" is a custom event to the API, which is almost never what was meant.
const SemanticEvent *findSemanticEventLoosely(QStringView eventName);

} // namespace ewb
