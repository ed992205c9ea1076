// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "forwarder.h"

#include "json/jsonwriter.h"
#include "net/apirequest.h"
#include "net/replyparsing.h"
#include "recordedevent.h"
#include "util/clock.h"
#include "validation/sizebudget.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace ewb {

namespace {

using std::chrono::milliseconds;

// An accepted call as it goes upstream: as stored, less the receivedAt the sandbox added (the API
// sets its own on receipt).
QByteArray acceptedWire(const JsonValue &payload)
{
    if (!payload.isObject())
        return writeJson(payload);
    JsonObject call = payload.object(); // its members' values stay shared
    call.remove(u"receivedAt");
    QByteArray out;
    appendJson(out, call);
    return out;
}

// A dropped call sent alone: to the endpoint it was sent to, as it was received (a batch item
// wrapped in a batch of one; a body that was not JSON as its recorded text).
struct Alone
{
    CallType endpoint;
    QByteArray body;
};

std::optional<Alone> droppedRequest(const RecordedEvent &event)
{
    if (event.payload.isNull())
        return std::nullopt;
    QStringView path = event.path;
    if (path.startsWith(u"/v1/"))
        path = path.mid(3);
    const CallType endpoint =
        callTypeFromPath(path).value_or(callTypeFromName(event.type).value_or(CallType::Track));
    QByteArray body =
        event.payload.isString() ? event.payload.stringRef().toUtf8() : writeJson(event.payload);
    if (endpoint == CallType::Batch && event.payload.isObject() && !event.payload.object().contains(u"batch"))
        body = "{\"batch\":[" + body + "]}";
    return Alone {endpoint, std::move(body)};
}

QString seconds(milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'f', ms.count() % 1000 ? 1 : 0) +
        QStringLiteral(" s");
}

QString attemptWords(const AttemptOutcome &attempt)
{
    if (attempt.status)
        return QString::number(attempt.status);
    return attempt.detail.isEmpty() ? QStringLiteral("no answer") : attempt.detail;
}

constexpr QByteArrayView batchOpen = "{\"batch\":[";
constexpr QByteArrayView batchClose = "]}";

} // namespace

Forwarder::Forwarder(ForwardOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_clock(m_options.clock ? *m_options.clock : Clock::system()),
      m_manager(new QNetworkAccessManager(this)), m_client(new HttpClient(m_manager, m_clock, this))
{
    m_options.maxBatchEvents = std::max(1, m_options.maxBatchEvents);
    m_options.maxInFlight = std::max(1, m_options.maxInFlight);
    m_options.maxRounds = std::max(1, m_options.maxRounds);
    m_client->addTrustedCaCertificates(m_options.caCertificates);
    connect(m_client, &HttpClient::finished, this, &Forwarder::answered);
    connect(m_client, &HttpClient::retrying, this, &Forwarder::attemptFailed);
}

Forwarder::~Forwarder()
{
    stop();
}

Status Forwarder::check(const ForwardOptions &options)
{
    Result<OutgoingRequest> probe =
        ApiRequestBuilder(options.target.baseUrl, options.target.key).build(CallType::Batch, QByteArray());
    if (!probe)
        return Error {QStringLiteral("sandbox.forward"),
            QStringLiteral("Cannot forward to %1: %2.").arg(options.target.label, probe.error().message)};
    return Done {};
}

ForwardOutcome Forwarder::outcome(
    ForwardOutcome::State state, const QString &reason, const QString &message) const
{
    ForwardOutcome o;
    o.state = state;
    o.reason = reason;
    o.message = message;
    o.at = m_clock.nowUtc();
    return o;
}

ForwardOutcome Forwarder::take(const RecordedEvent &event, qint64 id)
{
    if (m_stopped)
        return outcome(ForwardOutcome::State::Failed, QStringLiteral("forward.interrupted"),
            QStringLiteral("Forwarding had stopped."));
    if (!event.accepted && !m_options.forwardDropped)
        return outcome(ForwardOutcome::State::Skipped, QStringLiteral("forward.dropped"),
            QStringLiteral("Dropped by the sandbox (%1), so not forwarded; --forward-dropped sends dropped "
                           "calls too.")
                .arg(event.reason));
    Item item;
    item.id = id;
    item.attempts = event.forward.attempts; // when taken again: the attempts so far go on
    if (event.accepted) {
        item.wire = acceptedWire(event.payload);
    } else {
        std::optional<Alone> alone = droppedRequest(event);
        if (!alone)
            return outcome(ForwardOutcome::State::Skipped, QStringLiteral("forward.no-body"),
                QStringLiteral("Refused before its body was read (%1): there is nothing to forward.")
                    .arg(event.reason));
        item.wire = std::move(alone->body);
        item.endpoint = alone->endpoint;
        item.packed = false;
    }
    if (m_heldEvents >= m_options.maxQueuedEvents ||
        (m_heldEvents > 0 && m_heldBytes + item.wire.size() > m_options.maxQueuedBytes)) {
        if (!m_full) {
            m_full = true;
            emit note(
                QStringLiteral("The forwarding queue is full (%1 events waiting for %2): new events are "
                               "recorded but not forwarded (skipped, forward.queue-full) until it drains.")
                    .arg(m_heldEvents)
                    .arg(m_options.target.label));
        }
        return outcome(ForwardOutcome::State::Skipped, QStringLiteral("forward.queue-full"),
            QStringLiteral(
                "%1 events (%2 KB) were waiting to be forwarded, the queue's limit, so this one was "
                "recorded but not queued; POST /_sandbox/forward/retry queues it once there is room.")
                .arg(m_heldEvents)
                .arg(m_heldBytes / 1024));
    }
    ++m_heldEvents;
    m_heldBytes += item.wire.size();
    m_queue.push_back(std::move(item));
    scheduleDispatch();
    ForwardOutcome pending = outcome(ForwardOutcome::State::Pending);
    pending.attempts = event.forward.attempts;
    return pending;
}

void Forwarder::scheduleDispatch()
{
    if (m_dispatchQueued || m_stopped)
        return;
    m_dispatchQueued = true;
    // A turn of the event loop, not a wait: every call of the request being ingested is queued by
    // then, so they go upstream together.
    QTimer::singleShot(0, this, &Forwarder::dispatch);
}

void Forwarder::dispatch()
{
    m_dispatchQueued = false;
    while (!m_stopped && !m_paused && int(m_inFlight.size()) < m_options.maxInFlight && !m_queue.empty())
        sendNext();
}

void Forwarder::sendNext()
{
    Request request;
    CallType endpoint = CallType::Batch;
    QByteArray body;
    if (!m_queue.front().packed) {
        endpoint = m_queue.front().endpoint;
        body = m_queue.front().wire;
        request.items.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    } else {
        body.reserve(int(std::min<qsizetype>(sizelimits::batchMargin, 64 * 1024)));
        body.append(batchOpen);
        while (!m_queue.empty() && m_queue.front().packed &&
            int(request.items.size()) < m_options.maxBatchEvents) {
            const QByteArray &wire = m_queue.front().wire;
            // One call always goes, however big: an accepted call is at most 32 KB.
            if (!request.items.empty() &&
                body.size() + 1 + wire.size() + batchClose.size() > sizelimits::batchMargin)
                break;
            if (!request.items.empty())
                body.append(',');
            body.append(wire);
            request.items.push_back(std::move(m_queue.front()));
            m_queue.pop_front();
        }
        body.append(batchClose);
    }
    request.bytes = body.size();
    m_inFlightEvents += int(request.items.size());

    ApiRequestBuilder builder(m_options.target.baseUrl, m_options.target.key);
    builder.setStrictMode(m_options.target.strictMode)
        .setTimeout(m_options.timeout)
        .setRetryPolicy(m_options.retry);
    Result<OutgoingRequest> built = builder.build(endpoint, std::move(body));
    if (!built) {
        m_inFlightEvents -= int(request.items.size());
        ForwardExchange exchange;
        exchange.url = endpointUrl(m_options.target.baseUrl, endpoint).toString(QUrl::RemoveUserInfo);
        exchange.events = int(request.items.size());
        exchange.result = ForwardOutcome::State::Failed;
        exchange.headline = built.error().message;
        for (Item &item : request.items)
            settle(item,
                outcome(ForwardOutcome::State::Failed, QStringLiteral("forward.unsendable"),
                    built.error().message));
        emit exchanged(exchange);
        return;
    }
    request.url = built->url;
    const HttpClient::RequestId id = m_client->send(std::move(built).value());
    m_inFlight.emplace(id, std::move(request));
}

void Forwarder::settle(Item &item, ForwardOutcome result)
{
    --m_heldEvents;
    m_heldBytes -= item.wire.size();
    if (m_full && m_heldEvents <= m_options.maxQueuedEvents / 2 &&
        m_heldBytes <= m_options.maxQueuedBytes / 2) {
        m_full = false;
        emit note(
            QStringLiteral("The forwarding queue has room again (%1 events waiting).").arg(m_heldEvents));
    }
    result.attempts = item.attempts;
    emit outcomeChanged(item.id, result);
}

void Forwarder::attemptFailed(HttpClient::RequestId id, const AttemptOutcome &failed, qint64 waitMs)
{
    const auto it = m_inFlight.find(id);
    if (it == m_inFlight.end())
        return;
    ForwardExchange exchange;
    exchange.url = it->second.url.toString(QUrl::RemoveUserInfo);
    exchange.status = failed.status;
    exchange.events = int(it->second.items.size());
    exchange.bytesUp = it->second.bytes;
    exchange.elapsed = failed.elapsed;
    exchange.result = ForwardOutcome::State::Pending;
    exchange.retryIn = milliseconds(waitMs);
    exchange.headline = QStringLiteral("attempt failed (%1)").arg(attemptWords(failed));
    emit exchanged(exchange);
}

void Forwarder::answered(HttpClient::RequestId id, const HttpResult &result)
{
    auto node = m_inFlight.extract(id);
    if (node.empty())
        return; // stopped: already reported
    Request request = std::move(node.mapped());
    m_inFlightEvents -= int(request.items.size());
    const int attempts = std::max(1, int(result.attempts.size()));
    for (Item &item : request.items)
        item.attempts += attempts;

    ForwardExchange exchange;
    exchange.url = request.url.toString(QUrl::RemoveUserInfo);
    exchange.status = result.status;
    exchange.events = int(request.items.size());
    exchange.attempts = attempts;
    exchange.bytesUp = request.bytes;
    exchange.elapsed = result.totalTime;
    exchange.headline = result.headline;
    const QString answer = result.body.isNull()
        ? QString()
        : QString::fromUtf8(result.body.left(ForwardOutcome::maxAnswerChars));

    if (result.isSuccess()) {
        exchange.result = ForwardOutcome::State::Forwarded;
        ForwardOutcome done = outcome(ForwardOutcome::State::Forwarded); // one for all: its text is shared
        done.status = result.status;
        done.answer = answer;
        for (Item &item : request.items)
            settle(item, done);
    } else if (isRetryable(result.status, result.networkError)) {
        // Back to the front of the queue, in order, and a pause before the next round; an event
        // whose rounds have run out fails.
        int rounds = 0;
        std::vector<Item> again;
        for (Item &item : request.items) {
            ++item.rounds;
            if (item.rounds < m_options.maxRounds) {
                rounds = std::max(rounds, item.rounds);
                again.push_back(std::move(item));
                continue;
            }
            ForwardOutcome failed = outcome(ForwardOutcome::State::Failed, QStringLiteral("forward.gave-up"),
                QStringLiteral(
                    "%1 (after %2 attempts in %3 rounds); POST /_sandbox/forward/retry tries again.")
                    .arg(result.headline)
                    .arg(item.attempts)
                    .arg(item.rounds));
            failed.status = result.status;
            failed.answer = answer;
            settle(item, std::move(failed));
        }
        exchange.result = again.empty() ? ForwardOutcome::State::Failed : ForwardOutcome::State::Pending;
        if (!again.empty()) {
            RetryPolicy roundPolicy = m_options.retry;
            roundPolicy.baseBackoff = milliseconds(1000);
            roundPolicy.maxBackoff = std::max(m_options.maxRoundPause, milliseconds(1000));
            const milliseconds pause = retryDelay(roundPolicy, rounds,
                parseRetryAfter(result.header("Retry-After"), m_clock.nowUtc()),
                QRandomGenerator::global()->generateDouble());
            exchange.retryIn = pause;
            for (auto it = again.rbegin(); it != again.rend(); ++it) {
                ForwardOutcome waiting =
                    outcome(ForwardOutcome::State::Pending, QStringLiteral("forward.retrying"),
                        QStringLiteral("%1; tried %2 times, the next round in %3.")
                            .arg(result.headline)
                            .arg(it->attempts)
                            .arg(seconds(pause)));
                waiting.status = result.status;
                waiting.answer = answer;
                waiting.attempts = it->attempts;
                emit outcomeChanged(it->id, waiting);
                m_queue.push_front(std::move(*it));
            }
            const milliseconds due = m_clock.monotonicNow() + pause;
            if (!m_paused || due > m_resumeAt) {
                m_paused = true;
                m_resumeAt = due;
                m_resume = m_clock.callAfter(pause, [this] {
                    m_paused = false;
                    dispatch();
                });
            }
        }
    } else {
        exchange.result = ForwardOutcome::State::Failed;
        const QString reason =
            result.status ? QStringLiteral("forward.rejected") : QStringLiteral("forward.network");
        const QString message = result.explanation.isEmpty()
            ? result.headline
            : result.headline + QStringLiteral(". ") + result.explanation;
        ForwardOutcome failed = outcome(ForwardOutcome::State::Failed, reason, message);
        failed.status = result.status;
        failed.answer = answer;
        for (Item &item : request.items)
            settle(item, failed);
    }
    emit exchanged(exchange);
    scheduleDispatch();
}

void Forwarder::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_resume.reset();
    m_paused = false;
    std::unordered_map<HttpClient::RequestId, Request> inFlight = std::move(m_inFlight);
    m_inFlight.clear();
    std::vector<HttpClient::RequestId> ids;
    for (const auto &[id, request] : inFlight)
        ids.push_back(id);
    std::sort(ids.begin(), ids.end()); // oldest request first
    for (HttpClient::RequestId id : ids)
        m_client->cancel(id); // its finished() finds nothing in flight: reported here instead
    for (HttpClient::RequestId id : ids) {
        for (Item &item : inFlight[id].items)
            settle(item,
                outcome(ForwardOutcome::State::Failed, QStringLiteral("forward.interrupted"),
                    QStringLiteral(
                        "The sandbox stopped before upstream answered, so it may or may not have "
                        "arrived; POST /_sandbox/forward/retry sends it again (same messageId).")));
    }
    m_inFlightEvents = 0;
    std::deque<Item> queue = std::move(m_queue);
    m_queue.clear();
    for (Item &item : queue)
        settle(item,
            outcome(ForwardOutcome::State::Failed, QStringLiteral("forward.interrupted"),
                QStringLiteral("The sandbox stopped before it was forwarded; POST /_sandbox/forward/retry "
                               "sends it.")));
}

ForwardStatus Forwarder::status() const
{
    ForwardStatus s;
    s.target = m_options.target.label;
    s.baseUrl = m_options.target.baseUrl;
    s.forwardDropped = m_options.forwardDropped;
    s.queued = int(m_queue.size());
    s.inFlight = m_inFlightEvents;
    s.capacity = m_options.maxQueuedEvents;
    s.paused = m_paused;
    return s;
}

} // namespace ewb
