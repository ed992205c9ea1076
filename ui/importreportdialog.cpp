// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "importreportdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ewb {

ImportReportDialog::ImportReportDialog(
    const QString &summary, const QList<ImportNote> &notes, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import report"));
    resize(720, 420);
    auto *headline = new QLabel(summary, this);
    headline->setObjectName(QStringLiteral("importSummary"));
    headline->setWordWrap(true);

    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("importNotes"));
    tree->setAccessibleName(tr("What the import could not carry over, or changed"));
    tree->setAccessibleDescription(
        tr("Grouped: not carried over, credentials moved to the keychain, carried over differently"));
    tree->setHeaderLabels({tr("Where"), tr("What")});
    tree->setRootIsDecorated(true);
    tree->setColumnWidth(0, tree->fontMetrics().averageCharWidth() * 32);
    const std::pair<ImportNote::Kind, QString> groups[] = {
        {ImportNote::Kind::NotCarried, tr("Not carried over")},
        {ImportNote::Kind::Credential, tr("Credentials (moved to the keychain, never written to a file)")},
        {ImportNote::Kind::Info, tr("Carried over differently")},
    };
    for (const auto &[kind, title] : groups) {
        QList<QTreeWidgetItem *> items;
        for (const ImportNote &note : notes) {
            if (note.kind == kind)
                items.append(new QTreeWidgetItem(
                    {note.where.isEmpty() ? tr("(whole file)") : note.where, note.message}));
        }
        if (items.isEmpty())
            continue;
        auto *group = new QTreeWidgetItem(tree, {QStringLiteral("%1 (%2)").arg(title).arg(items.size())});
        group->setFirstColumnSpanned(true);
        group->addChildren(items);
        for (QTreeWidgetItem *item : items)
            item->setToolTip(1, item->text(1));
        group->setExpanded(true);
    }
    if (notes.isEmpty())
        new QTreeWidgetItem(tree, {tr("Everything was carried over.")});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headline);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
}

} // namespace ewb
