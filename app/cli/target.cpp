#include "target.h"

#include "sources/keychainkeystore.h"
#include "sources/sourcestore.h"
#include "util/appfolders.h"

namespace ewb::cli {

Result<Target> resolveTarget(const QCommandLineParser &parser, const TargetOptions &options,
                             const QString &keyFromOptions)
{
    if (parser.isSet(options.source) == parser.isSet(options.region))
        return Error{QStringLiteral("usage.target"),
                     QStringLiteral("say where to send: --source NAME, or --region us|eu|URL (one of them)")};
    Target target;
    target.key = keyFromOptions;
    if (parser.isSet(options.region)) {
        Result<Endpoint> endpoint = parseEndpoint(parser.value(options.region));
        if (!endpoint)
            return Error{QStringLiteral("usage.region"), endpoint.error().message};
        target.baseUrl = endpoint->baseUrl;
        target.label = target.baseUrl.toString();
        if (target.key.isEmpty())
            return Error{QStringLiteral("usage.key"),
                         QStringLiteral("no API key: set EWB_API_KEY, or use --key-env VAR or --key-stdin "
                                        "(never a command-line argument)")};
        return target;
    }
    SourceStore store(appDataFolder());
    if (Status loaded = store.load(); !loaded)
        return loaded.error();
    const Source *source = store.findByName(parser.value(options.source));
    if (!source)
        return Error{QStringLiteral("source.unknown"),
                     QStringLiteral("no source named '%1' (see ewb sources list)").arg(parser.value(options.source))};
    target.label = source->name;
    target.baseUrl = source->baseUrl();
    target.strictMode = source->strictMode;
    if (target.key.isEmpty()) {
        KeychainKeyStore keys;
        Result<QString> key = keys.readKeyAndWait(source->id);
        if (!key)
            return Error{key.error().code, QStringLiteral("the key of '%1': %2").arg(source->name, key.error().message)};
        target.key = key.value();
    }
    return target;
}

} // namespace ewb::cli
