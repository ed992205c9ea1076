// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sandbox.h"

#include "cors.h"
#include "eventstore.h"
#include "ingest.h"
#include "inspection.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "sandboxauth.h"
#include "util/gzip.h"

namespace ewb {

namespace {

// How long recorded events may wait before they are written to the store: one transaction per
// interval instead of one per request.
constexpr int storeFlushIntervalMs = 200;

// What changes the record or the answers (clearing, faults, retries, waits) is for tools. A page
// the developer opens may POST text/plain anywhere without a preflight: it cannot read the answer,
// but the sandbox would act on it. Browsers name the page's origin on such requests, tools do not.
HttpHandler forToolsOnly(HttpHandler handler)
{
    return [handler = std::move(handler)](const HttpRequest &request) {
        if (request.method != "GET" && !request.header("origin").isEmpty())
            return sandboxError(403,
                QStringLiteral("The sandbox's /_sandbox/ endpoints do not act on requests from a web page "
                               "(this one came from %1); send it from a tool, without an Origin header.")
                    .arg(QString::fromUtf8(request.header("origin").left(200))));
        return handler(request);
    };
}

} // namespace

Sandbox::Sandbox(QObject *parent) : QObject(parent), m_ring(SandboxOptions().ringSize)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(storeFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &Sandbox::flushStore);
    // The settings path holds a key: the log shows its fingerprint instead.
    connect(&m_server, &HttpServer::exchanged, this, [this](HttpExchange exchange) {
        exchange.path = redactProjectsPath(exchange.path);
        emit exchanged(exchange);
    });

    for (CallType type : allCallTypes) {
        const auto handler = [this, type](const HttpRequest &request) { return ingestRoute(request, type); };
        m_server.route("POST", QStringLiteral("/v1") + callTypePath(type), handler);
        m_server.route("POST", QStringLiteral("/v1") + callTypeShortPath(type), handler);
    }
    m_server.route("GET", QStringLiteral("/_sandbox/events"),
        [this](const HttpRequest &request) { return eventsResponse(m_ring, request); });
    m_server.route("DELETE", QStringLiteral("/_sandbox/events"), forToolsOnly([this](const HttpRequest &) {
        clearEvents();
        return HttpResponse::json(200, "{}");
    }));
    m_server.route("POST", QStringLiteral("/_sandbox/expect"),
        forToolsOnly([this](const HttpRequest &request) { return m_expectations.handle(request); }));
    m_server.route("GET", QStringLiteral("/_sandbox/stats"), [this](const HttpRequest &) {
        return statsResponse(m_ring, m_requests, m_faults, m_metrics, forwardStatus());
    });
    m_server.route("POST", QStringLiteral("/_sandbox/forward/retry"),
        forToolsOnly([this](const HttpRequest &) { return forwardRetryRoute(); }));
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST"), QByteArray("DELETE")})
        m_server.route(method, QStringLiteral("/_sandbox/faults"),
            forToolsOnly([this](const HttpRequest &request) { return faultsRoute(request); }));
    routeBrowserSupport();
}

// What the official browser library needs besides the ingestion endpoints (docs/sandbox.md
// "Browsers and SDKs"): its settings, its metrics, and CORS on everything under /v1, so that a page
// on another origin may call it. /_sandbox/ gets no CORS: it shows every recorded payload and can
// clear them and plant faults, which no page the developer happens to open should be able to do.
void Sandbox::routeBrowserSupport()
{
    m_server.route("GET", QStringLiteral("/v1/projects/*"),
        [this](const HttpRequest &request) { return settingsResponse(request, rootUrl(), m_options.keys); });
    m_server.route("POST", QStringLiteral("/v1/m"), [this](const HttpRequest &request) {
        MetricsOutcome outcome = metricsResponse(request);
        if (outcome.response.status == 200) {
            ++m_metrics.requests;
            m_metrics.series += outcome.seriesCount;
        }
        return std::move(outcome.response);
    });
    m_server.setAnswerFilter([](const HttpRequest &request, HttpResponse &response) {
        if (request.path == u"/v1" || request.path.startsWith(u"/v1/"))
            addCorsHeaders(request, response);
    });
}

Sandbox::~Sandbox()
{
    stop();
}

Status Sandbox::start(const SandboxOptions &options)
{
    stop();
    m_options = options;
    m_notices.clear();
    m_ring = EventRing(options.ringSize);
    m_faults = FaultPlan();
    m_faults.setRateLimit(options.rateLimitRequests, options.rateLimitWindowMs);
    m_requests = 0;
    m_metrics = {};

    HttpServerOptions serverOptions;
    serverOptions.address = options.address;
    serverOptions.port = options.port;
    serverOptions.limits.maxBodyBytes = options.maxBodyBytes;
    serverOptions.idleTimeoutMs = options.idleTimeoutMs;
    if (options.tlsCertificateFile.isEmpty() != options.tlsKeyFile.isEmpty())
        return Error {QStringLiteral("sandbox.tls"),
            QStringLiteral("HTTPS needs both a certificate file and a key file.")};
    if (!options.tlsCertificateFile.isEmpty()) {
        Result<QSslConfiguration> tls = loadServerTls(options.tlsCertificateFile, options.tlsKeyFile);
        if (!tls)
            return tls.error();
        serverOptions.tls = tls.value();
    }

    if (!options.storeFile.isEmpty()) {
        Result<std::unique_ptr<EventStore>> store =
            EventStore::open(options.storeFile, options.ringSize, &m_notices);
        if (!store)
            return store.error();
        Result<EventStore::Loaded> loaded = store.value()->load();
        if (!loaded)
            return loaded.error();
        m_ring.restore(loaded->events, loaded->stats, loaded->lastId);
        m_store = std::move(store).value();
        for (const RecordedEvent &e : loaded->events) {
            if (e.accepted && !e.messageId.isEmpty())
                m_acceptedIds.insert(e.messageId);
            // Pending when the last run ended without a clean stop: its queue is gone.
            if (e.forward.state == ForwardOutcome::State::Pending) {
                ForwardOutcome interrupted = e.forward;
                interrupted.state = ForwardOutcome::State::Failed;
                interrupted.reason = QStringLiteral("forward.interrupted");
                interrupted.message = QStringLiteral("The sandbox ended before it was forwarded; "
                                                     "POST /_sandbox/forward/retry sends it.");
                setForward(e.id, interrupted, ForwardOutcome::State::Pending);
            }
        }
    }

    if (Status listening = m_server.listen(serverOptions); !listening) {
        m_store.reset();
        return listening;
    }
    if (options.forward) {
        if (Status forwarding = startForwarding(*options.forward); !forwarding) {
            stop();
            return forwarding;
        }
    }
    m_clock.start();
    return Done {};
}

Status Sandbox::startForwarding(const ForwardOptions &options)
{
    if (Status usable = Forwarder::check(options); !usable)
        return usable;
    // Forwarding to itself would send every call round for ever.
    const QUrl &target = options.target.baseUrl;
    const QHostAddress host(target.host());
    const bool loopback = target.host().compare(u"localhost", Qt::CaseInsensitive) == 0 ||
        host.isLoopback() || (!host.isNull() && host == m_server.address());
    const int defaultPort = target.scheme().compare(u"https", Qt::CaseInsensitive) == 0 ? 443 : 80;
    if (loopback && target.port(defaultPort) == int(m_server.port()))
        return Error {QStringLiteral("sandbox.forward-self"),
            QStringLiteral(
                "%1 is this sandbox itself: forwarding to it would send every call round for ever. "
                "Forward to the real API or to another sandbox.")
                .arg(target.toString(QUrl::RemoveUserInfo))};
    m_forwarder = new Forwarder(options);
    connect(m_forwarder, &Forwarder::outcomeChanged, this, &Sandbox::forwardChanged);
    connect(m_forwarder, &Forwarder::exchanged, this, &Sandbox::forwardExchanged);
    connect(m_forwarder, &Forwarder::note, this, &Sandbox::notice);
    return Done {};
}

void Sandbox::stopForwarding()
{
    if (!m_forwarder)
        return;
    m_forwarder->stop(); // what is queued or in flight is reported failed ("forward.interrupted")
    m_forwarder->disconnect(this);
    m_forwarder->deleteLater(); // stop() may have come from inside one of its signals
    m_forwarder = nullptr;
}

Status Sandbox::setForwarding(const std::optional<ForwardOptions> &options)
{
    stopForwarding();
    m_options.forward = options;
    if (!options || !isRunning())
        return Done {};
    if (Status started = startForwarding(*options); !started) {
        m_options.forward.reset();
        return started;
    }
    return Done {};
}

std::optional<ForwardStatus> Sandbox::forwardStatus() const
{
    if (!m_forwarder)
        return std::nullopt;
    return m_forwarder->status();
}

void Sandbox::forwardChanged(qint64 id, const ForwardOutcome &outcome)
{
    // Only what is pending is the forwarder's: every change it reports starts there.
    setForward(id, outcome, ForwardOutcome::State::Pending);
    emit eventForwarded(id, outcome);
}

void Sandbox::setForward(qint64 id, const ForwardOutcome &outcome, ForwardOutcome::State previous)
{
    m_ring.setForward(id, outcome, previous);
    if (m_store) {
        m_store->setForward(id, outcome, previous);
        if (!m_flushTimer.isActive())
            m_flushTimer.start();
    }
}

int Sandbox::retryForwarding()
{
    if (!m_forwarder)
        return 0;
    const QList<RecordedEvent> again = m_ring.select(0, m_ring.capacity(), [](const RecordedEvent &e) {
        return e.forward.state == ForwardOutcome::State::Failed ||
            (e.forward.state == ForwardOutcome::State::Skipped && e.forward.reason == u"forward.queue-full");
    });
    int queued = 0;
    for (const RecordedEvent &event : again) {
        const ForwardOutcome outcome = m_forwarder->take(event, event.id);
        if (outcome.reason == u"forward.queue-full")
            break; // full again: the rest stay as they are
        // Not to be sent now (a dropped call, and forwardDropped off): it keeps its outcome.
        if (outcome.state != ForwardOutcome::State::Pending)
            continue;
        setForward(event.id, outcome, event.forward.state);
        emit eventForwarded(event.id, outcome);
        ++queued;
    }
    return queued;
}

HttpResponse Sandbox::forwardRetryRoute()
{
    if (!m_forwarder)
        return sandboxError(400,
            QStringLiteral(
                "Forwarding is off: start the sandbox with --forward SOURCE (or --forward-url URL)."));
    JsonObject body;
    body.insert(QStringLiteral("queued"), retryForwarding());
    return HttpResponse::json(200, writeJson(body));
}

void Sandbox::stop()
{
    m_server.close(); // the expectations still waiting are abandoned with their connections
    m_expectations.finishAll();
    stopForwarding();
    m_flushTimer.stop();
    // Everything is written after a clean stop: the numbering goes on from the last id, not from
    // the end of the reserved block.
    if (m_store && m_store->flush() && m_store->reserveIds(m_ring.lastId(), EventStore::Reserve::Exactly))
        m_idsReserved = 0;
    flushStore();
    m_store.reset();
}

bool Sandbox::isRunning() const
{
    return m_server.isListening();
}

QUrl Sandbox::rootUrl() const
{
    return m_server.baseUrl();
}

QUrl Sandbox::baseUrl() const
{
    QUrl url = m_server.baseUrl();
    url.setPath(QStringLiteral("/v1"));
    return url;
}

quint16 Sandbox::port() const
{
    return m_server.port();
}

QList<RecordedEvent> Sandbox::recentEvents(int limit) const
{
    return m_ring.recent(limit);
}

EventStats Sandbox::stats() const
{
    return m_ring.stats();
}

void Sandbox::clearEvents()
{
    m_ring.clear();
    m_requests = 0;
    m_metrics = {};
    m_acceptedIds.clear();
    if (m_store) {
        if (Status cleared = m_store->clear(m_ring.lastId()); !cleared)
            emit notice(cleared.error().message);
    }
}

void Sandbox::record(RecordedEvent event)
{
    // Ids are handed out from blocks written ahead (EventStore::reserveIds): killed before its
    // next flush, the sandbox still never gives a client an id it has seen before.
    if (m_store && m_ring.lastId() >= m_idsReserved) {
        const qint64 upTo = m_ring.lastId() + idBlock;
        if (Status reserved = m_store->reserveIds(upTo); reserved)
            m_idsReserved = upTo;
        else
            emit notice(reserved.error().message);
    }
    if (event.accepted && !event.messageId.isEmpty())
        event.duplicate = !m_acceptedIds.insert(event.messageId);
    if (m_forwarder)
        event.forward = m_forwarder->take(event, m_ring.nextId());
    const RecordedEvent &stored = m_ring.append(std::move(event));
    if (m_store) {
        m_store->add(stored);
        if (!m_flushTimer.isActive())
            m_flushTimer.start();
    }
    m_expectations.eventRecorded(stored);
    emit eventRecorded(stored);
}

void Sandbox::flushStore()
{
    if (!m_store)
        return;
    if (Status flushed = m_store->flush(); !flushed)
        emit notice(flushed.error().message);
}

// What the sandbox did with a request's calls, on its answer (docs/sandbox.md): a client such as
// `ewb run` judges a 200 by it without asking the event list. Headers the real API does not send;
// clients ignore them.
void Sandbox::addVerdictHeaders(
    HttpResponse &response, qint64 firstId, int accepted, int dropped, const QStringList &reasons) const
{
    response.headers.add("X-Sandbox-Accepted", QByteArray::number(accepted));
    response.headers.add("X-Sandbox-Dropped", QByteArray::number(dropped));
    if (!reasons.isEmpty())
        response.headers.add("X-Sandbox-Reasons", reasons.join(QLatin1Char(',')).toLatin1());
    if (accepted + dropped > 0)
        response.headers.add(
            "X-Sandbox-Events", QByteArray::number(firstId) + '-' + QByteArray::number(m_ring.lastId()));
}

HttpResponse Sandbox::ingestRoute(const HttpRequest &request, CallType endpoint)
{
    ++m_requests;
    const QDateTime receivedAt = QDateTime::currentDateTimeUtc();
    // A request refused before its body is read is still a call the client made: record it.
    const auto refuse = [&](HttpResponse response, const QString &reason, const QString &message) {
        RecordedEvent event;
        event.type = callTypeName(endpoint);
        event.path = request.path;
        event.receivedAt = receivedAt;
        event.reason = reason;
        event.message = message;
        event.status = response.action == HttpResponse::Action::DropConnection ? 0 : response.status;
        record(std::move(event));
        addVerdictHeaders(response, m_ring.lastId(), 0, 1, {reason});
        response.logNote = "dropped: " + reason.toUtf8();
        return response;
    };

    if (const std::optional<int> retryAfter = m_faults.admit(m_clock.elapsed())) {
        HttpResponse response =
            HttpResponse::json(429, apiErrorBody({QStringLiteral("rate limit exceeded")}));
        response.headers.add("Retry-After", QByteArray::number(*retryAfter));
        return refuse(std::move(response), QStringLiteral("rate-limited"),
            QStringLiteral("Past the sandbox's rate limit; retry after %1 s.").arg(*retryAfter));
    }
    int delayMs = 0;
    if (const std::optional<Fault> fault = m_faults.takeNext()) {
        if (fault->drop)
            return refuse(HttpResponse::drop(fault->delayMs), QStringLiteral("fault.drop"),
                QStringLiteral("An injected fault dropped the connection."));
        if (fault->status) {
            HttpResponse response = HttpResponse::json(fault->status,
                fault->status == 200 ? QByteArray("{}") : apiErrorBody({QStringLiteral("injected fault")}));
            if (fault->retryAfterSeconds >= 0)
                response.headers.add("Retry-After", QByteArray::number(fault->retryAfterSeconds));
            response.delayMs = fault->delayMs;
            return refuse(std::move(response), QStringLiteral("fault.status"),
                QStringLiteral("An injected fault answered %1.").arg(fault->status));
        }
        delayMs = fault->delayMs; // a delay alone: then the normal answer
    }

    IngestRequest ingestRequest;
    ingestRequest.path = request.path;
    ingestRequest.endpoint = endpoint;
    ingestRequest.receivedAt = receivedAt;
    ingestRequest.headerKey = basicAuthKey(request.header("authorization"));
    const QByteArray strict = request.header("x-strict-mode").trimmed().toLower();
    ingestRequest.strict = strict == "1" || strict == "true";

    const QByteArray encoding = request.header("content-encoding").trimmed().toLower();
    if (encoding == "gzip" || encoding == "x-gzip") {
        Result<QByteArray> inflated = gzipDecompress(request.body, m_options.maxBodyBytes);
        if (!inflated) {
            const QString message =
                QStringLiteral("The gzip body could not be read: %1").arg(inflated.error().message);
            return refuse(
                HttpResponse::json(400, apiErrorBody({message})), QStringLiteral("encoding.gzip"), message);
        }
        ingestRequest.body = std::move(inflated).value();
    } else if (encoding.isEmpty() || encoding == "identity") {
        ingestRequest.body = request.body;
    } else {
        const QString message = QStringLiteral("Content-Encoding \"%1\" is not supported; send gzip or none.")
                                    .arg(QString::fromLatin1(encoding));
        HttpResponse response = HttpResponse::json(415, apiErrorBody({message}));
        response.headers.add("Accept-Encoding", "gzip");
        return refuse(std::move(response), QStringLiteral("encoding.unsupported"), message);
    }

    QStringList reasons;
    const qint64 firstId = m_ring.lastId() + 1;
    IngestOutcome outcome = ingest(ingestRequest, m_options.keys, [&](RecordedEvent event) {
        if (!event.accepted && !reasons.contains(event.reason) && reasons.size() < maxVerdictReasons)
            reasons.append(event.reason);
        record(std::move(event));
    });
    HttpResponse response = HttpResponse::json(outcome.status, std::move(outcome.body));
    addVerdictHeaders(response, firstId, outcome.accepted, outcome.dropped, reasons);
    response.delayMs = delayMs;
    response.logNote = QByteArray::number(outcome.accepted) + " accepted, " +
        QByteArray::number(outcome.dropped) + " dropped" +
        (outcome.firstReason.isEmpty() ? QByteArray() : " (" + outcome.firstReason.toUtf8() + ')');
    return response;
}

HttpResponse Sandbox::faultsRoute(const HttpRequest &request)
{
    if (request.method == "DELETE") {
        m_faults.clear();
        return HttpResponse::json(200, writeJson(m_faults.toJson()));
    }
    if (request.method == "POST") {
        Result<JsonValue> spec = parseJson(request.body);
        if (!spec)
            return sandboxError(
                400, QStringLiteral("The fault is not valid JSON: %1").arg(spec.error().message));
        if (Status added = m_faults.add(spec.value()); !added)
            return sandboxError(400, added.error().message);
    }
    return HttpResponse::json(200, writeJson(m_faults.toJson()));
}

} // namespace ewb
