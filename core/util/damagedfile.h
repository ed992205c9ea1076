// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QString>

namespace ewb {

// Where a file that cannot be read is moved so that work goes on without losing it:
// "<path>.damaged-<UTC yyyyMMdd-HHmmss>", with "-2", "-3"... when that name is taken, so an earlier
// damaged copy is never overwritten. Every store that recovers from a damaged file uses this.
QString damagedFilePath(const QString &path);

} // namespace ewb
