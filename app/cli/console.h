// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "util/result.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

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

// Thousands separators for counts in messages meant for people: "512,000" (German "512.000").
QString formatCount(qsizetype n);
// A number with a fixed count of decimals for people: "1.5" (German "1,5").
QString formatDecimal(double value, int decimals);

// The whole number an option holds, within [min, max]; false when it is not one.
bool wholeNumberOption(
    const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max, int &value);
// Requests per second, as --rate takes them: "100" or "100/s", above 0.
Result<double> rateOption(const QCommandLineParser &parser, const QCommandLineOption &option);
// Whether file is a terminal (then a progress line is drawn on it).
bool isTerminal(FILE *file);

// The one status line (a progress bar) below a command's output on a terminal: written straight to
// standard error, since it needs \r and "erase line", which the terminal-safe device escapes; so it
// must hold only the command's own words and numbers. clear() before printing a line of output.
class TerminalStatusLine
{
public:
    explicit TerminalStatusLine(bool on) : m_on(on) { }
    ~TerminalStatusLine() { clear(); }
    TerminalStatusLine(const TerminalStatusLine &) = delete;
    TerminalStatusLine &operator=(const TerminalStatusLine &) = delete;

    bool isOn() const { return m_on; }
    void show(const QString &text);
    void clear();

private:
    bool m_on;
    bool m_drawn = false;
};

// "[#######.........]" for a fraction from 0 to 1.
QString progressBar(double fraction, int width);

} // namespace ewb::cli
