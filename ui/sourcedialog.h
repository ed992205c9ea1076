// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "sources/source.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace ewb {

// Adds or edits a source: name, region (US, EU or a custom URL), API key and strict mode. The
// key typed here goes to the key store, never to the source or settings.
class SourceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceDialog)

public:
    explicit SourceDialog(const Source &source, bool isNew, QWidget *parent = nullptr);

    // Valid once accepted.
    Source source() const { return m_source; }
    // Empty when editing and the key field was left untouched.
    QString key() const;

    void accept() override;

private:
    Source m_source;
    bool m_isNew;
    QLineEdit *m_name;
    QComboBox *m_region;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QCheckBox *m_strict;
    QLabel *m_error;
};

} // namespace ewb
