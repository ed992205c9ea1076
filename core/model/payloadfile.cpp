// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "payloadfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace ewb {

namespace {
// The translation context of the payload file messages.
class PayloadFile
{
    Q_DECLARE_TR_FUNCTIONS(ewb::PayloadFile)
};

QString megabytes(qsizetype bytes)
{
    return PayloadFile::tr("%1 MB").arg(QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

Error tooLarge(const QString &name, const QString &size, qsizetype maxBytes)
{
    return Error {QStringLiteral("input.too-large"),
        PayloadFile::tr("%1 is %2; payloads over %3 are refused (the API itself takes at most "
                        "500 KB per request)")
            .arg(name, size, megabytes(maxBytes))};
}
} // namespace

Result<QByteArray> readPayloadBytes(QIODevice &device, const QString &name, qsizetype maxBytes)
{
    QByteArray data;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(chunk.data(), chunk.size());
        if (n < 0)
            return Error {QStringLiteral("input.read"),
                PayloadFile::tr("cannot read %1: %2").arg(name, device.errorString())};
        if (n == 0)
            break; // end of file; reads from a pipe block until data or end
        data.append(chunk.constData(), n);
        if (data.size() > maxBytes)
            return tooLarge(name, PayloadFile::tr("more than %1").arg(megabytes(maxBytes)), maxBytes);
    }
    if (data.isEmpty())
        return Error {QStringLiteral("input.empty"), PayloadFile::tr("%1 is empty").arg(name)};
    return data;
}

Result<QByteArray> readPayloadFile(const QString &path, qsizetype maxBytes)
{
    if (path == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error {QStringLiteral("input.read"), PayloadFile::tr("cannot read standard input")};
        return readPayloadBytes(in, PayloadFile::tr("standard input"), maxBytes);
    }
    const QFileInfo info(path);
    if (!info.exists())
        return Error {QStringLiteral("input.missing"), PayloadFile::tr("%1: no such file").arg(path)};
    if (info.isDir())
        return Error {QStringLiteral("input.directory"),
            PayloadFile::tr("%1 is a directory, not a payload file").arg(path)};
    // Opening a FIFO blocks and a device never ends (both say size 0): regular files only.
    if (!info.isFile())
        return Error {QStringLiteral("input.not-regular"),
            PayloadFile::tr("%1 is not a regular file (a device or a pipe); use - to read standard input")
                .arg(path)};
    if (info.size() > maxBytes)
        return tooLarge(path, megabytes(info.size()), maxBytes);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("input.read"),
            PayloadFile::tr("cannot open %1: %2").arg(path, file.errorString())};
    return readPayloadBytes(file, path, maxBytes);
}

} // namespace ewb
