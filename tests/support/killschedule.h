// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QRandomGenerator>

#include <chrono>

class QProcess;

namespace ewb::test {

// When a kill -9 loop kills its process: random delays from a seed that is printed, so a failing
// run can be replayed with EWB_KILL_SEED=<seed>. Kills are real time by nature (a process is
// interrupted wherever it is); the loops bound their total time by their number of runs.
class KillSchedule
{
public:
    explicit KillSchedule(const char *loop);

    quint32 seed() const { return m_seed; }
    // A delay in [0, upTo].
    std::chrono::microseconds next(std::chrono::microseconds upTo);

private:
    quint32 m_seed;
    QRandomGenerator m_random;
};

// Sends SIGKILL and reaps the process; false when it would not die.
bool killHard(QProcess &process);

} // namespace ewb::test
