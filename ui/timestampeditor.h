// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace ewb {

// The call's "timestamp" for backfilling: a date, a time and a zone, the ISO 8601 text they make,
// a Now button and a warning for times in the future. Unset means the server stamps the call.
class TimestampEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimestampEditor)

public:
    explicit TimestampEditor(QWidget *parent = nullptr);

    // The field's text; empty: not set. Text that is not a date-time is shown as it is.
    void setTimestamp(const QString &text);
    QString timestamp() const;

signals:
    void timestampEdited(const QString &text);

private:
    void fromControls();
    void showWarning();

    QCheckBox *m_enabled;
    QDateTimeEdit *m_edit;
    QComboBox *m_zone;
    QLineEdit *m_iso;
    QLabel *m_warning;
    bool m_updating = false;
};

} // namespace ewb
