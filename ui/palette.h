// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace ewb {

enum class PaletteChoice { System, Light, Dark };

// Switches the application to the Fusion style with a light or dark palette; System leaves the
// platform's style and palette alone. Widgets coloured with setTone follow the switch.
void applyPalette(PaletteChoice choice);
QPalette lightPalette(); // Fusion's own, two colours darker for contrast
QPalette darkPalette();
bool isDarkPalette();

// What a coloured text means. Normal is the palette's own text colour.
enum class Tone { Normal, Success, Warning, Error };

// A colour for text of that meaning, readable on the palette's window and base colours (a light
// palette gets darker shades, a dark one lighter ones).
QColor toneColor(Tone tone, const QPalette &palette);
QColor toneColor(Tone tone); // on the application's palette

// Colours the widget's text (WindowText and Text) with tone, and again after every applyPalette.
void setTone(QWidget *widget, Tone tone);
Tone toneOf(const QWidget *widget);

// color painted over an opaque background: what a translucent colour looks like there.
QColor composited(const QColor &color, const QColor &background);

// WCAG 2.1's contrast ratio of a colour drawn on an opaque background, from 1 (the same) to 21
// (black on white): text needs 4.5 to meet AA, graphics (a bar, an underline) 3.
double contrastRatio(const QColor &foreground, const QColor &background);

// A style sheet for a warning banner (a tinted background, the palette's text, an amber border).
QString warningBannerStyle(const QPalette &palette);

} // namespace ewb
