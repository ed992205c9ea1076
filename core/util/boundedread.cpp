#include "boundedread.h"

#include <QFile>
#include <QFileInfo>

namespace ewb {

Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return Error {QStringLiteral("file.missing"), QStringLiteral("%1: no such file").arg(path)};
    if (!info.isFile())
        return Error {QStringLiteral("file.not-regular"),
            QStringLiteral("%1 is not a regular file (a folder, a device, a pipe or a broken link); not read")
                .arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            QStringLiteral("file.read"), QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return Error {QStringLiteral("file.too-large"),
            QStringLiteral("%1 is larger than %2 bytes; not read").arg(path).arg(maxBytes)};
    if (file.error() != QFileDevice::NoError)
        return Error {
            QStringLiteral("file.read"), QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    return bytes;
}

} // namespace ewb
