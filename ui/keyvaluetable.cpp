// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "keyvaluetable.h"

#include "compose/typedvalue.h"
#include "keyboardaccess.h"
#include "palette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ewb {

namespace {
// Value right after Key: Tab from a key goes to its value, as in every key-value editor (with the
// type box between them, what was typed after a Tab went into the box and was lost; issue 8).
enum Column { KeyColumn, ValueColumn, TypeColumn };
} // namespace

KeyValueTable::KeyValueTable(const QString &name, QWidget *parent) : QWidget(parent)
{
    setObjectName(name);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value"), tr("Type")});
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::Fixed);
    // From the font, not pixels: with a larger system font a 96-pixel Type column cut "number" off.
    const QFontMetrics metrics = m_table->fontMetrics();
    int widest = 0;
    for (const QString &title : valueTypeTitles())
        widest = qMax(widest, metrics.horizontalAdvance(title));
    m_table->setColumnWidth(TypeColumn, widest + metrics.height() * 3); // and the box's arrow
    m_table->setColumnWidth(KeyColumn, metrics.averageCharWidth() * 24);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + 12);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The header and three rows.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + 3 * (metrics.height() + 12) +
        2 * m_table->frameWidth());
    letTabLeave(m_table);
    connect(m_table, &QTableWidget::cellChanged, this, [this](int row, int) { rowChanged(row); });

    m_add = new QToolButton(this);
    m_add->setObjectName(name + QStringLiteral("Add"));
    m_add->setText(tr("Add"));
    m_add->setPopupMode(QToolButton::MenuButtonPopup);
    m_add->setToolTip(tr("Add a row; the arrow offers known keys"));
    connect(m_add, &QToolButton::clicked, this, [this] {
        addRow(QString(), JsonValue(QString()));
        m_table->editItem(m_table->item(m_table->rowCount() - 1, KeyColumn));
    });
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(name + QStringLiteral("Remove"));
    remove->setToolTip(tr("Remove the selected row"));
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        emit edited();
    });
    rebuildMenu();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void KeyValueTable::setSuggestions(const QStringList &keys)
{
    m_suggestions = keys;
    rebuildMenu();
}

void KeyValueTable::addPreset(const QString &title, const QString &key, const JsonValue &value)
{
    m_presets.append({title, key, value});
    rebuildMenu();
}

void KeyValueTable::clearPresets()
{
    m_presets.clear();
    rebuildMenu();
}

void KeyValueTable::rebuildMenu()
{
    auto *menu = new QMenu(m_add);
    for (const Preset &p : std::as_const(m_presets)) {
        const QString key = p.key;
        const JsonValue value = p.value;
        menu->addAction(p.title, this, [this, key, value] {
            setOrAddRow(key, value);
            emit edited();
        });
    }
    if (!m_presets.isEmpty() && !m_suggestions.isEmpty())
        menu->addSeparator();
    for (const QString &key : std::as_const(m_suggestions)) {
        menu->addAction(key, this, [this, key] {
            setOrAddRow(key, JsonValue(QString()));
            m_table->editItem(m_table->item(m_table->currentRow(), ValueColumn));
        });
    }
    delete m_add->menu();
    m_add->setMenu(menu->isEmpty() ? nullptr : menu);
    if (menu->isEmpty())
        delete menu;
    m_add->setPopupMode(m_add->menu() ? QToolButton::MenuButtonPopup : QToolButton::DelayedPopup);
}

void KeyValueTable::setObject(const JsonObject &object)
{
    if (object == this->object())
        return;
    m_updating = true;
    m_table->setRowCount(0);
    for (const auto &[key, value] : object.members())
        addRow(key, value);
    m_updating = false;
}

void KeyValueTable::setOrAddRow(const QString &key, const JsonValue &value)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, KeyColumn)->text() == key) {
            m_table->setCurrentCell(row, ValueColumn);
            return;
        }
    }
    addRow(key, value);
    m_table->setCurrentCell(m_table->rowCount() - 1, ValueColumn);
}

void KeyValueTable::addRow(const QString &key, const JsonValue &value)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, KeyColumn, new QTableWidgetItem(key));
    auto *type = new QComboBox;
    type->setObjectName(QStringLiteral("typeCombo"));
    type->setAccessibleName(tr("Value type"));
    type->setToolTip(
        tr("How the value is read: a string, a number, true or false, null, an object or an array as JSON"));
    type->addItems(valueTypeTitles());
    type->setCurrentIndex(int(valueTypeOf(value)));
    type->setFrame(false);
    m_table->setCellWidget(row, TypeColumn, type);
    // Under the box, a cell that cannot be edited: without it the view opens an invisible text
    // editor there on Tab, which swallows what is typed next.
    auto *under = new QTableWidgetItem;
    under->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, TypeColumn, under);
    connect(type, &QComboBox::currentIndexChanged, this, [this, type] {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->cellWidget(r, TypeColumn) == type) {
                rowChanged(r);
                return;
            }
        }
    });
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(valueEditText(value)));
    m_updating = wasUpdating;
    if (!m_updating)
        emit edited();
}

void KeyValueTable::rowChanged(int row)
{
    if (m_updating)
        return;
    // Mark a value that does not read as its type, so the person sees why it is missing.
    auto *type = qobject_cast<QComboBox *>(m_table->cellWidget(row, TypeColumn));
    QTableWidgetItem *value = m_table->item(row, ValueColumn);
    if (type && value) {
        const Result<JsonValue> parsed = parseTypedValue(ValueType(type->currentIndex()), value->text());
        m_updating = true;
        value->setToolTip(parsed ? QString() : parsed.error().message);
        value->setData(Qt::ForegroundRole, parsed ? QVariant() : QVariant(toneColor(Tone::Error)));
        m_updating = false;
    }
    emit edited();
}

JsonObject KeyValueTable::object() const
{
    JsonObject out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *key = m_table->item(row, KeyColumn);
        const QTableWidgetItem *value = m_table->item(row, ValueColumn);
        const auto *type = qobject_cast<QComboBox *>(m_table->cellWidget(row, TypeColumn));
        if (!key || !value || !type || key->text().isEmpty())
            continue;
        Result<JsonValue> parsed = parseTypedValue(ValueType(type->currentIndex()), value->text());
        if (parsed)
            out.insert(key->text(), std::move(parsed).value());
    }
    return out;
}

bool KeyValueTable::focusKey(const QString &key)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, KeyColumn)->text() == key) {
            m_table->setCurrentCell(row, ValueColumn);
            m_table->setFocus();
            return true;
        }
    }
    return false;
}

} // namespace ewb
