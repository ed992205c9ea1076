// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "throughputchart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ewb {

ThroughputChart::ThroughputChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("throughputChart"));
    setAccessibleName(tr("Events per second"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(48);
}

void ThroughputChart::clear()
{
    m_rates.clear();
    m_window.clear();
    m_lastMs = -1;
    m_lastTotal = 0;
    update();
}

void ThroughputChart::addSample(qint64 elapsedMs, qint64 total)
{
    if (total < m_lastTotal || elapsedMs < m_lastMs)
        clear();
    // The rate over the last second, not between two samples: batches of thousands of calls are
    // acknowledged in steps, and sample to sample the line would only show the steps.
    m_window.emplace_back(elapsedMs, total);
    while (m_window.size() > 2 && elapsedMs - m_window[1].first >= smoothingMs)
        m_window.pop_front();
    if (m_lastMs >= 0 && elapsedMs > m_window.front().first) {
        m_rates.push_back(
            double(total - m_window.front().second) * 1000.0 / double(elapsedMs - m_window.front().first));
        if (m_rates.size() > maxPoints)
            m_rates.pop_front();
    }
    m_lastMs = elapsedMs;
    m_lastTotal = total;
    update();
}

void ThroughputChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(1, 1, -1, -1);
    p.fillRect(area, palette().base());
    p.setPen(palette().mid().color());
    p.drawRect(area);
    const double peak = m_rates.empty() ? 0 : *std::max_element(m_rates.begin(), m_rates.end());
    if (m_rates.size() >= 2 && peak > 0) {
        QPainterPath line;
        const double step = area.width() / double(maxPoints - 1);
        const double x0 = area.right() - step * double(m_rates.size() - 1);
        for (size_t i = 0; i < m_rates.size(); ++i) {
            const QPointF point(
                x0 + step * double(i), area.bottom() - (area.height() - 4) * m_rates[i] / peak);
            i == 0 ? line.moveTo(point) : line.lineTo(point);
        }
        QPainterPath fill = line;
        fill.lineTo(area.right(), area.bottom());
        fill.lineTo(x0, area.bottom());
        fill.closeSubpath();
        QColor shade = palette().highlight().color();
        shade.setAlphaF(0.25);
        p.fillPath(fill, shade);
        p.setPen(QPen(palette().highlight().color(), 1.5));
        p.drawPath(line);
    }
    const QLocale l;
    const QString label = m_rates.empty()
        ? tr("events/s")
        : tr("%1 events/s (peak %2)").arg(l.toString(qint64(m_rates.back())), l.toString(qint64(peak)));
    p.setPen(palette().text().color());
    p.drawText(area.adjusted(6, 2, -6, -2), Qt::AlignTop | Qt::AlignRight, label);
}

} // namespace ewb
