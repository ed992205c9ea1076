// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <Qt>

class QLineEdit;
class QScrollArea;
class QTableView;
class QWidget;

namespace ewb {

// Keyboard and screen-reader helpers the panels share (issue 13).

// Moves the keyboard focus into container: to its focus proxy when it has one (a proxy on a
// container breaks Tab through it in Qt 6.4: give a widget one only if it holds nothing else),
// otherwise to the first control in the tab chain that is shown, enabled and takes Tab. A container itself
// takes no keys, so focusing it (QWidget::setFocus) would leave the keyboard nowhere. False when it holds no
// such control.
bool focusInto(QWidget *container, Qt::FocusReason reason = Qt::ShortcutFocusReason);

// QLineEdit::setClearButtonEnabled, with the button named: Qt leaves it nameless, and a screen
// reader announces it as "button".
void enableClearButton(QLineEdit *line);

// Scrolls area to whatever gets the focus inside it, however it got there: Qt does so for Tab
// only, not for a mnemonic, a jump to a problem's field or a click on its label.
void keepFocusVisible(QScrollArea *area);

// An editable table's Tab goes from cell to cell (Key, Value, the Type box...), and Qt wraps it
// from the last cell to the first: the keyboard could never leave the table. With this, Tab on
// the last cell (Shift+Tab on the first) moves on to the control after (before) the table.
void letTabLeave(QTableView *table);

} // namespace ewb
