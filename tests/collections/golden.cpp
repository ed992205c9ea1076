// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "golden.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace ewb::test {

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

bool updatingGolden()
{
    return qEnvironmentVariable("EWB_UPDATE_GOLDEN") == QLatin1String("1");
}

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    files.sort();
    return files;
}

QString compareTrees(const QString &actual, const QString &golden)
{
    if (updatingGolden())
        replaceTree(actual, golden);
    const QStringList a = filesUnder(actual);
    const QStringList g = filesUnder(golden);
    if (a != g)
        return QStringLiteral("files differ: wrote [%1], golden [%2]")
            .arg(a.join(QLatin1Char(' ')), g.join(QLatin1Char(' ')));
    for (const QString &file : a) {
        if (readAll(QDir(actual).filePath(file)) != readAll(QDir(golden).filePath(file)))
            return QStringLiteral("%1 differs from the golden copy in %2").arg(file, golden);
    }
    return {};
}

QString compareWithGoldenFile(const QByteArray &actual, const QString &goldenPath)
{
    if (updatingGolden()) {
        QFile f(goldenPath);
        if (f.open(QIODevice::WriteOnly))
            f.write(actual);
    }
    if (readAll(goldenPath) != actual)
        return QStringLiteral("the output differs from %1").arg(goldenPath);
    return {};
}

void replaceTree(const QString &actual, const QString &golden)
{
    QDir(golden).removeRecursively();
    for (const QString &file : filesUnder(actual)) {
        const QString target = QDir(golden).filePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(QDir(actual).filePath(file), target);
    }
}

QStringList filesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList found;
    for (const QString &file : filesUnder(folder)) {
        if (readAll(QDir(folder).filePath(file)).contains(needle))
            found.append(file);
    }
    return found;
}

} // namespace ewb::test
