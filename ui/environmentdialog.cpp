// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "environmentdialog.h"

#include "keyboardaccess.h"
#include "variables/secretstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace ewb {

namespace {
enum Column { NameColumn, ValueColumn, SecretColumn };
}

EnvironmentDialog::EnvironmentDialog(
    EnvironmentStore *store, SecretStore *secrets, const QString &current, QWidget *parent)
    : QDialog(parent), m_store(store), m_secrets(secrets)
{
    setObjectName(QStringLiteral("environmentDialog"));
    setWindowTitle(tr("Environments"));
    resize(760, 440);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("environmentList"));
    m_list->setAccessibleName(tr("Environments"));
    m_list->setAccessibleDescription(tr("The environment selected here is the one edited beside"));
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addEnvironment"));
    add->setToolTip(tr("Add an environment"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeEnvironment"));
    remove->setToolTip(tr("Remove the selected environment, its file and its secrets"));
    connect(add, &QPushButton::clicked, this, &EnvironmentDialog::addEnvironment);
    connect(remove, &QPushButton::clicked, this, &EnvironmentDialog::removeEnvironment);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("environmentName"));
    m_name->setToolTip(tr("The environment's name, as the toolbar's picker shows it"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("variablesTable"));
    m_table->setAccessibleName(tr("Variables"));
    m_table->setAccessibleDescription(
        tr("Each variable's name, value and whether it is a secret (kept in the keychain)"));
    m_table->setHorizontalHeaderLabels({tr("Variable"), tr("Value"), tr("Secret")});
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SecretColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(NameColumn, m_table->fontMetrics().averageCharWidth() * 24);
    m_table->verticalHeader()->hide();
    letTabLeave(m_table);
    auto *addVariable = new QPushButton(tr("Add &variable"), this);
    addVariable->setObjectName(QStringLiteral("addVariable"));
    addVariable->setToolTip(tr("Add a variable to this environment"));
    connect(addVariable, &QPushButton::clicked, this, [this] {
        addRow(Variable {});
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    });
    auto *removeVariable = new QPushButton(tr("Re&move variable"), this);
    removeVariable->setObjectName(QStringLiteral("removeVariable"));
    removeVariable->setToolTip(tr("Remove the selected variable"));
    connect(removeVariable, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    m_reveal = new QCheckBox(tr("Reveal &secrets"), this);
    m_reveal->setObjectName(QStringLiteral("revealSecrets"));
    m_reveal->setToolTip(tr("Show the secret variables' values; keep them hidden when sharing your screen"));
    connect(m_reveal, &QCheckBox::toggled, this, &EnvironmentDialog::setReveal);
    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(addVariable);
    tableButtons->addWidget(removeVariable);
    tableButtons->addStretch();
    tableButtons->addWidget(m_reveal);
    auto *hint = new QLabel(tr("Use a variable as {{name}} in any field or in the JSON. A secret's value is "
                               "kept in the system keychain, never in a file."),
        this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_table, 1);
    right->addLayout(tableButtons);
    right->addWidget(hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("environmentButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EnvironmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnvironmentDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    m_environments = m_store->list();
    m_original = m_environments;
    for (const Environment &e : m_environments)
        m_list->addItem(e.name);
    connect(m_list, &QListWidget::currentRowChanged, this, &EnvironmentDialog::showEnvironment);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_list->currentItem())
            m_list->currentItem()->setText(text);
    });
    // Secret values, read in the background; a row shows its value once it is in.
    for (size_t i = 0; i < m_environments.size(); ++i) {
        for (const Variable &v : m_environments[i].variables) {
            if (!v.secret)
                continue;
            m_secrets->read(m_environments[i].secretScope(), v.name, this,
                [this, i, name = v.name](Result<QString> value) {
                    if (!value)
                        return;
                    if (Variable *variable = findVariable(m_environments[i].variables, name))
                        variable->value = value.value();
                    for (auto &original : m_original) {
                        if (original.id == m_environments[i].id) {
                            if (Variable *o = findVariable(original.variables, name))
                                o->value = value.value();
                        }
                    }
                    if (m_shown == int(i))
                        showEnvironment(int(i));
                });
        }
    }
    int at = 0;
    for (size_t i = 0; i < m_environments.size(); ++i) {
        if (m_environments[i].name.compare(current, Qt::CaseInsensitive) == 0)
            at = int(i);
    }
    if (m_environments.empty())
        showEnvironment(-1);
    else
        m_list->setCurrentRow(at);
}

void EnvironmentDialog::addRow(const Variable &variable)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(variable.name));
    auto *value = new QLineEdit(variable.value, m_table);
    value->setObjectName(QStringLiteral("variableValue"));
    value->setAccessibleName(variable.name.isEmpty() ? tr("Value") : tr("Value of %1").arg(variable.name));
    value->setAccessibleDescription(variable.secret
            ? tr("A secret: kept in the keychain, shown masked")
            : tr("Used wherever {{%1}} is written").arg(variable.name));
    value->setFrame(false);
    value->setEchoMode(variable.secret && !m_reveal->isChecked() ? QLineEdit::Password : QLineEdit::Normal);
    m_table->setCellWidget(row, ValueColumn, value);
    auto *secret = new QTableWidgetItem;
    secret->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    secret->setCheckState(variable.secret ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, SecretColumn, secret);
    connect(m_table, &QTableWidget::itemChanged, value, [this, value, secret](QTableWidgetItem *changed) {
        if (changed == secret)
            value->setEchoMode(secret->checkState() == Qt::Checked && !m_reveal->isChecked()
                    ? QLineEdit::Password
                    : QLineEdit::Normal);
    });
}

void EnvironmentDialog::setReveal(bool reveal)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *value = qobject_cast<QLineEdit *>(m_table->cellWidget(row, ValueColumn));
        const bool secret = m_table->item(row, SecretColumn)->checkState() == Qt::Checked;
        if (value)
            value->setEchoMode(secret && !reveal ? QLineEdit::Password : QLineEdit::Normal);
    }
}

void EnvironmentDialog::commitTable()
{
    if (m_shown < 0 || m_shown >= int(m_environments.size()))
        return;
    Environment &e = m_environments[size_t(m_shown)];
    e.name = m_name->text().trimmed();
    e.variables.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Variable v;
        v.name =
            m_table->item(row, NameColumn) ? m_table->item(row, NameColumn)->text().trimmed() : QString();
        if (auto *value = qobject_cast<QLineEdit *>(m_table->cellWidget(row, ValueColumn)))
            v.value = value->text();
        v.secret = m_table->item(row, SecretColumn)->checkState() == Qt::Checked;
        if (!v.name.isEmpty())
            setVariable(e.variables, v);
    }
}

void EnvironmentDialog::showEnvironment(int index)
{
    if (index != m_shown)
        commitTable();
    m_shown = index;
    m_table->setRowCount(0);
    const bool valid = index >= 0 && index < int(m_environments.size());
    m_name->setEnabled(valid);
    m_table->setEnabled(valid);
    if (!valid) {
        m_name->clear();
        return;
    }
    const Environment &e = m_environments[size_t(index)];
    m_name->setText(e.name);
    for (const Variable &v : e.variables)
        addRow(v);
}

void EnvironmentDialog::addEnvironment()
{
    commitTable();
    QString name = tr("New environment");
    for (int n = 2; std::any_of(m_environments.begin(), m_environments.end(),
             [&](const Environment &e) { return e.name.compare(name, Qt::CaseInsensitive) == 0; });
         ++n)
        name = tr("New environment %1").arg(n);
    m_environments.push_back(Environment::create(name));
    m_list->addItem(name);
    m_list->setCurrentRow(m_list->count() - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void EnvironmentDialog::removeEnvironment()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    m_shown = -1; // nothing to commit: it goes
    m_environments.erase(m_environments.begin() + row);
    delete m_list->takeItem(row);
    showEnvironment(m_list->currentRow());
}

void EnvironmentDialog::accept()
{
    commitTable();
    for (const Environment &e : m_environments) {
        if (e.name.isEmpty()) {
            emit message(tr("An environment needs a name."));
            return;
        }
    }
    auto pending = std::make_shared<int>(1);
    auto failures = std::make_shared<QStringList>();
    // The dialog hides now and lives on until the keychain has answered every write.
    QObject *context = this;
    auto finishOne = [this, pending, failures]() {
        if (--*pending == 0) {
            if (!failures->isEmpty())
                emit message(tr("Not every secret was stored: %1").arg(failures->join(QStringLiteral("; "))));
            emit saved();
        }
    };
    auto done = [failures, finishOne](const QString &what) {
        return [failures, finishOne, what](Status s) {
            if (!s)
                failures->append(what + QStringLiteral(": ") + s.error().message);
            finishOne();
        };
    };
    // Removed environments: the file and the secrets.
    for (const Environment &o : m_original) {
        const auto kept = std::find_if(
            m_environments.begin(), m_environments.end(), [&](const Environment &e) { return e.id == o.id; });
        if (kept == m_environments.end()) {
            if (Status s = m_store->remove(o.name); !s)
                failures->append(s.error().message);
            for (const Variable &v : o.variables) {
                if (v.secret) {
                    ++*pending;
                    m_secrets->remove(o.secretScope(), v.name, context, done(v.name));
                }
            }
        }
    }
    for (const Environment &e : m_environments) {
        if (Status s = m_store->save(e); !s)
            failures->append(s.error().message);
        for (const Variable &v : e.variables) {
            if (v.secret) {
                ++*pending;
                m_secrets->write(e.secretScope(), v.name, v.value, context, done(v.name));
            }
        }
        // A variable that was secret and is no longer (or is gone): its keychain entry goes.
        for (const Environment &o : m_original) {
            if (o.id != e.id)
                continue;
            for (const Variable &v : o.variables) {
                const Variable *now = findVariable(e.variables, v.name);
                if (v.secret && (!now || !now->secret)) {
                    ++*pending;
                    m_secrets->remove(o.secretScope(), v.name, context, done(v.name));
                }
            }
        }
    }
    finishOne();
    QDialog::accept();
}

} // namespace ewb
