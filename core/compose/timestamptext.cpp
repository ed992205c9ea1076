// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "timestamptext.h"

namespace ewb {

QString isoTimestamp(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    if (moment.offsetFromUtc() == 0)
        return moment.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz") + u'Z';
    return moment.toOffsetFromUtc(moment.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QDateTime fromIsoTimestamp(const QString &text)
{
    return QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
}

bool isInFuture(const QDateTime &moment, const QDateTime &now)
{
    constexpr qint64 skewAllowanceMs = 60 * 1000;
    return moment.isValid() && moment.toMSecsSinceEpoch() > now.toMSecsSinceEpoch() + skewAllowanceMs;
}

QString utcOffsetLabel(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return QStringLiteral("UTC");
    const int minutes = qAbs(offsetSeconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QList<int> utcOffsetsInUse()
{
    // In minutes; the IANA database's offsets in use (standard and daylight time).
    static const int minutes[] = {-720, -660, -600, -570, -540, -480, -420, -360, -300, -240, -210, -180,
        -120, -60, 0, 60, 120, 180, 210, 240, 270, 300, 330, 345, 360, 390, 420, 480, 525, 540, 570, 600, 630,
        660, 720, 765, 780, 825, 840};
    QList<int> out;
    for (int m : minutes)
        out.append(m * 60);
    return out;
}

} // namespace ewb
