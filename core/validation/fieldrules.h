// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "diagnostic.h"
#include "json/jsonvalue.h"
#include "model/calltype.h"

#include <QStringView>

#include <span>

namespace ewb {

// The validator's table of field rules: which field, in which calls, of which JSON kinds, required
// or not, and what to say when it is wrong. docs/validation.md lists the same rules for people.

// Where a rule's field lives: the call itself, or an object inside it.
enum class RuleGroup : quint8 { Call, Context, ContextDevice, Traits, None };

// How a present value is checked.
enum class FieldCheck : quint8 {
    Kind, // its JSON kind is one of kinds (null counts as absent)
    Id, // a string; a number is coerced by the API (warning); anything else is wrong
    Timestamp, // an ISO 8601 date-time that exists (warning: the API stamps the receipt time instead)
    ServerSet, // set by the server; sending it is pointless (info)
    TypeField, // "type" of a single call: must match the endpoint
    Integrations, // an object whose values are booleans or objects
    ObjectTypeId, // a stringified integer
};

using KindMask = quint8;
constexpr KindMask kindBit(JsonValue::Kind kind)
{
    return KindMask(1u << unsigned(kind));
}

// Bits per call type; Batch is the batch's own top level.
using CallMask = quint8;
constexpr CallMask callMask(CallType type)
{
    return CallMask(1u << unsigned(type));
}

struct FieldRule
{
    RuleGroup group;
    QStringView key;
    QStringView label; // the dotted name for messages: "context.device"
    CallMask calls;
    FieldCheck check;
    KindMask kinds;
    Severity severity; // when the value is of the wrong kind
    QStringView code; // when the value is of the wrong kind
    // What to do about it (for Timestamp: what the API does instead). The hints are source texts
    // marked for translation (context ewb::FieldRules): shown through hintText(), translated when a
    // message is made, so that a language switched at run time is followed.
    const char *hint;
    bool required = false;
    QStringView missingCode = {}; // when required and absent, null or ""
    const char *missingHint = nullptr;
    RuleGroup child = RuleGroup::None; // the rules for the members of this object

    QString hintText() const; // "" when there is no hint
    QString missingHintText() const;
};

// The rules of one group, in table order. Fewer than 64 per group.
std::span<const FieldRule> fieldRules(RuleGroup group);
// All of them, for documentation and tests.
std::span<const FieldRule> allFieldRules();

} // namespace ewb
