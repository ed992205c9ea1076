#include "atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ewb {

Status writeFileAtomically(const QString &path, QByteArrayView data)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error {QStringLiteral("file.mkdir"),
            QStringLiteral("cannot create the folder %1").arg(info.absolutePath())};
    const bool existed = info.exists();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {
            QStringLiteral("file.open"), QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    // QSaveFile keeps the permissions of a file it replaces; a new one would get the umask's
    // (often world-readable), so narrow it before any byte is written.
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data.data(), data.size()) != data.size() || !file.commit())
        return Error {QStringLiteral("file.write"),
            QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    return Done {};
}

} // namespace ewb
