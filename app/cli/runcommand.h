// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QStringList>

namespace ewb::cli {

// ewb run COLLECTION [ITEM...]: runs a collection's requests (iterations, data files, a shared
// rate limit) and judges each by its expectations; reports for CI. See docs/cli.md.
int runRunCommand(const QStringList &args);

} // namespace ewb::cli
