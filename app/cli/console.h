#pragma once

#include <QCommandLineParser>
#include <QTextStream>

namespace ewb::cli {

// Exit codes shared by every command (ARCHITECTURE.md "Command line").
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

QTextStream &out(); // standard output, UTF-8
QTextStream &err(); // standard error, UTF-8

// Parses a command's arguments (args[0] is the command name). Handles --help (prints the help and
// returns ExitOk through done) and usage errors (prints them with a hint, ExitUsage). Returns true
// when the command should go on.
bool parseCommandLine(QCommandLineParser &parser, const QStringList &args, const QString &command,
    const QString &description, int &done);

// Prints "ewb COMMAND: message" and a hint to COMMAND's --help on standard error; returns ExitUsage.
int usageError(const QString &command, const QString &message);

// Thousands separators for byte counts in messages meant for people: "512,000".
QString formatCount(qsizetype n);

} // namespace ewb::cli
