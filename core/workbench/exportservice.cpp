// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "exportservice.h"

#include "util/atomicfile.h"

namespace ewb {

Result<PostmanExport> exportPostmanFile(const Collection &collection, const QString &file)
{
    PostmanExport exported = exportPostmanCollection(collection);
    if (Status written = writeFileAtomically(file, exported.json); !written)
        return written.error();
    return exported;
}

} // namespace ewb
