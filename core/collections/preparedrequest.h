// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "collection.h"
#include "validation/diagnostic.h"
#include "variables/dynamicvalues.h"
#include "variables/environment.h"
#include "variables/secretmask.h"
#include "variables/variableresolver.h"

#include <optional>

namespace ewb {

class SecretStore;

// A saved request with its variables resolved: what the sender, the size meter and the validator
// see. The target and auth are the effective ones (the request's own, else the innermost
// folder's, else the collection's).
struct PreparedRequest
{
    QString name;
    std::optional<Payload> payload; // absent when the body is not a JSON object even after resolution
    RequestTarget target; // baseUrl resolved
    Auth auth; // user name and password resolved; Basic's user name is the API key
    // Unresolved variables (errors, with pointers into the body), a body that is not JSON. A
    // request with errors here must not be sent.
    Diagnostics diagnostics;
    // Those of diagnostics that are about the target and auth (the base URL, the key): they do not
    // matter when the request is sent elsewhere with another key (ewb run --sandbox, --source).
    Diagnostics targetDiagnostics;
    bool usedSecret =
        false; // the payload or auth holds a secret's value: do not save or log them as they are
    // The secret variables' values in scope, for whatever keeps or shows a copy of the request.
    SecretMask secrets;

    // Basic auth's user name: the key the API takes. Empty without Basic auth.
    QString key() const { return auth.kind == Auth::Kind::Basic ? auth.username : QString(); }
};

// Where a request's variables, auth and target come from.
struct RequestScope
{
    const Collection *collection = nullptr; // may be null (a lone request file)
    std::vector<const FolderInfo *> folders; // outermost first
    const Environment *environment = nullptr; // the active one, or null
    // A run's iteration data and --var values: above the environment. May be null.
    const Variables *overrides = nullptr;
};

// Resolves request in scope. The overrides win over the environment's variables, which win over
// the collection's. With
// Secrets::Mask the result is for display only.
PreparedRequest prepareRequest(const SavedRequest &request, const RequestScope &scope, DynamicValues &dynamic,
    VariableResolver::Secrets secrets = VariableResolver::Secrets::Reveal);

// Everything `ewb send FILE --env NAME` needs, from files: reads the request file, the collection
// around it (collection.json and the folder.json files on the way, see findCollectionRoot), the
// environment named environmentName from environmentsFolder(dataFolder) (none when empty), and,
// when secrets is given, the secret variables' values from the keychain. Fails when a file cannot
// be read (the message names the file, line and column) or the environment does not exist;
// unresolved variables are diagnostics in the result, not failures.
Result<PreparedRequest> prepareRequestFile(const QString &path, const QString &environmentName,
    const QString &dataFolder, SecretStore *secrets, DynamicValues &dynamic);

} // namespace ewb
