// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace ewb {

// ISO 8601 with milliseconds and the moment's own offset ("2024-01-02T03:04:05.000Z" in UTC,
// "2024-01-02T04:04:05.000+01:00" elsewhere), the shape the official libraries send.
QString isoTimestamp(const QDateTime &moment);
// Reads what isoTimestamp writes (and any Qt::ISODateWithMs text); invalid when it cannot.
QDateTime fromIsoTimestamp(const QString &text);
// A backfill in the future is almost always a mistake (a wrong zone, a typo in the year); a few
// seconds of clock skew are not.
bool isInFuture(const QDateTime &moment, const QDateTime &now = QDateTime::currentDateTimeUtc());

// "UTC+05:30", "UTC-03:30", "UTC" for 0: how the timestamp editor names an offset.
QString utcOffsetLabel(int offsetSeconds);
// Every offset from UTC that a time zone uses today, whole hours and the half and three-quarter
// hours (India +05:30, Nepal +05:45, Newfoundland -03:30, Chatham +12:45, ...), west to east.
QList<int> utcOffsetsInUse();

} // namespace ewb
