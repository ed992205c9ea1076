// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "composecheck.h"

#include "json/jsonparser.h"

namespace ewb {

ComposeCheck checkComposePayload(
    const Payload &payload, const QString &text, const ComposeVariables *variables)
{
    ComposeCheck out;
    out.parsed = true;
    out.payload = payload;
    if (variables && containsVariableReference(JsonValue(payload.body()))) {
        // Fixed dynamic values: the gauges must not jump about while nothing is typed.
        DynamicValues dynamic(1, [] { return QDateTime::currentDateTimeUtc(); });
        PreparedRequest resolved =
            resolveComposePayload(payload, *variables, dynamic, VariableResolver::Secrets::Mask);
        const Payload &checked = resolved.payload ? *resolved.payload : payload;
        out.resolved = true;
        out.check = checkPayload(checked);
        out.check.diagnostics = resolved.diagnostics + out.check.diagnostics;
        out.gauges = sizeGauges(checked, out.check.size);
    } else {
        out.check = checkPayload(payload);
        out.gauges = sizeGauges(payload, out.check.size);
    }
    out.ranges.reserve(out.check.diagnostics.size());
    for (qsizetype i = 0; i < out.check.diagnostics.size(); ++i) {
        if (text.isEmpty() || i >= maxLocatedDiagnostics)
            out.ranges.append(TextRange {});
        else if (out.check.diagnostics[i].pointer.isEmpty())
            // About the whole call: mark where it starts rather than underline every line.
            out.ranges.append(TextRange {locateJsonPointer(text, {}).start, 1, false});
        else
            out.ranges.append(locateJsonPointer(text, out.check.diagnostics[i].pointer));
    }
    return out;
}

Result<Payload> parseComposeText(const QString &text, CallType fallbackType, qsizetype *errorOffset)
{
    JsonSyntaxError where;
    Result<JsonValue> document = parseJson(text.toUtf8(), {}, &where);
    if (!document) {
        if (errorOffset)
            *errorOffset = where.offset;
        return where.toError();
    }
    const bool typed = document->isObject() &&
        (document->object().contains(u"batch") || document->object().value(u"type").isString());
    return Payload::fromJson(
        std::move(document).value(), typed ? std::nullopt : std::optional<CallType>(fallbackType));
}

ComposeCheck checkComposeText(const QString &text, CallType fallbackType, const ComposeVariables *variables)
{
    qsizetype errorOffset = -1;
    Result<Payload> payload = parseComposeText(text, fallbackType, &errorOffset);
    if (!payload) {
        ComposeCheck out;
        out.syntaxMessage = payload.error().message;
        if (errorOffset >= 0) {
            const qsizetype at = utf16OffsetOfUtf8(text, errorOffset);
            out.syntaxRange = {std::min(at, std::max<qsizetype>(0, text.size() - 1)), 1, true};
        } else {
            out.syntaxRange = locateJsonPointer(text, u"/type");
        }
        return out;
    }
    return checkComposePayload(payload.value(), text, variables);
}

} // namespace ewb
