// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "boundedread.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace ewb {

namespace {
// The translation context of this file's messages.
class BoundedRead
{
    Q_DECLARE_TR_FUNCTIONS(ewb::BoundedRead)
};
} // namespace

Result<QByteArray> readRegularFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return Error {QStringLiteral("file.missing"), BoundedRead::tr("%1: no such file").arg(path)};
    if (!info.isFile())
        return Error {QStringLiteral("file.not-regular"),
            BoundedRead::tr(
                "%1 is not a regular file (a folder, a device, a pipe or a broken link); not read")
                .arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            QStringLiteral("file.read"), BoundedRead::tr("cannot read %1: %2").arg(path, file.errorString())};
    // Sized from the file, not from the limit: allocating 8 MB for every 1 KB request file is waste
    // (the fuzzer found it slow). A file that grows while it is read is still read to the limit.
    QByteArray bytes = file.read(std::min(maxBytes, file.size()) + 1);
    while (bytes.size() <= maxBytes && !file.atEnd() && file.error() == QFileDevice::NoError) {
        const QByteArray more = file.read(maxBytes + 1 - bytes.size());
        if (more.isEmpty())
            break;
        bytes += more;
    }
    if (bytes.size() > maxBytes)
        return Error {QStringLiteral("file.too-large"),
            BoundedRead::tr("%1 is larger than %2 bytes; not read").arg(path).arg(maxBytes)};
    if (file.error() != QFileDevice::NoError)
        return Error {
            QStringLiteral("file.read"), BoundedRead::tr("cannot read %1: %2").arg(path, file.errorString())};
    return bytes;
}

} // namespace ewb
