// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "shellwords.h"

#include <QCoreApplication>

namespace ewb {

namespace {
// The translation context of this file's messages.
class ShellWordsText
{
    Q_DECLARE_TR_FUNCTIONS(ewb::ShellWords)
};
} // namespace

Result<QStringList> splitShellWords(QStringView command)
{
    QStringList words;
    QString word;
    bool inWord = false;
    const qsizetype n = command.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = command[i];
        if (c == u'\\') {
            if (i + 1 < n && command[i + 1] == u'\n') { // line continuation
                ++i;
                continue;
            }
            if (i + 2 < n && command[i + 1] == u'\r' && command[i + 2] == u'\n') {
                i += 2;
                continue;
            }
            if (i + 1 < n) {
                word += command[++i];
                inWord = true;
            }
            continue;
        }
        if (c == u'\'') {
            const qsizetype end = command.indexOf(u'\'', i + 1);
            if (end < 0)
                return Error {
                    QStringLiteral("curl.quote"), ShellWordsText::tr("a single quote (') is never closed")};
            word += command.mid(i + 1, end - i - 1);
            inWord = true;
            i = end;
            continue;
        }
        if (c == u'$' && i + 1 < n && command[i + 1] == u'\'') { // $'...': C escapes
            qsizetype j = i + 2;
            for (; j < n && command[j] != u'\''; ++j) {
                if (command[j] == u'\\' && j + 1 < n) {
                    const QChar e = command[++j];
                    switch (e.unicode()) {
                    case u'n': word += QLatin1Char('\n'); break;
                    case u't': word += QLatin1Char('\t'); break;
                    case u'r': word += QLatin1Char('\r'); break;
                    default: word += e; break;
                    }
                } else {
                    word += command[j];
                }
            }
            if (j >= n)
                return Error {QStringLiteral("curl.quote"), ShellWordsText::tr("a $' quote is never closed")};
            inWord = true;
            i = j;
            continue;
        }
        if (c == u'"') {
            qsizetype j = i + 1;
            for (; j < n && command[j] != u'"'; ++j) {
                if (command[j] == u'\\' && j + 1 < n) {
                    const QChar e = command[j + 1];
                    if (e == u'"' || e == u'\\' || e == u'$' || e == u'`') {
                        word += e;
                        ++j;
                        continue;
                    }
                    if (e == u'\n') {
                        ++j;
                        continue;
                    }
                }
                word += command[j];
            }
            if (j >= n)
                return Error {
                    QStringLiteral("curl.quote"), ShellWordsText::tr("a double quote (\") is never closed")};
            inWord = true;
            i = j;
            continue;
        }
        if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
            continue;
        }
        word += c;
        inWord = true;
    }
    if (inWord)
        words.append(word);
    return words;
}

QString shellQuote(QStringView word)
{
    bool plain = !word.isEmpty();
    for (QChar c : word) {
        const bool safe = c.isLetterOrNumber() || QStringView(u"-_./:=@,+%").contains(c);
        plain = plain && safe && c.unicode() < 128;
    }
    if (plain)
        return word.toString();
    QString out = QStringLiteral("'");
    for (QChar c : word) {
        if (c == u'\'')
            out += QStringLiteral("'\\''");
        else
            out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

} // namespace ewb
