// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ewb::test {

// Golden files: compares what a test wrote with the files kept in tests/data. With
// EWB_UPDATE_GOLDEN=1 in the environment the golden copy is rewritten instead (then review the diff).
bool updatingGolden();

// Every file under folder, relative, sorted.
QStringList filesUnder(const QString &folder);

// Empty when the trees hold the same files with the same bytes; else what differs.
QString compareTrees(const QString &actual, const QString &golden);
// Empty when the same; else what differs. Rewrites golden when updating.
QString compareWithGoldenFile(const QByteArray &actual, const QString &goldenPath);
// Copies actual over golden (updating mode).
void replaceTree(const QString &actual, const QString &golden);

// Files under folder whose bytes contain needle: a secret must appear in none.
QStringList filesContaining(const QString &folder, const QByteArray &needle);

} // namespace ewb::test
