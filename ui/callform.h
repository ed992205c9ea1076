// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "model/payload.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace ewb {

class KeyValueTable;
class TimestampEditor;

// The form for one call (identify, track, page, screen, group, alias): its id and name fields
// with the required ones marked, traits or properties, context with presets, integrations,
// messageId and the timestamp. It edits a copy of the payload it was given, so fields it has no
// control for (unknown ones included) survive every edit.
class CallForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallForm)

public:
    // Merge ids for undo: edits of one control in a row are one step.
    enum MergeId {
        FieldMerge = 100,
        AttributesMerge = 200,
        ContextMerge,
        IntegrationsMerge,
        MessageIdMerge,
        TimestampMerge
    };

    explicit CallForm(const QString &name, QWidget *parent = nullptr);

    void setPayload(const Payload &payload);
    const Payload &payload() const { return m_payload; }
    // Moves the focus to the control for a diagnostic's pointer ("/event", "/traits/email");
    // false when the form has none.
    bool focusPointer(const QString &pointer);

signals:
    void edited(const ewb::Payload &payload, const QString &description, int mergeId);

private:
    void showType();
    void refresh();
    void commit(const QString &description, int mergeId);

    Payload m_payload;
    CallType m_shownType = CallType::Batch;
    QFormLayout *m_fields;
    QHash<QString, QLineEdit *> m_lines; // userId, anonymousId, event, name, groupId, previousId
    QHash<QString, QLabel *> m_labels;
    QComboBox *m_templates;
    QWidget *m_eventRow;
    QTabWidget *m_sections;
    KeyValueTable *m_attributes;
    KeyValueTable *m_context;
    KeyValueTable *m_integrations;
    QLineEdit *m_messageId;
    TimestampEditor *m_timestamp;
    bool m_updating = false;
};

} // namespace ewb
