// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "json/jsonvalue.h"

#include <QWidget>

class QTableWidget;
class QToolButton;

namespace ewb {

// A JSON object edited as rows of key, type and value (traits, properties, context,
// integrations). Objects and arrays are typed as JSON text. A row whose value does not read as
// its type is marked and left out of the object until fixed.
class KeyValueTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueTable)

public:
    explicit KeyValueTable(const QString &name, QWidget *parent = nullptr);

    void setObject(const JsonObject &object);
    JsonObject object() const;
    // Keys offered in the Add menu (reserved traits first).
    void setSuggestions(const QStringList &keys);
    // Extra entries for the Add menu that insert a whole value (context presets).
    void addPreset(const QString &title, const QString &key, const JsonValue &value);
    void clearPresets();
    // Selects the row for key and starts editing its value; false when there is no such row.
    bool focusKey(const QString &key);
    QTableWidget *table() const { return m_table; }

signals:
    void edited();

private:
    void addRow(const QString &key, const JsonValue &value);
    void setOrAddRow(const QString &key, const JsonValue &value);
    void rebuildMenu();
    void rowChanged(int row);

    QTableWidget *m_table;
    QToolButton *m_add;
    QStringList m_suggestions;
    struct Preset
    {
        QString title;
        QString key;
        JsonValue value;
    };
    QList<Preset> m_presets;
    bool m_updating = false;
};

} // namespace ewb
