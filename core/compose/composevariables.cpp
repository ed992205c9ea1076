// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "composevariables.h"

namespace ewb {

bool containsVariableReference(const JsonValue &value)
{
    if (value.isString())
        return value.stringRef().contains(u"{{");
    if (value.isArray()) {
        for (const JsonValue &item : value.array()) {
            if (containsVariableReference(item))
                return true;
        }
        return false;
    }
    if (value.isObject()) {
        for (const auto &[key, member] : value.object().members()) {
            if (key.contains(u"{{") || containsVariableReference(member))
                return true;
        }
    }
    return false;
}

PreparedRequest resolveComposePayload(const Payload &payload, const ComposeVariables &variables,
    DynamicValues &dynamic, VariableResolver::Secrets secrets)
{
    SavedRequest request;
    request.type = payload.type();
    request.body = payload.body();
    RequestScope scope;
    scope.environment = variables.environment ? &*variables.environment : nullptr;
    scope.collection = variables.collection ? &*variables.collection : nullptr;
    PreparedRequest out = prepareRequest(request, scope, dynamic, secrets);
    // Auth and target belong to the sender: only the body's diagnostics concern the composer.
    Diagnostics body;
    for (Diagnostic &d : out.diagnostics) {
        if (!d.pointer.isEmpty() || d.code == u"request.body-json")
            body.append(std::move(d));
    }
    out.diagnostics = std::move(body);
    return out;
}

} // namespace ewb
