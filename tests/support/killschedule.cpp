// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "killschedule.h"

#include <QProcess>
#include <QtGlobal>

#include <csignal>

namespace ewb::test {

namespace {
quint32 chooseSeed()
{
    bool ok = false;
    const quint32 given = qEnvironmentVariable("EWB_KILL_SEED").toUInt(&ok);
    return ok ? given : QRandomGenerator::system()->generate();
}
} // namespace

KillSchedule::KillSchedule(const char *loop) : m_seed(chooseSeed()), m_random(m_seed)
{
    qInfo("%s: kill delays from seed %u (EWB_KILL_SEED=%u replays them)", loop, m_seed, m_seed);
}

std::chrono::microseconds KillSchedule::next(std::chrono::microseconds upTo)
{
    return std::chrono::microseconds(qint64(m_random.bounded(quint64(upTo.count()) + 1)));
}

bool killHard(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return true;
    ::kill(pid_t(process.processId()), SIGKILL);
    return process.waitForFinished(10000);
}

} // namespace ewb::test
