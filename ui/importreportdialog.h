// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "interchange/importreport.h"

#include <QDialog>

namespace ewb {

// What an import did: a summary line, then what was not carried over, the credentials moved to
// the keychain (or dropped), and what was carried over differently. Nothing is dropped silently.
class ImportReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReportDialog)

public:
    ImportReportDialog(const QString &summary, const QList<ImportNote> &notes, QWidget *parent = nullptr);
};

} // namespace ewb
