// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "keyinput.h"

#include <QFile>

namespace ewb::cli {

Result<QString> readKeyOption(const QCommandLineParser &parser, const KeyOptions &options)
{
    if (parser.isSet(options.env) && parser.isSet(options.stdinKey))
        return Error {QStringLiteral("usage.key"), KeyOptions::tr("use --key-env or --key-stdin, not both")};
    if (parser.isSet(options.stdinKey)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error {
                QStringLiteral("key.stdin"), KeyOptions::tr("cannot read the key from standard input")};
        const QString key = QString::fromUtf8(in.readLine(4096)).trimmed();
        if (key.isEmpty())
            return Error {QStringLiteral("key.empty"), KeyOptions::tr("standard input held no key")};
        return key;
    }
    const QString variable =
        parser.isSet(options.env) ? parser.value(options.env) : QStringLiteral("EWB_API_KEY");
    const QString key = qEnvironmentVariable(variable.toLocal8Bit().constData()).trimmed();
    if (key.isEmpty() && parser.isSet(options.env))
        return Error {QStringLiteral("key.env"),
            KeyOptions::tr("environment variable %1 is not set or empty").arg(variable)};
    return key;
}

} // namespace ewb::cli
