// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "helptext.h"
#include "util/result.h"

#include <functional>

namespace ewb::helpdocs {

// What a program's --help texts say, command by command: the one source of its manual pages and
// shell completions.
struct CommandDoc
{
    QStringList path; // {"ewb"}, {"ewb", "sources"}, {"ewb", "sources", "add"}
    QString summary; // one line: the parent's list says it, or else the help's first sentence
    HelpText help;
    QList<CommandDoc> subcommands;

    QString commandLine() const { return path.join(u' '); }
    // The options with their names parsed, and the positional arguments, as the help lists them.
    QList<OptionTerm> options() const;
    QList<HelpEntry> arguments() const { return help.entries(QStringLiteral("Arguments")); }
};

// Runs the program with arguments (ending in --help) and returns what it printed.
using HelpSource = std::function<Result<QString>(const QStringList &arguments)>;

// Reads the help of program, then, when it lists commands ("Commands:"), the help of each, and when
// a command's help only lists usages of subcommands (ewb sources), the help of each of those.
// Fails when a help cannot be had: a manual page must not quietly lose a command.
Result<CommandDoc> describeProgram(const QString &program, const HelpSource &helpOf);

} // namespace ewb::helpdocs
