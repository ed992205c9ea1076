// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "cli/backfillcommand.h"
#include "cli/console.h"
#include "cli/expectcommand.h"
#include "cli/exportcommand.h"
#include "cli/importcommand.h"
#include "cli/runcommand.h"
#include "cli/sendcommand.h"
#include "cli/sourcescommand.h"
#include "cli/validatecommand.h"
#include "ewb_buildinfo.h"
#include "i18n/translations.h"
#include "sandbox/sandboxcommand.h"

#include <QCoreApplication>

#include <functional>
#include <map>

using namespace ewb::cli;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ewb::cli::Main)
};

struct Command
{
    std::function<int(const QStringList &)> run;
    const char *summary; // QT_TRANSLATE_NOOP: translated when printed, once the translators are in
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table = {
        {QStringLiteral("validate"),
            {runValidateCommand,
                QT_TRANSLATE_NOOP(
                    "ewb::cli::Main", "check a call or batch against the API's rules and limits")}},
        {QStringLiteral("send"),
            {runSendCommand, QT_TRANSLATE_NOOP("ewb::cli::Main", "validate, send and explain the answer")}},
        {QStringLiteral("backfill"),
            {runBackfillCommand,
                QT_TRANSLATE_NOOP("ewb::cli::Main",
                    "send history in batches at the API's rate; checked, resumable (JSONL, CSV)")}},
        {QStringLiteral("run"),
            {runRunCommand,
                QT_TRANSLATE_NOOP(
                    "ewb::cli::Main", "run a collection's requests and check each answer (for CI)")}},
        {QStringLiteral("sandbox"),
            {[](const QStringList &args) { return ewb::runSandboxCommand(args.mid(1)); },
                QT_TRANSLATE_NOOP(
                    "ewb::cli::Main", "run the local emulator of the API (prints its base URL first)")}},
        {QStringLiteral("expect"),
            {runExpectCommand,
                QT_TRANSLATE_NOOP("ewb::cli::Main",
                    "wait until a running sandbox has recorded the events a test expects")}},
        {QStringLiteral("sources"),
            {runSourcesCommand,
                QT_TRANSLATE_NOOP(
                    "ewb::cli::Main", "list, add, remove and test sources (keys in the keychain)")}},
        {QStringLiteral("import"),
            {runImportCommand,
                QT_TRANSLATE_NOOP("ewb::cli::Main", "import a Postman collection as a collection folder")}},
        {QStringLiteral("export"),
            {runExportCommand,
                QT_TRANSLATE_NOOP("ewb::cli::Main", "export a collection folder as a Postman collection")}},
    };
    return table;
}

void printUsage(QTextStream &stream)
{
    stream << Text::tr("Usage: %1").arg(QStringLiteral("ewb COMMAND [OPTIONS]")) << "\n\n"
           << Text::tr("The command-line twin of Event Workbench, for the Customer.io Data Pipelines API.")
           << "\n\n"
           << Text::tr("Commands:") << '\n';
    for (const auto &[name, command] : commands())
        stream << "  " << name.leftJustified(10) << ' '
               << QCoreApplication::translate("ewb::cli::Main", command.summary) << '\n';
    stream << '\n'
           << Text::tr("Run 'ewb COMMAND --help' for a command's options.") << '\n'
           << Text::tr(
                  "Exit status: 0 success, 1 a failure (invalid payload, rejected request), 2 usage error.")
           << '\n'
           << Text::tr("Language: the system's (LANGUAGE, LANG); EWB_LANGUAGE=de or en chooses one.") << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ewb"));
    QCoreApplication::setOrganizationName(QStringLiteral("EventWorkbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EWB_VERSION_TEXT));
    ewb::installTranslations({QStringLiteral("core"), QStringLiteral("ewb")}, ewb::chooseLanguage());

    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        printUsage(err());
        return ExitUsage;
    }
    const QString name = args.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printUsage(out());
        return ExitOk;
    }
    if (name == QLatin1String("--version")) {
        out() << "ewb " << EWB_VERSION_TEXT << '\n';
        return ExitOk;
    }
    const auto it = commands().find(name);
    if (it == commands().end()) {
        err() << "ewb: " << Text::tr("unknown command '%1'").arg(name) << "\n\n";
        printUsage(err());
        return ExitUsage;
    }
    const int code = it->second.run(args);
    out().flush();
    err().flush();
    return code;
}
