#pragma once

#include "eventring.h"
#include "expectwaiters.h"
#include "faultplan.h"
#include "httpserver.h"
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

signals:
    void eventRecorded(const ewb::RecordedEvent &event);
    // One per answered request (for a request log); never carries keys or bodies.
    void exchanged(const ewb::HttpExchange &exchange);
    // A problem that does not stop the sandbox (e.g. the store could not be written).
    void notice(const QString &message);

private:
    HttpResponse ingestRoute(const HttpRequest &request, CallType endpoint);
    HttpResponse faultsRoute(const HttpRequest &request);
    void routeBrowserSupport();
    void record(RecordedEvent event);
    void addVerdictHeaders(
        HttpResponse &response, qint64 firstId, int accepted, int dropped, const QStringList &reasons) const;
    static constexpr int maxVerdictReasons = 10;
    void flushStore();

    SandboxOptions m_options;
    HttpServer m_server;
    EventRing m_ring;
    ExpectWaiters m_expectations {m_ring};
    FaultPlan m_faults;
    std::unique_ptr<EventStore> m_store;
    static constexpr qint64 idBlock = 1000;
    qint64 m_idsReserved = 0; // ids up to this are reserved in the store
    QTimer m_flushTimer;
    // The messageIds accepted lately, for counting duplicates: the last maxRemembered of them.
    QSet<QString> m_acceptedIds;
    std::deque<QString> m_acceptedOrder;
    static constexpr size_t maxRememberedIds = 1000000;
    void rememberAccepted(const QString &messageId);
    QElapsedTimer m_clock;
    qint64 m_requests = 0;
    MetricsSeen m_metrics;
    QStringList m_notices;
};

} // namespace ewb
