// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "wraplabel.h"

#include <QEvent>

namespace ewb {

WrapLabel::WrapLabel(QWidget *parent) : WrapLabel(QString(), parent) { }

WrapLabel::WrapLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void WrapLabel::setText(const QString &text)
{
    QLabel::setText(text);
    fitHeight();
}

void WrapLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fitHeight();
}

void WrapLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitHeight();
}

void WrapLabel::fitHeight()
{
    // The text's height at this width; depends on the width only, so this settles at once.
    // Exactly that: taller, and the text floats in the middle of empty space. QLabel's
    // heightForWidth is never less than the minimum height, so that is lifted while it is asked.
    const int before = minimumHeight();
    setMinimumHeight(0);
    const int needed = text().isEmpty() ? 0 : qMax(0, heightForWidth(width()));
    if (needed != before || needed != maximumHeight())
        setFixedHeight(needed);
    else
        setMinimumHeight(before);
}

} // namespace ewb
