// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "console.h"

#include "i18n/translations.h"
#include "terminalsafe.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace ewb::cli {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ewb::cli::Console)
};

QString helpTextOf(const QCommandLineParser &parser, const QString &command)
{
    // QCommandLineParser names the program by the path of the process on its first line ("Usage:",
    // in the language of Qt's own catalog); users type "ewb COMMAND".
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < text.indexOf(u'\n'))
        text.replace(at, program.size(), QStringLiteral("ewb ") + command);
    return text;
}
} // namespace

// Both streams escape control characters (terminalsafe.h): what a server sent is printed, never
// obeyed by the terminal.
QTextStream &out()
{
    static TerminalSafeDevice device(stdout);
    static QTextStream stream(&device);
    return stream;
}

QTextStream &err()
{
    static TerminalSafeDevice device(stderr);
    static QTextStream stream(&device);
    return stream;
}

bool parseCommandLine(QCommandLineParser &parser, const QStringList &args, const QString &command,
    const QString &description, int &done)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help and exit."));
    parser.addOption(help);
    QStringList argv = args;
    argv[0] = QStringLiteral("ewb ") + command;
    if (!parser.parse(argv)) {
        done = usageError(command, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        out() << helpTextOf(parser, command);
        out().flush();
        done = ExitOk;
        return false;
    }
    return true;
}

int usageError(const QString &command, const QString &message)
{
    err() << "ewb " << command << ": " << message << '\n'
          << Text::tr("Try 'ewb %1 --help'.").arg(command) << '\n';
    err().flush();
    return ExitUsage;
}

QString formatCount(qsizetype n)
{
    return numberLocale().toString(qint64(n));
}

QString formatDecimal(double value, int decimals)
{
    return numberLocale().toString(value, 'f', decimals);
}

bool wholeNumberOption(
    const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max, int &value)
{
    bool ok = false;
    value = parser.value(option).toInt(&ok);
    return ok && value >= min && value <= max;
}

Result<double> rateOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    QString text = parser.value(option);
    if (text.endsWith(QLatin1String("/s")))
        text.chop(2);
    bool ok = false;
    const double rate = text.toDouble(&ok);
    if (!ok || rate <= 0 || rate > 100000)
        return Error {QStringLiteral("usage.rate"),
            Text::tr("--%1 takes requests per second above 0, e.g. 100 or 100/s")
                .arg(option.names().first())};
    return rate;
}

bool isTerminal(FILE *file)
{
    return ::isatty(::fileno(file)) == 1;
}

void TerminalStatusLine::show(const QString &text)
{
    if (!m_on)
        return;
    err().flush();
    std::fprintf(stderr, "\r\033[K%s", text.toUtf8().constData());
    std::fflush(stderr);
    m_drawn = true;
}

void TerminalStatusLine::clear()
{
    if (!m_on || !m_drawn)
        return;
    err().flush();
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
    m_drawn = false;
}

QString progressBar(double fraction, int width)
{
    const int filled = std::clamp(int(fraction * width), 0, width);
    return QLatin1Char('[') + QString(filled, u'#') + QString(width - filled, u'.') + QLatin1Char(']');
}

} // namespace ewb::cli
