// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "batchcomposer.h"

#include "callform.h"
#include "compose/batchedit.h"
#include "compose/fieldcatalog.h"
#include "keyboardaccess.h"
#include "keyvaluetable.h"
#include "palette.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ewb {

namespace {
// Typing in one control of one call is one undo step: a merge id per (call, control). The form's
// ids are FieldMerge + 0..5 and AttributesMerge + 0..4; edits it marks unmergeable (-1) stay so.
int itemMergeId(int item, int formMergeId)
{
    if (formMergeId < 0)
        return -1;
    const int control = formMergeId >= CallForm::AttributesMerge ? 6 + formMergeId - CallForm::AttributesMerge
                                                                 : formMergeId - CallForm::FieldMerge;
    return 1000 + item * 16 + control;
}
} // namespace

BatchComposer::BatchComposer(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("batchComposer"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("batchList"));
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Calls in this batch"));
    m_list->setAccessibleDescription(tr("Each call with its size; the selected one is in the form beside"));
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_updating)
            selectItem(row);
    });

    auto *add = new QToolButton(this);
    add->setObjectName(QStringLiteral("batchAdd"));
    add->setText(tr("Add call"));
    add->setPopupMode(QToolButton::InstantPopup);
    add->setToolTip(tr("Add a call of a type to the batch, after the selected one"));
    auto *addMenu = new QMenu(add);
    for (CallType type : allCallTypes) {
        if (type == CallType::Batch)
            continue;
        QAction *action = addMenu->addAction(callTypeTitle(type), this, [this, type] {
            const int at = currentItem() + 1;
            addBatchItem(m_batch, type, at > 0 ? at : -1);
            editList(tr("Add a %1 call").arg(callTypeName(type)),
                at > 0 ? at : int(m_batch.batchItems().size()) - 1);
        });
        action->setObjectName(QStringLiteral("batchAdd_") + callTypeName(type));
    }
    add->setMenu(addMenu);
    const auto button = [this](const QString &name, const QString &text, const QString &tip, auto handler) {
        auto *b = new QToolButton(this); // tool buttons: five of them fit beside a narrow list
        b->setText(text);
        b->setToolTip(tip);
        b->setObjectName(name);
        connect(b, &QToolButton::clicked, this, handler);
        return b;
    };
    auto *duplicate = button(QStringLiteral("batchDuplicate"), tr("Duplicate"),
        tr("Duplicate the selected call (without its messageId, which would get the copy dropped)"), [this] {
            const int i = currentItem();
            if (duplicateBatchItem(m_batch, i)) {
                editList(tr("Duplicate call %1").arg(i + 1), i + 1);
            }
        });
    auto *remove =
        button(QStringLiteral("batchRemove"), tr("Remove"), tr("Remove the selected call"), [this] {
            const int i = currentItem();
            if (removeBatchItem(m_batch, i)) {
                editList(tr("Remove call %1").arg(i + 1), qMin(i, int(m_batch.batchItems().size()) - 1));
            }
        });
    auto *up = button(QStringLiteral("batchUp"), tr("Up"), tr("Move the selected call up"), [this] {
        const int i = currentItem();
        if (moveBatchItem(m_batch, i, i - 1)) {
            editList(tr("Move call up"), i - 1);
        }
    });
    auto *down = button(QStringLiteral("batchDown"), tr("Down"), tr("Move the selected call down"), [this] {
        const int i = currentItem();
        if (moveBatchItem(m_batch, i, i + 1)) {
            editList(tr("Move call down"), i + 1);
        }
    });
    // Two rows, so the list side stays narrow enough for the window to fit a 1366 px screen.
    auto *buttons = new QVBoxLayout;
    auto *editButtons = new QHBoxLayout;
    for (QWidget *w :
        {static_cast<QWidget *>(add), static_cast<QWidget *>(duplicate), static_cast<QWidget *>(remove)})
        editButtons->addWidget(w);
    editButtons->addStretch();
    auto *moveButtons = new QHBoxLayout;
    moveButtons->addWidget(up);
    moveButtons->addWidget(down);
    moveButtons->addStretch();
    buttons->addLayout(editButtons);
    buttons->addLayout(moveButtons);

    m_split = new QLabel(this);
    m_split->setObjectName(QStringLiteral("batchSplitPreview"));
    m_split->setWordWrap(true);
    m_split->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Before what it holds, so that Tab reaches its tab bar before the form under it.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("batchTabs"));
    // Each call has its own context and integrations too (a Device Created call needs
    // context.device.token): the selected call's form shows them, beside the batch's shared ones.
    m_form = new CallForm(QStringLiteral("batchItemForm"), this);
    connect(m_form, &CallForm::edited, this,
        [this](const Payload &call, const QString &description, int mergeId) {
            const int i = currentItem();
            if (replaceBatchItem(m_batch, i, call))
                edit(description, itemMergeId(i, mergeId));
        });
    m_context = new KeyValueTable(QStringLiteral("batchContext"), this);
    for (const ContextPreset &p : contextPresets())
        m_context->addPreset(p.title, p.key, p.value);
    m_integrations = new KeyValueTable(QStringLiteral("batchIntegrations"), this);
    m_integrations->setSuggestions({QStringLiteral("All"), QStringLiteral("Customer.io")});
    const auto shared = [this](KeyValueTable *table, const QString &key, int mergeId) {
        connect(table, &KeyValueTable::edited, this, [this, table, key, mergeId] {
            if (m_updating)
                return;
            const JsonObject object = table->object();
            if (object.isEmpty())
                m_batch.removeField(key);
            else
                m_batch.setField(key, object);
            edit(tr("Edit the batch's %1").arg(key), mergeId);
        });
    };
    shared(m_context, QStringLiteral("context"), 900);
    shared(m_integrations, QStringLiteral("integrations"), 901);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("&Calls in this batch"), left);
    listLabel->setBuddy(m_list);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_split);

    tabs->addTab(m_form, tr("Selected call"));
    tabs->addTab(m_context, tr("Shared context"));
    tabs->addTab(m_integrations, tr("Shared integrations"));
    tabs->setAccessibleName(tr("The selected call and what the batch shares"));
    m_context->table()->setAccessibleName(tr("Shared context"));
    m_context->table()->setAccessibleDescription(tr("The context every call of the batch shares"));
    m_integrations->table()->setAccessibleName(tr("Shared integrations"));
    m_integrations->table()->setAccessibleDescription(tr("The integrations every call of the batch shares"));

    // The selected call's form scrolls sideways rather than widen the window: the composer must
    // fit a 1024 px screen beside the docks, batch or not.
    auto *scroll = m_formScroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("batchFormScroll"));
    scroll->setWidget(tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    keepFocusVisible(scroll);
    scroll->setMinimumWidth(200);
    auto *splitter = m_splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 2);
    // Narrow until a resize says there is room: side by side, the list and the form need more than
    // a small screen leaves beside the docks, and a window started that wide never got narrow
    // enough to put them one above the other (German's longer buttons made it 1078 pixels).
    arrange(Qt::Vertical);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

// Beside the docks on a small screen the composer is too narrow for the list and the form side by
// side: the list goes above the form then.
void BatchComposer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const Qt::Orientation wanted = width() < 680 ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() != wanted)
        arrange(wanted);
}

void BatchComposer::arrange(Qt::Orientation orientation)
{
    const bool narrow = orientation == Qt::Vertical;
    m_splitter->setOrientation(orientation);
    m_formScroll->setVerticalScrollBarPolicy(narrow ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    // The list of calls needs little room; the selected call's form needs all it can get.
    m_splitter->setSizes(narrow ? QList<int> {120, 10000} : QList<int> {150, 10000});
}

int BatchComposer::currentItem() const
{
    return m_list->currentRow();
}

void BatchComposer::edit(const QString &description, int mergeId)
{
    emit edited(m_batch, description, mergeId);
}

void BatchComposer::editList(const QString &description, int select)
{
    emit edited(m_batch, description, -1);
    refreshList(); // the list changed shape: show it now, not when the check comes back
    selectItem(select);
}

void BatchComposer::setPayload(const Payload &batch)
{
    m_batch = batch;
    m_updating = true;
    const auto objectOf = [this](QStringView key) {
        const JsonValue &v = m_batch.body().value(key);
        return v.isObject() ? v.object() : JsonObject();
    };
    m_context->setObject(objectOf(u"context"));
    m_integrations->setObject(objectOf(u"integrations"));
    m_updating = false;
    refreshList();
}

void BatchComposer::refreshList()
{
    const JsonArray &items = m_batch.batchItems();
    const int keep = qMax(0, qMin(m_list->currentRow(), int(items.size()) - 1));
    m_updating = true;
    // Rows are reused: a 1,500-call batch must not rebuild its list on every keystroke.
    while (m_list->count() > int(items.size()))
        delete m_list->takeItem(m_list->count() - 1);
    const QLocale c; // the spoken language's numbers (core/i18n)
    for (int i = 0; i < int(items.size()); ++i) {
        QString text = QStringLiteral("%1. %2").arg(i + 1).arg(batchItemSummary(items[size_t(i)]));
        if (i < m_size.itemBytes.size())
            text += tr("   (%1 bytes)").arg(c.toString(qint64(m_size.itemBytes[i])));
        if (i < m_list->count()) {
            if (m_list->item(i)->text() != text)
                m_list->item(i)->setText(text);
        } else {
            m_list->addItem(text);
        }
        const bool over = i < m_size.itemBytes.size() && m_size.itemBytes[i] > sizelimits::callHard;
        // Unset unless over: a brush copied from the palette would stay when the palette changes.
        m_list->item(i)->setData(Qt::ForegroundRole, over ? QVariant(toneColor(Tone::Error)) : QVariant());
    }
    if (!items.empty())
        m_list->setCurrentRow(keep);
    m_updating = false;
    m_form->setEnabled(!items.empty());
    if (!items.empty())
        m_form->setPayload(batchItemAsCall(m_batch, keep));
}

void BatchComposer::selectItem(int index)
{
    if (index < 0 || index >= int(m_batch.batchItems().size()))
        return;
    m_updating = true;
    m_list->setCurrentRow(index);
    m_updating = false;
    m_form->setPayload(batchItemAsCall(m_batch, index));
}

void BatchComposer::showSizes(const SizeReport &size)
{
    m_size = size;
    refreshList();
    if (size.bodyBytes <= sizelimits::batchMargin) {
        bool anyOver = false;
        for (qsizetype b : size.itemBytes)
            anyOver = anyOver || b > sizelimits::callHard;
        m_split->setText(anyOver
                ? tr("A call over 32,768 bytes would be dropped by the API: make it smaller.")
                : QString());
        return;
    }
    const BatchSplit split = splitBatch(m_batch);
    QStringList lines;
    lines << tr("This batch is over the limit. Sending with \"Split oversize batches\" on sends %n batches:",
        nullptr, int(split.parts.size()));
    const QLocale c; // the spoken language's numbers (core/i18n)
    int first = 1;
    for (const Payload &part : split.parts) {
        const int count = int(part.batchItems().size());
        lines << tr("  calls %1–%2: %3 bytes")
                     .arg(first)
                     .arg(first + count - 1)
                     .arg(c.toString(part.toWire().size()));
        first += count;
    }
    if (!split.oversizeItems.isEmpty()) {
        QStringList numbers;
        for (int i : split.oversizeItems)
            numbers << QString::number(i + 1);
        lines << tr("Left out, too large on their own: %1").arg(numbers.join(QStringLiteral(", ")));
    }
    m_split->setText(lines.join(u'\n'));
}

bool BatchComposer::focusPointer(const QString &pointer)
{
    const QStringList parts = pointer.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() >= 2 && parts[0] == u"batch") {
        bool ok = false;
        const int index = parts[1].toInt(&ok);
        if (!ok)
            return false;
        selectItem(index);
        m_form->focusPointer(QStringLiteral("/") + parts.mid(2).join(u'/'));
        return true;
    }
    if (!parts.isEmpty() && parts[0] == u"context") {
        m_context->setFocus();
        return true;
    }
    return false;
}

} // namespace ewb
