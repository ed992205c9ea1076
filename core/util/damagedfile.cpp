// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "damagedfile.h"

#include <QDateTime>
#include <QFile>

namespace ewb {

QString damagedFilePath(const QString &path)
{
    const QString base = path + QStringLiteral(".damaged-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = base;
    for (int n = 2; QFile::exists(candidate); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

} // namespace ewb
