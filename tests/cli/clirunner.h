// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace ewb::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false; // false when it crashed or hung
};

// Runs the ewb binary with args, feeding input on stdin; waits at most timeoutMs.
CliRun runEwb(const QStringList &args, const QByteArray &input = {},
    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), int timeoutMs = 30000);

} // namespace ewb::test
