// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "diagnosticslist.h"

#include <QHeaderView>
#include <QStyle>

namespace ewb {

DiagnosticsList::DiagnosticsList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("diagnosticsList"));
    setAccessibleName(tr("Problems"));
    setAccessibleDescription(tr("Every problem the checks found. Enter jumps to its place; F8 and Shift+F8 "
                                "go to the next and the previous one from anywhere."));
    setColumnCount(3);
    setHeaderLabels({tr("Problem"), tr("Where"), tr("Code")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setMinimumHeight(fontMetrics().height() * 7);
    setWordWrap(false);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { emit jumpRequested(item->data(0, Qt::UserRole).toInt()); });
    connect(this, &QTreeWidget::itemClicked, this,
        [this](QTreeWidgetItem *item) { emit jumpRequested(item->data(0, Qt::UserRole).toInt()); });
}

bool DiagnosticsList::step(int delta)
{
    QList<QTreeWidgetItem *> problems;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, Qt::UserRole).toInt() >= -1) // not the "no problems" row
            problems.append(topLevelItem(i));
    }
    if (problems.isEmpty())
        return false;
    const qsizetype at = problems.indexOf(currentItem());
    const qsizetype n = problems.size();
    // From none: the first going forward, the last going back.
    const qsizetype next = at < 0 ? (delta > 0 ? 0 : n - 1) : ((at + delta) % n + n) % n;
    setCurrentItem(problems[next]);
    scrollToItem(problems[next]);
    emit jumpRequested(problems[next]->data(0, Qt::UserRole).toInt());
    return true;
}

QString DiagnosticsList::currentProblem() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item || item->data(0, Qt::UserRole).toInt() < -1)
        return {};
    int problems = 0;
    int position = 0;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, Qt::UserRole).toInt() >= -1) {
            ++problems;
            if (topLevelItem(i) == item)
                position = problems;
        }
    }
    return tr("Problem %1 of %2: %3").arg(position).arg(problems).arg(item->text(0));
}

void DiagnosticsList::showDiagnostics(const Diagnostics &diagnostics, const QString &syntaxMessage)
{
    setUpdatesEnabled(false);
    clear();
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon info = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    QList<QTreeWidgetItem *> items;
    if (!syntaxMessage.isEmpty()) {
        auto *item = new QTreeWidgetItem({syntaxMessage, QString(), QStringLiteral("json.syntax")});
        item->setIcon(0, error);
        item->setToolTip(0, syntaxMessage);
        item->setData(0, Qt::UserRole, -1);
        items.append(item);
    }
    // A huge broken batch can have thousands; the first ones are what a person reads.
    constexpr qsizetype maxShown = 1000;
    for (qsizetype i = 0; i < diagnostics.size() && i < maxShown; ++i) {
        const Diagnostic &d = diagnostics[i];
        auto *item =
            new QTreeWidgetItem({d.message, d.pointer.isEmpty() ? tr("(whole call)") : d.pointer, d.code});
        item->setIcon(0,
            d.severity == Severity::Error         ? error
                : d.severity == Severity::Warning ? warning
                                                  : info);
        item->setToolTip(0, d.message);
        item->setData(0, Qt::UserRole, int(i));
        items.append(item);
    }
    if (items.isEmpty()) {
        auto *item =
            new QTreeWidgetItem({tr("No problems found: this call is ready to send."), QString(), QString()});
        item->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
        item->setData(0, Qt::UserRole, -2);
        items.append(item);
    }
    addTopLevelItems(items);
    setUpdatesEnabled(true);
}

} // namespace ewb
