// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "collectionrunner.h"

#include "collections/preparedrequest.h"
#include "net/apirequest.h"
#include "net/httpclient.h"
#include "net/redaction.h"
#include "rundata.h"
#include "validation/validator.h"

#include <QTimer>

namespace ewb {

namespace {

// What a sandbox says it did with a request's calls (docs/sandbox.md): absent from anything else.
std::optional<SandboxVerdict> sandboxVerdict(const HttpResult &result)
{
    const QByteArray accepted = result.header("X-Sandbox-Accepted");
    const QByteArray dropped = result.header("X-Sandbox-Dropped");
    if (accepted.isEmpty() && dropped.isEmpty())
        return std::nullopt;
    SandboxVerdict v;
    v.accepted = accepted.toInt();
    v.dropped = dropped.toInt();
    for (const QByteArray &reason : result.header("X-Sandbox-Reasons").split(',')) {
        if (!reason.trimmed().isEmpty())
            v.reasons.append(QString::fromLatin1(reason.trimmed()));
    }
    return v;
}

// The request as reports and views may keep it: no key in the header or the body, no secret.
OutgoingRequest masked(OutgoingRequest request, const SecretMask &secrets)
{
    request.headers = redactedHeaders(request.headers);
    request.url = QUrl(secrets.apply(request.url.toString()));
    request.body = redactWriteKeys(secrets.apply(request.body));
    return request;
}

} // namespace

CollectionRunner::CollectionRunner(
    HttpClient *client, RunPlan plan, RunOptions options, Clock &clock, QObject *parent)
    : QObject(parent), m_client(client), m_plan(std::move(plan)), m_options(std::move(options)),
      m_bucket(std::max(0.001, m_options.ratePerSecond)), m_clock(clock)
{
    m_options.concurrency = std::max(1, m_options.concurrency);
    if (m_options.data)
        m_plannedIterations = m_options.iterationsGiven
            ? int(std::min<qsizetype>(m_options.iterations, m_options.data->rowCount()))
            : int(m_options.data->rowCount());
    else
        m_plannedIterations = std::max(1, m_options.iterations);
    m_summary.label = m_plan.label;
    m_summary.target = m_options.target ? m_options.target->label : QString();
    m_summary.dataFile = m_options.data ? m_options.data->path() : QString();
    m_summary.environment = m_options.environment ? m_options.environment->name : QString();
    connect(m_client, &HttpClient::finished, this, [this](quint64 id, const HttpResult &result) {
        const auto found = m_inFlight.find(id);
        if (found == m_inFlight.end())
            return;
        const size_t index = found->second.lane;
        StepResult step = std::move(found->second.result);
        const SecretMask mask = std::move(found->second.mask);
        m_inFlight.erase(found);
        step.result = result;
        step.result.body = redactWriteKeys(mask.apply(result.body));
        step.ms = result.totalTime.count();
        step.sandbox = sandboxVerdict(result);
        ExchangeFacts facts;
        facts.status = result.networkError == NetworkErrorKind::None ? result.status : 0;
        facts.failure = result.headline;
        facts.bodyBytes = step.request.body.size();
        facts.sandbox = step.sandbox;
        step.failures = unmetExpectations(m_plan.steps[size_t(step.step)].request.expect, facts);
        step.verdict = step.failures.isEmpty() ? StepResult::Verdict::Passed : StepResult::Verdict::Failed;
        // Cut short by stop(): not the request's failure, and not a result; the run is partial.
        if (result.networkError == NetworkErrorKind::Cancelled && m_stopping) {
            m_lanes[index].busy = false;
            m_lanes[index].done = true;
            finishIfDone();
            return;
        }
        stepDone(index, std::move(step));
    });
}

CollectionRunner::~CollectionRunner()
{
    m_stopping = true;
    cancelInFlight();
}

void CollectionRunner::cancelInFlight()
{
    // The ids first: each cancel reports its request at once, which takes it out of the map.
    std::vector<quint64> ids;
    for (const auto &[id, sending] : m_inFlight)
        ids.push_back(id);
    for (quint64 id : ids)
        m_client->cancel(id);
}

void CollectionRunner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_startedMs = m_clock.monotonicNow().count();
    if (m_plan.steps.empty()) {
        finishIfDone();
        return;
    }
    m_lanes.reserve(size_t(m_options.concurrency));
    while (int(m_lanes.size()) < m_options.concurrency) {
        std::optional<Lane> lane = nextIteration();
        if (!lane)
            break;
        m_lanes.push_back(std::move(*lane));
    }
    pump();
}

void CollectionRunner::stop(const QString &reason)
{
    if (!m_running || m_stopping)
        return;
    m_stopping = true;
    m_summary.partial = true;
    m_summary.stopReason = reason;
    m_wake.reset();
    // What is in flight is cut short: not a result (see the finished handler), and the run is partial.
    cancelInFlight();
    finishIfDone();
}

std::optional<CollectionRunner::Lane> CollectionRunner::nextIteration()
{
    if (m_stopping || m_begun >= m_plannedIterations)
        return std::nullopt;
    Lane lane;
    lane.iteration = m_begun + 1;
    if (m_options.data) {
        Result<std::optional<Variables>> row = m_options.data->next();
        if (!row || !row.value()) {
            stop(row ? CollectionRunner::tr("the data file has fewer rows than when it was opened")
                     : CollectionRunner::tr("the data file could not be read: %1").arg(row.error().message));
            return std::nullopt;
        }
        lane.variables = std::move(*row.value());
    }
    for (const Variable &v : m_options.overrides)
        setVariable(lane.variables, v);
    ++m_begun;
    m_summary.iterations = m_begun;
    return lane;
}

void CollectionRunner::pump()
{
    if (m_stopping)
        return;
    qint64 wakeIn = -1;
    const auto wakeAfter = [&](qint64 ms) { wakeIn = wakeIn < 0 ? ms : std::min(wakeIn, ms); };
    for (size_t i = 0; i < m_lanes.size() && !m_stopping; ++i) {
        Lane &lane = m_lanes[i];
        if (lane.busy || lane.done)
            continue;
        const qint64 now = elapsedMs();
        if (lane.readyAtMs > now) {
            wakeAfter(lane.readyAtMs - now);
            continue;
        }
        if (const qint64 wait = m_bucket.waitMs(now); wait > 0) {
            wakeAfter(wait);
            break; // the limit is the run's, not the lane's: nobody else may go either
        }
        startStep(i);
    }
    if (wakeIn >= 0 && !m_stopping)
        // Queued: pump() replaces m_wake, which must not be destroyed inside its own call.
        m_wake = m_clock.callAfter(std::chrono::milliseconds(wakeIn),
            [this] { QMetaObject::invokeMethod(this, &CollectionRunner::pump, Qt::QueuedConnection); });
}

void CollectionRunner::startStep(size_t laneIndex)
{
    Lane &lane = m_lanes[laneIndex];
    const RunStep &step = m_plan.steps[lane.nextStep];
    StepResult result;
    result.iteration = lane.iteration;
    result.step = int(lane.nextStep);
    result.name = step.name;

    RequestScope scope;
    scope.collection = &m_plan.collection;
    for (const FolderInfo &f : step.folders)
        scope.folders.push_back(&f);
    scope.environment = m_options.environment ? &*m_options.environment : nullptr;
    scope.overrides = &lane.variables;
    PreparedRequest prepared = prepareRequest(step.request, scope, m_dynamic);
    SecretMask mask = prepared.secrets;
    for (const Variable &v : lane.variables) {
        if (v.secret)
            mask.addValue(v.value);
    }

    const auto notSent = [&](QStringList why) {
        result.verdict = StepResult::Verdict::NotSent;
        result.failures = std::move(why);
        stepDone(laneIndex, std::move(result));
    };
    // Never sent with an unresolved {{variable}}: it would go out literally. The request's own auth
    // and base URL matter only when it goes to its own target.
    Diagnostics unresolved = prepared.diagnostics;
    if (m_options.target) {
        unresolved.erase(std::remove_if(unresolved.begin(), unresolved.end(),
                             [&](const Diagnostic &d) { return prepared.targetDiagnostics.contains(d); }),
            unresolved.end());
    }
    if (hasErrors(unresolved) || !prepared.payload) {
        QStringList why;
        for (const Diagnostic &d : unresolved) {
            if (d.severity == Severity::Error)
                why.append(
                    d.pointer.isEmpty() ? d.message : QStringLiteral("%1: %2").arg(d.pointer, d.message));
        }
        result.diagnostics = unresolved;
        notSent(why.isEmpty() ? QStringList {CollectionRunner::tr("the body cannot be resolved")} : why);
        return;
    }
    RunTarget target;
    if (m_options.target) {
        target = *m_options.target;
    } else if (m_options.savedTarget) {
        Result<RunTarget> own = m_options.savedTarget(prepared);
        if (!own) {
            notSent({own.error().message});
            return;
        }
        target = own.value();
    } else {
        notSent({CollectionRunner::tr("the request has no target of its own; say where to send")});
        return;
    }
    mask.addValue(target.key);
    result.target = target.label;
    result.diagnostics = checkPayload(*prepared.payload).diagnostics;
    if (hasErrors(result.diagnostics) && !step.request.expect.allowValidationErrors) {
        QStringList why;
        for (const Diagnostic &d : result.diagnostics) {
            if (d.severity == Severity::Error)
                why.append(
                    d.pointer.isEmpty() ? d.message : QStringLiteral("%1: %2").arg(d.pointer, d.message));
        }
        why.prepend(CollectionRunner::tr(
            "validation errors: not sent (to send it anyway, tick \"Send it even when the "
            "validator finds errors\" in its Checks, or set \"validation\": \"any\" under "
            "\"expect\" in its file)"));
        notSent(why);
        return;
    }
    RetryPolicy policy;
    policy.maxAttempts = m_options.retries + 1;
    ApiRequestBuilder builder(target.baseUrl, target.key);
    builder.setStrictMode(target.strictMode && m_options.strict)
        .setTimeout(m_options.timeout)
        .setRetryPolicy(policy);
    Result<OutgoingRequest> request = builder.build(*prepared.payload);
    if (!request) {
        notSent({request.error().message});
        return;
    }
    result.request = masked(request.value(), mask);
    m_bucket.take(elapsedMs());
    lane.busy = true;
    const quint64 id = m_client->send(std::move(request).value());
    m_inFlight.emplace(id, Sending {laneIndex, std::move(result), std::move(mask)});
}

void CollectionRunner::stepDone(size_t laneIndex, StepResult result)
{
    Lane &lane = m_lanes[laneIndex];
    lane.busy = false;
    ++lane.nextStep;
    lane.readyAtMs = elapsedMs() + m_options.delayMs;
    switch (result.verdict) {
    case StepResult::Verdict::Passed: ++m_summary.passed; break;
    case StepResult::Verdict::Failed: ++m_summary.failed; break;
    case StepResult::Verdict::NotSent: ++m_summary.notSent; break;
    }
    const bool failed = !result.passed();
    emit stepFinished(result);
    if (failed && m_options.bail && !m_stopping)
        stop(CollectionRunner::tr("--bail: stopped at the first failure (%1, iteration %2)")
                 .arg(result.name)
                 .arg(result.iteration));
    // A finished iteration's slot goes to the next one, in place: the indices of the lanes in
    // flight stay valid.
    if (lane.nextStep >= m_plan.steps.size()) {
        if (std::optional<Lane> next = nextIteration())
            m_lanes[laneIndex] = std::move(*next);
        else
            m_lanes[laneIndex].done = true;
    }
    if (m_stopping) {
        finishIfDone();
        return;
    }
    // A step that was not sent ends at once: go on from the event loop, not from inside it, so
    // a plan of a thousand unsendable steps does not recurse a thousand deep.
    QTimer::singleShot(0, this, [this] {
        pump();
        finishIfDone();
    });
}

void CollectionRunner::finishIfDone()
{
    if (!m_running || !m_inFlight.empty())
        return;
    const bool lanesLeft = std::any_of(m_lanes.begin(), m_lanes.end(), [](const Lane &l) { return !l.done; });
    if (lanesLeft && !m_stopping)
        return;
    m_running = false;
    m_wake.reset();
    m_summary.ms = elapsedMs();
    emit finished(m_summary);
}

} // namespace ewb
