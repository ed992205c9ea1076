// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QStringList>

namespace ewb::cli {

// ewb sources list|add|remove|set-key|test: the sources the window shows, keys in the keychain.
int runSourcesCommand(const QStringList &args);

} // namespace ewb::cli
