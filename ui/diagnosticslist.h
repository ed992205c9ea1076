// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "validation/diagnostic.h"

#include <QTreeWidget>

namespace ewb {

// Every problem the checks found, worst first in document order; activating one asks the
// composer to jump to its place.
class DiagnosticsList final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsList)

public:
    explicit DiagnosticsList(QWidget *parent = nullptr);

    // syntaxMessage, when not empty, is shown alone: the text is not a payload yet.
    void showDiagnostics(const Diagnostics &diagnostics, const QString &syntaxMessage);
    // Makes the next (delta 1) or previous (-1) problem current, wrapping around, and asks to jump
    // to it (F8, Shift+F8). False when there is none.
    bool step(int delta);
    // "Problem 2 of 3: …" for the current problem; empty when none is current.
    QString currentProblem() const;

signals:
    void jumpRequested(int index); // -1: the syntax error

private:
    QString m_empty;
};

} // namespace ewb
