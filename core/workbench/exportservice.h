// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "interchange/postmanexport.h"

namespace ewb {

// Exports a collection as a Postman Collection v2.1 file, for both front ends (ewb export --out
// and File > Export in the window): one atomic write, so the file is either what it was or the
// whole new export, never half of one. The error names the file; the returned export carries the
// notes to show.
Result<PostmanExport> exportPostmanFile(const Collection &collection, const QString &file);

} // namespace ewb
