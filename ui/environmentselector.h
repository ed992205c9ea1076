// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "variables/environment.h"
#include "variables/secretstore.h"

#include <QWidget>

#include <optional>

class QComboBox;

namespace ewb {

// The toolbar's environment picker: which environment `{{name}}` resolves from (one at a time, or
// none), and the button that opens the editor. Reads the active environment's secret values from
// the keychain when it becomes active; they stay in memory only.
class EnvironmentSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentSelector)

public:
    // keys: the keychain for secret variables; must outlive this.
    EnvironmentSelector(const QString &dataFolder, KeyStore *keys, QWidget *parent = nullptr);

    // The active environment, its secret values filled in as far as they have been read.
    const std::optional<Environment> &activeEnvironment() const { return m_active; }
    QString activeName() const;
    EnvironmentStore *store() { return &m_store; }
    SecretStore *secrets() { return &m_secrets; }
    void setActive(const QString &name);
    void editEnvironments();
    // Re-reads the list and the active environment (after the editor saved).
    void reload();

signals:
    void variablesChanged();
    void message(const QString &text);

private:
    void activate(const QString &name);

    EnvironmentStore m_store;
    SecretStore m_secrets;
    QComboBox *m_combo;
    std::optional<Environment> m_active;
    bool m_filling = false;
};

} // namespace ewb
