// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "collections/savedrequest.h"
#include "importreport.h"

namespace ewb {

struct CurlImport
{
    SavedRequest request;
    QList<ImportNote> notes;
    // A literal key (-u KEY:, an Authorization header) becomes {{write_key}} in the request and is
    // returned here, for the caller to put in the keychain or drop: see ImportedSecret.
    QList<ImportedSecret> secrets;
};

// Reads a pasted curl command into a saved request: -X/--request, -H/--header, -u/--user,
// -d/--data/--data-raw/--data-binary/--data-ascii/--json, --url or a bare URL, quotes and line
// continuations. The URL's last path segment gives the call type and the rest the target's base
// URL. A shell variable as the user name (-u "$CDP_API_KEY:") becomes {{CDP_API_KEY}}. Options
// that change nothing the workbench sends (-s, -v, --compressed...) are listed in notes.
// Fails, saying why, on what is not an API call: no curl, a GET, no JSON body, a body from a file.
Result<CurlImport> importCurlCommand(QStringView command);

} // namespace ewb
