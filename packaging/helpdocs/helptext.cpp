// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "helptext.h"

#include <QRegularExpression>

namespace ewb::helpdocs {

namespace {

// QCommandLineParser indents list rows by two spaces and pads the term to a column; the lines a
// long description wraps onto start further in.
constexpr int rowIndent = 2;

bool isSectionTitle(const QString &line)
{
    static const QRegularExpression title(QStringLiteral("^[A-Z][A-Za-z ]*:$"));
    return title.match(line).hasMatch();
}

int leadingSpaces(const QString &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == u' ')
        ++n;
    return n;
}

} // namespace

const HelpSection *HelpText::section(const QString &title) const
{
    for (const HelpSection &s : sections) {
        if (s.title == title)
            return &s;
    }
    return nullptr;
}

QList<HelpEntry> HelpText::entries(const QString &title) const
{
    const HelpSection *s = section(title);
    return s ? s->entries : QList<HelpEntry>();
}

HelpText parseHelpText(const QString &text)
{
    HelpText help;
    enum class Where { Text, Usage, List } where = Where::Text;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            where = Where::Text;
            continue;
        }
        const int indent = leadingSpaces(line);
        if (indent == 0 && line.startsWith(QLatin1String("Usage: "))) {
            help.usages.append(line.mid(7).trimmed());
            where = Where::Usage;
            continue;
        }
        if (where == Where::Usage && indent > 0) {
            help.usages.append(trimmed);
            continue;
        }
        if (indent == 0 && isSectionTitle(line)) {
            help.sections.append(HelpSection {line.chopped(1), {}});
            where = Where::List;
            continue;
        }
        if (where == Where::List && indent == rowIndent) {
            // The term ends where the padding before the description starts: at least two spaces,
            // since the column is one wider than the longest term and a space follows it.
            const qsizetype gap = trimmed.indexOf(QLatin1String("  "));
            HelpEntry entry;
            entry.term = gap < 0 ? trimmed : trimmed.left(gap);
            entry.description = gap < 0 ? QString() : trimmed.mid(gap).trimmed();
            help.sections.last().entries.append(entry);
            continue;
        }
        if (where == Where::List && indent > rowIndent && !help.sections.last().entries.isEmpty()) {
            QString &description = help.sections.last().entries.last().description;
            description += (description.isEmpty() ? QString() : QStringLiteral(" ")) + trimmed;
            continue;
        }
        where = Where::Text;
        (help.sections.isEmpty() ? help.description : help.notes).append(trimmed);
    }
    return help;
}

OptionTerm parseOptionTerm(const QString &term)
{
    OptionTerm option;
    QString names = term;
    const qsizetype value = term.indexOf(QLatin1String(" <"));
    if (value >= 0 && term.endsWith(u'>')) {
        option.valueName = term.mid(value + 2).chopped(1);
        names = term.left(value);
    }
    for (const QString &name : names.split(QLatin1String(", "), Qt::SkipEmptyParts))
        option.names.append(name.trimmed());
    return option;
}

QStringList subcommandNames(const HelpText &help, const QString &commandLine)
{
    QStringList names;
    if (!help.sections.isEmpty())
        return names;
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z0-9-]*$"));
    const QString prefix = commandLine + u' ';
    for (const QString &usage : help.usages) {
        if (!usage.startsWith(prefix))
            continue;
        const QString name = usage.mid(prefix.size()).section(u' ', 0, 0);
        if (word.match(name).hasMatch() && !names.contains(name))
            names.append(name);
    }
    return names;
}

QString firstSentence(const QString &text)
{
    // A full stop at the end, or before the capital of the next sentence: "e.g. a sandbox" and
    // "COLUMN,... more" do not end one.
    static const QRegularExpression end(QStringLiteral("(?<!\\.)\\.(?=\\s+[A-Z]|\\s*$)"));
    const QRegularExpressionMatch match = end.match(text);
    return (match.hasMatch() ? text.left(match.capturedStart()) : text).trimmed();
}

} // namespace ewb::helpdocs
