// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "collections/expectations.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ewb {

// A saved request's run checks (what `ewb run` and the Runner expect of it): the status, whether it
// may be sent with validation errors, a maximum size, and what a sandbox must have recorded. The
// file's "expect" member is shown as it will be written.
class ChecksDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecksDialog)

public:
    ChecksDialog(const QString &requestName, const Expectations &current, QWidget *parent = nullptr);

    // What the form says; an error when the status cannot be read.
    Result<Expectations> expectations() const;

private:
    void update();

    QLineEdit *m_status;
    QCheckBox *m_sendWithErrors;
    QSpinBox *m_maxBytes;
    QComboBox *m_recorded;
    QLineEdit *m_reason;
    QLabel *m_preview;
    QPushButton *m_ok = nullptr;
};

} // namespace ewb
