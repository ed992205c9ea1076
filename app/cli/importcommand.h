// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QStringList>

namespace ewb::cli {

// ewb import postman FILE --into DIR [--no-keychain]
int runImportCommand(const QStringList &args);

} // namespace ewb::cli
