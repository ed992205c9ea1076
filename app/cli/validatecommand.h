// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QStringList>

namespace ewb::cli {

// ewb validate [--json] [--type TYPE] FILE|-
int runValidateCommand(const QStringList &args);

} // namespace ewb::cli
