// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QStringList>

namespace ewb::cli {

// ewb export postman DIR [--out FILE]
int runExportCommand(const QStringList &args);

} // namespace ewb::cli
