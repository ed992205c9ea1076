// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// The reading of --help texts and the writing of manual pages and completion scripts, on help
// texts that QCommandLineParser itself lays out (so a change in its layout shows here first).
#include "commanddoc.h"
#include "completions.h"
#include "manpage.h"

#include <QCommandLineParser>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ewb;
using namespace ewb::helpdocs;

namespace {

// What QCommandLineParser prints for these options and arguments.
QString qtHelp(
    const QList<QCommandLineOption> &options, const QStringList &arguments, const QString &description)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addOptions(options);
    for (const QString &argument : arguments)
        parser.addPositionalArgument(argument, QStringLiteral("The %1 to read.").arg(argument));
    return parser.helpText();
}

const QString longDescription = QStringLiteral(
    "Keep recorded events in this SQLite file across restarts. Only a store of the sandbox's own is used; "
    "anything else at FILE is refused and left as it is.");

// A small program with a command and a command that only has subcommands, as ewb has.
Result<QString> fakeHelp(const QStringList &arguments)
{
    const QString joined = arguments.join(u' ');
    if (joined == QLatin1String("--help"))
        return QStringLiteral("Usage: tool COMMAND [OPTIONS]\n\nA tool for testing.\n\nCommands:\n"
                              "  check      check a file\n  keys       list and add keys\n\n"
                              "Exit status: 0 success, 1 a failure, 2 usage error.\n");
    if (joined == QLatin1String("check --help"))
        return QStringLiteral(
            "Usage: tool check [options] FILE\nChecks a file.\nExit status: 0 valid, 1 invalid.\n\n"
            "Options:\n  --json         Print JSON.\n  --out <FILE>   Write the report to FILE.\n"
            "  -h, --help     Show this help and exit.\n\nArguments:\n  FILE           The file.\n");
    if (joined == QLatin1String("keys --help"))
        return QStringLiteral(
            "Usage: tool keys list\n       tool keys add NAME [--stdin]\n\nKeys live in ~/.keys.\n");
    if (joined == QLatin1String("keys list --help"))
        return QStringLiteral(
            "Usage: tool keys list [options]\nLists the keys.\n\nOptions:\n  -h, --help  Show this help.\n");
    if (joined == QLatin1String("keys add --help"))
        return QStringLiteral(
            "Usage: tool keys add [options] NAME\nAdds a key. Reads it from standard input.\n\n"
            "Options:\n  --stdin     Read the key from standard input.\n  -h, --help  Show this help.\n\n"
            "Arguments:\n  NAME        The key's name.\n");
    return Error {QStringLiteral("test.unknown"), QStringLiteral("no help for '%1'").arg(joined)};
}

CommandDoc fakeProgram()
{
    Result<CommandDoc> doc = describeProgram(QStringLiteral("tool"), fakeHelp);
    if (!doc)
        qFatal("%s", qPrintable(doc.error().message));
    return std::move(doc).value();
}

// Runs a shell over script; its standard output.
QString runShell(const QString &shell, const QStringList &arguments)
{
    QProcess process;
    process.start(shell, arguments);
    if (!process.waitForFinished(30000))
        return QStringLiteral("<%1 did not finish: %2>").arg(shell, process.errorString());
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()).trimmed();
}

} // namespace

class TestHelpDocs final : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatQtWrites_data()
    {
        QTest::addColumn<QList<QCommandLineOption>>("options");
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("flag") << QList<QCommandLineOption> {{QStringLiteral("json"),
                                     QStringLiteral("Print JSON.")}}
                              << QStringList();
        QTest::addRow("names and a value")
            << QList<QCommandLineOption> {{{QStringLiteral("p"), QStringLiteral("port")},
                                              QStringLiteral("The port."), QStringLiteral("N")},
                   {QStringLiteral("reporter"), QStringLiteral("A report: junit FILE."),
                       QStringLiteral("KIND FILE")}}
            << QStringList {QStringLiteral("FILE")};
        QTest::addRow("wrapped") << QList<QCommandLineOption> {{QStringLiteral("store"), longDescription,
                                                                   QStringLiteral("FILE")},
                                        {QStringLiteral("x"), QStringLiteral("Short.")}}
                                 << QStringList {QStringLiteral("INPUT"), QStringLiteral("OUTPUT")};
        QTest::addRow("no description") << QList<QCommandLineOption> {{QStringLiteral("quiet"), QString()},
                                               {QStringLiteral("v"), QStringLiteral("Loud.")}}
                                        << QStringList();
    }
    void readsWhatQtWrites()
    {
        QFETCH(QList<QCommandLineOption>, options);
        QFETCH(QStringList, arguments);
        const HelpText help =
            parseHelpText(qtHelp(options, arguments, QStringLiteral("Does things.\nExit status: 0.")));
        QCOMPARE(help.usages.size(), 1);
        QVERIFY2(help.usages.first().endsWith(QStringLiteral("[options]") +
                     (arguments.isEmpty() ? QString() : u' ' + arguments.join(u' '))),
            qPrintable(help.usages.first()));
        QCOMPARE(help.description,
            (QStringList {QStringLiteral("Does things."), QStringLiteral("Exit status: 0.")}));
        const QList<HelpEntry> read = help.entries(QStringLiteral("Options"));
        QCOMPARE(read.size(), options.size());
        for (qsizetype i = 0; i < options.size(); ++i) {
            const OptionTerm term = parseOptionTerm(read[i].term);
            QStringList names;
            for (const QString &name : options[i].names())
                names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
            QCOMPARE(term.names, names);
            QCOMPARE(term.valueName, options[i].valueName());
            QCOMPARE(read[i].description, options[i].description());
        }
        const QList<HelpEntry> readArguments = help.entries(QStringLiteral("Arguments"));
        QCOMPARE(readArguments.size(), arguments.size());
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            QCOMPARE(readArguments[i].term, arguments[i]);
            QCOMPARE(readArguments[i].description, QStringLiteral("The %1 to read.").arg(arguments[i]));
        }
    }

    void findsSubcommands()
    {
        const HelpText usages = parseHelpText(QStringLiteral(
            "Usage: ewb sources list [--json]\n       ewb sources add NAME --region us|eu|URL\n"
            "       ewb sources add NAME --key-stdin\n       ewb sources remove NAME\n\nSources are kept in "
            "~.\n"));
        QCOMPARE(usages.usages.size(), 4);
        QCOMPARE(usages.description, QStringList {QStringLiteral("Sources are kept in ~.")});
        QCOMPARE(subcommandNames(usages, QStringLiteral("ewb sources")),
            (QStringList {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("remove")}));
        // A command with options of its own has no subcommands, whatever its usage says.
        const HelpText command = parseHelpText(qtHelp({{QStringLiteral("json"), QStringLiteral("JSON.")}},
            {QStringLiteral("FILE")}, QStringLiteral("Checks.")));
        QVERIFY(subcommandNames(command, QStringLiteral("ewb validate")).isEmpty());
    }

    void describesEveryCommand()
    {
        const CommandDoc tool = fakeProgram();
        QCOMPARE(tool.summary, QStringLiteral("A tool for testing"));
        QCOMPARE(tool.subcommands.size(), 2);
        const CommandDoc &check = tool.subcommands[0];
        QCOMPARE(check.path, (QStringList {QStringLiteral("tool"), QStringLiteral("check")}));
        QCOMPARE(check.summary, QStringLiteral("check a file")); // as the program's list says it
        QCOMPARE(check.options().size(), 3);
        QCOMPARE(check.options()[1].valueName, QStringLiteral("FILE"));
        const CommandDoc &keys = tool.subcommands[1];
        QCOMPARE(keys.subcommands.size(), 2);
        QCOMPARE(keys.subcommands[1].commandLine(), QStringLiteral("tool keys add"));
        QCOMPARE(keys.subcommands[1].summary, QStringLiteral("Adds a key"));
        QCOMPARE(keys.subcommands[1].arguments().first().term, QStringLiteral("NAME"));
    }

    void failsWhenAHelpIsMissing()
    {
        const auto broken = [](const QStringList &arguments) -> Result<QString> {
            if (arguments.first() == QLatin1String("keys"))
                return Error {QStringLiteral("test.crash"), QStringLiteral("'tool keys --help' crashed")};
            return fakeHelp(arguments);
        };
        const Result<CommandDoc> doc = describeProgram(QStringLiteral("tool"), broken);
        QVERIFY(!doc);
        QCOMPARE(doc.error().message, QStringLiteral("'tool keys --help' crashed"));
        const Result<CommandDoc> noUsage = describeProgram(QStringLiteral("tool"),
            [](const QStringList &) -> Result<QString> { return QStringLiteral("hi\n"); });
        QVERIFY(!noUsage);
        QCOMPARE(noUsage.error().code, QStringLiteral("helpdocs.no-usage"));
    }

    void summarisesInOneSentence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sentence");
        QTest::addRow("one") << QStringLiteral("Lists the sources.") << QStringLiteral("Lists the sources");
        QTest::addRow("two") << QStringLiteral("Adds a key. Reads it.") << QStringLiteral("Adds a key");
        QTest::addRow("e.g.") << QStringLiteral(
                                     "Trust FILE (e.g. a sandbox serving HTTPS). Verification stays on.")
                              << QStringLiteral("Trust FILE (e.g. a sandbox serving HTTPS)");
        QTest::addRow("ellipsis") << QStringLiteral("Fields: A=B,... Repeatable.")
                                  << QStringLiteral("Fields: A=B,... Repeatable");
        QTest::addRow("no stop") << QStringLiteral("check a file") << QStringLiteral("check a file");
    }
    void summarisesInOneSentence()
    {
        QFETCH(QString, text);
        QFETCH(QString, sentence);
        QCOMPARE(firstSentence(text), sentence);
    }

    void escapesRoff_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("roff");
        QTest::addRow("plain") << QStringLiteral("a command-line twin")
                               << QStringLiteral("a command-line twin");
        QTest::addRow("options") << QStringLiteral("use --key-stdin or -h, not x-y")
                                 << QStringLiteral("use \\-\\-key\\-stdin or \\-h, not x-y");
        QTest::addRow("backslash") << QStringLiteral("C:\\dir") << QStringLiteral("C:\\edir");
        QTest::addRow("number") << QStringLiteral("from -1 to 5") << QStringLiteral("from -1 to 5");
    }
    void escapesRoff()
    {
        QFETCH(QString, text);
        QFETCH(QString, roff);
        QCOMPARE(roffText(text), roff);
    }

    // groff itself says whether the pages are well formed: -ww warns of everything, as lintian's
    // check does.
    void writesManPagesGroffAccepts()
    {
        const CommandDoc tool = fakeProgram();
        QTemporaryDir dir;
        QList<const CommandDoc *> pages {&tool, &tool.subcommands[0], &tool.subcommands[1]};
        for (const CommandDoc *command : pages) {
            const QString page = manPage(*command, {QStringLiteral("other(1)")},
                {QStringLiteral("Tool 1.0"), QStringLiteral("2026-12-01")});
            QVERIFY2(page.contains(QStringLiteral(".SH NAME\n") +
                         QString(manPageName(*command)).replace(u'-', QLatin1String("\\-")) +
                         QStringLiteral(" \\- ")),
                qPrintable(page));
            const QString file = dir.filePath(manPageName(*command) + QStringLiteral(".1"));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(page.toUtf8());
            out.close();
            const QString warnings = runShell(QStringLiteral("groff"),
                {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                    QStringLiteral("-z"), file});
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
        }
        const QString check = manPage(tool.subcommands[0], {}, {});
        QVERIFY(check.contains(
            QStringLiteral(".TP\n\\fB\\-\\-out\\fR \\fIFILE\\fR\nWrite the report to FILE.\n")));
        QVERIFY(check.contains(QStringLiteral(".SH \"EXIT STATUS\"\n.PP\n0 valid, 1 invalid.\n")));
        QVERIFY(!check.contains(QStringLiteral(".SH DESCRIPTION\n.PP\nChecks a file.\n.PP\nExit status")));
        const QString keys = manPage(tool.subcommands[1], {}, {});
        QVERIFY(keys.contains(
            QStringLiteral(".SS \"tool keys add\"\n\\fBtool keys add\\fR [options] \\fINAME\\fR\n")));
        QVERIFY(
            keys.contains(QStringLiteral(".TP\n\\fB\\-\\-stdin\\fR\nRead the key from standard input.\n")));
        const QString root = manPage(tool, {}, {});
        QVERIFY(root.contains(
            QStringLiteral(".TP\n\\fBcheck\\fR\ncheck a file; see \\fBtool\\-check\\fR(1).\n")));
        QVERIFY(root.contains(QStringLiteral("\\fBtool\\-keys\\fR(1)")));
        // A subcommand's name is part of the command in a synopsis; "set-key" is not an option.
        QVERIFY(keys.contains(
            QStringLiteral(".SH SYNOPSIS\n\\fBtool keys list\\fR\n.br\n\\fBtool keys add\\fR \\fINAME\\fR "
                           "[\\fB\\-\\-stdin\\fR]\n")));
    }

    void completesInBash()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("tool")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bashCompletion(fakeProgram()).toUtf8());
        file.close();
        const auto complete = [&](const QString &line) {
            return runShell(QStringLiteral("bash"),
                {QStringLiteral("-c"),
                    QStringLiteral("source %1 && cd %2 && COMP_WORDS=(%3) && COMP_CWORD=$((${#COMP_WORDS[@]} "
                                   "- 1)) && _tool && "
                                   "echo \"${COMPREPLY[*]}\"")
                        .arg(file.fileName(), dir.path(), line)});
        };
        QCOMPARE(complete(QStringLiteral("tool c")), QStringLiteral("check"));
        QCOMPARE(complete(QStringLiteral("tool ''")), QStringLiteral("check keys"));
        QCOMPARE(complete(QStringLiteral("tool check --")), QStringLiteral("--json --out --help"));
        QCOMPARE(complete(QStringLiteral("tool keys a")), QStringLiteral("add"));
        QCOMPARE(complete(QStringLiteral("tool keys add --s")), QStringLiteral("--stdin"));
        QCOMPARE(complete(QStringLiteral("tool check t")), QStringLiteral("tool")); // FILE: the script itself
        QCOMPARE(complete(QStringLiteral("tool check --out t")), QStringLiteral("tool")); // --out FILE
        QCOMPARE(complete(QStringLiteral("tool keys add t")), QString()); // NAME: not a file
        // The value of --out is not taken for a command.
        QCOMPARE(complete(QStringLiteral("tool check --out keys --j")), QStringLiteral("--json"));
    }

    void completesInFish()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("tool.fish")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fishCompletion(fakeProgram()).toUtf8());
        file.close();
        const auto complete = [&](const QString &line) {
            return runShell(QStringLiteral("fish"),
                {QStringLiteral("--no-config"), QStringLiteral("-c"),
                    QStringLiteral("source %1; and cd %2; and complete -C '%3'")
                        .arg(file.fileName(), dir.path(), line)});
        };
        QCOMPARE(complete(QStringLiteral("tool c")), QStringLiteral("check\tcheck a file"));
        QCOMPARE(complete(QStringLiteral("tool keys a")), QStringLiteral("add\tAdds a key"));
        QCOMPARE(
            complete(QStringLiteral("tool check --o")), QStringLiteral("--out\tWrite the report to FILE"));
        QCOMPARE(complete(QStringLiteral("tool check tool.")), QStringLiteral("tool.fish"));
        QCOMPARE(complete(QStringLiteral("tool keys add tool.")), QString());
    }

    void loadsInZsh()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("_tool")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(zshCompletion(fakeProgram()).toUtf8());
        file.close();
        QCOMPARE(runShell(QStringLiteral("zsh"), {QStringLiteral("-n"), file.fileName()}), QString());
        QCOMPARE(runShell(QStringLiteral("zsh"),
                     {QStringLiteral("-fc"),
                         QStringLiteral(
                             "fpath=(%1 $fpath); autoload -Uz compinit; compinit -u -D; print $_comps[tool]")
                             .arg(dir.path())}),
            QStringLiteral("_tool"));
    }
};

QTEST_GUILESS_MAIN(TestHelpDocs)
#include "tst_helpdocs.moc"
