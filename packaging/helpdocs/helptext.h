// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ewb::helpdocs {

// One row of a list in a help text: an option ("--type <TYPE>"), an argument ("FILE") or a command
// ("validate"), with what it does (its wrapped lines joined again).
struct HelpEntry
{
    QString term;
    QString description;

    friend bool operator==(const HelpEntry &, const HelpEntry &) = default;
};

// A titled list: "Options", "Arguments", "Commands".
struct HelpSection
{
    QString title;
    QList<HelpEntry> entries;

    friend bool operator==(const HelpSection &, const HelpSection &) = default;
};

// A --help text as QCommandLineParser::helpText() lays it out, which ewb's own usage texts follow
// too: "Usage:" lines, free text, titled lists. The manual pages and the shell completions are made
// from it, so that they say what --help says and cannot drift from it.
struct HelpText
{
    QStringList usages; // without "Usage: ", one per synopsis line
    QStringList description; // the lines of free text before the first list
    QList<HelpSection> sections;
    QStringList notes; // free text after the lists

    // The list with that title, or nullptr.
    const HelpSection *section(const QString &title) const;
    QList<HelpEntry> entries(const QString &title) const;
};

// Never fails: what does not fit the layout is kept as free text.
HelpText parseHelpText(const QString &text);

// An option's names and the name of its value, from a term such as "-h, --help" or "--type <TYPE>".
struct OptionTerm
{
    QStringList names; // with their dashes: "-h", "--help"
    QString valueName; // empty for a flag
};
OptionTerm parseOptionTerm(const QString &term);

// The subcommands a help text that only lists usages names, in order ("Usage: ewb sources list"
// and "ewb sources add NAME" under it give "list", "add"); empty when the text has lists of its
// own, as a command's does.
QStringList subcommandNames(const HelpText &help, const QString &commandLine);

// The first sentence of a text, without its full stop: a one-line summary.
QString firstSentence(const QString &text);

} // namespace ewb::helpdocs
