// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "collections/preparedrequest.h"

#include <optional>

namespace ewb {

// The variables the composer resolves `{{name}}` with: the active environment and the collection
// of the request being edited (its collection.json part only: variables, auth, target). A value,
// copied to the checker's thread. Secret variables hold their values once read from the keychain.
struct ComposeVariables
{
    std::optional<Environment> environment;
    std::optional<Collection> collection; // items left empty

    bool operator==(const ComposeVariables &) const = default;
};

// True when any string (or member name) of value holds "{{": only then is resolution needed.
bool containsVariableReference(const JsonValue &value);

// The payload as it would be sent: variables resolved (dynamic values from dynamic), with the
// diagnostics of what did not resolve. With Secrets::Mask, for display only.
PreparedRequest resolveComposePayload(const Payload &payload, const ComposeVariables &variables,
    DynamicValues &dynamic, VariableResolver::Secrets secrets = VariableResolver::Secrets::Reveal);

} // namespace ewb
