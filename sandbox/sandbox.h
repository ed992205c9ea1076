// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#pragma once

#include "eventring.h"
#include "expectwaiters.h"
#include "faultplan.h"
#include "forwarder.h"
#include "httpserver.h"
#include "messageidset.h"
#include "model/calltype.h"
#include "recordedevent.h"
#include "sandboxoptions.h"
#include "sdkendpoints.h"
#include "util/result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <memory>

namespace ewb {

class EventStore;

// The local emulator of the Data Pipelines API (../docs/sandbox.md): the ingestion endpoints
// under /v1, and its own inspection and fault endpoints under /_sandbox. It runs in the thread
// that owns it (the CLI's main thread, or the GUI's), on that thread's event loop.
//
// It records every call it receives (accepted or dropped, with the reason) in a bounded ring and,
// with a store file, in SQLite. Errors are values: start() says why it could not start.
class Sandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sandbox)

public:
    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    Status start(const SandboxOptions &options);
    // Stops listening, closes connections and flushes the store. start() may be called again.
    void stop();
    bool isRunning() const;

    // "http://127.0.0.1:PORT/v1": what a client or the workbench uses as its base URL.
    QUrl baseUrl() const;
    // "http://127.0.0.1:PORT": where /_sandbox/ lives.
    QUrl rootUrl() const;
    quint16 port() const;
    // Things a person should know about the last start() (e.g. a damaged store moved aside).
    QStringList notices() const { return m_notices; }

    // For the workbench's own views: the same data the inspection endpoints serve.
    QList<RecordedEvent> recentEvents(int limit) const;
    EventStats stats() const;
    // POST /_sandbox/expect requests waiting for their events.
    int waitingExpectations() const { return m_expectations.waiting(); }
    void clearEvents();

    // Forwarding (SandboxOptions::forward; docs/sandbox.md, "Forwarding to Customer.io").
    bool isForwarding() const { return m_forwarder != nullptr; }
    // Where it stands: the target's name and URL (never its key), what is queued and in flight;
    // nullopt when forwarding is off. The settled counts are in stats().
    std::optional<ForwardStatus> forwardStatus() const;
    // Queues again every event still in the ring whose forwarding failed or was skipped for a full
    // queue (as far as there is room); each change is reported by eventForwarded(). Returns how many
    // were queued; 0 when forwarding is off.
    int retryForwarding();
    // Starts, changes or (with nullopt) stops forwarding while the sandbox runs, keeping what it
    // recorded: the window's "Forward Accepted Calls To" menu. What was queued for a previous target
    // is reported failed ("forward.interrupted"), never sent to the new one.
    Status setForwarding(const std::optional<ForwardOptions> &options);

signals:
    void eventRecorded(const ewb::RecordedEvent &event);
    // One per answered request (for a request log); never carries keys or bodies.
    void exchanged(const ewb::HttpExchange &exchange);
    // A problem that does not stop the sandbox (e.g. the store could not be written).
    void notice(const QString &message);
    // An event's forwarding outcome changed after it was recorded (its first one comes with
    // eventRecorded): forwarded, failed, or pending again after a failed round. The event in
    // recentEvents() and /_sandbox/events already shows it.
    void eventForwarded(qint64 id, const ewb::ForwardOutcome &outcome);
    // One per upstream request answered, or attempt failed with another to follow (for a log);
    // never carries the key or a body.
    void forwardExchanged(const ewb::ForwardExchange &exchange);

private:
    HttpResponse ingestRoute(const HttpRequest &request, CallType endpoint);
    HttpResponse faultsRoute(const HttpRequest &request);
    void routeBrowserSupport();
    void record(RecordedEvent event);
    void addVerdictHeaders(
        HttpResponse &response, qint64 firstId, int accepted, int dropped, const QStringList &reasons) const;
    static constexpr int maxVerdictReasons = 10;
    void flushStore();
    void forwardChanged(qint64 id, const ForwardOutcome &outcome);
    void setForward(qint64 id, const ForwardOutcome &outcome, ForwardOutcome::State previous);
    HttpResponse forwardRetryRoute();
    Status startForwarding(const ForwardOptions &options);
    void stopForwarding();

    SandboxOptions m_options;
    HttpServer m_server;
    EventRing m_ring;
    ExpectWaiters m_expectations {m_ring};
    FaultPlan m_faults;
    std::unique_ptr<EventStore> m_store;
    Forwarder *m_forwarder = nullptr; // owned; deleted later, so stop() may come from its signals
    static constexpr qint64 idBlock = 1000;
    qint64 m_idsReserved = 0; // ids up to this are reserved in the store
    QTimer m_flushTimer;
    // The messageIds accepted lately, for counting duplicates: the last million of them.
    MessageIdSet m_acceptedIds {1000000};
    QElapsedTimer m_clock;
    qint64 m_requests = 0;
    MetricsSeen m_metrics;
    QStringList m_notices;
};

} // namespace ewb
