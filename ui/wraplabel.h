// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QLabel>

namespace ewb {

// A word-wrapped label exactly as tall as its text needs at its current width. Dock widgets do
// not ask their contents for height-for-width, so a plain wrapped label in a squeezed dock is cut
// off at the top and bottom, and in a roomy one floats in empty space; this one fixes its height.
class WrapLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrapLabel)

public:
    explicit WrapLabel(QWidget *parent = nullptr);
    explicit WrapLabel(const QString &text, QWidget *parent = nullptr);

    // Hides QLabel::setText (not virtual) to fit the height to the new text.
    void setText(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitHeight();
};

} // namespace ewb
