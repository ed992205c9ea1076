// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QStringList>

namespace ewb::cli {

// ewb send [--source NAME | --region us|eu|URL] [key options] [--type T] [--split] [--force] FILE|-
int runSendCommand(const QStringList &args);

} // namespace ewb::cli
