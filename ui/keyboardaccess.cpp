// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "keyboardaccess.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollArea>
#include <QTableView>
#include <QWidget>

namespace ewb {

namespace {
bool takesTab(const QWidget *w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy();
}

// Watches the table and the editors in its cells (a value's type box) for Tab and Shift+Tab.
class TabExits final : public QObject
{
public:
    explicit TabExits(QTableView *table) : QObject(table), m_table(table), m_viewport(table->viewport())
    {
        table->installEventFilter(this);
        table->viewport()->installEventFilter(this); // to watch the cell widgets it is given
        for (QObject *child : table->viewport()->children())
            child->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The viewport as it was given: events also come while the table is being destroyed (its
        // children go in ~QWidget), when calling into it is no longer valid (UBSan caught it).
        if (watched == m_viewport && event->type() == QEvent::ChildAdded) {
            static_cast<QChildEvent *>(event)->child()->installEventFilter(this);
            return false;
        }
        // A cell's widget joins the window's tab chain at its end, far from the table: Tab out of
        // the window's last control went into the table and never came back to the first. When
        // it is shown, it goes right after the table and the cells' widgets before it.
        if (event->type() == QEvent::Show && watched->isWidgetType() && watched->parent() == m_viewport) {
            placeAfterTable(static_cast<QWidget *>(watched));
            return false;
        }
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool back = key->key() == Qt::Key_Backtab ||
            (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier));
        if ((key->key() != Qt::Key_Tab && key->key() != Qt::Key_Backtab) ||
            (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
            return false;
        // Where the focus is: the cell of the editor that has it, or the table's current cell.
        QModelIndex at = m_table->currentIndex();
        if (watched != m_table && watched->isWidgetType())
            at = m_table->indexAt(static_cast<QWidget *>(watched)->geometry().center());
        const QAbstractItemModel *model = m_table->model();
        if (!model || !at.isValid())
            return false;
        const bool atEnd = back ? at.row() == 0 && at.column() == firstColumn()
                                : at.row() == model->rowCount() - 1 && at.column() == lastColumn();
        if (!atEnd)
            return false;
        for (QWidget *w = back ? m_table->previousInFocusChain() : m_table->nextInFocusChain();
             w && w != m_table; w = back ? w->previousInFocusChain() : w->nextInFocusChain()) {
            if (!m_table->isAncestorOf(w) && takesTab(w)) {
                w->setFocus(back ? Qt::BacktabFocusReason : Qt::TabFocusReason);
                return true;
            }
        }
        return false;
    }

private:
    void placeAfterTable(QWidget *w)
    {
        QWidget *last = m_table;
        for (QWidget *n = m_table->nextInFocusChain(); n != m_table && m_table->isAncestorOf(n);
             n = n->nextInFocusChain()) {
            if (n == w)
                return; // in place already (shown again)
            if (n->focusPolicy() != Qt::NoFocus)
                last = n; // setTabOrder ignores widgets that take no focus
        }
        QWidget::setTabOrder(last, w);
    }

    int firstColumn() const
    {
        for (int c = 0; c < m_table->model()->columnCount(); ++c) {
            if (!m_table->isColumnHidden(c))
                return c;
        }
        return 0;
    }
    int lastColumn() const
    {
        for (int c = m_table->model()->columnCount() - 1; c >= 0; --c) {
            if (!m_table->isColumnHidden(c))
                return c;
        }
        return 0;
    }

    QTableView *m_table;
    const QWidget *m_viewport;
};
} // namespace

bool focusInto(QWidget *container, Qt::FocusReason reason)
{
    if (!container)
        return false;
    if (QWidget *proxy = container->focusProxy()) {
        proxy->setFocus(reason);
        return true;
    }
    for (QWidget *w = container->nextInFocusChain(); w && w != container; w = w->nextInFocusChain()) {
        if (container->isAncestorOf(w) && takesTab(w)) {
            w->setFocus(reason);
            return true;
        }
    }
    return false;
}

void keepFocusVisible(QScrollArea *area)
{
    QObject::connect(qApp, &QApplication::focusChanged, area, [area](QWidget *, QWidget *now) {
        if (now && area->widget() && area->widget()->isAncestorOf(now))
            area->ensureWidgetVisible(now);
    });
}

void letTabLeave(QTableView *table)
{
    new TabExits(table);
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
