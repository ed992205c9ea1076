// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "completions.h"

#include <QRegularExpression>

namespace ewb::helpdocs {

namespace {

QString header(const QString &shell, const CommandDoc &program)
{
    return QStringLiteral("# %1 completion for %2(1). Made by ewb-helpdocs from '%2 --help': edit that, not "
                          "this.\n")
        .arg(shell, program.commandLine());
}

// Every command line of a program, the program first and each command before its subcommands.
QList<const CommandDoc *> allCommands(const CommandDoc &program)
{
    QList<const CommandDoc *> list {&program};
    for (const CommandDoc &sub : program.subcommands)
        list += allCommands(sub);
    return list;
}

QStringList subcommandNames(const CommandDoc &command)
{
    QStringList names;
    for (const CommandDoc &sub : command.subcommands)
        names.append(sub.path.last());
    return names;
}

Completion argumentCompletion(const CommandDoc &command)
{
    for (const HelpEntry &argument : command.arguments()) {
        if (const Completion c = completionFor(argument.term); c != Completion::Nothing)
            return c;
    }
    return Completion::Nothing;
}

// A short description for a completion menu: the first sentence, on one line.
QString shortDescription(const QString &text)
{
    return firstSentence(text).simplified();
}

QString singleQuoted(QString text)
{
    return u'\'' + text.replace(u'\'', QLatin1String("'\\''")) + u'\'';
}

QString doubleQuoted(QString text)
{
    static const QRegularExpression special(QStringLiteral("([\"\\\\$`])"));
    return u'"' + text.replace(special, QStringLiteral("\\\\1")) + u'"';
}

// fish's single quotes know two escapes: \' and \\.
QString fishQuoted(QString text)
{
    text.replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("\\'"));
    return u'\'' + text + u'\'';
}

// An explanation in brackets in a zsh _arguments spec, or a value's message: brackets and
// backslashes escaped; colons too, which end a message (value names have none, explanations may).
QString zshExplanation(QString text)
{
    static const QRegularExpression special(QStringLiteral("([\\[\\]\\\\])"));
    return text.replace(special, QStringLiteral("\\\\1"));
}

} // namespace

Completion completionFor(const QString &name)
{
    // ITEM (a request in a collection) and NAME (a source) are not paths; a collection is a folder
    // or a Postman file, so files and folders both.
    static const QRegularExpression files(QStringLiteral("FILE|PATH|COLLECTION|INPUT"));
    static const QRegularExpression folders(QStringLiteral("\\b(DIR|dir|FOLDER)\\b"));
    if (folders.match(name).hasMatch())
        return Completion::Folders;
    if (files.match(name).hasMatch())
        return Completion::Files;
    return Completion::Nothing;
}

QString bashCompletion(const CommandDoc &program)
{
    const QString function = u'_' + QString(program.path.first()).replace(u'-', u'_');
    QString commands, options, valued, fileValued, folderValued, arguments;
    for (const CommandDoc *command : allCommands(program)) {
        const QString k = u'[' + doubleQuoted(command->commandLine()) + QStringLiteral("]=");
        if (!command->subcommands.isEmpty())
            commands +=
                QStringLiteral("        ") + k + doubleQuoted(subcommandNames(*command).join(u' ')) + u'\n';
        QStringList names, withValue, withFile, withFolder;
        for (const OptionTerm &option : command->options()) {
            names += option.names;
            if (option.valueName.isEmpty())
                continue;
            withValue += option.names;
            const Completion c = completionFor(option.valueName);
            (c == Completion::Files ? withFile : withFolder) +=
                c == Completion::Nothing ? QStringList() : option.names;
        }
        if (!names.isEmpty())
            options += QStringLiteral("        ") + k + doubleQuoted(names.join(u' ')) + u'\n';
        if (!withValue.isEmpty())
            valued += QStringLiteral("        ") + k + doubleQuoted(withValue.join(u' ')) + u'\n';
        if (!withFile.isEmpty())
            fileValued += QStringLiteral("        ") + k + doubleQuoted(withFile.join(u' ')) + u'\n';
        if (!withFolder.isEmpty())
            folderValued += QStringLiteral("        ") + k + doubleQuoted(withFolder.join(u' ')) + u'\n';
        if (const Completion c = argumentCompletion(*command); c != Completion::Nothing)
            arguments += QStringLiteral("        ") + k +
                (c == Completion::Files ? QStringLiteral("-f") : QStringLiteral("-d")) + u'\n';
    }
    const auto table = [](const QString &name, const QString &rows) {
        return QStringLiteral("    local -A %1=(\n%2    )\n").arg(name, rows);
    };
    QString script = header(QStringLiteral("bash"), program);
    script += function + QStringLiteral("()\n{\n");
    script += QStringLiteral(
        "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
        "    # Keyed by command line (\"ewb\", \"ewb sources\", \"ewb sources add\"): its subcommands, "
        "its options,\n"
        "    # those that take a value, and those whose value or arguments are files "
        "(-f) or folders (-d).\n");
    script += table(QStringLiteral("commands"), commands) + table(QStringLiteral("options"), options) +
        table(QStringLiteral("valued"), valued) + table(QStringLiteral("file_valued"), fileValued) +
        table(QStringLiteral("folder_valued"), folderValued) + table(QStringLiteral("arguments"), arguments);
    script += QStringLiteral(R"(    local path=%1 word i skip=0
    # The command line typed so far, option values stepped over.
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if ((skip)); then
            skip=0
        elif [[ $word == -* ]]; then
            [[ $word != *=* && " ${valued[$path]} " == *" $word "* ]] && skip=1
        elif [[ " ${commands[$path]} " == *" $word "* ]]; then
            path="$path $word"
        fi
    done
    COMPREPLY=()
    local what=""
    if [[ $prev == -* && " ${valued[$path]} " == *" $prev "* ]]; then
        [[ " ${file_valued[$path]} " == *" $prev "* ]] && what=-f
        [[ " ${folder_valued[$path]} " == *" $prev "* ]] && what=-d
    elif [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "${options[$path]}" -- "$cur")
        return
    elif [[ -n ${commands[$path]} ]]; then
        mapfile -t COMPREPLY < <(compgen -W "${commands[$path]}" -- "$cur")
        return
    else
        what=${arguments[$path]}
    fi
    if [[ -n $what ]]; then
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen "$what" -- "$cur")
    fi
}
)")
                  .arg(doubleQuoted(program.path.first()));
    script += QStringLiteral("complete -F %1 %2\n").arg(function, program.path.first());
    return script;
}

QString zshCompletion(const CommandDoc &program)
{
    // Named as its file (_event-workbench), which is what autoloading calls.
    const QString function = u'_' + program.path.first();
    const auto action = [](Completion c) {
        return c == Completion::Files  ? QStringLiteral("_files")
            : c == Completion::Folders ? QStringLiteral("_files -/")
                                       : QStringLiteral(" ");
    };
    // One _arguments call per command: its options, then its arguments (any number of them).
    const auto arguments = [&](const CommandDoc &command, const QString &indent) -> QString {
        QStringList specs;
        for (const HelpEntry &entry : command.help.entries(QStringLiteral("Options"))) {
            const OptionTerm option = parseOptionTerm(entry.term);
            const QString explanation = u'[' + zshExplanation(shortDescription(entry.description)) + u']';
            const bool repeatable = entry.description.contains(QLatin1String("repeat"), Qt::CaseInsensitive);
            const QString value = option.valueName.isEmpty()
                ? QString()
                : u':' + zshExplanation(option.valueName) + u':' + action(completionFor(option.valueName));
            const QString equals = option.valueName.isEmpty() ? QString() : QStringLiteral("=");
            if (option.names.size() == 1) {
                specs.append(singleQuoted((repeatable ? QStringLiteral("*") : QString()) +
                    option.names.first() + equals + explanation + value));
            } else {
                QStringList names;
                for (const QString &name : option.names)
                    names.append(name + equals);
                specs.append(singleQuoted(u'(' + option.names.join(u' ') + u')') + u'{' + names.join(u',') +
                    u'}' + singleQuoted(explanation + value));
            }
        }
        if (!command.arguments().isEmpty())
            specs.append(
                singleQuoted(QStringLiteral("*:") + zshExplanation(command.arguments().first().term) + u':' +
                    action(argumentCompletion(command))));
        if (specs.isEmpty())
            return indent + QStringLiteral("_message 'no more arguments'\n");
        return indent + QStringLiteral("_arguments -s \\\n") + indent + QStringLiteral("    ") +
            specs.join(QStringLiteral(" \\\n") + indent + QStringLiteral("    ")) + u'\n';
    };
    // A command with subcommands: the first word is one of them, the rest is that one's.
    std::function<QString(const CommandDoc &, const QString &)> body = [&](const CommandDoc &command,
                                                                           const QString &indent) -> QString {
        if (command.subcommands.isEmpty())
            return arguments(command, indent);
        QString text = indent + QStringLiteral("local -a commands_%1=(\n").arg(command.path.size());
        for (const CommandDoc &sub : command.subcommands)
            text += indent + QStringLiteral("    ") +
                singleQuoted(sub.path.last() + u':' + shortDescription(sub.summary)) + u'\n';
        text += indent + QStringLiteral(")\n");
        text += indent + QStringLiteral("if (( CURRENT == 2 )); then\n");
        text += indent +
            QStringLiteral("    _describe -t commands %1 commands_%2\n")
                .arg(singleQuoted(command.commandLine() + QStringLiteral(" command")))
                .arg(command.path.size());
        text += indent + QStringLiteral("    return\n") + indent + QStringLiteral("fi\n");
        text += indent + QStringLiteral("shift words\n") + indent + QStringLiteral("(( CURRENT-- ))\n");
        text += indent + QStringLiteral("case $words[1] in\n");
        for (const CommandDoc &sub : command.subcommands) {
            text += indent + QStringLiteral("    ") + sub.path.last() + QStringLiteral(")\n");
            text += body(sub, indent + QStringLiteral("        "));
            text += indent + QStringLiteral("        ;;\n");
        }
        text += indent + QStringLiteral("esac\n");
        return text;
    };
    QString script = QStringLiteral("#compdef ") + program.path.first() + u'\n';
    script += header(QStringLiteral("zsh"), program);
    script += function + QStringLiteral("()\n{\n") + body(program, QStringLiteral("    ")) +
        QStringLiteral("}\n\n");
    // Autoloaded from fpath, the file is the function; sourced, it registers it.
    script +=
        QStringLiteral("if [[ $funcstack[1] == %1 ]]; then\n    %1 \"$@\"\nelse\n    compdef %1 %2\nfi\n")
            .arg(function, program.path.first());
    return script;
}

QString fishCompletion(const CommandDoc &program)
{
    const QString name = program.path.first();
    QString script = header(QStringLiteral("fish"), program);
    // Files only where a value or an argument is one.
    script += QStringLiteral("complete -c %1 -f\n").arg(name);
    for (const CommandDoc *command : allCommands(program)) {
        // The condition under which the words of this command line are offered.
        QStringList conditions;
        for (qsizetype depth = 1; depth < command->path.size(); ++depth)
            conditions.append(QStringLiteral("__fish_seen_subcommand_from ") + command->path.at(depth));
        const QStringList children = subcommandNames(*command);
        const QString here = conditions.join(QStringLiteral("; and "));
        if (!children.isEmpty()) {
            const QString notYet = command->path.size() == 1
                ? QStringLiteral("__fish_use_subcommand")
                : QStringLiteral("not __fish_seen_subcommand_from ") + children.join(u' ');
            const QString condition = here.isEmpty() ? notYet : here + QStringLiteral("; and ") + notYet;
            for (const CommandDoc &sub : command->subcommands)
                script += QStringLiteral("complete -c %1 -n %2 -a %3 -d %4\n")
                              .arg(name, fishQuoted(condition), fishQuoted(sub.path.last()),
                                  fishQuoted(shortDescription(sub.summary)));
        }
        const QString condition = here.isEmpty() ? QString() : QStringLiteral(" -n ") + fishQuoted(here);
        for (const HelpEntry &entry : command->help.entries(QStringLiteral("Options"))) {
            const OptionTerm option = parseOptionTerm(entry.term);
            QString flags;
            for (const QString &n : option.names)
                flags += (n.startsWith(QLatin1String("--")) ? QStringLiteral(" -l ") + n.mid(2)
                                                            : QStringLiteral(" -s ") + fishQuoted(n.mid(1)));
            if (!option.valueName.isEmpty())
                flags += completionFor(option.valueName) == Completion::Nothing ? QStringLiteral(" -x")
                                                                                : QStringLiteral(" -r -F");
            script += QStringLiteral("complete -c %1%2%3 -d %4\n")
                          .arg(name, condition, flags, fishQuoted(shortDescription(entry.description)));
        }
        if (argumentCompletion(*command) != Completion::Nothing)
            script += QStringLiteral("complete -c %1%2 -F\n").arg(name, condition);
    }
    return script;
}

} // namespace ewb::helpdocs
