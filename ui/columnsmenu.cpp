// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "columnsmenu.h"

#include <QHeaderView>
#include <QMenu>

namespace ewb {

void offerColumnsMenu(QHeaderView *header, const QList<int> &columns)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        header, &QHeaderView::customContextMenuRequested, header, [header, columns](const QPoint &at) {
            QMenu menu(header);
            for (int column : columns) {
                QAction *a = menu.addAction(header->model()->headerData(column, Qt::Horizontal).toString());
                a->setCheckable(true);
                a->setChecked(!header->isSectionHidden(column));
                QObject::connect(a, &QAction::toggled, header,
                    [header, column](bool on) { header->setSectionHidden(column, !on); });
            }
            menu.exec(header->mapToGlobal(at));
        });
}

} // namespace ewb
