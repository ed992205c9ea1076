// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

// ewb-helpdocs: the manual pages and shell completions of event-workbench and ewb, made at build
// time from what the built programs print for --help, so that they can never say something else.
#include "commanddoc.h"
#include "completions.h"
#include "manpage.h"
#include "util/atomicfile.h"
#include "util/gzip.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace ewb;
using namespace ewb::helpdocs;

namespace {

// The help of binary run as program, in a neutral environment: English whatever the build
// machine's language (EWB_LANGUAGE overrides the system's, docs/translations.md), no user settings,
// and a throwaway home shown as ~ (ewb sources --help names the data folder), so that the pages do
// not depend on who built them or where.
HelpSource helpSource(const QString &binary, const QString &program, const QString &home)
{
    return [=](const QStringList &arguments) -> Result<QString> {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("EWB_LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(home);
        process.start(binary, arguments);
        const QString commandLine = program + u' ' + arguments.join(u' ');
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0)
            return Error {QStringLiteral("helpdocs.run"),
                QStringLiteral("'%1' failed: %2%3")
                    .arg(commandLine, process.errorString(),
                        QString::fromUtf8(process.readAllStandardError()))};
        QString text = QString::fromUtf8(process.readAllStandardOutput());
        // QCommandLineParser names the program by the path it was started as.
        text.replace(binary, program);
        text.replace(home, QStringLiteral("~"));
        return text;
    };
}

Status write(const QString &path, const QString &text, bool gzip)
{
    const QByteArray bytes = text.toUtf8();
    return writeFileAtomically(path, gzip ? gzipCompress(bytes, GzipLevel::Smallest) : bytes);
}

int fail(const QString &message)
{
    QTextStream(stderr) << "ewb-helpdocs: " << message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes OUT/man/*.1.gz and OUT/completions/{bash,zsh,fish}/ from the programs' --help."));
    parser.addHelpOption();
    const QCommandLineOption ewbOption(
        QStringLiteral("ewb"), QStringLiteral("The built ewb."), QStringLiteral("FILE"));
    const QCommandLineOption workbenchOption(
        QStringLiteral("workbench"), QStringLiteral("The built event-workbench."), QStringLiteral("FILE"));
    const QCommandLineOption sourceOption(QStringLiteral("source"),
        QStringLiteral("The footer of the pages: \"Event Workbench 0.1.0\"."), QStringLiteral("TEXT"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
        QStringLiteral("The date in the footer (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("The folder to write."), QStringLiteral("DIR"));
    parser.addOptions({ewbOption, workbenchOption, sourceOption, dateOption, outOption});
    parser.process(app);
    if (!parser.isSet(ewbOption) || !parser.isSet(workbenchOption) || !parser.isSet(outOption))
        return fail(QStringLiteral("--ewb, --workbench and --out are required"));

    QTemporaryDir home;
    if (!home.isValid())
        return fail(QStringLiteral("cannot make a temporary folder: ") + home.errorString());
    Result<CommandDoc> ewb = describeProgram(
        QStringLiteral("ewb"), helpSource(parser.value(ewbOption), QStringLiteral("ewb"), home.path()));
    if (!ewb)
        return fail(ewb.error().message);
    Result<CommandDoc> workbench = describeProgram(QStringLiteral("event-workbench"),
        helpSource(parser.value(workbenchOption), QStringLiteral("event-workbench"), home.path()));
    if (!workbench)
        return fail(workbench.error().message);

    // Made afresh each time, so that a command that is gone leaves no page behind.
    const QString out = parser.value(outOption);
    for (const QString &folder : {QStringLiteral("man"), QStringLiteral("completions")}) {
        if (!QDir(out + u'/' + folder).removeRecursively())
            return fail(QStringLiteral("cannot clear %1/%2").arg(out, folder));
    }
    const ManPageMeta meta {parser.value(sourceOption), parser.value(dateOption)};
    const QString man = out + QStringLiteral("/man/");
    QList<std::pair<QString, QString>> files; // path, text
    files.append({man + QStringLiteral("ewb.1.gz"),
        manPage(ewb.value(), {QStringLiteral("event-workbench(1)")}, meta)});
    for (const CommandDoc &command : ewb->subcommands)
        files.append({man + manPageName(command) + QStringLiteral(".1.gz"),
            manPage(command, {QStringLiteral("ewb(1)")}, meta)});
    files.append({man + QStringLiteral("event-workbench.1.gz"),
        manPage(workbench.value(), {QStringLiteral("ewb(1)")}, meta)});
    const QString completions = out + QStringLiteral("/completions/");
    for (const CommandDoc *program : {&ewb.value(), &workbench.value()}) {
        const QString name = program->path.first();
        files.append({completions + QStringLiteral("bash/") + name, bashCompletion(*program)});
        files.append({completions + QStringLiteral("zsh/_") + name, zshCompletion(*program)});
        files.append({completions + QStringLiteral("fish/") + name + QStringLiteral(".fish"),
            fishCompletion(*program)});
    }
    for (const auto &[path, text] : files) {
        if (Status written = write(path, text, path.endsWith(QLatin1String(".gz"))); !written)
            return fail(written.error().message);
    }
    return 0;
}
