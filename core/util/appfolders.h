// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QString>

namespace ewb {

// The folder where the workbench and ewb keep their data (sources.json, history, drafts): the
// same for both programs, so a source added with `ewb sources add` shows up in the window.
// EWB_DATA_DIR overrides it (tests, portable installs). Never holds a key.
QString appDataFolder();

} // namespace ewb
