#include "diagnosticslist.h"

#include <QHeaderView>
#include <QStyle>

namespace ewb {

DiagnosticsList::DiagnosticsList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("diagnosticsList"));
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
