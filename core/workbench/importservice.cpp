// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "importservice.h"

#include "util/boundedread.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <signal.h>

namespace ewb {

namespace {

// The translation context of this file's messages.
class ImportServiceText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::ImportService)
};

// The staging folder of an import names the process writing it: ".NAME.importing-PID-RANDOM".
QString stagingPrefix(const QFileInfo &target)
{
    return QStringLiteral(".") + target.fileName() + QStringLiteral(".importing-");
}

bool processIsAlive(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

// What an import stopped half way (kill -9, a crash, a power cut) left beside the target: staging
// folders of this target whose process is gone. One that a running import is writing stays, and so
// does anything not named as ours.
void removeAbandonedStaging(const QFileInfo &target)
{
    const QDir parent(target.absolutePath());
    const QString prefix = stagingPrefix(target);
    const QStringList names =
        parent.entryList({prefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : names) {
        bool ok = false;
        const qint64 pid = name.mid(prefix.size()).section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (ok && pid > 0 && !processIsAlive(pid))
            QDir(parent.filePath(name)).removeRecursively();
    }
}

Error importError(const QString &code, const QString &message)
{
    return Error {QStringLiteral("import.") + code, message};
}
} // namespace

Result<PostmanImport> importPostmanFile(const QString &file, const QString &folder)
{
    if (Status free = checkNewCollectionFolder(folder); !free)
        return free.error();
    // A device or a FIFO picked by mistake is refused before it is opened (it would block or never end).
    Result<QByteArray> read = readRegularFile(file, maxImportBytes);
    if (!read) {
        if (read.error().code == u"file.too-large")
            return importError(QStringLiteral("too-large"),
                ImportServiceText::tr("%1 is larger than 64 MB; is it the right file?").arg(file));
        return importError(QStringLiteral("unreadable"), read.error().message);
    }
    const QByteArray &bytes = read.value();
    Result<PostmanImport> imported = importPostmanCollection(bytes);
    if (!imported)
        return Error {imported.error().code,
            QStringLiteral("%1: %2").arg(QFileInfo(file).fileName(), imported.error().message)};

    // Written beside the target and renamed into place: a crash half way leaves a hidden folder
    // that is plainly not the collection, never a collection without its collection.json.
    const QFileInfo target(folder);
    removeAbandonedStaging(target);
    const QString staging = target.absolutePath() + QLatin1Char('/') + stagingPrefix(target) +
        QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-') +
        QUuid::createUuid().toString(QUuid::Id128).left(8);
    if (!QDir().mkpath(target.absolutePath()))
        return importError(QStringLiteral("mkdir"),
            ImportServiceText::tr("cannot create the folder %1").arg(target.absolutePath()));
    if (Status saved = saveCollection(imported->collection, staging); !saved) {
        QDir(staging).removeRecursively(); // ours alone: made just now under a fresh name
        return saved.error();
    }
    // An empty folder the user picked is replaced by the finished one (rename needs it gone).
    if (target.exists() && !QDir().rmdir(folder)) {
        QDir(staging).removeRecursively();
        return importError(QStringLiteral("rename"),
            ImportServiceText::tr("cannot replace the empty folder %1").arg(folder));
    }
    if (!QDir().rename(staging, folder)) {
        QDir(staging).removeRecursively();
        QDir().mkpath(folder); // the user's empty folder, as it was
        return importError(QStringLiteral("rename"),
            ImportServiceText::tr("cannot move the collection into %1").arg(folder));
    }
    return imported;
}

} // namespace ewb
