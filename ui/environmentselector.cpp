// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "environmentselector.h"

#include "environmentdialog.h"

#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace ewb {

EnvironmentSelector::EnvironmentSelector(const QString &dataFolder, KeyStore *keys, QWidget *parent)
    : QWidget(parent), m_store(environmentsFolder(dataFolder)), m_secrets(*keys)
{
    setObjectName(QStringLiteral("environmentSelector"));
    auto *label = new QLabel(tr("Environment:"), this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("environmentCombo"));
    m_combo->setMinimumContentsLength(14);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setToolTip(tr("Where {{variables}} take their values from"));
    label->setBuddy(m_combo);
    auto *edit = new QToolButton(this);
    edit->setObjectName(QStringLiteral("editEnvironments"));
    edit->setText(tr("Edit…"));
    edit->setToolTip(tr("Add, rename and edit environments and their variables"));
    connect(edit, &QToolButton::clicked, this, &EnvironmentSelector::editEnvironments);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(edit);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        const QString name = m_combo->currentData().toString();
        if (Status s = m_store.setActiveName(name); !s)
            emit message(s.error().message);
        activate(name);
    });
    reload();
}

QString EnvironmentSelector::activeName() const
{
    return m_active ? m_active->name : QString();
}

void EnvironmentSelector::setActive(const QString &name)
{
    const int at = m_combo->findData(name);
    m_combo->setCurrentIndex(at < 0 ? 0 : at);
}

void EnvironmentSelector::reload()
{
    QStringList problems;
    const std::vector<Environment> all = m_store.list(&problems);
    const QString active = m_store.activeName();
    m_filling = true;
    m_combo->clear();
    m_combo->addItem(tr("No environment"), QString());
    for (const Environment &e : all)
        m_combo->addItem(e.name, e.name);
    const int at = m_combo->findData(active, Qt::UserRole, Qt::MatchFixedString);
    m_combo->setCurrentIndex(at < 0 ? 0 : at);
    m_filling = false;
    if (!problems.isEmpty())
        emit message(tr("Some environments could not be read: %1").arg(problems.join(QStringLiteral("; "))));
    activate(m_combo->currentData().toString());
}

void EnvironmentSelector::activate(const QString &name)
{
    m_active.reset();
    if (!name.isEmpty()) {
        Result<Environment> loaded = m_store.load(name);
        if (!loaded)
            emit message(loaded.error().message);
        else
            m_active = std::move(loaded).value();
    }
    emit variablesChanged();
    if (!m_active)
        return;
    // Secret values come from the keychain, later; until then the resolver reports them missing.
    const QUuid id = m_active->id;
    for (const Variable &v : m_active->variables) {
        if (!v.secret)
            continue;
        m_secrets.read(
            m_active->secretScope(), v.name, this, [this, id, name = v.name](Result<QString> value) {
                if (!m_active || m_active->id != id)
                    return;
                if (!value) {
                    emit message(
                        tr("The secret “%1” could not be read: %2").arg(name, value.error().message));
                    return;
                }
                if (Variable *variable = findVariable(m_active->variables, name)) {
                    variable->value = value.value();
                    emit variablesChanged();
                }
            });
    }
}

void EnvironmentSelector::editEnvironments()
{
    auto *dialog = new EnvironmentDialog(&m_store, &m_secrets, activeName(), window());
    // Not deleted on close: after OK it waits for the keychain's answers, then says saved().
    connect(dialog, &QDialog::rejected, dialog, &QObject::deleteLater);
    connect(dialog, &EnvironmentDialog::saved, this, [this, dialog] {
        dialog->deleteLater();
        reload();
    });
    connect(dialog, &EnvironmentDialog::message, this, &EnvironmentSelector::message);
    dialog->open();
}

} // namespace ewb
