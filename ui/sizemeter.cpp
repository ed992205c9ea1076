// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sizemeter.h"

#include "palette.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace ewb {

namespace {
Tone toneOf(SizeLevel level)
{
    switch (level) {
    case SizeLevel::Normal: return Tone::Success;
    case SizeLevel::Warning: return Tone::Warning;
    case SizeLevel::Error: return Tone::Error;
    }
    return Tone::Normal;
}
QString levelName(SizeLevel level)
{
    switch (level) {
    case SizeLevel::Normal: return QStringLiteral("normal");
    case SizeLevel::Warning: return QStringLiteral("warning");
    case SizeLevel::Error: return QStringLiteral("error");
    }
    return {};
}
} // namespace

SizeMeter::SizeMeter(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sizeMeter"));
    setToolTip(sizeLimitExplanation());
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
}

void SizeMeter::showGauges(const QList<SizeGauge> &gauges)
{
    m_gauges = gauges;
    while (m_rows.size() < gauges.size()) {
        auto *label = new QLabel(this);
        auto *bar = new QProgressBar(this);
        bar->setTextVisible(false);
        bar->setFixedHeight(qMax(6, fontMetrics().height() / 2)); // grows with a larger system font
        bar->setRange(0, 1000);
        m_layout->addWidget(label);
        m_layout->addWidget(bar);
        m_rows.append({label, bar});
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const bool shown = i < gauges.size();
        m_rows[i].label->setVisible(shown);
        m_rows[i].bar->setVisible(shown);
        if (!shown)
            continue;
        const SizeGauge &g = gauges[i];
        m_rows[i].label->setObjectName(QStringLiteral("sizeGauge%1").arg(i));
        m_rows[i].label->setProperty("level", levelName(g.level));
        m_rows[i].bar->setValue(int(qMin<qsizetype>(1000, g.limit ? g.bytes * 1000 / g.limit : 0)));
    }
    m_level = worstLevel(gauges);
    setProperty("levelName", levelName(m_level));
    restyle();
}

void SizeMeter::setSplitting(bool on)
{
    m_splitting = on;
    restyle();
}

void SizeMeter::setStale(bool stale)
{
    m_stale = stale;
    restyle();
}

void SizeMeter::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

// Texts and colours from the gauges, the split setting and the palette: a groove of the palette's
// own (a style sheet on the chunk alone paints the groove white, even in the dark look) and the
// tone colours that stay readable on it.
void SizeMeter::restyle()
{
    const QPalette p = palette();
    // A quiet edge in both looks (the dark palette's Mid is nearly white).
    const QColor groove = isDarkPalette() ? p.color(QPalette::Window).lighter(170) : p.color(QPalette::Mid);
    for (qsizetype i = 0; i < m_gauges.size() && i < m_rows.size(); ++i) {
        const SizeGauge &g = m_gauges[i];
        const bool split = g.splittable && m_splitting && g.level == SizeLevel::Error;
        const QString note = m_stale      ? tr("  — of the last JSON that parsed")
            : split                       ? tr("  — over the limit: Send splits it into compliant batches")
            : g.level == SizeLevel::Error ? tr("  — over the limit: the API will drop it")
            : g.level == SizeLevel::Warning ? tr("  — past the safe margin")
                                            : QString();
        m_rows[i].label->setText(QStringLiteral("%1: %2").arg(g.label, gaugeText(g)) + note);
        // Stale: muted, but still 3:1 on the groove (a disabled grey is under 2:1 in the light look).
        const QColor chunk = m_stale ? composited(p.color(QPalette::PlaceholderText), p.color(QPalette::Base))
                                     : toneColor(split ? Tone::Warning : toneOf(g.level), p);
        m_rows[i].bar->setStyleSheet(
            QStringLiteral("QProgressBar { background: %1; border: 1px solid %2; border-radius: 3px; }"
                           "QProgressBar::chunk { background: %3; border-radius: 2px; }")
                .arg(p.color(QPalette::Base).name(), groove.name(), chunk.name()));
    }
}

QString SizeMeter::summary() const
{
    QStringList lines;
    for (const Row &r : m_rows) {
        if (r.label->isVisible())
            lines << r.label->text();
    }
    return lines.join(u'\n');
}

} // namespace ewb
