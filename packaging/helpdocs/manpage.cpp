// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "manpage.h"

#include <QRegularExpression>

namespace ewb::helpdocs {

namespace {

const QString exitStatusPrefix = QStringLiteral("Exit status: ");

QString escapeDashes(QString text)
{
    return text.replace(u'-', QLatin1String("\\-"));
}

QString bold(const QString &text)
{
    return QStringLiteral("\\fB") + escapeDashes(text) + QStringLiteral("\\fR");
}

QString italic(const QString &text)
{
    return QStringLiteral("\\fI") + escapeDashes(text) + QStringLiteral("\\fR");
}

QString quoted(const QString &text)
{
    return u'"' + QString(text).replace(u'"', QLatin1String("\\(dq")) + u'"';
}

// A request line can only start a line, so a line of text must not start with . or '.
QString guardLineStart(const QString &line)
{
    return line.startsWith(u'.') || line.startsWith(u'\'') ? QStringLiteral("\\&") + line : line;
}

// "ewb sources add NAME --region us|eu|URL [--no-strict]": the command (and a subcommand named
// next) bold, options bold, the names of values (upper case) italic, the rest (brackets,
// "options") as it is.
QString synopsisLine(const QString &usage, const CommandDoc &command)
{
    QString rest = usage;
    QString text;
    QString commandLine = command.commandLine();
    for (const CommandDoc &sub : command.subcommands) {
        if (usage == sub.commandLine() || usage.startsWith(sub.commandLine() + u' '))
            commandLine = sub.commandLine();
    }
    if (usage == commandLine || usage.startsWith(commandLine + u' ')) {
        text = bold(commandLine);
        rest = usage.mid(commandLine.size());
    }
    static const QRegularExpression token(
        QStringLiteral("(?<![\\w-])(--?[A-Za-z][A-Za-z0-9-]*)|\\b([A-Z][A-Z0-9_]*)\\b"));
    qsizetype at = 0;
    QRegularExpressionMatchIterator it = token.globalMatch(rest);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        text += roffText(rest.mid(at, m.capturedStart() - at));
        text += m.capturedLength(1) ? bold(m.captured(1)) : italic(m.captured(2));
        at = m.capturedEnd();
    }
    text += roffText(rest.mid(at));
    return guardLineStart(text);
}

QString optionTerm(const QString &term)
{
    const OptionTerm option = parseOptionTerm(term);
    QStringList names;
    for (const QString &name : option.names)
        names.append(bold(name));
    QString text = names.join(QLatin1String(", "));
    if (!option.valueName.isEmpty())
        text += u' ' + italic(option.valueName);
    return text;
}

QString paragraph(const QString &text)
{
    return QStringLiteral(".PP\n") + guardLineStart(roffText(text)) + u'\n';
}

// A .TP item: tag and body are roff already.
QString tagged(const QString &tag, const QString &body)
{
    return QStringLiteral(".TP\n") + guardLineStart(tag) + u'\n' + guardLineStart(body) + u'\n';
}

QStringList descriptionOf(const HelpText &help, bool withExitStatus)
{
    QStringList lines;
    for (const QString &line : help.description + help.notes) {
        if (withExitStatus || !line.startsWith(exitStatusPrefix))
            lines.append(line);
    }
    return lines;
}

// Options and arguments: under OPTIONS and ARGUMENTS on a page (withHeadings), or as one list
// in a subsection.
QString optionLists(const CommandDoc &command, bool withHeadings)
{
    QString page;
    const QList<HelpEntry> options = command.help.entries(QStringLiteral("Options"));
    if (!options.isEmpty() && withHeadings)
        page += QStringLiteral(".SH OPTIONS\n");
    for (const HelpEntry &entry : options)
        page += tagged(optionTerm(entry.term), roffText(entry.description));
    const QList<HelpEntry> arguments = command.arguments();
    if (!arguments.isEmpty() && withHeadings)
        page += QStringLiteral(".SH ARGUMENTS\n");
    for (const HelpEntry &entry : arguments)
        page += tagged(italic(entry.term), roffText(entry.description));
    return page;
}

QString synopsis(const CommandDoc &command)
{
    QStringList lines;
    for (const QString &usage : command.help.usages)
        lines.append(synopsisLine(usage, command));
    return lines.join(QLatin1String("\n.br\n")) + u'\n';
}

// A subcommand's part of its command's page: ".SS ewb sources add", its synopsis and text, its
// options (.TP under .RS, so that they stand apart from the next subsection).
QString subsection(const CommandDoc &sub)
{
    QString text = QStringLiteral(".SS ") + quoted(escapeDashes(sub.commandLine())) + u'\n' + synopsis(sub);
    for (const QString &line : descriptionOf(sub.help, true))
        text += paragraph(line);
    const QString lists = optionLists(sub, false);
    if (!lists.isEmpty())
        text += QStringLiteral(".RS\n") + lists + QStringLiteral(".RE\n");
    return text;
}

// "check a call against ..." as whatis(1) lists it: no full stop, a lower-case start unless the
// first word is an acronym (API).
QString whatisText(QString summary)
{
    summary = summary.trimmed();
    if (summary.endsWith(u'.'))
        summary.chop(1);
    if (summary.size() > 1 && summary.at(0).isUpper() && summary.at(1).isLower())
        summary[0] = summary.at(0).toLower();
    return summary;
}

} // namespace

QString roffText(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QLatin1String("\\e"));
    // An option is a dash or two at the start of a word, then a letter: "--key-stdin", "-h".
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--?[A-Za-z][A-Za-z0-9-]*"));
    QString result;
    qsizetype at = 0;
    QRegularExpressionMatchIterator it = option.globalMatch(escaped);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result += QStringView(escaped).mid(at, m.capturedStart() - at) + escapeDashes(m.captured());
        at = m.capturedEnd();
    }
    result += QStringView(escaped).mid(at);
    return result;
}

QString manPageName(const CommandDoc &command)
{
    return command.path.join(u'-');
}

QString manPage(const CommandDoc &command, const QStringList &seeAlso, const ManPageMeta &meta)
{
    const QString name = manPageName(command);
    const bool isProgram = command.path.size() == 1;
    QString page = QStringLiteral(".\\\" Made by ewb-helpdocs from '%1 --help': edit that, not this.\n")
                       .arg(command.commandLine());
    page += QStringLiteral(".TH %1 1 %2 %3 %4\n")
                .arg(quoted(escapeDashes(name.toUpper())), quoted(meta.date), quoted(roffText(meta.source)),
                    quoted(QStringLiteral("User Commands")));
    page += QStringLiteral(".SH NAME\n") + escapeDashes(name) + QStringLiteral(" \\- ") +
        roffText(whatisText(command.summary)) + u'\n';
    page += QStringLiteral(".SH SYNOPSIS\n") + synopsis(command);
    const QStringList description = descriptionOf(command.help, false);
    if (!description.isEmpty()) {
        page += QStringLiteral(".SH DESCRIPTION\n");
        for (const QString &line : description)
            page += paragraph(line);
    }
    if (!command.subcommands.isEmpty()) {
        page += QStringLiteral(".SH COMMANDS\n");
        for (const CommandDoc &sub : command.subcommands) {
            if (isProgram)
                page += tagged(bold(sub.path.last()),
                    roffText(sub.summary) + QStringLiteral("; see ") + bold(manPageName(sub)) +
                        QStringLiteral("(1)."));
            else
                page += subsection(sub);
        }
    }
    page += optionLists(command, true);
    QStringList exitStatus;
    for (const QString &line : command.help.description + command.help.notes) {
        if (line.startsWith(exitStatusPrefix))
            exitStatus.append(line.mid(exitStatusPrefix.size()));
    }
    if (!exitStatus.isEmpty()) {
        page += QStringLiteral(".SH \"EXIT STATUS\"\n");
        for (const QString &line : exitStatus)
            page += paragraph(line);
    }
    QStringList refs = seeAlso;
    if (isProgram) {
        for (const CommandDoc &sub : command.subcommands)
            refs.append(manPageName(sub) + QStringLiteral("(1)"));
    }
    if (!refs.isEmpty()) {
        QStringList formatted;
        for (const QString &ref : refs) {
            const qsizetype paren = ref.indexOf(u'(');
            formatted.append(bold(ref.left(paren)) + ref.mid(paren));
        }
        page += QStringLiteral(".SH \"SEE ALSO\"\n") + formatted.join(QLatin1String(",\n")) + u'\n';
    }
    return page;
}

} // namespace ewb::helpdocs
