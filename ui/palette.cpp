// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "palette.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <cmath>

namespace ewb {

namespace {
const char toneProperty[] = "ewbTone";

void paintTone(QWidget *widget, Tone tone)
{
    if (tone == Tone::Normal) {
        widget->setPalette(QPalette()); // nothing set: inherits the application's again
        return;
    }
    QPalette p = widget->palette();
    const QColor color = toneColor(tone, QApplication::palette());
    p.setColor(QPalette::WindowText, color);
    p.setColor(QPalette::Text, color);
    widget->setPalette(p);
}

// Colours set with setTone were picked for the previous palette.
void refreshTones()
{
    for (QWidget *widget : QApplication::allWidgets()) {
        const QVariant tone = widget->property(toneProperty);
        if (tone.isValid())
            paintTone(widget, Tone(tone.toInt()));
    }
}
} // namespace

QPalette lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette p = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    // Fusion's own, but for two colours under WCAG AA: white on its selection blue is 3.7:1 (the
    // selected rows, the picked call type), its placeholder (half-transparent black) 3.9:1 on
    // white (hints in empty fields, the JSON editor's line numbers).
    p.setColor(QPalette::Highlight, QColor(0x2b, 0x6c, 0xb0));
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x6b, 0x6b));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    // 4.5:1 on the alternate base too, where the JSON editor's line numbers are.
    p.setColor(QPalette::PlaceholderText, QColor(0x94, 0x97, 0x9b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x58, 0x9d, 0xf6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7d, 0x81));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7d, 0x81));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7d, 0x81));
    return p;
}

void applyPalette(PaletteChoice choice)
{
    if (choice == PaletteChoice::System) {
        // Without a desktop theme (a bare X session, a window manager alone) "the system's look" is
        // Fusion's palette as it is, under AA in two colours: that one gets lightPalette's shades.
        // A theme's own palette (GNOME, KDE, a dark one) is left alone.
        QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        const bool plainFusion = fusion &&
            QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0 &&
            QApplication::palette() == fusion->standardPalette();
        delete fusion;
        if (plainFusion) {
            QApplication::setPalette(lightPalette());
            refreshTones();
        }
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(choice == PaletteChoice::Light ? lightPalette() : darkPalette());
    refreshTones();
}

bool isDarkPalette()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QColor toneColor(Tone tone, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (tone) {
    case Tone::Normal: return palette.color(QPalette::WindowText);
    case Tone::Success: return dark ? QColor(0x6f, 0xcf, 0x97) : QColor(0x1e, 0x7b, 0x45);
    case Tone::Warning: return dark ? QColor(0xf0, 0xb8, 0x49) : QColor(0x9a, 0x5b, 0x00);
    case Tone::Error: return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
    }
    return palette.color(QPalette::WindowText);
}

QColor toneColor(Tone tone)
{
    return toneColor(tone, QApplication::palette());
}

void setTone(QWidget *widget, Tone tone)
{
    widget->setProperty(toneProperty, int(tone));
    paintTone(widget, tone);
}

Tone toneOf(const QWidget *widget)
{
    return Tone(widget->property(toneProperty).toInt());
}

QColor composited(const QColor &color, const QColor &background)
{
    const float a = color.alphaF();
    const auto mix = [a](float over, float under) { return over * a + under * (1 - a); };
    return QColor::fromRgbF(mix(color.redF(), background.redF()), mix(color.greenF(), background.greenF()),
        mix(color.blueF(), background.blueF()));
}

double contrastRatio(const QColor &foreground, const QColor &background)
{
    const QColor a = composited(foreground, background);
    const QColor &b = background;
    const auto luminance = [](const QColor &c) {
        const auto channel = [](float v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

QString warningBannerStyle(const QPalette &palette)
{
    const QColor amber = toneColor(Tone::Warning, palette);
    // 18% amber over the window: a tint that keeps the palette's text readable on it.
    QColor wash = amber;
    wash.setAlphaF(0.18f);
    const QColor tint = composited(wash, palette.color(QPalette::Window));
    return QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 4px; "
                          "padding: 4px 6px; }")
        .arg(tint.name(), palette.color(QPalette::WindowText).name(), amber.name());
}

} // namespace ewb
