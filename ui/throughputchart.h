// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QWidget>

#include <deque>
#include <utility>

namespace ewb {

// A live chart of a rate over the last minutes (the Backfill's events per second): a line over
// filled area, in the palette's highlight colour, with the latest and the peak rate written in the
// corner. Painted by hand: one small widget is not worth a charts module.
class ThroughputChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThroughputChart)

public:
    explicit ThroughputChart(QWidget *parent = nullptr);

    // A running total (events acknowledged so far) at elapsedMs; the chart shows its rate between
    // samples. A total lower than the last one (a new run) starts the chart again.
    void addSample(qint64 elapsedMs, qint64 total);
    void clear();
    // The rates shown, per second, oldest first (for tests).
    const std::deque<double> &rates() const { return m_rates; }

    QSize sizeHint() const override { return {300, 70}; }
    QSize minimumSizeHint() const override { return {120, 48}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static constexpr size_t maxPoints = 240; // a minute at four samples a second
    static constexpr qint64 smoothingMs = 1000;
    std::deque<double> m_rates;
    std::deque<std::pair<qint64, qint64>> m_window; // (ms, total) of the last second
    qint64 m_lastMs = -1;
    qint64 m_lastTotal = 0;
};

} // namespace ewb
