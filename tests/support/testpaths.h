// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QString>

namespace ewb::test {

// The repository's root, and the shared/ folder beside it (API spec, fixtures).
QString sourcePath(const QString &relative);
QString sharedPath(const QString &relative);
QByteArray readFileOrFail(const QString &path);

} // namespace ewb::test
