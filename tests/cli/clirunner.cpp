// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "clirunner.h"

#include <QProcess>

namespace ewb::test {

CliRun runEwb(const QStringList &args, const QByteArray &input, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(EWB_CLI_PATH), args);
    CliRun run;
    if (!process.waitForStarted(timeoutMs))
        return run;
    process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (!run.finished)
        process.kill();
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace ewb::test
