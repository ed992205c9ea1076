// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "sandbox/eventfilter.h"
#include "sandbox/replay.h"
#include "sandbox/sandbox.h"
#include "sandboxclient.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ewb;
using namespace ewb::test;

namespace {

const QByteArray key = "replay-key";

HeaderList auth()
{
    return {{"Authorization", SandboxClient::basicAuth(key)}};
}

JsonObject object(const QByteArray &json)
{
    Result<JsonValue> parsed = parseJson(json);
    return parsed && parsed->isObject() ? parsed->object() : JsonObject();
}

// The lines of a JSONL body, each parsed (an empty object for a line that is not one).
QList<JsonObject> lines(const QByteArray &body)
{
    QList<JsonObject> out;
    for (const QByteArray &line : body.split('\n')) {
        if (!line.isEmpty())
            out.append(object(line));
    }
    return out;
}

QStringList field(const QList<JsonObject> &calls, QStringView name)
{
    QStringList out;
    for (const JsonObject &call : calls)
        out.append(call.value(name).toString());
    return out;
}

} // namespace

// Replay (issue 12): recorded calls as calls to send again, as sandbox/replay.h makes them and
// GET /_sandbox/events?format=jsonl serves them, and `ewb backfill` taking that file back.
class TestReplay : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void calls_data();
    void calls();
    void requestsDropTheMessageId();
    void filterDuplicateAndSearch_data();
    void filterDuplicateAndSearch();

    void jsonlEndpoint();
    void jsonlFiltersAndPaging();
    void badFormatIs400();
    void backfillTakesTheFileAndDeduplicates();

private:
    void post(const QByteArray &path, const QByteArray &body, int status = 200);
    RawResponse get(const QByteArray &target);
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
};

void TestReplay::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    SandboxOptions options;
    options.keys = {QString::fromLatin1(key)};
    const Status started = m_sandbox->start(options);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    m_client = std::make_unique<SandboxClient>(m_sandbox->port());
}

void TestReplay::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestReplay::post(const QByteArray &path, const QByteArray &body, int status)
{
    const std::optional<RawResponse> response = m_client->post(path, body, auth());
    QVERIFY2(response, qPrintable(m_client->lastError()));
    QCOMPARE(response->status, status);
}

RawResponse TestReplay::get(const QByteArray &target)
{
    const std::optional<RawResponse> response = m_client->request("GET", target);
    return response ? *response : RawResponse();
}

void TestReplay::calls_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QByteArray>("expected"); // the JSON lines
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QStringList>("types"); // "" for unknown

    QTest::addRow("stored call: receivedAt goes, messageId and timestamp stay")
        << QByteArray(R"({"type":"track","userId":"u1","event":"E","messageId":"m1",)"
                      R"("timestamp":"2025-01-02T03:04:05.000Z","receivedAt":"2025-01-02T03:04:06.000Z"})")
        << "track"
        << QByteArray(
               R"({"type":"track","userId":"u1","event":"E","messageId":"m1","timestamp":"2025-01-02T03:04:05.000Z"})"
               "\n")
        << 0 << QStringList {QStringLiteral("track")};
    QTest::addRow("no type: the endpoint's, at its place")
        << QByteArray(R"({"userId":"u1","event":"E"})") << "track"
        << QByteArray(R"({"type":"track","userId":"u1","event":"E"})"
                      "\n")
        << 0 << QStringList {QStringLiteral("track")};
    QTest::addRow("batch: its items, with the batch's context and sentAt under their own")
        << QByteArray(R"({"batch":[{"type":"identify","userId":"u1","context":{"ip":"1.2.3.4"}},)"
                      R"({"type":"page","userId":"u1","name":"Home"},7],)"
                      R"("context":{"ip":"9.9.9.9","locale":"de"},"sentAt":"2025-01-01T00:00:00Z"})")
        << "batch"
        << QByteArray(
               R"({"type":"identify","userId":"u1","context":{"ip":"1.2.3.4","locale":"de"},"sentAt":"2025-01-01T00:00:00Z"})"
               "\n"
               R"({"type":"page","userId":"u1","name":"Home","context":{"ip":"9.9.9.9","locale":"de"},"sentAt":"2025-01-01T00:00:00Z"})"
               "\n")
        << 1 << QStringList {QStringLiteral("identify"), QStringLiteral("page")};
    QTest::addRow("batch item without a type: as it is, type unknown")
        << QByteArray(R"({"batch":[{"userId":"u1","event":"E"}]})") << "batch"
        << QByteArray(R"({"userId":"u1","event":"E"})"
                      "\n")
        << 0 << QStringList {QString()};
    QTest::addRow("a type that is no call: kept, unknown")
        << QByteArray(R"({"type":"trak","userId":"u1"})") << "track"
        << QByteArray(R"({"type":"trak","userId":"u1"})"
                      "\n")
        << 0 << QStringList {QString()};
    QTest::addRow("text that was not JSON")
        << QByteArray(R"("{\"userId\": ")") << "track" << QByteArray() << 1 << QStringList();
    QTest::addRow("nothing (refused before it was read)")
        << QByteArray("null") << "track" << QByteArray() << 1 << QStringList();
}

void TestReplay::calls()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, endpoint);
    QFETCH(QByteArray, expected);
    QFETCH(int, skipped);
    QFETCH(QStringList, types);
    Result<JsonValue> parsed = parseJson(payload);
    QVERIFY(parsed.ok());
    const ReplayCalls replay = replayCalls(parsed.value(), endpoint);
    QCOMPARE(replayJsonLines(replay.calls), expected);
    QCOMPARE(replay.skipped, skipped);
    QStringList got;
    for (const ReplayCall &call : replay.calls)
        got.append(call.type ? callTypeName(*call.type) : QString());
    QCOMPARE(got, types);
}

void TestReplay::requestsDropTheMessageId()
{
    Result<JsonValue> parsed =
        parseJson(R"({"batch":[{"type":"track","userId":"u1","event":"Order Completed","messageId":"m1"},)"
                  R"({"type":"identify","userId":"u2","messageId":"m2","timestamp":"2025-01-02T03:04:05Z"},)"
                  R"({"userId":"u3"}]})");
    QVERIFY(parsed.ok());
    const std::vector<SavedRequest> requests = replayRequests(replayCalls(parsed.value(), u"batch").calls);
    QCOMPARE(requests.size(), size_t(2)); // the third has no type
    QCOMPARE(requests[0].name, QStringLiteral("Order Completed"));
    QCOMPARE(requests[0].type, CallType::Track);
    QVERIFY(requests[0].body);
    QVERIFY(!requests[0].body->contains(u"messageId"));
    QCOMPARE(requests[1].name, QStringLiteral("Identify u2"));
    QCOMPARE(requests[1].type, CallType::Identify);
    QCOMPARE(requests[1].body->value(u"timestamp").toString(), QStringLiteral("2025-01-02T03:04:05Z"));
    QVERIFY(!requests[1].body->contains(u"messageId"));
}

void TestReplay::filterDuplicateAndSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("accepts");
    // The event below: an accepted duplicate track for u1 with a nested property.
    QTest::addRow("duplicate=true") << "duplicate=true" << true;
    QTest::addRow("duplicate=false") << "duplicate=false" << false;
    QTest::addRow("search in the event name, any case") << "search=order%20COMPLETED" << true;
    QTest::addRow("search in the userId") << "search=u1" << true;
    QTest::addRow("search in the messageId") << "search=msg-77" << true;
    QTest::addRow("search in a nested string") << "search=Berlin" << true;
    QTest::addRow("search in a member name") << "search=coupon" << true;
    QTest::addRow("search in a number") << "search=12.5" << true;
    QTest::addRow("search for what is not there") << "search=Paris" << false;
    QTest::addRow("search with other filters") << "search=Berlin&type=identify" << false;
}

void TestReplay::filterDuplicateAndSearch()
{
    QFETCH(QString, query);
    QFETCH(bool, accepts);
    RecordedEvent e;
    e.id = 1;
    e.type = QStringLiteral("track");
    e.messageId = QStringLiteral("msg-77");
    e.accepted = true;
    e.duplicate = true;
    e.receivedAt = QDateTime::currentDateTimeUtc();
    e.payload =
        JsonValue(object(R"({"type":"track","userId":"u1","event":"Order Completed","messageId":"msg-77",)"
                         R"("properties":{"total":12.5,"coupon":null,"address":{"city":"Berlin"}}})"));
    Result<EventFilter> filter = EventFilter::fromQuery(QUrlQuery(query));
    QVERIFY2(filter.ok(), filter.ok() ? "" : qPrintable(filter.error().message));
    QCOMPARE(filter->accepts(e), accepts);
}

void TestReplay::jsonlEndpoint()
{
    post("/v1/track",
        R"({"userId":"u1","event":"Order Completed","messageId":"m1","timestamp":"2025-01-02T03:04:05Z"})");
    post("/v1/identify", R"({"userId":"u2","traits":{"plan":"pro"}})"); // messageId and timestamp added
    post("/v1/batch",
        R"({"batch":[{"type":"page","userId":"u3","name":"Home","messageId":"m3"},)"
        R"({"type":"screen","userId":"u3","name":"Cart","messageId":"m4"}],"context":{"locale":"de"}})");
    post("/v1/track", R"({"userId":"u4","messageId":"m5"})"); // dropped: no event
    post("/v1/track", R"({"userId": "u5", "event": )", 400); // not JSON: nothing to replay

    const RawResponse response = get("/_sandbox/events?format=jsonl");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.headers.value("Content-Type"), QByteArray("application/x-ndjson"));
    QCOMPARE(response.headers.value("X-Sandbox-Skipped"), QByteArray("1"));
    QCOMPARE(response.headers.value("X-Sandbox-More"), QByteArray("false"));
    QVERIFY(response.body.endsWith('\n'));
    const QList<JsonObject> calls = lines(response.body);
    QCOMPARE(field(calls, u"type"),
        (QStringList {QStringLiteral("track"), QStringLiteral("identify"), QStringLiteral("page"),
            QStringLiteral("screen"), QStringLiteral("track")}));
    // The messageIds the sandbox recorded, the one it made for the identify included.
    const QList<RecordedEvent> recorded = m_sandbox->recentEvents(10);
    QStringList recordedIds;
    for (const RecordedEvent &e : recorded) {
        if (e.payload.isObject())
            recordedIds.append(e.messageId);
    }
    QCOMPARE(field(calls, u"messageId"), recordedIds);
    QVERIFY(!calls[1].value(u"messageId").toString().isEmpty());
    for (const JsonObject &call : calls)
        QVERIFY2(!call.contains(u"receivedAt"), writeJson(JsonValue(call)).constData());
    QCOMPARE(calls[0].value(u"timestamp").toString(), QStringLiteral("2025-01-02T03:04:05Z"));
    QVERIFY(!calls[1].value(u"timestamp").toString().isEmpty()); // as the sandbox stamped it
    QCOMPARE(calls[2].value(u"context").object().value(u"locale").toString(), QStringLiteral("de"));
    QVERIFY(!calls[4].contains(u"event")); // the dropped call, as it came
    QCOMPARE(response.headers.value("X-Sandbox-Next-Since"), QByteArray::number(recorded.last().id));
}

void TestReplay::jsonlFiltersAndPaging()
{
    for (int i = 0; i < 5; ++i)
        post("/v1/track",
            QStringLiteral(R"({"userId":"u%1","event":"E%1","messageId":"m%1"})").arg(i).toUtf8());
    post("/v1/identify", R"({"userId":"u1","messageId":"i1"})");
    post("/v1/track", R"({"userId":"u1","event":"E1","messageId":"m1"})"); // a duplicate

    // The JSON filters, the same answers as lines.
    QCOMPARE(field(lines(get("/_sandbox/events?format=jsonl&type=identify").body), u"messageId"),
        QStringList {QStringLiteral("i1")});
    QCOMPARE(field(lines(get("/_sandbox/events?format=jsonl&userId=u1&type=track").body), u"messageId"),
        (QStringList {QStringLiteral("m1"), QStringLiteral("m1")}));
    QCOMPARE(field(lines(get("/_sandbox/events?format=jsonl&duplicate=true").body), u"messageId"),
        QStringList {QStringLiteral("m1")});
    QCOMPARE(field(lines(get("/_sandbox/events?format=jsonl&search=e3").body), u"messageId"),
        QStringList {QStringLiteral("m3")});
    QCOMPARE(get("/_sandbox/events?format=jsonl&event=None").body, QByteArray());

    // Paging: the lines carry no ids; the headers say where to go on.
    QStringList paged;
    QByteArray since = "0";
    for (int page = 0; page < 10; ++page) {
        const RawResponse r = get("/_sandbox/events?format=jsonl&limit=3&since=" + since);
        QCOMPARE(r.status, 200);
        paged += field(lines(r.body), u"messageId");
        since = r.headers.value("X-Sandbox-Next-Since");
        if (r.headers.value("X-Sandbox-More") != "true")
            break;
    }
    QCOMPARE(paged,
        (QStringList {QStringLiteral("m0"), QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3"),
            QStringLiteral("m4"), QStringLiteral("i1"), QStringLiteral("m1")}));
}

void TestReplay::badFormatIs400()
{
    for (const QByteArray &target : {QByteArray("/_sandbox/events?format=xml"),
             QByteArray("/_sandbox/events?format=jsonl&accepted=maybe"),
             QByteArray("/_sandbox/events?format=jsonl&duplicate=1")}) {
        const RawResponse r = get(target);
        QCOMPARE(r.status, 400);
        const QString error = object(r.body).value(u"error").toString();
        QVERIFY2(error.contains(target.contains("xml")  ? u"format"
                         : target.contains("duplicate") ? u"duplicate"
                                                        : u"accepted"),
            qPrintable(error));
    }
    QCOMPARE(get("/_sandbox/events?format=json").status, 200);
}

// What a CI job does: curl the accepted calls as JSONL, then `ewb backfill` them. Sent again to
// the same sandbox, every one is a duplicate of its original (same messageId): nothing doubles.
void TestReplay::backfillTakesTheFileAndDeduplicates()
{
    post("/v1/track", R"({"userId":"u1","event":"Order Completed","properties":{"total":12.5}})");
    post("/v1/identify", R"({"userId":"u1","traits":{"email":"a@example.com"}})");
    post("/v1/batch",
        R"({"batch":[{"type":"page","userId":"u2","name":"Home"},)"
        R"({"type":"group","userId":"u2","groupId":"g1"},{"type":"alias","userId":"u3","previousId":"a3"}]})");
    post("/v1/track", R"({"userId":"u4"})"); // dropped: left out by accepted=true
    const RawResponse response = get("/_sandbox/events?format=jsonl&accepted=true");
    QCOMPARE(response.status, 200);
    QCOMPARE(lines(response.body).size(), 5);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("calls.jsonl"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(response.body);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EWB_DATA_DIR"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("EWB_API_KEY"), QString::fromLatin1(key));
    // The sandbox answers on this thread: wait with the event loop running.
    const auto run = [&](const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(EWB_CLI_PATH), QStringList {QStringLiteral("backfill"), file} + args);
        if (!p.waitForStarted())
            return std::pair {-1, QByteArray("did not start")};
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished();
        }
        return std::pair {p.exitCode(), QByteArray(p.readAllStandardOutput() + p.readAllStandardError())};
    };
    const auto [dryExit, dryOut] = run({QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(dryExit == 0, dryOut.constData());
    const JsonObject summary = object(dryOut.trimmed().split('\n').last()).value(u"summary").object();
    QCOMPARE(summary.value(u"rowsValid").toDouble(), 5.0);
    QCOMPARE(summary.value(u"rowsRejected").toDouble(), 0.0);
    QCOMPARE(summary.value(u"warnings").toDouble(), 0.0); // every call kept its timestamp

    const qint64 duplicatesBefore = m_sandbox->stats().duplicates;
    const auto [sendExit, sendOut] =
        run({QStringLiteral("--url"), m_sandbox->baseUrl().toString(), QStringLiteral("--json")});
    QVERIFY2(sendExit == 0, sendOut.constData());
    QCOMPARE(m_sandbox->stats().duplicates - duplicatesBefore, qint64(5));
}

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
