// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "callform.h"

#include "compose/eventtemplates.h"
#include "compose/fieldcatalog.h"
#include "compose/messageid.h"
#include "keyboardaccess.h"
#include "keyvaluetable.h"
#include "timestampeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ewb {

namespace {
const QStringList lineKeys = {QStringLiteral("userId"), QStringLiteral("anonymousId"),
    QStringLiteral("previousId"), QStringLiteral("event"), QStringLiteral("name"), QStringLiteral("groupId")};

struct MnemonicLetter
{
    const char *letter;
    const char *comment;
};

// Each field's Alt+letter: none of them another's in any call type, nor the menus' (F, E, V), nor
// the form's buttons' (Generate, Now, Backfill). A letter of the field's label (core's
// formFields), so a translation names one of its own label's ("Ereignis": i).
QChar mnemonicFor(const QString &key)
{
    static const QHash<QString, MnemonicLetter> letters = {
        {QStringLiteral("userId"), QT_TRANSLATE_NOOP3("ewb::CallForm", "U", "mnemonic of the User ID label")},
        {QStringLiteral("anonymousId"),
            QT_TRANSLATE_NOOP3("ewb::CallForm", "A", "mnemonic of the Anonymous ID label")},
        {QStringLiteral("previousId"),
            QT_TRANSLATE_NOOP3("ewb::CallForm", "P", "mnemonic of the Previous ID label")},
        {QStringLiteral("event"), QT_TRANSLATE_NOOP3("ewb::CallForm", "t", "mnemonic of the Event label")},
        {QStringLiteral("name"),
            QT_TRANSLATE_NOOP3("ewb::CallForm", "m", "mnemonic of the Page name and Screen name labels")},
        {QStringLiteral("groupId"),
            QT_TRANSLATE_NOOP3("ewb::CallForm", "I", "mnemonic of the Group ID label")}};
    const auto it = letters.constFind(key);
    if (it == letters.cend())
        return {};
    const QString letter = CallForm::tr(it->letter, it->comment);
    return letter.isEmpty() ? QChar() : letter.front();
}

// "Event" with t: "Even&t". Unchanged when the label has no such letter.
QString withMnemonic(const QString &label, QChar letter)
{
    qsizetype at = label.indexOf(letter);
    if (at < 0)
        at = label.indexOf(letter, 0, Qt::CaseInsensitive);
    return at < 0 ? label : QString(label).insert(at, u'&');
}
} // namespace

CallForm::CallForm(const QString &name, QWidget *parent) : QWidget(parent)
{
    setObjectName(name);
    auto *fieldsBox = new QWidget(this);
    m_fields = new QFormLayout(fieldsBox);
    m_fields->setContentsMargins(0, 0, 0, 0);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    for (const QString &key : lineKeys) {
        auto *line = new QLineEdit(this);
        line->setObjectName(name + QStringLiteral("_") + key);
        enableClearButton(line);
        m_lines.insert(key, line);
        auto *label = new QLabel(this);
        label->setBuddy(line); // its Alt+letter goes to the field, and names it
        m_labels.insert(key, label);
        connect(line, &QLineEdit::textEdited, this, [this, key](const QString &text) {
            m_payload.setStringField(key, text);
            commit(tr("Edit %1").arg(key), FieldMerge + int(lineKeys.indexOf(key)));
        });
        if (key == u"event") {
            m_eventRow = new QWidget(this);
            auto *row = new QHBoxLayout(m_eventRow);
            row->setContentsMargins(0, 0, 0, 0);
            row->addWidget(line, 1);
            m_templates = new QComboBox(this);
            m_templates->setObjectName(name + QStringLiteral("_templates"));
            m_templates->setAccessibleName(tr("Semantic event template"));
            m_templates->addItem(tr("Semantic events…"));
            for (const QString &event : eventTemplateNames()) {
                m_templates->addItem(event);
                m_templates->setItemData(
                    m_templates->count() - 1, eventTemplateDescription(event), Qt::ToolTipRole);
            }
            m_templates->setToolTip(
                tr("Reserved events Customer.io acts on (deleting a person, registering a "
                   "device...). Picking one fills in the fields it requires."));
            connect(m_templates, &QComboBox::activated, this, [this](int index) {
                if (index <= 0)
                    return;
                m_payload = applyEventTemplate(m_payload, m_templates->itemText(index));
                m_templates->setCurrentIndex(0);
                commit(tr("Use the %1 template").arg(m_payload.stringField(u"event")), -1);
                refresh();
            });
            row->addWidget(m_templates);
            m_fields->addRow(label, m_eventRow);
        } else {
            m_fields->addRow(label, line);
        }
    }

    m_messageId = new QLineEdit(this);
    m_messageId->setObjectName(name + QStringLiteral("_messageId"));
    m_messageId->setPlaceholderText(tr("optional: lets the API drop a retried duplicate"));
    connect(m_messageId, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_payload.setStringField(QStringLiteral("messageId"), text);
        commit(tr("Edit messageId"), MessageIdMerge);
    });
    auto *generate = new QPushButton(tr("&Generate"), this);
    generate->setObjectName(name + QStringLiteral("_generateMessageId"));
    generate->setToolTip(tr("A new UUID v4 as the messageId, as the official libraries send (Alt+G)"));
    connect(generate, &QPushButton::clicked, this, [this] {
        m_payload.setStringField(QStringLiteral("messageId"), generateMessageId());
        m_messageId->setText(m_payload.stringField(u"messageId"));
        commit(tr("Generate messageId"), -1);
    });
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_messageId, 1);
    messageRow->addWidget(generate);
    auto *messageLabel = new QLabel(tr("Message I&D"), this);
    messageLabel->setBuddy(m_messageId);
    m_fields->addRow(messageLabel, messageRow);

    m_timestamp = new TimestampEditor(this);
    m_timestamp->setObjectName(name + QStringLiteral("_timestamp"));
    connect(m_timestamp, &TimestampEditor::timestampEdited, this, [this](const QString &text) {
        if (m_updating)
            return;
        m_payload.setStringField(QStringLiteral("timestamp"), text);
        commit(tr("Edit timestamp"), TimestampMerge);
    });
    auto *timestampLabel = new QLabel(tr("Time&stamp"), this);
    timestampLabel->setBuddy(m_timestamp); // its focus proxy: the Backfill box that turns it on
    m_fields->addRow(timestampLabel, m_timestamp);

    // Made before the tables it holds: the focus chain follows creation, and Tab should reach the
    // tab bar (Properties, Context, Integrations) before the table under it.
    m_sections = new QTabWidget(this);
    m_sections->setObjectName(name + QStringLiteral("_sections"));
    m_attributes = new KeyValueTable(name + QStringLiteral("_attributes"), this);
    m_context = new KeyValueTable(name + QStringLiteral("_context"), this);
    for (const ContextPreset &p : contextPresets())
        m_context->addPreset(p.title, p.key, p.value);
    m_context->setSuggestions({QStringLiteral("timezone"), QStringLiteral("userAgent"),
        QStringLiteral("channel"), QStringLiteral("app"), QStringLiteral("os"), QStringLiteral("active")});
    m_integrations = new KeyValueTable(name + QStringLiteral("_integrations"), this);
    m_integrations->setSuggestions({QStringLiteral("All"), QStringLiteral("Customer.io")});
    connect(m_attributes, &KeyValueTable::edited, this, [this] {
        if (m_updating)
            return;
        const QString key = attributesKey(m_payload.type());
        const JsonObject object = m_attributes->object();
        if (object.isEmpty())
            m_payload.removeField(key);
        else
            m_payload.setField(key, object);
        commit(tr("Edit %1").arg(key), AttributesMerge);
    });
    const auto objectSection = [this](KeyValueTable *table, const QString &key, int mergeId) {
        connect(table, &KeyValueTable::edited, this, [this, table, key, mergeId] {
            if (m_updating)
                return;
            const JsonObject object = table->object();
            if (object.isEmpty())
                m_payload.removeField(key);
            else
                m_payload.setField(key, object);
            commit(tr("Edit %1").arg(key), mergeId);
        });
    };
    objectSection(m_context, QStringLiteral("context"), ContextMerge);
    objectSection(m_integrations, QStringLiteral("integrations"), IntegrationsMerge);

    m_sections->addTab(m_attributes, tr("Properties"));
    m_sections->addTab(m_context, tr("Context"));
    m_sections->addTab(m_integrations, tr("Integrations"));
    m_sections->setAccessibleName(tr("Properties, context and integrations"));
    m_context->table()->setAccessibleName(tr("Context"));
    m_context->table()->setAccessibleDescription(
        tr("Where the call comes from (library, page, device, ip…): key, value and type"));
    m_integrations->table()->setAccessibleName(tr("Integrations"));
    m_integrations->table()->setAccessibleDescription(
        tr("Which destinations get the call: key, value and type"));

    // Named from the start, also the fields the first call type hides (showType names those shown).
    for (CallType type : allCallTypes) {
        for (const FormField &f : formFields(type)) {
            if (QLineEdit *line = m_lines.value(f.key); line && line->accessibleName().isEmpty()) {
                line->setAccessibleName(f.label);
                line->setAccessibleDescription(f.hint);
            }
        }
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(fieldsBox);
    layout->addWidget(m_sections, 1);
    setPayload(Payload(CallType::Track));
}

void CallForm::commit(const QString &description, int mergeId)
{
    emit edited(m_payload, description, mergeId);
}

void CallForm::setPayload(const Payload &payload)
{
    m_payload = payload;
    if (m_shownType != payload.type())
        showType();
    refresh();
}

void CallForm::showType()
{
    const CallType type = m_payload.type();
    m_shownType = type;
    const QList<FormField> fields = formFields(type);
    for (const QString &key : lineKeys) {
        const auto it =
            std::find_if(fields.begin(), fields.end(), [&](const FormField &f) { return f.key == key; });
        const bool shown = it != fields.end();
        m_fields->setRowVisible(key == u"event" ? static_cast<QWidget *>(m_eventRow) : m_lines[key], shown);
        if (!shown)
            continue;
        QString label = it->label;
        if (it->required)
            label += QStringLiteral(" *");
        else if (it->oneOfIds)
            label += QStringLiteral(" †");
        const QString requirement = it->required ? tr("Required")
            : it->oneOfIds
            ? tr("A user ID or an anonymous ID is required (identify may use traits.email instead)")
            : QString();
        m_labels[key]->setText(withMnemonic(label, mnemonicFor(key)));
        m_labels[key]->setToolTip(requirement);
        m_lines[key]->setPlaceholderText(it->hint);
        // Said by a screen reader: the label without its marks, and what the marks and the
        // placeholder tell a sighted person.
        m_lines[key]->setAccessibleName(it->label);
        m_lines[key]->setAccessibleDescription(
            requirement.isEmpty() ? it->hint : QStringLiteral("%1. %2").arg(requirement, it->hint));
    }
    const QString attributes = attributesKey(type);
    m_sections->setTabVisible(0, !attributes.isEmpty());
    m_sections->setTabText(0, attributes == u"traits" ? tr("Traits") : tr("Properties"));
    m_attributes->table()->setAccessibleName(m_sections->tabText(0));
    m_attributes->table()->setAccessibleDescription(attributes == u"traits"
            ? tr("What is known of the person or group: key, value and type")
            : tr("What happened, in detail: key, value and type"));
    m_attributes->setSuggestions(attributeSuggestions(type));
}

void CallForm::refresh()
{
    m_updating = true;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        const QString value = m_payload.stringField(it.key());
        if (it.value()->text() != value)
            it.value()->setText(value);
    }
    const QString attributes = attributesKey(m_payload.type());
    m_attributes->setObject(attributes.isEmpty()            ? JsonObject()
            : m_payload.body().value(attributes).isObject() ? m_payload.body().value(attributes).object()
                                                            : JsonObject());
    const auto objectOf = [this](QStringView key) {
        const JsonValue &v = m_payload.body().value(key);
        return v.isObject() ? v.object() : JsonObject();
    };
    m_context->setObject(objectOf(u"context"));
    m_integrations->setObject(objectOf(u"integrations"));
    if (m_messageId->text() != m_payload.stringField(u"messageId"))
        m_messageId->setText(m_payload.stringField(u"messageId"));
    m_timestamp->setTimestamp(m_payload.stringField(u"timestamp"));
    m_updating = false;
}

bool CallForm::focusPointer(const QString &pointer)
{
    const QStringList parts = pointer.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    const QString &top = parts.first();
    if (QLineEdit *line = m_lines.value(top)) {
        if (line->isVisible() || !isVisible()) {
            line->setFocus();
            return true;
        }
    }
    if (top == u"messageId") {
        m_messageId->setFocus();
        return true;
    }
    if (top == u"timestamp") {
        m_timestamp->setFocus();
        return true;
    }
    const QString sub = parts.value(1);
    if (top == attributesKey(m_payload.type())) {
        m_sections->setCurrentIndex(0);
        return m_attributes->focusKey(sub) || (m_attributes->table()->setFocus(), true);
    }
    if (top == u"context") {
        m_sections->setCurrentIndex(1);
        return m_context->focusKey(sub) || (m_context->table()->setFocus(), true);
    }
    if (top == u"integrations") {
        m_sections->setCurrentIndex(2);
        return m_integrations->focusKey(sub) || (m_integrations->table()->setFocus(), true);
    }
    return false;
}

} // namespace ewb
