#pragma once

#include <Qt>

class QLineEdit;
class QWidget;

namespace ewb {

// Keyboard and screen-reader helpers the panels share (issue 13).

// Moves the keyboard focus into container: to its focus proxy when it has one, otherwise to the
// first control in the tab chain that is shown, enabled and takes Tab. A container itself takes
// no keys, so focusing it (QWidget::setFocus) would leave the keyboard nowhere. False when it
// holds no such control.
bool focusInto(QWidget *container, Qt::FocusReason reason = Qt::ShortcutFocusReason);

// QLineEdit::setClearButtonEnabled, with the button named: Qt leaves it nameless, and a screen
// reader announces it as "button".
void enableClearButton(QLineEdit *line);

} // namespace ewb
