// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "timestampeditor.h"

#include "compose/timestamptext.h"
#include "palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>

namespace ewb {

TimestampEditor::TimestampEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timestampEditor"));
    m_enabled = new QCheckBox(tr("Backfill"), this);
    m_enabled->setObjectName(QStringLiteral("timestampEnabled"));
    m_enabled->setToolTip(tr("Unset, the server stamps the call when it arrives. Set it to record when the "
                             "event really happened."));
    m_edit = new QDateTimeEdit(this);
    m_edit->setObjectName(QStringLiteral("timestampDateTime"));
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    m_edit->setCalendarPopup(true);
    m_edit->setAccessibleName(tr("Timestamp date and time"));
    m_edit->setToolTip(tr("When the event happened, in the zone beside (Backfill turns it on)"));
    const QDateTime utcNow = QDateTime::currentDateTimeUtc();
    m_edit->setDateTime(QDateTime(utcNow.date(), utcNow.time()));
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("timestampZone"));
    m_zone->setAccessibleName(tr("Timestamp zone"));
    m_zone->setToolTip(tr("The zone of the date and time: UTC, this machine's, or an offset"));
    m_zone->addItem(tr("UTC"), 0);
    const int local = QDateTime::currentDateTime().offsetFromUtc();
    if (local != 0)
        m_zone->addItem(tr("Local (%1)").arg(QDateTime::currentDateTime().timeZoneAbbreviation()), local);
    for (int offset : utcOffsetsInUse()) {
        if (offset != 0)
            m_zone->addItem(utcOffsetLabel(offset), offset);
    }
    auto *now = new QPushButton(tr("&Now"), this);
    now->setObjectName(QStringLiteral("timestampNow"));
    now->setToolTip(tr("Set the timestamp to this moment in the chosen zone (Alt+N)"));
    m_iso = new QLineEdit(this);
    m_iso->setObjectName(QStringLiteral("timestampIso"));
    m_iso->setReadOnly(true);
    m_iso->setPlaceholderText(tr("set by the server on receipt"));
    m_iso->setAccessibleName(tr("Timestamp as sent"));
    m_iso->setAccessibleDescription(
        tr("The ISO 8601 text the call carries; empty: set by the server on receipt"));
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("timestampWarning"));
    m_warning->setWordWrap(true);
    setTone(m_warning, Tone::Warning);
    m_warning->hide();
    // The form's Timestamp label and a diagnostic's jump land on the box that turns it on.
    setFocusProxy(m_enabled);

    // Two rows, so that the form fits the composer beside the docks on a 1024 px screen.
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_enabled);
    row->addWidget(m_edit, 1);
    auto *zoneRow = new QHBoxLayout;
    zoneRow->setContentsMargins(0, 0, 0, 0);
    zoneRow->addWidget(m_zone, 1);
    zoneRow->addWidget(now);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(zoneRow);
    layout->addWidget(m_iso);
    layout->addWidget(m_warning);

    m_edit->setEnabled(false);
    m_zone->setEnabled(false);
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        m_zone->setEnabled(on);
        if (!m_updating && on && !m_edit->dateTime().isValid())
            m_edit->setDateTime(QDateTime::currentDateTimeUtc());
        fromControls();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &TimestampEditor::fromControls);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &TimestampEditor::fromControls);
    connect(now, &QPushButton::clicked, this, [this] {
        m_updating = true;
        m_enabled->setChecked(true);
        m_updating = false;
        const int offset = m_zone->currentData().toInt();
        const QDateTime moment = QDateTime::currentDateTimeUtc().toOffsetFromUtc(offset);
        m_updating = true;
        m_edit->setDateTime(QDateTime(moment.date(), moment.time()));
        m_updating = false;
        fromControls();
    });
}

void TimestampEditor::fromControls()
{
    if (m_updating)
        return;
    QString text;
    if (m_enabled->isChecked()) {
        const QDateTime shown = m_edit->dateTime();
        const QDateTime moment(shown.date(), shown.time(), QTimeZone(m_zone->currentData().toInt()));
        text = isoTimestamp(moment);
    }
    m_iso->setText(text);
    showWarning();
    emit timestampEdited(text);
}

void TimestampEditor::showWarning()
{
    const QDateTime moment = fromIsoTimestamp(m_iso->text());
    if (!m_iso->text().isEmpty() && !moment.isValid()) {
        m_warning->setText(
            tr("This is not an ISO 8601 date-time the form can read; edit it in the JSON tab."));
        m_warning->show();
    } else if (isInFuture(moment)) {
        m_warning->setText(tr("This time is in the future. Backfilled events should say when they happened; "
                              "check the date and the zone."));
        m_warning->show();
    } else {
        m_warning->hide();
    }
}

void TimestampEditor::setTimestamp(const QString &text)
{
    if (text == m_iso->text())
        return;
    m_updating = true;
    const QDateTime moment = fromIsoTimestamp(text);
    m_enabled->setChecked(!text.isEmpty());
    m_edit->setEnabled(!text.isEmpty());
    m_zone->setEnabled(!text.isEmpty());
    if (moment.isValid()) {
        const int offset = moment.offsetFromUtc();
        int index = m_zone->findData(offset);
        if (index < 0) {
            m_zone->addItem(utcOffsetLabel(offset), offset);
            index = m_zone->count() - 1;
        }
        m_zone->setCurrentIndex(index);
        const QDateTime local = moment.toOffsetFromUtc(offset);
        m_edit->setDateTime(QDateTime(local.date(), local.time()));
    }
    m_iso->setText(text);
    showWarning();
    m_updating = false;
}

QString TimestampEditor::timestamp() const
{
    return m_iso->text();
}

} // namespace ewb
