// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "collections/collection.h"
#include "importreport.h"

#include <QByteArrayView>

namespace ewb {

struct PostmanImport
{
    Collection collection;
    QList<ImportNote> notes;
    QList<ImportedSecret> secrets; // see ImportedSecret: never to be written with the collection
    int requestsImported = 0;
    int requestsSkipped = 0;
};

// Reads a Postman Collection (v2.1, and v2.0 which differs only in how auth is written) into a
// collection: folders, POST requests with raw JSON bodies (the call type from the URL's last path
// segment), request, folder and collection Basic auth with their {{variables}} kept as written,
// collection variables, descriptions (as notes). Anything else is listed in notes: scripts,
// non-POST requests, other body modes, headers besides Content-Type, query parameters, other auth
// types, saved example responses.
//
// Literal credentials (a Basic user name or password that is not a {{variable}}, an Authorization
// header, a "writeKey" in a body, a collection variable that is secret or named like one) are
// replaced by {{secret variables}} and returned in secrets.
//
// Fails only when the file is not JSON (with line and column) or not a Postman collection.
Result<PostmanImport> importPostmanCollection(QByteArrayView json);

} // namespace ewb
