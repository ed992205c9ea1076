// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "variables/environment.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace ewb {

class SecretStore;

// Edits the environments: add, rename, remove, and their variables. A secret variable's value is
// written to the keychain (never to the environment's file) and shown masked unless "Reveal" is on.
class EnvironmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentDialog)

public:
    // store and secrets must outlive the dialog.
    EnvironmentDialog(
        EnvironmentStore *store, SecretStore *secrets, const QString &current, QWidget *parent = nullptr);

    void accept() override;

signals:
    // Everything was written (files and keychain).
    void saved();
    void message(const QString &text);

private:
    void showEnvironment(int index);
    void commitTable();
    void addRow(const Variable &variable);
    void addEnvironment();
    void removeEnvironment();
    void setReveal(bool reveal);

    EnvironmentStore *m_store;
    SecretStore *m_secrets;
    std::vector<Environment> m_environments; // the working copies, secret values included
    std::vector<Environment> m_original; // as read, for removals
    QStringList m_removed;
    int m_shown = -1;
    QListWidget *m_list;
    QLineEdit *m_name;
    QTableWidget *m_table;
    QCheckBox *m_reveal;
};

} // namespace ewb
