// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sourcedialog.h"

#include "palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ewb {

SourceDialog::SourceDialog(const Source &source, bool isNew, QWidget *parent)
    : QDialog(parent), m_source(source), m_isNew(isNew)
{
    setObjectName(QStringLiteral("sourceDialog"));
    setWindowTitle(isNew ? tr("Add a source") : tr("Edit %1").arg(source.name));
    m_name = new QLineEdit(source.name, this);
    m_name->setObjectName(QStringLiteral("sourceName"));
    m_name->setPlaceholderText(tr("e.g. Production website"));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("sourceRegion"));
    for (Region r : {Region::US, Region::EU, Region::Custom})
        m_region->addItem(regionTitle(r) +
                (r == Region::Custom ? QString()
                                     : QStringLiteral("  (") + regionBaseUrl(r).toString() + u')'),
            int(r));
    m_region->setCurrentIndex(m_region->findData(int(source.region)));
    m_region->setToolTip(tr("The region your Customer.io workspace is in. Data sent to the wrong region is "
                            "answered 200 and silently dropped."));
    m_url = new QLineEdit(source.customBaseUrl.toString(), this);
    m_url->setObjectName(QStringLiteral("sourceUrl"));
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080/v1"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("sourceKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(isNew ? tr("the source's API key") : tr("unchanged (type to replace)"));
    m_strict = new QCheckBox(tr("&Strict mode (X-Strict-Mode: 1): get real errors instead of 200"), this);
    m_strict->setObjectName(QStringLiteral("sourceStrict"));
    m_strict->setToolTip(tr("Without it the API answers 200 OK to an invalid call and silently drops it"));
    m_strict->setChecked(source.strictMode);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("sourceError"));
    setTone(m_error, Tone::Error);
    m_error->setWordWrap(true);

    const auto showUrl = [this] {
        m_url->setEnabled(Region(m_region->currentData().toInt()) == Region::Custom);
    };
    connect(m_region, &QComboBox::currentIndexChanged, this, showUrl);
    showUrl();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Region"), m_region);
    form->addRow(tr("Custom &URL"), m_url);
    form->addRow(tr("API &key"), m_key);
    form->addRow(QString(), m_strict);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("sourceButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SourceDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QString SourceDialog::key() const
{
    return m_key->text().trimmed();
}

void SourceDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_error->setText(tr("Give the source a name."));
        return;
    }
    const Region region = Region(m_region->currentData().toInt());
    if (region == Region::Custom) {
        const Result<QUrl> url = validateCustomBaseUrl(m_url->text());
        if (!url) {
            m_error->setText(url.error().message);
            return;
        }
        m_source.customBaseUrl = url.value();
    }
    if (m_isNew && key().isEmpty()) {
        m_error->setText(
            tr("Paste the source's API key (Customer.io: Data Pipelines → your source → API key)."));
        return;
    }
    m_source.name = m_name->text().trimmed();
    m_source.region = region;
    m_source.strictMode = m_strict->isChecked();
    QDialog::accept();
}

} // namespace ewb
