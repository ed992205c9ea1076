// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "importcommand.h"

#include "collections/collection.h"
#include "console.h"
#include "interchange/postmanimport.h"
#include "variables/secretstore.h"
#include "workbench/importservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ewb::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ewb::cli::ImportCommand)
};

QString kindLabel(ImportNote::Kind kind)
{
    switch (kind) {
    case ImportNote::Kind::NotCarried: return Text::tr("not carried over");
    case ImportNote::Kind::Credential: return Text::tr("credential");
    case ImportNote::Kind::Info: return Text::tr("note");
    }
    return {};
}
} // namespace

int runImportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption into(QStringLiteral("into"),
        Text::tr("Create the collection in folder DIR (new or empty)."), QStringLiteral("DIR"));
    const QCommandLineOption noKeychain(QStringLiteral("no-keychain"),
        Text::tr("Drop literal credentials found in the file instead of moving them to the keychain."));
    parser.addOptions({into, noKeychain});
    parser.addPositionalArgument(
        QStringLiteral("FORMAT"), Text::tr("postman (a Postman Collection v2.1 file)"));
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The file to import."));
    int done = ExitOk;
    if (!parseCommandLine(parser, args, QStringLiteral("import"),
            Text::tr("Imports a Postman collection as a collection folder: one JSON file per "
                     "request. What cannot be carried over is listed; literal keys go to the "
                     "keychain, never into the files."),
            done))
        return done;
    const auto usage = [](const QString &message) { return usageError(QStringLiteral("import"), message); };
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(
            Text::tr("expected FORMAT and FILE, e.g. ewb import postman collection.json --into DIR"));
    if (positional.first() != QLatin1String("postman"))
        return usage(Text::tr("unknown format '%1'; the one supported is postman").arg(positional.first()));
    if (!parser.isSet(into))
        return usage(Text::tr("say where the collection goes: --into DIR"));
    const QString folder = parser.value(into);
    Result<PostmanImport> imported = importPostmanFile(positional.at(1), folder);
    if (!imported) {
        // What the command line asked for is wrong (the folder, the file's path): a usage error.
        const QString code = imported.error().code;
        if (code.startsWith(u"collection.") || code == u"import.unreadable")
            return usage(imported.error().message);
        err() << "ewb import: " << imported.error().message << '\n';
        return ExitFailure;
    }
    PostmanImport &result = imported.value();

    // The collection is in place; a secret the keychain refused leaves it usable (the variable
    // stays, its value is asked for later), so a failure here only warns.
    if (!result.secrets.isEmpty()) {
        if (parser.isSet(noKeychain)) {
            for (const ImportedSecret &secret : result.secrets)
                err() << Text::tr("warning: the value of the secret {{%1}} was dropped (--no-keychain); "
                                  "set it before sending")
                             .arg(secret.variable)
                      << '\n';
        } else {
            std::unique_ptr<KeyStore> keychain = makeVariableKeychain();
            SecretStore secrets(*keychain);
            for (const ImportedSecret &secret : result.secrets) {
                Status stored =
                    secrets.writeAndWait(result.collection.secretScope(), secret.variable, secret.value);
                if (stored)
                    err()
                        << Text::tr("The value of the secret {{%1}} is in the keychain.").arg(secret.variable)
                        << '\n';
                else
                    err() << Text::tr("warning: the value of the secret {{%1}} was dropped: %2")
                                 .arg(secret.variable, stored.error().message)
                          << '\n';
            }
        }
    }
    out() << Text::tr("Imported \"%1\": %n request(s) into %2", nullptr, int(result.requestsImported))
                 .arg(result.collection.name, folder)
          << '\n';
    if (result.requestsSkipped > 0)
        out() << Text::tr("%n request(s) could not be carried over (see below).", nullptr,
                     int(result.requestsSkipped))
              << '\n';
    for (const ImportNote &note : result.notes)
        out() << "  " << kindLabel(note.kind) << ": " << note.toString() << '\n';
    return ExitOk;
}

} // namespace ewb::cli
