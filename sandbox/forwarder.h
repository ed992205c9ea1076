// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "forwardoptions.h"
#include "forwardoutcome.h"
#include "model/calltype.h"
#include "net/httpclient.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class QNetworkAccessManager;

namespace ewb {

struct RecordedEvent;
class ScheduledCall;

// One upstream request finished, or one of its attempts failed with another to follow: a line of
// the forwarding log. Never holds the key or a body.
struct ForwardExchange
{
    QString url; // the upstream endpoint
    int status = 0; // 0 when no answer came
    int events = 0; // the events the request carried
    int attempts = 0; // attempts made so far for it
    qint64 bytesUp = 0; // its body's bytes
    std::chrono::milliseconds elapsed {0};
    // Forwarded; Failed (refused, unreachable or retried until the rounds ran out); Pending: another
    // attempt, or another round, follows after retryIn.
    ForwardOutcome::State result = ForwardOutcome::State::Pending;
    std::optional<std::chrono::milliseconds> retryIn;
    QString headline; // plain words: "503 Service Unavailable: ..."
};

// Where forwarding stands, for /_sandbox/stats and the window.
struct ForwardStatus
{
    QString target; // the source's name, or the URL
    QUrl baseUrl;
    bool forwardDropped = false;
    int queued = 0; // events waiting to be sent, or sent again
    int inFlight = 0; // events in requests upstream now
    int capacity = 0; // maxQueuedEvents
    bool paused = false; // after a failed round, until the next one begins
};

// Sends what the sandbox accepted on to the real API (docs/sandbox.md, "Forwarding to
// Customer.io"), with the core's HTTP client (timeouts, retries, Retry-After, the clock seam), from
// a bounded queue on the thread's event loop: ingestion only ever queues, so a target that is slow
// or down never holds up an answer to the app under test.
//
// Accepted calls are packed into /batch requests in the order they came, up to maxBatchEvents and
// the API's batch margin, whatever endpoint the app used. Why: the app under test may send one call
// per request (the browser and mobile libraries do), and the real API limits requests, not events
// (3,000 requests per 3 s); packing keeps a busy app far below that and costs one request per
// batch rather than one per call. Each call is sent as the sandbox stored it (its messageId, the
// timestamp corrected for clock skew, a batch's context merged in), less the sandbox's receivedAt,
// which the API sets itself. Dropped calls, when asked for (forwardDropped), go each alone to the
// endpoint they were sent to, as received, so that the API's answer is theirs and cannot fail
// accepted calls packed with them.
//
// Every event taken gets an outcome at once (pending, or skipped with why) and exactly one further
// report by outcomeChanged() for each change: forwarded, failed (with the reason), or pending again
// with the reason of a failed round. Nothing is dropped without a report.
class Forwarder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Forwarder)

public:
    explicit Forwarder(ForwardOptions options, QObject *parent = nullptr);
    ~Forwarder() override;

    // What makes options unusable (a key that cannot go in a header, a URL that is not http(s)),
    // in words; checked before a sandbox starts.
    static Status check(const ForwardOptions &options);

    const ForwardOptions &options() const { return m_options; }
    // Takes an event as it is recorded (or again, to retry it), under the id it has or is about to
    // get, and returns its outcome now: Pending when it was queued, else Skipped with the reason
    // (dropped by the sandbox, nothing to send, the queue full). Changes follow by outcomeChanged().
    ForwardOutcome take(const RecordedEvent &event, qint64 id);
    // Ends forwarding: every queued or in-flight event is reported Failed ("forward.interrupted")
    // before this returns, and nothing is sent or reported after.
    void stop();
    ForwardStatus status() const;

signals:
    void outcomeChanged(qint64 id, const ewb::ForwardOutcome &outcome);
    void exchanged(const ewb::ForwardExchange &exchange);
    // The queue filled (events are now recorded but skipped), or has room again: once each way.
    void note(const QString &message);

private:
    struct Item
    {
        qint64 id = 0;
        QByteArray wire; // the call's JSON (alone: the whole body)
        CallType endpoint = CallType::Batch; // where it goes when sent alone
        bool packed = true; // accepted: packed into /batch with others
        int attempts = 0;
        int rounds = 0; // requests for it whose every attempt failed
    };
    struct Request
    {
        std::vector<Item> items;
        QUrl url;
        qint64 bytes = 0;
    };

    void scheduleDispatch();
    void dispatch();
    void sendNext();
    void answered(HttpClient::RequestId id, const HttpResult &result);
    void attemptFailed(HttpClient::RequestId id, const AttemptOutcome &failed, qint64 waitMs);
    void settle(Item &item, ForwardOutcome outcome);
    ForwardOutcome outcome(
        ForwardOutcome::State state, const QString &reason = {}, const QString &message = {}) const;

    ForwardOptions m_options;
    Clock &m_clock;
    QNetworkAccessManager *m_manager;
    HttpClient *m_client;
    std::deque<Item> m_queue;
    std::unordered_map<HttpClient::RequestId, Request> m_inFlight;
    int m_heldEvents = 0; // queued and in flight
    qint64 m_heldBytes = 0;
    int m_inFlightEvents = 0;
    bool m_dispatchQueued = false;
    bool m_paused = false; // after a failed round, until m_resumeAt
    std::chrono::milliseconds m_resumeAt {0}; // monotonic
    std::unique_ptr<ScheduledCall> m_resume;
    bool m_stopped = false;
    bool m_full = false; // told that the queue is full; told again once it has drained to half
};

} // namespace ewb
