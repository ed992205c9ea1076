// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "filenames.h"

namespace ewb {

namespace {
bool isReservedOnWindows(QStringView stem)
{
    static const char *const names[] = {"con", "prn", "aux", "nul"};
    for (const char *n : names) {
        if (stem == QLatin1String(n))
            return true;
    }
    if (stem.size() == 4 && (stem.startsWith(u"com") || stem.startsWith(u"lpt")) && stem[3] >= u'0' &&
        stem[3] <= u'9')
        return true;
    return false;
}
} // namespace

QString safeFileName(QStringView name, const QString &fallback)
{
    const QString folded = name.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(folded.size());
    bool dash = false;
    for (QChar c : folded) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            if (dash && !out.isEmpty())
                out += QLatin1Char('-');
            dash = false;
            out += QChar(u);
        } else {
            dash = true;
        }
        if (out.size() >= maxFileStemLength)
            break;
    }
    out.truncate(maxFileStemLength);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    if (out.isEmpty())
        out = fallback;
    if (isReservedOnWindows(out))
        out += QStringLiteral("-1");
    return out;
}

TakenFileNames::TakenFileNames(const QStringList &names)
{
    for (const QString &name : names)
        add(name);
}

void TakenFileNames::add(const QString &name)
{
    m_names.insert(name.toCaseFolded());
}

bool TakenFileNames::contains(const QString &name) const
{
    return m_names.contains(name.toCaseFolded());
}

QString TakenFileNames::unique(const QString &stem, const QString &suffix)
{
    QString candidate = stem + suffix;
    const QString key = candidate.toCaseFolded();
    if (!m_names.contains(key)) {
        m_names.insert(key);
        return candidate;
    }
    int n = m_next.value(key, 2);
    do {
        candidate = stem + QLatin1Char('-') + QString::number(n++) + suffix;
    } while (contains(candidate));
    m_next.insert(key, n);
    add(candidate);
    return candidate;
}

} // namespace ewb
