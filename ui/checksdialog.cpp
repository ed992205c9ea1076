// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "checksdialog.h"

#include "countsuffix.h"
#include "json/jsonwriter.h"
#include "palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ewb {

ChecksDialog::ChecksDialog(const QString &requestName, const Expectations &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("checksDialog"));
    setWindowTitle(tr("Run Checks — %1").arg(requestName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("What a run (the Runner, or ewb run in CI) expects of this request. Saved in the request's file."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_status = new QLineEdit(current.statusText(), this);
    m_status->setObjectName(QStringLiteral("checksStatus"));
    m_status->setPlaceholderText(QStringLiteral("2xx"));
    m_status->setToolTip(tr("A class (2xx, 4xx), a status (200) or a list (200, 202)"));
    form->addRow(tr("&Status:"), m_status);
    m_sendWithErrors = new QCheckBox(tr("Send it even when the validator finds errors"), this);
    m_sendWithErrors->setObjectName(QStringLiteral("checksSendWithErrors"));
    m_sendWithErrors->setChecked(current.allowValidationErrors);
    m_sendWithErrors->setToolTip(
        tr("Off: a request with validation errors is not sent, and counts as a failure. "
           "On: for negative tests, to see what the API does with it."));
    auto *validationLabel = new QLabel(tr("&Validation:"), this);
    validationLabel->setBuddy(m_sendWithErrors);
    form->addRow(validationLabel, m_sendWithErrors);
    m_maxBytes = new QSpinBox(this);
    m_maxBytes->setObjectName(QStringLiteral("checksMaxBytes"));
    m_maxBytes->setToolTip(
        tr("A run fails the request when its body is larger (0: only the API's own limits)"));
    m_maxBytes->setRange(0, 10000000);
    m_maxBytes->setSingleStep(1000);
    m_maxBytes->setSpecialValueText(tr("no limit of its own (bytes)"));
    m_maxBytes->setValue(int(current.maxBytes.value_or(0)));
    setCountSuffix(m_maxBytes, [](int n) { return tr(" byte(s)", nullptr, n); });
    form->addRow(tr("&Largest request body:"), m_maxBytes);
    m_recorded = new QComboBox(this);
    m_recorded->setObjectName(QStringLiteral("checksRecorded"));
    m_recorded->setToolTip(tr("What the sandbox must have recorded of the call for the check to pass"));
    m_recorded->addItem(tr("Default: every call accepted, when a 2xx is expected"));
    m_recorded->addItem(tr("Every call accepted, whatever the status"));
    m_recorded->addItem(tr("Dropped: a negative test"));
    m_recorded->setCurrentIndex(int(current.recorded));
    form->addRow(tr("Against a sand&box:"), m_recorded);
    m_reason = new QLineEdit(current.reason, this);
    m_reason->setObjectName(QStringLiteral("checksReason"));
    m_reason->setPlaceholderText(tr("any reason, or a code such as track.event.missing"));
    form->addRow(tr("Drop &reason:"), m_reason);
    layout->addLayout(form);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("checksPreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    // Room for two lines from the start, so the form does not jump when the preview grows.
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 3);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_preview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_status, &QLineEdit::textChanged, this, &ChecksDialog::update);
    connect(m_sendWithErrors, &QCheckBox::toggled, this, &ChecksDialog::update);
    connect(m_maxBytes, &QSpinBox::valueChanged, this, &ChecksDialog::update);
    connect(m_recorded, &QComboBox::currentIndexChanged, this, &ChecksDialog::update);
    connect(m_reason, &QLineEdit::textChanged, this, &ChecksDialog::update);
    update();
}

Result<Expectations> ChecksDialog::expectations() const
{
    Expectations e;
    if (!m_status->text().trimmed().isEmpty()) {
        if (Status s = e.setStatusText(m_status->text()); !s)
            return s.error();
    }
    e.allowValidationErrors = m_sendWithErrors->isChecked();
    if (m_maxBytes->value() > 0)
        e.maxBytes = m_maxBytes->value();
    e.recorded = Expectations::Recorded(m_recorded->currentIndex());
    e.reason = m_reason->text().trimmed();
    if (!e.reason.isEmpty())
        e.recorded = Expectations::Recorded::Dropped;
    return e;
}

void ChecksDialog::update()
{
    const bool dropped = m_recorded->currentIndex() == int(Expectations::Recorded::Dropped);
    m_reason->setEnabled(dropped || !m_reason->text().isEmpty());
    const Result<Expectations> e = expectations();
    m_ok->setEnabled(bool(e));
    if (!e) {
        m_preview->setText(tr("<b>Status:</b> %1").arg(e.error().message.toHtmlEscaped()));
        setTone(m_preview, Tone::Error);
        return;
    }
    setTone(m_preview, Tone::Normal);
    const JsonValue json = e->toJson();
    m_preview->setText(json.isNull()
            ? tr("The defaults: nothing is added to the file.")
            : tr("Saved in the file as:<br><code style=\"white-space:pre\">\"expect\": %1</code>")
                  .arg(QString::fromUtf8(writeJson(json)).toHtmlEscaped()));
}

} // namespace ewb
