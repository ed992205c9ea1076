// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "testpaths.h"

#include <QFile>

namespace ewb::test {

QString sourcePath(const QString &relative)
{
    return QStringLiteral(EWB_SOURCE_DIR "/") + relative;
}

QString sharedPath(const QString &relative)
{
    return QStringLiteral(EWB_SHARED_DIR "/") + relative;
}

QByteArray readFileOrFail(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test input %s: %s", qPrintable(path), qPrintable(f.errorString()));
    return f.readAll();
}

} // namespace ewb::test
