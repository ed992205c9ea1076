// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "collections/collection.h"

#include <QByteArray>
#include <QStringList>

namespace ewb {

struct PostmanExport
{
    QByteArray json; // a Postman Collection v2.1 document, pretty-printed
    QStringList notes; // what was changed on the way (a source target became {{baseUrl}}, ...)
};

// Writes a collection as a Postman Collection v2.1 that Postman and newman run: folders, POST
// requests with raw JSON bodies and Content-Type and X-Strict-Mode headers, Basic auth, variables
// under their own names. Secret variables are exported by name with an empty value (type
// "secret"): an export never holds a key or a secret.
//
// A request aimed at a stored source (which has no URL of its own in a file) goes to
// {{baseUrl}}, and when nothing in the collection authenticates, collection-level Basic auth with
// {{write_key}} is added (the variable names of Customer.io's own Postman environment); notes say so.
PostmanExport exportPostmanCollection(const Collection &collection);

} // namespace ewb
