// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include <QSocketNotifier>

#include <csignal>
#include <functional>
#include <memory>

namespace ewb {

// SIGINT and SIGTERM (Ctrl+C, a CI job cancelled) turned into a call on the event loop, for the
// command-line programs that must stop cleanly: flush a store, write a partial report. The self-pipe
// trick: the handler may only do async-signal-safe things, so it writes one byte the event loop
// reads. One instance at a time; the previous handlers come back when it goes.
class StopSignals
{
public:
    explicit StopSignals(std::function<void()> onStop);
    ~StopSignals();
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

    int count() const { return m_count; } // signals received so far

private:
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::function<void()> m_onStop;
    int m_count = 0;
};

} // namespace ewb
