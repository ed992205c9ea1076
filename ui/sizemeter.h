// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "compose/sizestatus.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace ewb {

// Bytes against the API's limits, for the call or for the batch and its largest item; normal,
// warning and error states. The tooltip says why it matters: the API answers 200 and drops
// oversize requests.
class SizeMeter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SizeMeter)
    Q_PROPERTY(int level READ level)

public:
    explicit SizeMeter(QWidget *parent = nullptr);

    void showGauges(const QList<SizeGauge> &gauges);
    // Send splits an oversize batch: the batch gauge says so instead of "the API will drop it".
    void setSplitting(bool on);
    // The text does not parse: the figures shown are the last good payload's, and say so.
    void setStale(bool stale);
    int level() const { return int(m_level); }
    QString summary() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *label;
        QProgressBar *bar;
    };
    void restyle();

    QList<Row> m_rows;
    QList<SizeGauge> m_gauges;
    bool m_splitting = false;
    bool m_stale = false;
    QVBoxLayout *m_layout;
    SizeLevel m_level = SizeLevel::Normal;
};

} // namespace ewb
