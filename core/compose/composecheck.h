// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "composevariables.h"
#include "jsontextlocator.h"
#include "model/payload.h"
#include "sizestatus.h"
#include "validation/validator.h"

#include <QList>
#include <QMetaType>

#include <optional>

namespace ewb {

// Everything the composer shows about the document being edited: whether its text parsed, the
// payload it holds, every diagnostic with where it is written in the text, and the size gauges.
struct ComposeCheck
{
    quint64 generation = 0; // which request this answers; stale answers are dropped
    bool parsed = false;
    Payload payload;
    QString syntaxMessage; // when the text is not a payload: why, for the diagnostics list
    TextRange syntaxRange; // and where
    PayloadCheck check;
    QList<TextRange> ranges; // parallel to check.diagnostics; invalid when not located
    QList<SizeGauge> gauges;
    // The payload holds `{{variables}}`: check, gauges and diagnostics are about it resolved (secrets
    // masked), and the first diagnostics say what did not resolve.
    bool resolved = false;
};

// Only the first diagnostics are located in the text: each look-up scans from the top, and a
// broken 1,500-call batch must not turn a keystroke into seconds of scanning.
inline constexpr qsizetype maxLocatedDiagnostics = 200;

// Parses the JSON tab's text as a payload: fallbackType when it has no "type" and no "batch".
// The error says where the text breaks ("line 3, column 14: ...", with its UTF-8 offset in
// errorOffset) or why it is not a call. The one parse of the composer's text: the background
// check and RequestDocument::flush() both use it. Pure; safe on any thread.
Result<Payload> parseComposeText(
    const QString &text, CallType fallbackType, qsizetype *errorOffset = nullptr);

// Parses text as a payload (fallbackType when it has no "type" and no "batch"), checks it and
// locates each diagnostic. Pure; safe on any thread.
// With variables, `{{name}}` is resolved first (see ComposeCheck::resolved).
ComposeCheck checkComposeText(
    const QString &text, CallType fallbackType, const ComposeVariables *variables = nullptr);
// Checks a payload that is already a value (form edits); ranges point into text when given.
ComposeCheck checkComposePayload(
    const Payload &payload, const QString &text = {}, const ComposeVariables *variables = nullptr);

} // namespace ewb

Q_DECLARE_METATYPE(ewb::ComposeCheck)
