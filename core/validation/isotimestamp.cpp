// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "isotimestamp.h"

#include <QDateTime>

namespace ewb {

namespace {

bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : days[m - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

class Reader
{
public:
    explicit Reader(QStringView text) : m_text(text) { }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char16_t peek() const { return atEnd() ? u'\0' : m_text[m_pos].unicode(); }
    qsizetype pos() const { return m_pos; }

    bool take(char16_t c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    // Exactly n ASCII digits.
    bool digits(int n, int &value)
    {
        value = 0;
        for (int i = 0; i < n; ++i) {
            const char16_t c = peek();
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c - u'0');
            ++m_pos;
        }
        return true;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace

ParsedTimestamp parseIsoTimestamp(QStringView text)
{
    const auto fail = [](TimestampProblem p) { return ParsedTimestamp {p, 0}; };
    Reader r(text);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!r.digits(4, year) || !r.take(u'-') || !r.digits(2, month) || !r.take(u'-') || !r.digits(2, day))
        return fail(TimestampProblem::Syntax);
    const bool dateValid =
        month >= 1 && month <= 12 && day >= 1 && year >= 1 && day <= daysInMonth(year, month);
    if (r.atEnd())
        return fail(dateValid ? TimestampProblem::DateOnly : TimestampProblem::NotARealDate);
    if (!r.take(u'T') && !r.take(u't'))
        return fail(TimestampProblem::Syntax);
    if (!r.digits(2, hour) || !r.take(u':') || !r.digits(2, minute) || !r.take(u':') || !r.digits(2, second))
        return fail(TimestampProblem::Syntax);
    qint64 msecs = 0;
    if (r.take(u'.')) {
        int scale = 100;
        int count = 0;
        while (r.peek() >= u'0' && r.peek() <= u'9') {
            msecs += (r.peek() - u'0') * scale;
            scale /= 10;
            ++count;
            r.take(r.peek());
        }
        if (count == 0 || count > 9)
            return fail(TimestampProblem::Syntax);
    }
    int offsetMinutes = 0;
    if (r.take(u'Z') || r.take(u'z')) {
        // UTC
    } else if (r.peek() == u'+' || r.peek() == u'-') {
        const int sign = r.peek() == u'-' ? -1 : 1;
        r.take(r.peek());
        int oh = 0, om = 0;
        if (!r.digits(2, oh))
            return fail(TimestampProblem::Syntax);
        if (r.take(u':')) {
            if (!r.digits(2, om))
                return fail(TimestampProblem::Syntax);
        } else if (!r.atEnd() && !r.digits(2, om)) {
            return fail(TimestampProblem::Syntax);
        }
        if (oh > 23 || om > 59)
            return fail(TimestampProblem::NotARealDate);
        offsetMinutes = sign * (oh * 60 + om);
    } else if (r.atEnd()) {
        return fail(dateValid && hour < 24 && minute < 60 && second < 60 ? TimestampProblem::NoZone
                                                                         : TimestampProblem::NotARealDate);
    } else {
        return fail(TimestampProblem::Syntax);
    }
    if (!dateValid || hour > 23 || minute > 59 || second > 59)
        return fail(TimestampProblem::NotARealDate);
    if (!r.atEnd())
        return fail(TimestampProblem::TrailingText);
    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second -
        qint64(offsetMinutes) * 60;
    return ParsedTimestamp {TimestampProblem::None, seconds * 1000 + msecs};
}

QString formatIsoUtcMillis(qint64 msecsSinceEpoch)
{
    constexpr qint64 msPerDay = 86400000;
    qint64 days = msecsSinceEpoch / msPerDay;
    qint64 msOfDay = msecsSinceEpoch % msPerDay;
    if (msOfDay < 0) {
        msOfDay += msPerDay;
        --days;
    }
    // Days since 1970-01-01 to a civil date (H. Hinnant's days_from_civil, inverted).
    const qint64 shifted = days + 719468;
    const qint64 era = (shifted >= 0 ? shifted : shifted - 146096) / 146097;
    const qint64 dayOfEra = shifted - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    const int month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999)
        return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);

    char text[24];
    const auto put = [&text](int at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, msOfDay / 3600000, 2);
    text[13] = ':';
    put(14, msOfDay / 60000 % 60, 2);
    text[16] = ':';
    put(17, msOfDay / 1000 % 60, 2);
    text[19] = '.';
    put(20, msOfDay % 1000, 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, sizeof text);
}

} // namespace ewb
