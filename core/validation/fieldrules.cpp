// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "fieldrules.h"

#include <QCoreApplication>

#include <array>

namespace ewb {

namespace {

using K = JsonValue::Kind;

constexpr CallMask I = callMask(CallType::Identify);
constexpr CallMask T = callMask(CallType::Track);
constexpr CallMask P = callMask(CallType::Page);
constexpr CallMask S = callMask(CallType::Screen);
constexpr CallMask G = callMask(CallType::Group);
constexpr CallMask A = callMask(CallType::Alias);
constexpr CallMask B = callMask(CallType::Batch);
constexpr CallMask anyCall = I | T | P | S | G | A;
constexpr CallMask personCall = I | T | P | S | G; // the calls the userId/anonymousId rule covers
constexpr CallMask everywhere = anyCall | B;

constexpr KindMask string = kindBit(K::String);
constexpr KindMask object = kindBit(K::Object);
constexpr KindMask boolean = kindBit(K::Bool);
constexpr KindMask none = 0;

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;

constexpr QStringView fieldType = u"field.type";
constexpr QStringView contextType = u"context.field.type";
constexpr QStringView timestampInvalid = u"timestamp.invalid";

constexpr const char *idHint = QT_TRANSLATE_NOOP("ewb::FieldRules", "send ids as non-empty strings");
constexpr const char *droppedTime = QT_TRANSLATE_NOOP("ewb::FieldRules",
    "the API ignores it and stamps the time it receives the call, so backfilled "
    "data lands at the wrong time");
constexpr const char *contextObject = QT_TRANSLATE_NOOP(
    "ewb::FieldRules", "destinations that read it expect an object; send an object or leave it out");
constexpr const char *contextString =
    QT_TRANSLATE_NOOP("ewb::FieldRules", "destinations that read it expect a string");

// Table order is the order in which rules about the same field report, and the order of the
// "missing" diagnostics of an object.
constexpr std::array callRules = {
    FieldRule {
        RuleGroup::Call, u"type", u"type", anyCall, FieldCheck::TypeField, string, E, fieldType, nullptr},
    FieldRule {
        RuleGroup::Call, u"userId", u"userId", personCall, FieldCheck::Id, string, E, fieldType, idHint},
    FieldRule {RuleGroup::Call, u"anonymousId", u"anonymousId", personCall, FieldCheck::Id, string, E,
        fieldType, idHint},
    FieldRule {RuleGroup::Call, u"previousId", u"previousId", A, FieldCheck::Id, string, E, fieldType, idHint,
        true, u"alias.previousId.missing",
        QT_TRANSLATE_NOOP("ewb::FieldRules",
            "an alias call needs the \"previousId\" to merge (the anonymousId or old userId)")},
    FieldRule {RuleGroup::Call, u"userId", u"userId", A, FieldCheck::Id, string, E, fieldType, idHint, true,
        u"alias.userId.missing",
        QT_TRANSLATE_NOOP(
            "ewb::FieldRules", "an alias call needs the \"userId\" to keep (the person's canonical id)")},
    FieldRule {RuleGroup::Call, u"groupId", u"groupId", G, FieldCheck::Id, string, E, fieldType, idHint, true,
        u"group.groupId.missing",
        QT_TRANSLATE_NOOP(
            "ewb::FieldRules", "a group call needs the id of the group (object) to relate the person to")},
    FieldRule {RuleGroup::Call, u"event", u"event", T, FieldCheck::Kind, string, E, fieldType,
        QT_TRANSLATE_NOOP("ewb::FieldRules", "write the event name as a string"), true,
        u"track.event.missing",
        QT_TRANSLATE_NOOP(
            "ewb::FieldRules", "a track call needs the name of the event, e.g. \"Order Completed\"")},
    FieldRule {RuleGroup::Call, u"name", u"name", P | S, FieldCheck::Kind, string, E, fieldType,
        QT_TRANSLATE_NOOP("ewb::FieldRules", "write the name as a string, or leave it out")},
    FieldRule {RuleGroup::Call, u"category", u"category", P, FieldCheck::Kind, string, E, fieldType,
        QT_TRANSLATE_NOOP("ewb::FieldRules", "write the category as a string, or leave it out")},
    FieldRule {RuleGroup::Call, u"properties", u"properties", T | P | S, FieldCheck::Kind, object, E,
        fieldType, QT_TRANSLATE_NOOP("ewb::FieldRules", "send an object of properties, or leave it out")},
    FieldRule {RuleGroup::Call, u"traits", u"traits", I | G, FieldCheck::Kind, object, E, fieldType,
        QT_TRANSLATE_NOOP("ewb::FieldRules", "send an object of traits, or leave it out"), false, {}, {},
        RuleGroup::Traits},
    FieldRule {RuleGroup::Call, u"context", u"context", everywhere, FieldCheck::Kind, object, E, fieldType,
        QT_TRANSLATE_NOOP(
            "ewb::FieldRules", "send an object (ip, locale, library, device, ...), or leave it out"),
        false, {}, {}, RuleGroup::Context},
    FieldRule {RuleGroup::Call, u"integrations", u"integrations", everywhere, FieldCheck::Integrations,
        object, E, fieldType,
        QT_TRANSLATE_NOOP("ewb::FieldRules",
            "send an object like {\"All\": true, \"Salesforce\": false}, or leave it out")},
    FieldRule {RuleGroup::Call, u"messageId", u"messageId", anyCall, FieldCheck::Kind, string, E, fieldType,
        QT_TRANSLATE_NOOP(
            "ewb::FieldRules", "send a unique string (a UUID) so that retries can be de-duplicated")},
    FieldRule {RuleGroup::Call, u"timestamp", u"timestamp", everywhere, FieldCheck::Timestamp, none, W,
        timestampInvalid, droppedTime},
    FieldRule {RuleGroup::Call, u"originalTimestamp", u"originalTimestamp", everywhere, FieldCheck::Timestamp,
        none, W, timestampInvalid, droppedTime},
    FieldRule {RuleGroup::Call, u"sentAt", u"sentAt", everywhere, FieldCheck::Timestamp, none, W,
        timestampInvalid,
        QT_TRANSLATE_NOOP("ewb::FieldRules", "the API cannot correct the device's clock skew with it")},
    FieldRule {RuleGroup::Call, u"receivedAt", u"receivedAt", everywhere, FieldCheck::ServerSet, none,
        Severity::Info, {},
        QT_TRANSLATE_NOOP("ewb::FieldRules", "what is sent is replaced, so leave it out")},
    FieldRule {RuleGroup::Call, u"receivedAt", u"receivedAt", everywhere, FieldCheck::Timestamp, none, W,
        timestampInvalid, QT_TRANSLATE_NOOP("ewb::FieldRules", "the server replaces it anyway")},
    FieldRule {RuleGroup::Call, u"version", u"version", everywhere, FieldCheck::ServerSet, none,
        Severity::Info, {},
        QT_TRANSLATE_NOOP(
            "ewb::FieldRules", "it names the API version that received the call, so leave it out")},
};

constexpr std::array traitRules = {
    FieldRule {RuleGroup::Traits, u"email", u"traits.email", I, FieldCheck::Kind, string, W,
        u"traits.email.type", QT_TRANSLATE_NOOP("ewb::FieldRules", "write the email address as a string")},
    FieldRule {RuleGroup::Traits, u"createdAt", u"traits.createdAt", I | G, FieldCheck::Timestamp, none, W,
        timestampInvalid,
        QT_TRANSLATE_NOOP(
            "ewb::FieldRules", "destinations will not read it as the date the person or group was created")},
    FieldRule {RuleGroup::Traits, u"object_type_id", u"traits.object_type_id", G, FieldCheck::ObjectTypeId,
        none, W, u"group.object-type-id",
        QT_TRANSLATE_NOOP("ewb::FieldRules",
            "object type ids are stringified integers, e.g. \"1\" (the default when it is left out)")},
};

constexpr std::array contextRules = {
    FieldRule {RuleGroup::Context, u"active", u"context.active", everywhere, FieldCheck::Kind, boolean, W,
        contextType, QT_TRANSLATE_NOOP("ewb::FieldRules", "destinations that read it expect true or false")},
    FieldRule {RuleGroup::Context, u"ip", u"context.ip", everywhere, FieldCheck::Kind, string, W, contextType,
        contextString},
    FieldRule {RuleGroup::Context, u"locale", u"context.locale", everywhere, FieldCheck::Kind, string, W,
        contextType, contextString},
    FieldRule {RuleGroup::Context, u"timezone", u"context.timezone", everywhere, FieldCheck::Kind, string, W,
        contextType, contextString},
    FieldRule {RuleGroup::Context, u"userAgent", u"context.userAgent", everywhere, FieldCheck::Kind, string,
        W, contextType, contextString},
    FieldRule {RuleGroup::Context, u"channel", u"context.channel", everywhere, FieldCheck::Kind, string, W,
        contextType, contextString},
    FieldRule {RuleGroup::Context, u"library", u"context.library", everywhere, FieldCheck::Kind, object, W,
        contextType, contextObject},
    FieldRule {RuleGroup::Context, u"page", u"context.page", everywhere, FieldCheck::Kind, object, W,
        contextType, contextObject},
    FieldRule {RuleGroup::Context, u"campaign", u"context.campaign", everywhere, FieldCheck::Kind, object, W,
        contextType, contextObject},
    FieldRule {RuleGroup::Context, u"app", u"context.app", everywhere, FieldCheck::Kind, object, W,
        contextType, contextObject},
    FieldRule {RuleGroup::Context, u"device", u"context.device", everywhere, FieldCheck::Kind, object, W,
        contextType, contextObject, false, {}, {}, RuleGroup::ContextDevice},
    FieldRule {RuleGroup::Context, u"os", u"context.os", everywhere, FieldCheck::Kind, object, W, contextType,
        contextObject},
    FieldRule {RuleGroup::Context, u"network", u"context.network", everywhere, FieldCheck::Kind, object, W,
        contextType, contextObject},
    FieldRule {RuleGroup::Context, u"screen", u"context.screen", everywhere, FieldCheck::Kind, object, W,
        contextType, contextObject},
    FieldRule {RuleGroup::Context, u"location", u"context.location", everywhere, FieldCheck::Kind, object, W,
        contextType, contextObject},
    FieldRule {RuleGroup::Context, u"referrer", u"context.referrer", everywhere, FieldCheck::Kind, object, W,
        contextType, contextObject},
    FieldRule {RuleGroup::Context, u"traits", u"context.traits", everywhere, FieldCheck::Kind, object, W,
        contextType, contextObject},
};

constexpr std::array deviceRules = {
    FieldRule {RuleGroup::ContextDevice, u"token", u"context.device.token", everywhere, FieldCheck::Kind,
        string, W, contextType,
        QT_TRANSLATE_NOOP("ewb::FieldRules", "send the device's push token as a string")},
    FieldRule {RuleGroup::ContextDevice, u"type", u"context.device.type", everywhere, FieldCheck::Kind,
        string, W, contextType,
        QT_TRANSLATE_NOOP(
            "ewb::FieldRules", "write the device type as a string, e.g. \"ios\" or \"android\"")},
};

// The concatenation, for allFieldRules().
constexpr auto all = [] {
    std::array<FieldRule, callRules.size() + traitRules.size() + contextRules.size() + deviceRules.size()>
        out {};
    size_t i = 0;
    for (const auto &r : callRules)
        out[i++] = r;
    for (const auto &r : traitRules)
        out[i++] = r;
    for (const auto &r : contextRules)
        out[i++] = r;
    for (const auto &r : deviceRules)
        out[i++] = r;
    return out;
}();

static_assert(callRules.size() < 64 && contextRules.size() < 64, "walkGroup keeps a 64-bit set per group");

QString translatedHint(const char *hint)
{
    return hint ? QCoreApplication::translate("ewb::FieldRules", hint) : QString();
}

} // namespace

QString FieldRule::hintText() const
{
    return translatedHint(hint);
}

QString FieldRule::missingHintText() const
{
    return translatedHint(missingHint);
}

std::span<const FieldRule> fieldRules(RuleGroup group)
{
    switch (group) {
    case RuleGroup::Call: return callRules;
    case RuleGroup::Context: return contextRules;
    case RuleGroup::ContextDevice: return deviceRules;
    case RuleGroup::Traits: return traitRules;
    case RuleGroup::None: break;
    }
    return {};
}

std::span<const FieldRule> allFieldRules()
{
    return all;
}

} // namespace ewb
