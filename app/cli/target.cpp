#include "target.h"

#include "net/httpclient.h"
#include "sources/keychainkeystore.h"
#include "sources/sourcestore.h"
#include "util/appfolders.h"

#include <QSslCertificate>

namespace ewb::cli {

namespace {

Result<Target> targetFromSource(const QString &name, const QString &keyFromOptions)
{
    Target target;
    target.key = keyFromOptions;
    SourceStore store(appDataFolder());
    if (Status loaded = store.load(); !loaded)
        return loaded.error();
    const Source *source = store.findByName(name);
    if (!source)
        return Error {QStringLiteral("source.unknown"),
            QStringLiteral("no source named '%1' (see ewb sources list)").arg(name)};
    target.label = source->name;
    target.baseUrl = source->baseUrl();
    target.strictMode = source->strictMode;
    if (target.key.isEmpty()) {
        KeychainKeyStore keys;
        Result<QString> key = keys.readKeyAndWait(source->id);
        if (!key)
            return Error {key.error().code,
                QStringLiteral("the key of '%1': %2").arg(source->name, key.error().message)};
        target.key = key.value();
    }
    return target;
}

Result<Target> targetFromUrl(const QString &url, const QString &key)
{
    Result<Endpoint> endpoint = parseEndpoint(url);
    if (!endpoint)
        return Error {QStringLiteral("usage.region"), endpoint.error().message};
    Target target;
    target.baseUrl = endpoint->baseUrl;
    target.label = target.baseUrl.toString();
    target.key = key;
    if (target.key.isEmpty())
        return Error {QStringLiteral("usage.key"),
            QStringLiteral("no API key: set EWB_API_KEY, or use --key-env VAR or --key-stdin "
                           "(never a command-line argument)")};
    return target;
}

} // namespace

Result<Target> resolveTarget(const QCommandLineParser &parser, const TargetOptions &options,
    const QString &keyFromOptions, const SavedTarget &saved)
{
    if (parser.isSet(options.source) && parser.isSet(options.region))
        return Error {QStringLiteral("usage.target"),
            QStringLiteral("use --source NAME or --region us|eu|URL, not both")};
    if (parser.isSet(options.source))
        return targetFromSource(parser.value(options.source), keyFromOptions);
    if (parser.isSet(options.region))
        return targetFromUrl(parser.value(options.region), keyFromOptions);
    if (!saved.sourceName.isEmpty())
        return targetFromSource(saved.sourceName, keyFromOptions.isEmpty() ? saved.key : keyFromOptions);
    if (!saved.baseUrl.isEmpty())
        return targetFromUrl(saved.baseUrl, keyFromOptions.isEmpty() ? saved.key : keyFromOptions);
    return Error {QStringLiteral("usage.target"),
        QStringLiteral("say where to send: --source NAME, or --region us|eu|URL")};
}

Status trustCaCertOption(const QCommandLineParser &parser, const TargetOptions &options, HttpClient &client)
{
    if (!parser.isSet(options.caCert))
        return Done {};
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(parser.value(options.caCert));
    if (certs.isEmpty())
        return Error {QStringLiteral("usage.ca-cert"),
            QStringLiteral("no PEM certificate in %1").arg(parser.value(options.caCert))};
    client.addTrustedCaCertificates(certs);
    return Done {};
}

} // namespace ewb::cli
