// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "runner/stepresult.h"
#include "util/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

namespace ewb {
class HttpClient;
}

namespace ewb::cli {

// Where a command sends and with which key: a stored source (key from the keychain) or a region /
// URL with a key from the environment or stdin.
struct TargetOptions
{
    Q_DECLARE_TR_FUNCTIONS(ewb::cli::TargetOptions)

public:
    QCommandLineOption source {QStringLiteral("source"),
        tr("Send to stored source NAME (its region, strict mode and keychain key)."), QStringLiteral("NAME")};
    QCommandLineOption region {{QStringLiteral("region"), QStringLiteral("url")},
        tr("Send to us, eu, or a base URL such as http://127.0.0.1:8080/v1."), QStringLiteral("REGION")};
    QCommandLineOption caCert {QStringLiteral("ca-cert"),
        tr("Also trust the CA certificate(s) in PEM FILE (e.g. a sandbox "
           "serving HTTPS). Verification stays on."),
        QStringLiteral("FILE")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({source, region, caCert}); }
};

// Adds the certificates of --ca-cert (when given) to client; an error (a usage error) when the file
// holds none.
Status trustCaCertOption(const QCommandLineParser &parser, const TargetOptions &options, HttpClient &client);

// Where to send and with which key: the core's value, the one the runner and the backfill take.
using Target = RunTarget;

// Where a saved request says it goes, when the command line does not say: a source by name, or a
// base URL and the key from the request's (resolved) Basic auth.
struct SavedTarget
{
    QString sourceName;
    QString baseUrl;
    QString key;
};

// Resolves the target; the key options (KeyOptions) override a source's stored key. Without
// --source or --region, the saved request's own target is used when there is one.
// Error codes starting with "usage." are usage errors (exit 2); others are failures (exit 1).
Result<Target> resolveTarget(const QCommandLineParser &parser, const TargetOptions &options,
    const QString &keyFromOptions, const SavedTarget &saved = {});

} // namespace ewb::cli
