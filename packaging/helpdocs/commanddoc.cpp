// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "commanddoc.h"

namespace ewb::helpdocs {

QList<OptionTerm> CommandDoc::options() const
{
    QList<OptionTerm> terms;
    for (const HelpEntry &entry : help.entries(QStringLiteral("Options")))
        terms.append(parseOptionTerm(entry.term));
    return terms;
}

namespace {

Result<CommandDoc> describe(const QStringList &path, const HelpSource &helpOf)
{
    Result<QString> text = helpOf(path.mid(1) + QStringList {QStringLiteral("--help")});
    if (!text)
        return text.error();
    CommandDoc doc;
    doc.path = path;
    doc.help = parseHelpText(text.value());
    if (doc.help.usages.isEmpty())
        return Error {QStringLiteral("helpdocs.no-usage"),
            QStringLiteral("'%1 --help' printed no \"Usage:\" line").arg(doc.commandLine())};
    doc.summary = firstSentence(doc.help.description.value(0));
    return doc;
}

} // namespace

Result<CommandDoc> describeProgram(const QString &program, const HelpSource &helpOf)
{
    Result<CommandDoc> root = describe({program}, helpOf);
    if (!root)
        return root;
    for (const HelpEntry &entry : root->help.entries(QStringLiteral("Commands"))) {
        Result<CommandDoc> command = describe({program, entry.term}, helpOf);
        if (!command)
            return command;
        command->summary = entry.description;
        for (const QString &name : subcommandNames(command->help, command->commandLine())) {
            Result<CommandDoc> sub = describe(command->path + QStringList {name}, helpOf);
            if (!sub)
                return sub;
            command->subcommands.append(std::move(sub).value());
        }
        root->subcommands.append(std::move(command).value());
    }
    return root;
}

} // namespace ewb::helpdocs
