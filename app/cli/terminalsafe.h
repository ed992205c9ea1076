// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QIODevice>

#include <cstdio>

namespace ewb::cli {

// What ewb prints goes through this device: control characters other than newline and tab are
// written as visible escapes ("\x1b", "\u009b"), so that a server's reason phrase, a body or an
// error string cannot retitle or clear the terminal or fake a line of ewb's own output. JSON
// output is unaffected (JSON already escapes them). Write-only, unbuffered above the QTextStream.
class TerminalSafeDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalSafeDevice)

public:
    explicit TerminalSafeDevice(FILE *file, QObject *parent = nullptr);
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_file;
    bool m_afterC2 = false; // a UTF-8 lead byte 0xC2 ended the last write: C1 controls follow it
};

// The same escaping for one text, for tests and for strings built before they are printed.
QByteArray terminalSafe(QByteArrayView utf8);

} // namespace ewb::cli
