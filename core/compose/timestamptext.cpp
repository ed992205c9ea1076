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

} // namespace ewb
