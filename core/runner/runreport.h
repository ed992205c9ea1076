// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "stepresult.h"
#include "util/result.h"

#include <QTemporaryFile>

#include <memory>

namespace ewb {

// A report of a run, streamed to disk: each step is written as it finishes, so memory stays flat
// however many iterations run. The steps go to a temporary file beside the report; finish() writes
// the report itself (a head with the totals, the steps copied across, a tail) atomically, so a
// reader never sees half a report, and one stopped by Ctrl+C says it is partial.
//
// What a step holds is already masked (StepResult): no key, no secret reaches a report.
class RunReport
{
public:
    enum class Kind { JUnit, Json, Html };

    // Opens the report's scratch file beside path: a path that cannot be written is said before
    // the run starts.
    static Result<std::unique_ptr<RunReport>> create(Kind kind, const QString &path);
    // "junit", "json", "html".
    static std::optional<Kind> kindFromName(const QString &name);
    virtual ~RunReport();

    const QString &path() const { return m_path; }
    Status add(const StepResult &step);
    Status finish(const RunSummary &summary);

protected:
    explicit RunReport(QString path) : m_path(std::move(path)) { }

    virtual QByteArray stepText(const StepResult &step, bool first) = 0;
    virtual QByteArray head(const RunSummary &summary) = 0;
    virtual QByteArray tail(const RunSummary &summary) = 0;

private:
    QString m_path;
    QTemporaryFile m_steps;
    bool m_first = true;
};

} // namespace ewb
