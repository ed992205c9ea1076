// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "net/tokenbucket.h"
#include "runplan.h"
#include "stepresult.h"
#include "util/clock.h"
#include "variables/dynamicvalues.h"
#include "variables/environment.h"
#include "variables/secretmask.h"

#include <QObject>

#include <deque>
#include <functional>
#include <unordered_map>

namespace ewb {

class HttpClient;
class RunData;
struct PreparedRequest;

struct RunOptions
{
    int iterations = 1; // without data; with data every row, or the first iterations rows
    bool iterationsGiven = false;
    RunData *data = nullptr; // may be null; must outlive the run
    Variables overrides; // --var NAME=VALUE: above the data, the environment and the collection
    std::optional<Environment> environment; // secrets filled
    // Every request goes here; when absent, each request's own target, through savedTarget.
    std::optional<RunTarget> target;
    std::function<Result<RunTarget>(const PreparedRequest &)> savedTarget;
    int concurrency = 1; // iterations in flight at once; an iteration's requests go in order
    double ratePerSecond = 1000; // one limit over every request of the run
    int delayMs = 0; // between two requests of an iteration
    bool bail = false; // stop at the first failure
    std::chrono::milliseconds timeout {30000}; // per attempt
    int retries = 2;
    bool strict = true; // off: no X-Strict-Mode even where the target has it
};

// Runs a plan: iterations times the plan's steps, each request prepared ({{variables}} from the
// data row, --var, the environment and the collection), validated, sent through the HttpClient
// and judged by its expectations (see expectations.h). The window and `ewb run` both drive this;
// it never blocks: everything happens on the event loop, and stop() ends the run cleanly (the
// requests in flight are cancelled, finished() says partial).
//
// A request is never sent with an unresolved {{variable}} or, unless it expects "validation":
// "any", with validation errors: that step is NotSent and the run goes on.
class CollectionRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionRunner)

public:
    // client must outlive the runner, and clock (the one --rate and --delay wait on) too.
    CollectionRunner(HttpClient *client, RunPlan plan, RunOptions options, Clock &clock = Clock::system(),
        QObject *parent = nullptr);
    ~CollectionRunner() override;

    void start();
    void stop(const QString &reason = QStringLiteral("stopped"));
    bool isRunning() const { return m_running; }
    const RunPlan &plan() const { return m_plan; }
    // Iterations the run will make (known up front: the data was counted when it was opened).
    int plannedIterations() const { return m_plannedIterations; }
    int plannedRequests() const { return m_plannedIterations * int(m_plan.steps.size()); }

signals:
    void stepFinished(const ewb::StepResult &result);
    void finished(const ewb::RunSummary &summary);

private:
    struct Lane
    {
        int iteration = 0;
        size_t nextStep = 0;
        Variables variables; // the data row and --var
        qint64 readyAtMs = 0; // --delay
        bool busy = false; // a request of it is in flight
        bool done = false;
    };

    void pump();
    std::optional<Lane> nextIteration(); // none when no iteration is left (or the data failed)
    void startStep(size_t lane);
    void stepDone(size_t lane, StepResult result);
    void finishIfDone();

    HttpClient *m_client;
    RunPlan m_plan;
    RunOptions m_options;
    DynamicValues m_dynamic;
    TokenBucket m_bucket;
    Clock &m_clock;
    qint64 m_startedMs = 0;
    std::unique_ptr<ScheduledCall> m_wake; // the next lane ready, or the next token
    qint64 elapsedMs() const { return m_clock.monotonicNow().count() - m_startedMs; }
    std::vector<Lane> m_lanes; // the iterations in flight, at most options.concurrency
    struct Sending
    {
        size_t lane;
        StepResult result; // so far: the request as sent, masked
        SecretMask mask; // what to mask in the answer
    };
    std::unordered_map<quint64, Sending> m_inFlight; // by request id
    void cancelInFlight();
    int m_plannedIterations = 0;
    int m_begun = 0;
    RunSummary m_summary;
    bool m_running = false;
    bool m_stopping = false;
};

} // namespace ewb
