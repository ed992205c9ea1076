#include "sizemeter.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace ewb {

namespace {
QString chunkColor(SizeLevel level)
{
    switch (level) {
    case SizeLevel::Normal: return QStringLiteral("#3a9d5d");
    case SizeLevel::Warning: return QStringLiteral("#e0a000");
    case SizeLevel::Error: return QStringLiteral("#d03030");
    }
    return {};
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
    while (m_rows.size() < gauges.size()) {
        auto *label = new QLabel(this);
        auto *bar = new QProgressBar(this);
        bar->setTextVisible(false);
        bar->setFixedHeight(8);
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
        m_rows[i].label->setText(QStringLiteral("%1: %2").arg(g.label, gaugeText(g)) +
            (g.level == SizeLevel::Error            ? tr("  — over the limit: the API will drop it")
                    : g.level == SizeLevel::Warning ? tr("  — past the safe margin")
                                                    : QString()));
        m_rows[i].label->setProperty("level", levelName(g.level));
        m_rows[i].bar->setValue(int(qMin<qsizetype>(1000, g.limit ? g.bytes * 1000 / g.limit : 0)));
        m_rows[i].bar->setStyleSheet(
            QStringLiteral("QProgressBar::chunk { background: %1; }").arg(chunkColor(g.level)));
    }
    m_level = worstLevel(gauges);
    setProperty("levelName", levelName(m_level));
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
