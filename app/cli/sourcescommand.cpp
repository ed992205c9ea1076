// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sourcescommand.h"

#include "console.h"
#include "json/jsonwriter.h"
#include "keyinput.h"
#include "net/connectionprobe.h"
#include "sources/keychainkeystore.h"
#include "sources/sourcestore.h"
#include "util/appfolders.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSslCertificate>

namespace ewb::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ewb::cli::SourcesCommand)
};

QString usageText()
{
    const QStringList synopses {QStringLiteral("ewb sources list [--json]"),
        QStringLiteral("ewb sources add NAME --region us|eu|URL [--no-strict] [--key-env VAR | --key-stdin]"),
        QStringLiteral("ewb sources set-key NAME [--key-env VAR | --key-stdin]"),
        QStringLiteral("ewb sources remove NAME"), QStringLiteral("ewb sources test NAME")};
    // The synopses line up under the first, whatever the length of "Usage:" in the language shown.
    const QString usage = Text::tr("Usage:");
    return usage + u' ' + synopses.join(u'\n' + QString(usage.size() + 1, u' ')) + QStringLiteral("\n\n") +
        Text::tr("Sources are kept in %1/sources.json; their API keys only in the OS keychain.")
            .arg(appDataFolder()) +
        u'\n';
}

int usageError(const QString &message)
{
    return cli::usageError(QStringLiteral("sources"), message);
}

int failure(const QString &message)
{
    err() << "ewb sources: " << message << '\n';
    return ExitFailure;
}

Result<SourceStore> openStore()
{
    SourceStore store(appDataFolder());
    if (Status loaded = store.load(); !loaded)
        return loaded.error();
    return store;
}

// The store, and the source the command names in it.
struct NamedSource
{
    SourceStore store;
    Source source;
};

Result<NamedSource> openNamedSource(const QString &name)
{
    Result<SourceStore> store = openStore();
    if (!store)
        return store.error();
    const Source *source = store->findByName(name);
    if (!source)
        return Error {QStringLiteral("source.unknown"),
            Text::tr("no source named '%1' (see ewb sources list)").arg(name)};
    const Source found = *source;
    return NamedSource {std::move(store).value(), found};
}

int list(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print the sources as JSON."));
    parser.addOption(json);
    int done = ExitOk;
    if (!parseCommandLine(parser, args, QStringLiteral("sources list"), Text::tr("Lists the sources."), done))
        return done;
    Result<SourceStore> store = openStore();
    if (!store)
        return failure(store.error().message);
    if (parser.isSet(json)) {
        JsonArray array;
        for (const Source &s : store->sources())
            array.push_back(s.toJson());
        out() << QString::fromUtf8(writeJson(JsonValue(std::move(array)), JsonStyle::Pretty)) << '\n';
        return ExitOk;
    }
    if (store->sources().empty())
        out() << Text::tr("No sources yet. Add one with: ewb sources add NAME --region us|eu|URL --key-stdin")
              << '\n';
    for (const Source &s : store->sources()) {
        out() << s.name << "  " << regionTitle(s.region) << "  " << s.baseUrl().toString()
              << (s.strictMode ? QString() : QStringLiteral("  ") + Text::tr("(strict mode off)")) << '\n';
    }
    return ExitOk;
}

int add(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption region(QStringLiteral("region"),
        Text::tr("us, eu, or a custom base URL (https://host/v1)."), QStringLiteral("REGION"));
    const QCommandLineOption noStrict(QStringLiteral("no-strict"),
        Text::tr("Do not send X-Strict-Mode: 1 (errors then come back as 200)."));
    KeyOptions keyOptions;
    parser.addOptions({region, noStrict});
    keyOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("A unique name for the source."));
    int done = ExitOk;
    if (!parseCommandLine(parser, args, QStringLiteral("sources add"),
            Text::tr("Adds a source; its key goes to the OS keychain."), done))
        return done;
    if (parser.positionalArguments().size() != 1)
        return usageError(Text::tr("expected one NAME"));
    if (!parser.isSet(region))
        return usageError(Text::tr("--region is required: the API cannot tell a key's region, and data "
                                   "sent to the wrong one is silently dropped"));
    Result<Endpoint> endpoint = parseEndpoint(parser.value(region));
    if (!endpoint)
        return usageError(endpoint.error().message);
    Result<QString> key = readKeyOption(parser, keyOptions);
    if (!key)
        return usageError(key.error().message);

    Result<SourceStore> store = openStore();
    if (!store)
        return failure(store.error().message);
    Source source = Source::create(parser.positionalArguments().first(), endpoint->region, endpoint->baseUrl);
    source.strictMode = !parser.isSet(noStrict);
    if (Status added = store->add(source); !added)
        return failure(added.error().message);
    // The key first: a source saved without its key would fail later, far from the cause.
    if (!key->isEmpty()) {
        KeychainKeyStore keys;
        if (Status written = keys.writeKeyAndWait(source.id, key.value()); !written)
            return failure(written.error().message);
    }
    if (Status saved = store->save(); !saved)
        return failure(saved.error().message);
    const QString added = Text::tr("Added source '%1' (%2, %3)")
                              .arg(source.name, regionTitle(source.region), source.baseUrl().toString());
    out() << (key->isEmpty()
                     ? Text::tr("%1; no key yet: ewb sources set-key %2 --key-stdin").arg(added, source.name)
                     : Text::tr("%1; key stored in the OS keychain").arg(added))
          << '\n';
    return ExitOk;
}

int setKey(const QStringList &args)
{
    QCommandLineParser parser;
    KeyOptions keyOptions;
    keyOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The source."));
    int done = ExitOk;
    if (!parseCommandLine(parser, args, QStringLiteral("sources set-key"),
            Text::tr("Stores a source's API key in the OS keychain."), done))
        return done;
    if (parser.positionalArguments().size() != 1)
        return usageError(Text::tr("expected one NAME"));
    Result<QString> key = readKeyOption(parser, keyOptions);
    if (!key)
        return usageError(key.error().message);
    if (key->isEmpty())
        return usageError(Text::tr("no key given: use --key-stdin or --key-env VAR"));
    Result<NamedSource> named = openNamedSource(parser.positionalArguments().first());
    if (!named)
        return failure(named.error().message);
    const Source *source = &named->source;
    KeychainKeyStore keys;
    if (Status written = keys.writeKeyAndWait(source->id, key.value()); !written)
        return failure(written.error().message);
    out() << Text::tr("Stored the key of '%1' in the OS keychain.").arg(source->name) << '\n';
    return ExitOk;
}

int remove(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The source."));
    int done = ExitOk;
    if (!parseCommandLine(parser, args, QStringLiteral("sources remove"),
            Text::tr("Removes a source and deletes its key from the keychain."), done))
        return done;
    if (parser.positionalArguments().size() != 1)
        return usageError(Text::tr("expected one NAME"));
    Result<NamedSource> named = openNamedSource(parser.positionalArguments().first());
    if (!named)
        return failure(named.error().message);
    const Source *source = &named->source;
    const Source removed = *source;
    KeychainKeyStore keys;
    if (Status deleted = keys.deleteKeyAndWait(removed.id); !deleted) {
        err() << "ewb sources: " << Text::tr("%1 (the source was kept)").arg(deleted.error().message) << '\n';
        return ExitFailure;
    }
    named->store.remove(removed.id);
    if (Status saved = named->store.save(); !saved)
        return failure(saved.error().message);
    out() << Text::tr("Removed source '%1' and its key.").arg(removed.name) << '\n';
    return ExitOk;
}

int test(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption sendEvent(
        QStringLiteral("send-test-event"), Text::tr("Also send one real, clearly named test event."));
    const QCommandLineOption caCert(QStringLiteral("ca-cert"),
        Text::tr("Also trust the CA certificate(s) in PEM FILE."), QStringLiteral("FILE"));
    parser.addOptions({sendEvent, caCert});
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The source."));
    int done = ExitOk;
    if (!parseCommandLine(parser, args, QStringLiteral("sources test"),
            Text::tr("Test Connection: checks in strict mode, without storing anything, "
                     "whether the source's key works with its URL.\nExit status: 0 the key "
                     "works, 1 it does not (the reason is printed)."),
            done))
        return done;
    if (parser.positionalArguments().size() != 1)
        return usageError(Text::tr("expected one NAME"));
    Result<NamedSource> named = openNamedSource(parser.positionalArguments().first());
    if (!named)
        return failure(named.error().message);
    const Source *source = &named->source;
    KeychainKeyStore keys;
    Result<QString> key = keys.readKeyAndWait(source->id);
    if (!key) {
        err() << "ewb sources: " << Text::tr("the key of '%1': %2").arg(source->name, key.error().message)
              << '\n';
        return ExitFailure;
    }
    QNetworkAccessManager manager;
    HttpClient client(&manager);
    if (parser.isSet(caCert))
        client.addTrustedCaCertificates(QSslCertificate::fromPath(parser.value(caCert)));
    const ProbeResult probe =
        ConnectionProbe::runAndWait(&client, source->baseUrl(), key.value(), parser.isSet(sendEvent));
    out() << source->name << " (" << source->baseUrl().toString() << "): " << probe.title << '\n'
          << probe.whatToDo << '\n';
    return probe.success ? ExitOk : ExitFailure;
}

} // namespace

int runSourcesCommand(const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("list"))
        return list(rest);
    if (sub == QLatin1String("add"))
        return add(rest);
    if (sub == QLatin1String("set-key"))
        return setKey(rest);
    if (sub == QLatin1String("remove"))
        return remove(rest);
    if (sub == QLatin1String("test"))
        return test(rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << usageText();
        return ExitOk;
    }
    err() << "ewb sources: "
          << (sub.isEmpty() ? Text::tr("expected a subcommand")
                            : Text::tr("unknown subcommand '%1'").arg(sub))
          << '\n'
          << usageText();
    return ExitUsage;
}

} // namespace ewb::cli
