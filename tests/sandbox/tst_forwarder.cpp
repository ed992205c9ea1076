// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "sandbox/sandbox.h"
#include "sandboxclient.h"
#include "support/manualclock.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace ewb;
using namespace std::chrono_literals;
using ewb::test::HeaderList;
using ewb::test::SandboxClient;

namespace {

// The key of the source forwarded to: the upstream sandbox knows only this one, so an event it
// accepts came with it, and one sent with any other key (the app's) would be dropped there.
const QString forwardKey = QStringLiteral("upstream-source-key-5b7e2c9a41");
// The key the app under test sends to the local sandbox: never forwarded.
const QByteArray appKey = "app-under-test-key-3d8f1a70c2";

HeaderList appAuth()
{
    return {{"Authorization", SandboxClient::basicAuth(appKey + ':')}};
}

QStringList acceptedMessageIds(const JsonArray &events)
{
    QStringList ids;
    for (const JsonValue &event : events) {
        if (event.object().value(u"accepted").toBool())
            ids.append(event.object().value(u"messageId").toString());
    }
    ids.sort();
    return ids;
}

const JsonObject &forwardOf(const JsonValue &event)
{
    return event.object().value(u"forward").object();
}

QString stateOf(const JsonValue &event)
{
    return event.object().value(u"forward").isObject() ? forwardOf(event).value(u"state").toString()
                                                       : QStringLiteral("none");
}

// A port where nothing listens (for a moment at least).
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// How many events of the store at path have a forwarding outcome in this state: read beside the
// sandbox that writes it (WAL: a reader sees every committed flush).
int rowsInStore(const QString &path, const QString &state)
{
    const QString name = QStringLiteral("reader-") + state;
    int rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT count(*) FROM sandbox_events WHERE forward LIKE ?"));
            query.addBindValue(QString(QStringLiteral("%\"state\":\"") + state + QStringLiteral("\"%")));
            if (query.exec() && query.next())
                rows = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

// The forwarder against a second in-process sandbox standing for the real API, with faults
// injected upstream; waits run on a manual clock (backoff, Retry-After, the pause between rounds).
class TestForwarder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void forwardsAcceptedCallsOnceWithTheSourcesKey();
    void upstreamFaultsAreRetried_data();
    void upstreamFaultsAreRetried();
    void upstreamDownNeverStallsIngestion();
    void givenUpFailuresAreRetriedOnRequest();
    void queueFullIsSkippedVisibly();
    void droppedCallsForwardedOnlyWhenAsked();
    void strictUpstreamRejectionIsAFailure();
    void retryPassesOverWhatIsNotToBeSent();
    void keyNeverRecordedLoggedOrStored();
    void stopReportsWhatWasPendingAsInterrupted();
    void outcomesSurviveARestartWithAStore();
    void storeFromBeforeForwardingStaysReadable();
    void eventsFilterByForwardState();
    void forwardingToItselfIsRefused();
    void offMeansNothingForwarded();

private:
    void startUpstream(quint16 port = 0);
    ForwardOptions forwardTo(quint16 port) const;
    void startLocal(ForwardOptions forward, SandboxOptions options = {});
    // Runs the event loop and moves the manual clock on until done() holds; false when it never did.
    bool drive(const std::function<bool()> &done, int turns = 4000);
    bool settled() const;
    void postTracks(int count, const QByteArray &prefix);

    test::ManualClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_upstream;
    std::unique_ptr<SandboxClient> m_upstreamClient;
    std::unique_ptr<Sandbox> m_local;
    std::unique_ptr<SandboxClient> m_localClient;
};

void TestForwarder::init()
{
    QVERIFY(m_dir.isValid());
}

void TestForwarder::cleanup()
{
    m_localClient.reset();
    m_local.reset();
    m_upstreamClient.reset();
    m_upstream.reset();
    // The forwarders stopped are deleted later: let them go before the next test.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestForwarder::startUpstream(quint16 port)
{
    m_upstreamClient.reset();
    m_upstream = std::make_unique<Sandbox>();
    SandboxOptions options;
    options.keys = {forwardKey};
    options.port = port;
    const Status started = m_upstream->start(options);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    m_upstreamClient = std::make_unique<SandboxClient>(m_upstream->port());
}

ForwardOptions TestForwarder::forwardTo(quint16 port) const
{
    ForwardOptions forward;
    forward.target = RunTarget {QStringLiteral("Upstream"),
        QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)), forwardKey, false};
    forward.clock = const_cast<test::ManualClock *>(&m_clock);
    forward.timeout = 120s; // on the manual clock: only a test's advance moves it
    return forward;
}

void TestForwarder::startLocal(ForwardOptions forward, SandboxOptions options)
{
    m_localClient.reset();
    m_local = std::make_unique<Sandbox>();
    options.forward = std::move(forward);
    const Status started = m_local->start(options);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    m_localClient = std::make_unique<SandboxClient>(m_local->port());
}

bool TestForwarder::drive(const std::function<bool()> &done, int turns)
{
    for (int i = 0; i < turns; ++i) {
        if (done())
            return true;
        QTest::qWait(2); // the sockets are real: give them a turn
        m_clock.advance(50ms);
    }
    return done();
}

bool TestForwarder::settled() const
{
    const std::optional<ForwardStatus> status = m_local->forwardStatus();
    return status && status->queued == 0 && status->inFlight == 0;
}

void TestForwarder::postTracks(int count, const QByteArray &prefix)
{
    for (int i = 0; i < count; ++i) {
        const std::optional<test::RawResponse> answer = m_localClient->post("/v1/track",
            R"({"userId":"u1","event":"E","messageId":")" + prefix + QByteArray::number(i) + "\"}",
            appAuth());
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
    }
}

// Every accepted call arrives upstream exactly once, under the source's key; dropped ones stay.
void TestForwarder::forwardsAcceptedCallsOnceWithTheSourcesKey()
{
    startUpstream();
    startLocal(forwardTo(m_upstream->port()));
    QSignalSpy forwarded(m_local.get(), &Sandbox::eventForwarded);
    postTracks(3, "single-");
    // Short paths with the key in the body, as the browser library sends them.
    QVERIFY(m_localClient->post(
        "/v1/t", R"({"writeKey":")" + appKey + R"(","userId":"u2","event":"Short","messageId":"short-1"})"));
    // A batch with one bad item: the others are accepted and forwarded, that one not.
    QVERIFY(m_localClient->post("/v1/batch",
        R"({"batch":[{"type":"track","userId":"u3","event":"A","messageId":"b-1"},)"
        R"({"type":"track","userId":"u3","messageId":"b-bad"},)"
        R"({"type":"identify","userId":"u3","traits":{"plan":"pro"}}],"context":{"app":{"name":"x"}}})",
        appAuth()));
    QVERIFY(drive([&] { return settled(); }));

    const JsonArray local = m_localClient->events();
    QCOMPARE(local.size(), size_t(7));
    const JsonArray upstream = m_upstreamClient->events();
    const JsonObject upstreamStats = m_upstreamClient->getJson("/_sandbox/stats");
    QCOMPARE(upstreamStats.value(u"dropped").numberLiteral(), QStringLiteral("0")); // the source's key
    QCOMPARE(upstreamStats.value(u"duplicates").numberLiteral(), QStringLiteral("0"));
    QCOMPARE(acceptedMessageIds(upstream), acceptedMessageIds(local));
    QCOMPARE(acceptedMessageIds(upstream).size(), 6);
    for (const JsonValue &event : upstream) {
        QCOMPARE(event.object().value(u"path").toString(), QStringLiteral("/v1/batch")); // packed
        // The batch's context went with its items; the sandbox's own receivedAt did not.
        if (event.object().value(u"messageId").toString() == u"b-1")
            QCOMPARE(event.object()
                         .value(u"payload")
                         .object()
                         .value(u"context")
                         .object()
                         .value(u"app")
                         .object()
                         .value(u"name")
                         .toString(),
                QStringLiteral("x"));
    }
    // One upstream request for each ingest request here (each was packed on its own turn).
    QVERIFY(upstreamStats.value(u"requests").toDouble() <= 5);

    int accepted = 0;
    for (const JsonValue &event : local) {
        const JsonObject &forward = forwardOf(event);
        if (event.object().value(u"accepted").toBool()) {
            ++accepted;
            QCOMPARE(forward.value(u"state").toString(), QStringLiteral("forwarded"));
            QCOMPARE(forward.value(u"status").numberLiteral(), QStringLiteral("200"));
            QCOMPARE(forward.value(u"answer").toString(), QStringLiteral("{}"));
            QCOMPARE(forward.value(u"attempts").numberLiteral(), QStringLiteral("1"));
        } else {
            QCOMPARE(forward.value(u"state").toString(), QStringLiteral("skipped"));
            QCOMPARE(forward.value(u"reason").toString(), QStringLiteral("forward.dropped"));
        }
    }
    QCOMPARE(accepted, 6);
    QCOMPARE(forwarded.size(), 6);
    QCOMPARE(forwarded.at(0).at(1).value<ForwardOutcome>().state, ForwardOutcome::State::Forwarded);

    const JsonObject stats = m_localClient->getJson("/_sandbox/stats");
    const JsonObject &forwarding = stats.value(u"forward").object();
    QCOMPARE(forwarding.value(u"enabled").toBool(), true);
    QCOMPARE(forwarding.value(u"target").toString(), QStringLiteral("Upstream"));
    QCOMPARE(forwarding.value(u"forwarded").numberLiteral(), QStringLiteral("6"));
    QCOMPARE(forwarding.value(u"skipped").numberLiteral(), QStringLiteral("1"));
    QCOMPARE(forwarding.value(u"failed").numberLiteral(), QStringLiteral("0"));
    QCOMPARE(forwarding.value(u"pending").numberLiteral(), QStringLiteral("0"));
}

void TestForwarder::upstreamFaultsAreRetried_data()
{
    QTest::addColumn<QByteArrayList>("faults");
    QTest::addColumn<int>("minAttempts");
    QTest::addRow("503 twice") << QByteArrayList {R"({"count":2,"status":503})"} << 3;
    QTest::addRow("429 with Retry-After") << QByteArrayList {R"({"status":429,"retryAfter":30})"} << 2;
    // Qt re-sends once by itself when a connection closes before any answer: three drops make two
    // of the client's attempts fail.
    QTest::addRow("dropped connections") << QByteArrayList {R"({"count":3,"drop":true})"} << 2;
    QTest::addRow("slow answer") << QByteArrayList {R"({"delayMs":300})"} << 1;
    // More failures than one request's attempts: its events wait for a second round.
    QTest::addRow("503 past a round") << QByteArrayList {R"({"count":4,"status":503})"} << 5;
    QTest::addRow("all at once") << QByteArrayList {R"({"status":503})", R"({"drop":true})",
                                        R"({"status":429,"retryAfter":2})", R"({"delayMs":100,"status":502})"}
                                 << 4;
}

void TestForwarder::upstreamFaultsAreRetried()
{
    QFETCH(QByteArrayList, faults);
    QFETCH(int, minAttempts);
    startUpstream();
    for (const QByteArray &fault : faults) {
        const std::optional<test::RawResponse> added = m_upstreamClient->post("/_sandbox/faults", fault);
        QVERIFY(added);
        QCOMPARE(added->status, 200);
    }
    startLocal(forwardTo(m_upstream->port()));
    QSignalSpy exchanged(m_local.get(), &Sandbox::forwardExchanged);
    QVERIFY(m_localClient->post("/v1/batch",
        R"({"batch":[{"type":"track","userId":"u","event":"A","messageId":"f-1"},)"
        R"({"type":"track","userId":"u","event":"B","messageId":"f-2"}]})",
        appAuth()));
    QVERIFY(drive([&] { return settled(); }));

    const JsonArray upstream = m_upstreamClient->events();
    QCOMPARE(acceptedMessageIds(upstream), (QStringList {QStringLiteral("f-1"), QStringLiteral("f-2")}));
    QCOMPARE(m_upstreamClient->getJson("/_sandbox/stats").value(u"duplicates").numberLiteral(),
        QStringLiteral("0"));
    for (const JsonValue &event : m_localClient->events()) {
        QCOMPARE(stateOf(event), QStringLiteral("forwarded"));
        QVERIFY2(forwardOf(event).value(u"attempts").toDouble() >= minAttempts,
            qPrintable(QString::fromUtf8(writeJson(event))));
    }
    // Each failed attempt was reported, for the log.
    int failedAttempts = 0;
    for (const QList<QVariant> &signal : std::as_const(exchanged)) {
        if (signal.at(0).value<ForwardExchange>().result == ForwardOutcome::State::Pending)
            ++failedAttempts;
    }
    QCOMPARE(failedAttempts + 1 >= minAttempts, true);
}

// Upstream down: the app still gets its answers at once, the events show pending, and they go
// upstream by themselves once it is back.
void TestForwarder::upstreamDownNeverStallsIngestion()
{
    const quint16 port = closedPort();
    QVERIFY(port);
    ForwardOptions forward = forwardTo(port);
    forward.maxRounds = 100;
    startLocal(forward);
    postTracks(5, "down-");
    QCOMPARE(m_local->stats().accepted, 5);
    QCOMPARE(m_local->forwardStatus()->queued + m_local->forwardStatus()->inFlight, 5);
    for (const JsonValue &event : m_localClient->events())
        QCOMPARE(stateOf(event), QStringLiteral("pending"));

    // A round fails (every attempt refused): still pending, and why.
    QVERIFY(drive([&] {
        const JsonArray events = m_localClient->events();
        return !events.empty() &&
            forwardOf(events.front()).value(u"reason").toString() == u"forward.retrying";
    }));
    const JsonArray pending = m_localClient->events();
    const JsonObject &waiting = forwardOf(pending.front());
    QCOMPARE(waiting.value(u"state").toString(), QStringLiteral("pending"));
    QVERIFY2(waiting.value(u"message").toString().contains(u"next round"),
        qPrintable(waiting.value(u"message").toString()));
    // Ingestion goes on meanwhile.
    postTracks(2, "while-down-");

    startUpstream(port);
    QVERIFY(drive([&] { return settled(); }));
    QCOMPARE(acceptedMessageIds(m_upstreamClient->events()).size(), 7);
    for (const JsonValue &event : m_localClient->events())
        QCOMPARE(stateOf(event), QStringLiteral("forwarded"));
    QCOMPARE(m_local->stats().forwarded, 7);
}

// Failed after its rounds: shown with the reason, and sent again when asked.
void TestForwarder::givenUpFailuresAreRetriedOnRequest()
{
    const quint16 port = closedPort();
    QVERIFY(port);
    ForwardOptions forward = forwardTo(port);
    forward.maxRounds = 2;
    startLocal(forward);
    postTracks(3, "gave-up-");
    QVERIFY(drive([&] { return settled(); }));
    for (const JsonValue &event : m_localClient->events()) {
        QCOMPARE(stateOf(event), QStringLiteral("failed"));
        QCOMPARE(forwardOf(event).value(u"reason").toString(), QStringLiteral("forward.gave-up"));
        QVERIFY(forwardOf(event).value(u"attempts").toDouble() >= 2);
    }
    QCOMPARE(
        m_localClient->getJson("/_sandbox/stats").value(u"forward").object().value(u"failed").numberLiteral(),
        QStringLiteral("3"));

    startUpstream(port);
    const std::optional<test::RawResponse> retry = m_localClient->post("/_sandbox/forward/retry", {});
    QVERIFY(retry);
    QCOMPARE(retry->status, 200);
    QCOMPARE(retry->body, QByteArray(R"({"queued":3})"));
    QVERIFY(drive([&] { return settled(); }));
    QCOMPARE(acceptedMessageIds(m_upstreamClient->events()),
        (QStringList {
            QStringLiteral("gave-up-0"), QStringLiteral("gave-up-1"), QStringLiteral("gave-up-2")}));
    for (const JsonValue &event : m_localClient->events())
        QCOMPARE(stateOf(event), QStringLiteral("forwarded"));
    const JsonObject forwarding = m_localClient->getJson("/_sandbox/stats").value(u"forward").object();
    QCOMPARE(forwarding.value(u"failed").numberLiteral(), QStringLiteral("0"));
    QCOMPARE(forwarding.value(u"forwarded").numberLiteral(), QStringLiteral("3"));
}

// Past the cap, events are still recorded and answered, and marked skipped: never silently lost.
void TestForwarder::queueFullIsSkippedVisibly()
{
    const quint16 port = closedPort();
    QVERIFY(port);
    ForwardOptions forward = forwardTo(port);
    forward.maxQueuedEvents = 3;
    startLocal(forward);
    QByteArray batch = R"({"batch":[)";
    for (int i = 0; i < 5; ++i)
        batch += (i ? "," : "") + QByteArray(R"({"type":"track","userId":"u","event":"E","messageId":"q-)") +
            QByteArray::number(i) + "\"}";
    batch += "]}";
    const std::optional<test::RawResponse> answer = m_localClient->post("/v1/batch", batch, appAuth());
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
    QCOMPARE(answer->headers.value("X-Sandbox-Accepted"), QByteArray("5"));
    const JsonArray events = m_localClient->events();
    QCOMPARE(events.size(), size_t(5));
    QStringList states;
    for (const JsonValue &event : events)
        states.append(stateOf(event));
    QCOMPARE(states,
        (QStringList {QStringLiteral("pending"), QStringLiteral("pending"), QStringLiteral("pending"),
            QStringLiteral("skipped"), QStringLiteral("skipped")}));
    QCOMPARE(forwardOf(events.back()).value(u"reason").toString(), QStringLiteral("forward.queue-full"));
    const JsonObject forwarding = m_localClient->getJson("/_sandbox/stats").value(u"forward").object();
    QCOMPARE(forwarding.value(u"skipped").numberLiteral(), QStringLiteral("2"));
    QCOMPARE(forwarding.value(u"pending").numberLiteral(), QStringLiteral("3"));
    QCOMPARE(forwarding.value(u"queueCapacity").numberLiteral(), QStringLiteral("3"));
}

void TestForwarder::droppedCallsForwardedOnlyWhenAsked()
{
    startUpstream();
    const QByteArray missingEvent = R"({"userId":"u","messageId":"no-event"})";
    startLocal(forwardTo(m_upstream->port()));
    QVERIFY(m_localClient->post("/v1/track", missingEvent, appAuth()));
    QVERIFY(drive([&] { return settled(); }));
    QCOMPARE(stateOf(m_localClient->events().front()), QStringLiteral("skipped"));
    QCOMPARE(
        m_upstreamClient->getJson("/_sandbox/stats").value(u"requests").numberLiteral(), QStringLiteral("0"));

    ForwardOptions forward = forwardTo(m_upstream->port());
    forward.forwardDropped = true;
    startLocal(forward);
    QVERIFY(m_localClient->post("/v1/track", missingEvent, appAuth()));
    // One bad item of a batch goes alone, wrapped in a batch of one; the good one packed as usual.
    QVERIFY(m_localClient->post("/v1/batch",
        R"({"batch":[{"type":"track","userId":"u","event":"Fine","messageId":"fine"},)"
        R"({"type":"track","userId":"u","messageId":"bad-item"}]})",
        appAuth()));
    // Refused before its body was read: nothing to forward, and it says so.
    QVERIFY(m_localClient->post("/v1/track", "\x1f\x8b not gzip", {{"Content-Encoding", "gzip"}}));
    QVERIFY(drive([&] { return settled(); }));

    const JsonArray upstream = m_upstreamClient->events();
    QStringList paths;
    for (const JsonValue &event : upstream)
        paths.append(event.object().value(u"messageId").toString() + u' ' +
            event.object().value(u"path").toString() + u' ' + event.object().value(u"reason").toString());
    paths.sort();
    // Upstream judged them as the local sandbox did (permissive: 200, dropped there too).
    QCOMPARE(paths,
        (QStringList {QStringLiteral("bad-item /v1/batch track.event.missing"),
            QStringLiteral("fine /v1/batch "), QStringLiteral("no-event /v1/track track.event.missing")}));
    const JsonArray local = m_localClient->events();
    QCOMPARE(local.size(), size_t(4));
    QCOMPARE(stateOf(local[0]), QStringLiteral("forwarded"));
    QCOMPARE(forwardOf(local[0]).value(u"status").numberLiteral(), QStringLiteral("200"));
    QCOMPARE(stateOf(local[3]), QStringLiteral("skipped"));
    QCOMPARE(forwardOf(local[3]).value(u"reason").toString(), QStringLiteral("forward.no-body"));
}

// A strict source: what upstream refuses is a failure with its answer, and nothing else fails.
void TestForwarder::strictUpstreamRejectionIsAFailure()
{
    startUpstream();
    ForwardOptions forward = forwardTo(m_upstream->port());
    forward.target.strictMode = true;
    forward.forwardDropped = true;
    startLocal(forward);
    QVERIFY(m_localClient->post("/v1/track", R"({"userId":"u","messageId":"bad"})", appAuth()));
    QVERIFY(m_localClient->post("/v1/track", R"({"userId":"u","event":"E","messageId":"good"})", appAuth()));
    QVERIFY(drive([&] { return settled(); }));
    const JsonArray local = m_localClient->events();
    QCOMPARE(local.size(), size_t(2));
    const JsonObject &rejected = forwardOf(local[0]);
    QCOMPARE(rejected.value(u"state").toString(), QStringLiteral("failed"));
    QCOMPARE(rejected.value(u"reason").toString(), QStringLiteral("forward.rejected"));
    QCOMPARE(rejected.value(u"status").numberLiteral(), QStringLiteral("400"));
    QVERIFY2(rejected.value(u"answer").toString().contains(u"\"errors\""),
        qPrintable(rejected.value(u"answer").toString()));
    QCOMPARE(rejected.value(u"attempts").numberLiteral(), QStringLiteral("1")); // a 400 is not retried
    QCOMPARE(stateOf(local[1]), QStringLiteral("forwarded"));
    QCOMPARE(acceptedMessageIds(m_upstreamClient->events()), QStringList {QStringLiteral("good")});
}

// A retry after a restart without --forward-dropped: the dropped call that failed upstream keeps its
// outcome, and the accepted ones after it are still sent.
void TestForwarder::retryPassesOverWhatIsNotToBeSent()
{
    startUpstream();
    SandboxOptions options;
    options.storeFile = m_dir.filePath(QStringLiteral("retry.sqlite"));
    ForwardOptions forward = forwardTo(m_upstream->port());
    forward.target.strictMode = true;
    forward.forwardDropped = true;
    startLocal(forward, options);
    QVERIFY(m_localClient->post("/v1/track", R"({"userId":"u","messageId":"dropped"})", appAuth()));
    QVERIFY(drive([&] { return settled(); }));
    QVERIFY(m_upstreamClient->post("/_sandbox/faults", R"({"status":400})"));
    QVERIFY(
        m_localClient->post("/v1/track", R"({"userId":"u","event":"E","messageId":"refused"})", appAuth()));
    QVERIFY(drive([&] { return settled(); }));
    QCOMPARE(m_local->stats().forwardFailed, 2);
    m_localClient.reset();
    m_local->stop();

    forward.forwardDropped = false;
    startLocal(forward, options);
    QCOMPARE(m_localClient->post("/_sandbox/forward/retry", {})->body, QByteArray(R"({"queued":1})"));
    QVERIFY(drive([&] { return settled(); }));
    const JsonArray events = m_localClient->events();
    QCOMPARE(stateOf(events[0]), QStringLiteral("failed"));
    QCOMPARE(forwardOf(events[0]).value(u"status").numberLiteral(), QStringLiteral("400"));
    QCOMPARE(stateOf(events[1]), QStringLiteral("forwarded"));
    QCOMPARE(acceptedMessageIds(m_upstreamClient->events()), QStringList {QStringLiteral("refused")});
}

// The source's key goes upstream in the Authorization header only; the app's key never goes.
void TestForwarder::keyNeverRecordedLoggedOrStored()
{
    startUpstream();
    SandboxOptions options;
    options.storeFile = m_dir.filePath(QStringLiteral("keys.sqlite"));
    ForwardOptions forward = forwardTo(m_upstream->port());
    forward.forwardDropped = true;
    startLocal(forward, options);
    QStringList logged;
    connect(m_local.get(), &Sandbox::forwardExchanged, this,
        [&](const ForwardExchange &e) { logged.append(e.url + u' ' + e.headline); });
    connect(m_local.get(), &Sandbox::eventForwarded, this,
        [&](qint64, const ForwardOutcome &o) { logged.append(QString::fromUtf8(writeJson(o.toJson()))); });
    QVERIFY(m_upstreamClient->post("/_sandbox/faults", R"({"status":503})"));
    postTracks(2, "k-");
    QVERIFY(m_localClient->post("/v1/t", R"({"writeKey":")" + appKey + R"(","userId":"u"})")); // dropped
    QVERIFY(drive([&] { return settled(); }));
    QCOMPARE(acceptedMessageIds(m_upstreamClient->events()).size(), 2);

    const QByteArray local = m_localClient->request("GET", "/_sandbox/events")->body +
        m_localClient->request("GET", "/_sandbox/stats")->body + logged.join(u'\n').toUtf8();
    const QByteArray upstream = m_upstreamClient->request("GET", "/_sandbox/events")->body;
    QVERIFY(local.contains("forwarded"));
    for (const QByteArray &secret : {forwardKey.toUtf8(), forwardKey.toUtf8().toBase64(), appKey,
             QByteArray(appKey + ':').toBase64(), QByteArray(forwardKey.toUtf8() + ':').toBase64()}) {
        QVERIFY2(!local.contains(secret), secret.constData());
        QVERIFY2(!upstream.contains(secret), secret.constData());
    }
    m_localClient.reset();
    m_local->stop();
    QDirIterator files(m_dir.path(), {QStringLiteral("keys.sqlite*")}, QDir::Files);
    int read = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(forwardKey.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains(appKey), qPrintable(file.fileName()));
        ++read;
    }
    QVERIFY(read > 0);
}

void TestForwarder::stopReportsWhatWasPendingAsInterrupted()
{
    const quint16 port = closedPort();
    QVERIFY(port);
    startLocal(forwardTo(port));
    QSignalSpy forwarded(m_local.get(), &Sandbox::eventForwarded);
    postTracks(3, "stop-");
    QTest::qWait(20); // one attempt goes out and is refused; the next waits on the manual clock
    m_local->stop();
    QCOMPARE(forwarded.size(), 3);
    for (const QList<QVariant> &signal : std::as_const(forwarded)) {
        const ForwardOutcome outcome = signal.at(1).value<ForwardOutcome>();
        QCOMPARE(outcome.state, ForwardOutcome::State::Failed);
        QCOMPARE(outcome.reason, QStringLiteral("forward.interrupted"));
    }
    for (const RecordedEvent &event : m_local->recentEvents(10))
        QCOMPARE(event.forward.state, ForwardOutcome::State::Failed);
    QCOMPARE(m_local->stats().forwardFailed, 3);
}

// The outcomes are written beside the events, and a run that ended with some pending shows them
// failed (interrupted) after the restart, ready to be retried.
void TestForwarder::outcomesSurviveARestartWithAStore()
{
    startUpstream();
    SandboxOptions options;
    options.storeFile = m_dir.filePath(QStringLiteral("forward.sqlite"));
    startLocal(forwardTo(m_upstream->port()), options);
    postTracks(2, "kept-");
    QVERIFY(m_localClient->post("/v1/track", R"({"userId":"u"})", appAuth()));
    QVERIFY(drive([&] { return settled(); }));
    m_localClient.reset();
    m_local->stop();

    // Without forwarding now: the outcomes are as they were.
    m_local = std::make_unique<Sandbox>();
    QVERIFY(m_local->start(options).ok());
    m_localClient = std::make_unique<SandboxClient>(m_local->port());
    const JsonArray events = m_localClient->events();
    QCOMPARE(events.size(), size_t(3));
    QCOMPARE(stateOf(events[0]), QStringLiteral("forwarded"));
    QCOMPARE(forwardOf(events[0]).value(u"status").numberLiteral(), QStringLiteral("200"));
    QCOMPARE(stateOf(events[2]), QStringLiteral("skipped"));
    const JsonObject forwarding = m_localClient->getJson("/_sandbox/stats").value(u"forward").object();
    QCOMPARE(forwarding.value(u"enabled").toBool(), false);
    QCOMPARE(forwarding.value(u"forwarded").numberLiteral(), QStringLiteral("2"));
    QCOMPARE(forwarding.value(u"skipped").numberLiteral(), QStringLiteral("1"));
    m_localClient.reset();
    m_local->stop();

    // Killed with events pending (their rows written, the clean stop never came): a copy of the
    // files as they are while it runs.
    const quint16 down = closedPort();
    QVERIFY(down);
    startLocal(forwardTo(down), options);
    postTracks(1, "pending-");
    QVERIFY(rowsInStore(options.storeFile, QStringLiteral("pending")) == 1 ||
        drive([&] { return rowsInStore(options.storeFile, QStringLiteral("pending")) == 1; }));
    const QString copy = m_dir.filePath(QStringLiteral("killed.sqlite"));
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile::remove(copy + QLatin1String(suffix));
        if (QFile::exists(options.storeFile + QLatin1String(suffix)))
            QVERIFY(QFile::copy(options.storeFile + QLatin1String(suffix), copy + QLatin1String(suffix)));
    }
    m_localClient.reset();
    m_local.reset();
    SandboxOptions killed;
    killed.storeFile = copy;
    startUpstream();
    startLocal(forwardTo(m_upstream->port()), killed);
    const JsonArray after = m_localClient->events();
    QCOMPARE(after.size(), size_t(4));
    QCOMPARE(stateOf(after.back()), QStringLiteral("failed"));
    QCOMPARE(forwardOf(after.back()).value(u"reason").toString(), QStringLiteral("forward.interrupted"));
    QCOMPARE(m_localClient->post("/_sandbox/forward/retry", {})->body, QByteArray(R"({"queued":1})"));
    QVERIFY(drive([&] { return settled(); }));
    QCOMPARE(acceptedMessageIds(m_upstreamClient->events()), QStringList {QStringLiteral("pending-0")});
}

// A store written before forwarding existed (no forward column) opens, keeps its events, and
// takes outcomes from then on.
void TestForwarder::storeFromBeforeForwardingStaysReadable()
{
    const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-store"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("CREATE TABLE sandbox_events (id INTEGER PRIMARY KEY, entry TEXT NOT NULL)")));
        QVERIFY(query.exec(
            QStringLiteral("CREATE TABLE sandbox_counts (name TEXT PRIMARY KEY, value INTEGER NOT NULL)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(0x45574253)));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO sandbox_events (id, entry) VALUES (1, '{\"id\":1,\"type\":\"track\",\"messageId\":"
            "\"old-1\",\"accepted\":true,\"path\":\"/v1/track\",\"receivedAt\":\"2025-01-02T03:04:05.000Z\","
            "\"status\":200,\"payload\":{\"type\":\"track\",\"userId\":\"u\",\"event\":\"E\","
            "\"messageId\":\"old-1\"}}')")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO sandbox_counts (name, value) VALUES ('accepted', 1), ('lastId', 1)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-store"));

    startUpstream();
    SandboxOptions options;
    options.storeFile = path;
    startLocal(forwardTo(m_upstream->port()), options);
    QVERIFY(m_local->notices().isEmpty()); // not moved aside as damaged
    postTracks(1, "new-");
    QVERIFY(drive([&] { return settled(); }));
    const JsonArray events = m_localClient->events();
    QCOMPARE(events.size(), size_t(2));
    QCOMPARE(events[0].object().value(u"messageId").toString(), QStringLiteral("old-1"));
    QCOMPARE(stateOf(events[0]), QStringLiteral("none")); // recorded before forwarding
    QCOMPARE(stateOf(events[1]), QStringLiteral("forwarded"));
    QCOMPARE(events[1].object().value(u"id").numberLiteral(), QStringLiteral("2"));
    m_localClient.reset();
    m_local->stop();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check-store"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT id, forward FROM sandbox_events ORDER BY id")));
        QVERIFY(query.next());
        QVERIFY(query.isNull(1));
        QVERIFY(query.next());
        QVERIFY(query.value(1).toString().contains(u"\"forwarded\""));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check-store"));
}

void TestForwarder::eventsFilterByForwardState()
{
    startUpstream();
    startLocal(forwardTo(m_upstream->port()));
    postTracks(2, "filter-");
    QVERIFY(m_localClient->post("/v1/track", R"({"userId":"u"})", appAuth()));
    QVERIFY(drive([&] { return settled(); }));
    QCOMPARE(m_localClient->getJson("/_sandbox/events?forward=forwarded").value(u"events").array().size(),
        size_t(2));
    QCOMPARE(m_localClient->getJson("/_sandbox/events?forward=skipped").value(u"events").array().size(),
        size_t(1));
    QCOMPARE(
        m_localClient->getJson("/_sandbox/events?forward=failed").value(u"events").array().size(), size_t(0));
    const std::optional<test::RawResponse> bad =
        m_localClient->request("GET", "/_sandbox/events?forward=sent");
    QVERIFY(bad);
    QCOMPARE(bad->status, 400);
    QVERIFY2(bad->body.contains("forward is none, pending"), bad->body.constData());
}

void TestForwarder::forwardingToItselfIsRefused()
{
    const quint16 port = closedPort();
    QVERIFY(port);
    SandboxOptions options;
    options.port = port;
    options.forward = forwardTo(port);
    Sandbox sandbox;
    const Status started = sandbox.start(options);
    QVERIFY(!started);
    QCOMPARE(started.error().code, QStringLiteral("sandbox.forward-self"));
    QVERIFY(!sandbox.isRunning());
}

void TestForwarder::offMeansNothingForwarded()
{
    m_local = std::make_unique<Sandbox>();
    QVERIFY(m_local->start({}).ok());
    m_localClient = std::make_unique<SandboxClient>(m_local->port());
    postTracks(1, "off-");
    QVERIFY(!m_local->isForwarding());
    QVERIFY(!m_local->forwardStatus());
    QCOMPARE(stateOf(m_localClient->events().front()), QStringLiteral("none"));
    const std::optional<test::RawResponse> retry = m_localClient->post("/_sandbox/forward/retry", {});
    QVERIFY(retry);
    QCOMPARE(retry->status, 400);
    QVERIFY(retry->body.contains("Forwarding is off"));
    QCOMPARE(m_localClient->getJson("/_sandbox/stats").value(u"forward").object().value(u"enabled").toBool(),
        false);
}

QTEST_GUILESS_MAIN(TestForwarder)
#include "tst_forwarder.moc"
