// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QString>

namespace ewb {

// A random UUID v4 without braces, as the official libraries send for messageId.
QString generateMessageId();

} // namespace ewb
