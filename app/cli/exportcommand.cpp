// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "exportcommand.h"

#include "collections/collection.h"
#include "console.h"
#include "interchange/postmanexport.h"
#include "workbench/exportservice.h"

#include <QCoreApplication>

#include <cstdio>

namespace ewb::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ewb::cli::ExportCommand)
};
} // namespace

int runExportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption outFile(
        QStringLiteral("out"), Text::tr("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    parser.addOption(outFile);
    parser.addPositionalArgument(QStringLiteral("FORMAT"), Text::tr("postman (Postman Collection v2.1)"));
    parser.addPositionalArgument(QStringLiteral("DIR"), Text::tr("The collection folder."));
    int done = ExitOk;
    if (!parseCommandLine(parser, args, QStringLiteral("export"),
            Text::tr("Exports a collection folder as a Postman Collection v2.1 (for Postman and "
                     "newman). Secrets are exported by name only: an export never holds a key.\n"
                     "Exit status: 0 exported, 1 some files of the collection could not be read "
                     "(the rest is exported), 2 usage error."),
            done))
        return done;
    const auto usage = [](const QString &message) { return usageError(QStringLiteral("export"), message); };
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usage(Text::tr("expected FORMAT and DIR, e.g. ewb export postman my-collection"));
    if (positional.first() != QLatin1String("postman"))
        return usage(Text::tr("unknown format '%1'; the one supported is postman").arg(positional.first()));
    Result<LoadedCollection> loaded = loadCollection(positional.at(1));
    if (!loaded)
        return usage(loaded.error().message);
    for (const CollectionProblem &problem : loaded->problems)
        err() << Text::tr("warning: left out: %1").arg(problem.toString()) << '\n';
    const auto printNotes = [](const PostmanExport &exported) {
        for (const QString &note : exported.notes)
            err() << Text::tr("note: %1").arg(note) << '\n';
    };
    if (parser.isSet(outFile)) {
        const Result<PostmanExport> exported = exportPostmanFile(loaded->collection, parser.value(outFile));
        if (!exported) {
            err() << "ewb export: " << exported.error().message << '\n';
            return ExitFailure;
        }
        printNotes(exported.value());
    } else {
        const PostmanExport exported = exportPostmanCollection(loaded->collection);
        printNotes(exported);
        out().flush();
        std::fwrite(exported.json.constData(), 1, size_t(exported.json.size()), stdout);
        std::fflush(stdout);
    }
    return loaded->problems.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace ewb::cli
