// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "target.h"

#include "net/httpclient.h"
#include "sources/sendtarget.h"

#include <QSslCertificate>

namespace ewb::cli {

Result<Target> resolveTarget(const QCommandLineParser &parser, const TargetOptions &options,
    const QString &keyFromOptions, const SavedTarget &saved)
{
    if (parser.isSet(options.source) && parser.isSet(options.region))
        return Error {QStringLiteral("usage.target"),
            TargetOptions::tr("use --source NAME or --region us|eu|URL, not both")};
    if (parser.isSet(options.source))
        return targetFromStoredSource(parser.value(options.source), keyFromOptions);
    if (parser.isSet(options.region))
        return targetFromUrl(parser.value(options.region), keyFromOptions);
    if (!saved.sourceName.isEmpty())
        return targetFromStoredSource(
            saved.sourceName, keyFromOptions.isEmpty() ? saved.key : keyFromOptions);
    if (!saved.baseUrl.isEmpty())
        return targetFromUrl(saved.baseUrl, keyFromOptions.isEmpty() ? saved.key : keyFromOptions);
    return Error {QStringLiteral("usage.target"),
        TargetOptions::tr("say where to send: --source NAME, or --region us|eu|URL")};
}

Status trustCaCertOption(const QCommandLineParser &parser, const TargetOptions &options, HttpClient &client)
{
    if (!parser.isSet(options.caCert))
        return Done {};
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(parser.value(options.caCert));
    if (certs.isEmpty())
        return Error {QStringLiteral("usage.ca-cert"),
            TargetOptions::tr("no PEM certificate in %1").arg(parser.value(options.caCert))};
    client.addTrustedCaCertificates(certs);
    return Done {};
}

} // namespace ewb::cli
