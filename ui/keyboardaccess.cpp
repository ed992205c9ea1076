#include "keyboardaccess.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QWidget>

namespace ewb {

bool focusInto(QWidget *container, Qt::FocusReason reason)
{
    if (!container)
        return false;
    if (QWidget *proxy = container->focusProxy()) {
        proxy->setFocus(reason);
        return true;
    }
    for (QWidget *w = container->nextInFocusChain(); w && w != container; w = w->nextInFocusChain()) {
        if (container->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()) {
            w->setFocus(reason);
            return true;
        }
    }
    return false;
}

void enableClearButton(QLineEdit *line)
{
    line->setClearButtonEnabled(true);
    // The button is Qt's own, made for this action (its object name is Qt's, stable since 5.2).
    if (auto *clear = line->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(QCoreApplication::translate("ewb::KeyboardAccess", "Clear"));
        clear->setToolTip(QCoreApplication::translate("ewb::KeyboardAccess", "Clear the field"));
    }
}

} // namespace ewb
