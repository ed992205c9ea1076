// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <utility>

namespace ewb {

namespace {

// The translation context of this file's messages.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(ewb::AtomicFile)
};

AtomicWriteHook *g_hook = nullptr; // tests only (see the header)

Error writeError(const QString &path, const QString &why)
{
    return Error {QStringLiteral("file.write"), AtomicFile::tr("cannot write %1: %2").arg(path, why)};
}
} // namespace

AtomicWriteHook *setAtomicWriteHook(AtomicWriteHook *hook)
{
    return std::exchange(g_hook, hook);
}

Status writeFileAtomically(const QString &path, QByteArrayView data)
{
    return writeFileAtomically(
        path, [data](QIODevice &out) { return out.write(data.data(), data.size()) == data.size(); });
}

Status writeFileAtomically(const QString &path, const std::function<bool(QIODevice &out)> &write)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error {QStringLiteral("file.mkdir"),
            AtomicFile::tr("cannot create the folder %1").arg(info.absolutePath())};
    const bool existed = info.exists();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {
            QStringLiteral("file.open"), AtomicFile::tr("cannot write %1: %2").arg(path, file.errorString())};
    // QSaveFile keeps the permissions of a file it replaces; a new one would get the umask's
    // (often world-readable), so narrow it before any byte is written.
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const std::unique_ptr<QIODevice> through = g_hook ? g_hook->deviceFor(path, &file) : nullptr;
    QIODevice &out = through ? *through : static_cast<QIODevice &>(file);
    if (!write(out)) {
        const QString why = out.errorString();
        file.cancelWriting(); // the destructor then discards the temporary file
        return writeError(path, why);
    }
    if (g_hook && !g_hook->commitAllowed(path))
        file.cancelWriting(); // commit() below fails and discards, as for a real failure
    if (!file.commit())
        return writeError(path, file.errorString());
    return Done {};
}

} // namespace ewb
