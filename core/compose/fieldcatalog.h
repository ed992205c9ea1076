// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "json/jsonvalue.h"
#include "model/calltype.h"

#include <QList>
#include <QString>

namespace ewb {

// What the forms know about each call type: which top-level fields it has and which are required.
// The validator decides what is wrong; this only decides what a form shows and marks.
struct FormField
{
    QString key; // "userId", "event", ...
    QString label; // "User ID"
    bool required; // marked in the form; "one of" ids are marked with oneOfIds
    bool oneOfIds; // userId / anonymousId: one of them is required
    QString hint; // a placeholder that says what goes there
};
QList<FormField> formFields(CallType type);
// The key-value section a call type edits: "traits" (identify, group), "properties" (track, page,
// screen), or empty (alias).
QString attributesKey(CallType type);

// Suggestions for the attribute keys of a call type (reserved traits first).
QStringList attributeSuggestions(CallType type);

// A named piece of context a person can add in one click.
struct ContextPreset
{
    QString title; // "Library", "Page", ...
    QString key; // the context key it fills: "library", "page", ...
    JsonValue value;
};
QList<ContextPreset> contextPresets();

} // namespace ewb
