// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "interchange/postmanimport.h"

namespace ewb {

// Imports a Postman collection file into a new collection folder, for both front ends (ewb import
// and File > Import in the window): checks the folder first (new or empty,
// checkNewCollectionFolder), reads at most maxImportBytes, writes the collection into a hidden
// sibling folder and renames it into place at the end, so an interrupted import never leaves a
// half-written collection where the user asked for one. The caller stores the returned secrets in
// the keychain (the window asynchronously, ewb as it goes). Errors name the file or the folder.
inline constexpr qint64 maxImportBytes = 64 * 1024 * 1024;
Result<PostmanImport> importPostmanFile(const QString &file, const QString &folder);

} // namespace ewb
