// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "i18n/translations.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "sandbox/eventring.h"
#include "sandbox/messageidset.h"
#include "sandbox/sandbox.h"
#include "sandboxclient.h"
#include "util/atomicfile.h"
#include "util/gzip.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <deque>
#include <set>

using namespace ewb;
using ewb::test::HeaderList;
using ewb::test::RawHttpClient;
using ewb::test::RawResponse;
using ewb::test::SandboxClient;

namespace {

const QByteArray keyOne = "sandbox-key-one";
const QByteArray keyTwo = "sandbox-key-two";

// A compact track call of exactly `bytes` UTF-8 bytes (type included when typed: a batch item).
QByteArray exactTrack(qsizetype bytes, bool typed = false)
{
    const QByteArray head = QByteArray(typed ? R"({"type":"track",)" : "{") +
        R"("userId":"u1","event":"Sized","properties":{"pad":")";
    const QByteArray tail = R"("}})";
    return head + QByteArray(bytes - head.size() - tail.size(), 'x') + tail;
}

// A batch body of exactly `bytes`, of items no larger than 30,000 bytes each.
QByteArray exactBatch(qsizetype bytes)
{
    const QByteArray head = R"({"batch":[)";
    const QByteArray tail = "]}";
    qsizetype left = bytes - head.size() - tail.size();
    QByteArrayList items;
    while (left > 30000 + 1 + 200) {
        items.append(exactTrack(30000, true));
        left -= 30000 + 1;
    }
    items.append(exactTrack(left, true));
    return head + items.join(',') + tail;
}

HeaderList auth(const QByteArray &user)
{
    return {{"Authorization", SandboxClient::basicAuth(user)}};
}

QStringList messageIdsOf(const JsonArray &events)
{
    QStringList ids;
    for (const JsonValue &event : events)
        ids.append(event.object().value(u"messageId").toString());
    return ids;
}

} // namespace

// The sandbox over real loopback sockets: every behaviour of issue 3, one test function each.
class TestSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void ingestion_data();
    void ingestion();
    void strictErrorBodyShape();
    void answersSpeakEnglishInAGermanProgram();
    void manyBadItemsListedUpToACap();
    void enrichment();
    void writeKeyNeverRecordedFromBadBodies_data();
    void writeKeyNeverRecordedFromBadBodies();
    void clockSkewCorrection_data();
    void clockSkewCorrection();
    void batchContextAppliesToEveryItem();
    void writeKeyNeverRecorded();
    void gzipBodies_data();
    void gzipBodies();
    void faultStatusThenNormal();
    void fault429WithRetryAfter();
    void faultDelayKeepsOrder();
    void faultDropsConnection();
    void faultSpecRefused_data();
    void faultSpecRefused();
    void faultsCleared();
    void rateLimit();
    void inspectionPaging();
    void inspectionRefusesBadQuery_data();
    void inspectionRefusesBadQuery();
    void clearEvents();
    void inspectionFilters_data();
    void inspectionFilters();
    void statsByOutcomeAndReason();
    void verdictHeadersAndDuplicates();
    void rememberedIdsAreTheLastOnes();
    void ringIsBounded();
    void ringIsBoundedByBytes();
    void storeSurvivesRestart();
    void damagedStoreMovedAside();
    void whatIsNotOurStoreIsNeverTouched_data();
    void whatIsNotOurStoreIsNeverTouched();
    void https_data();
    void https();
    void badInput_data();
    void badInput();
    void oversizeBodyRefusedUnread();
    void stalledBodyGets408();
    void eventRecordedSignal();
    void stopFromInsideASlot();

private:
    void startSandbox(SandboxOptions options = {});
    SandboxOptions defaults() const;

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
    QTemporaryDir m_dir;
    QString m_caFile;
    QString m_certFile;
    QString m_keyFile;
};

SandboxOptions TestSandbox::defaults() const
{
    SandboxOptions options;
    options.keys = {QString::fromLatin1(keyOne), QString::fromLatin1(keyTwo)};
    options.idleTimeoutMs = 500; // stalled requests are seen quickly; no test measures time
    return options;
}

void TestSandbox::startSandbox(SandboxOptions options)
{
    m_client.reset();
    m_sandbox = std::make_unique<Sandbox>();
    const Status started = m_sandbox->start(options);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    QVERIFY(m_sandbox->baseUrl().toString().startsWith(QStringLiteral("http")));
    m_client = std::make_unique<SandboxClient>(m_sandbox->port());
}

void TestSandbox::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A throwaway CA and a server certificate for 127.0.0.1 (EC keys: fast to make).
    const QString dir = m_dir.path();
    m_caFile = dir + QStringLiteral("/ca.pem");
    m_certFile = dir + QStringLiteral("/server.pem");
    m_keyFile = dir + QStringLiteral("/server.key");
    QFile ext(dir + QStringLiteral("/ext.cnf"));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n");
    ext.close();
    const QList<QStringList> steps = {
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), dir + QStringLiteral("/ca.key"),
            QStringLiteral("-out"), m_caFile, QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-subj"), QStringLiteral("/CN=EWB Test CA")},
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), m_keyFile, QStringLiteral("-out"), dir + QStringLiteral("/server.csr"),
            QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            dir + QStringLiteral("/server.csr"), QStringLiteral("-CA"), m_caFile, QStringLiteral("-CAkey"),
            dir + QStringLiteral("/ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
            m_certFile, QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
            ext.fileName()},
    };
    for (const QStringList &arguments : steps) {
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"), arguments);
        QVERIFY2(openssl.waitForFinished(30000), "openssl did not finish (is it installed?)");
        QVERIFY2(openssl.exitCode() == 0, openssl.readAll().constData());
    }
}

void TestSandbox::init()
{
    startSandbox(defaults());
}

void TestSandbox::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestSandbox::ingestion_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("accepted");
    QTest::addColumn<int>("dropped");
    QTest::addColumn<QString>("reason"); // of the first dropped event

    const HeaderList basic = auth(keyOne + ':');
    HeaderList strict = basic;
    strict.append(qMakePair(QByteArray("X-Strict-Mode"), QByteArray("1")));
    const QByteArray track = R"({"userId":"u1","event":"Order Completed","properties":{"total":12.5}})";

    // Every endpoint, long path with Basic auth
    QTest::addRow("identify") << QByteArray("/v1/identify") << basic
                              << QByteArray(R"({"userId":"u1","traits":{"a":1}})") << 200 << 1 << 0
                              << QString();
    QTest::addRow("track") << QByteArray("/v1/track") << basic << track << 200 << 1 << 0 << QString();
    QTest::addRow("page") << QByteArray("/v1/page") << basic
                          << QByteArray(R"({"anonymousId":"a1","name":"Home"})") << 200 << 1 << 0
                          << QString();
    QTest::addRow("screen") << QByteArray("/v1/screen") << basic
                            << QByteArray(R"({"userId":"u1","name":"Cart"})") << 200 << 1 << 0 << QString();
    QTest::addRow("group") << QByteArray("/v1/group") << basic
                           << QByteArray(R"({"userId":"u1","groupId":"g1"})") << 200 << 1 << 0 << QString();
    QTest::addRow("alias") << QByteArray("/v1/alias") << basic
                           << QByteArray(R"({"previousId":"a1","userId":"u1"})") << 200 << 1 << 0
                           << QString();
    QTest::addRow("batch")
        << QByteArray("/v1/batch") << basic
        << QByteArray(
               R"({"batch":[{"type":"identify","userId":"u1"},{"type":"track","userId":"u1","event":"E"}]})")
        << 200 << 2 << 0 << QString();

    // Short paths: text/plain, writeKey in the body, no Authorization header
    const HeaderList plain = {{"Content-Type", "text/plain"}};
    const QByteArray wk = R"("writeKey":")" + keyTwo + R"(",)";
    QTest::addRow("short i") << QByteArray("/v1/i") << plain << QByteArray("{" + wk + R"("userId":"u1"})")
                             << 200 << 1 << 0 << QString();
    QTest::addRow("short t") << QByteArray("/v1/t") << plain
                             << QByteArray("{" + wk + R"("userId":"u1","event":"E"})") << 200 << 1 << 0
                             << QString();
    QTest::addRow("short p") << QByteArray("/v1/p") << plain << QByteArray("{" + wk + R"("userId":"u1"})")
                             << 200 << 1 << 0 << QString();
    QTest::addRow("short s") << QByteArray("/v1/s") << plain << QByteArray("{" + wk + R"("userId":"u1"})")
                             << 200 << 1 << 0 << QString();
    QTest::addRow("short g") << QByteArray("/v1/g") << plain
                             << QByteArray("{" + wk + R"("userId":"u1","groupId":"g"})") << 200 << 1 << 0
                             << QString();
    QTest::addRow("short a") << QByteArray("/v1/a") << plain
                             << QByteArray("{" + wk + R"("previousId":"p","userId":"u1"})") << 200 << 1 << 0
                             << QString();
    QTest::addRow("short b") << QByteArray("/v1/b") << plain
                             << QByteArray("{" + wk + R"("batch":[{"type":"page","userId":"u1"}]})") << 200
                             << 1 << 0 << QString();

    // Auth variants
    QTest::addRow("basic without colon")
        << QByteArray("/v1/track") << auth(keyOne) << track << 200 << 1 << 0 << QString();
    QTest::addRow("second key") << QByteArray("/v1/track") << auth(keyTwo + ':') << track << 200 << 1 << 0
                                << QString();
    QTest::addRow("missing key permissive") << QByteArray("/v1/track") << HeaderList() << track << 200 << 0
                                            << 1 << QStringLiteral("auth.missing");
    QTest::addRow("missing key strict") << QByteArray("/v1/track") << HeaderList {{"X-Strict-Mode", "1"}}
                                        << track << 401 << 0 << 1 << QStringLiteral("auth.missing");
    QTest::addRow("unknown key permissive") << QByteArray("/v1/track") << auth("nope:") << track << 200 << 0
                                            << 1 << QStringLiteral("auth.unknown-key");
    QTest::addRow("unknown key strict")
        << QByteArray("/v1/track") << HeaderList {auth("nope:")[0], {"X-Strict-Mode", "1"}} << track << 401
        << 0 << 1 << QStringLiteral("auth.unknown-key");
    QTest::addRow("unknown body key strict") << QByteArray("/v1/t") << HeaderList {{"X-Strict-Mode", "1"}}
                                             << QByteArray(R"({"writeKey":"nope","userId":"u1","event":"E"})")
                                             << 401 << 0 << 1 << QStringLiteral("auth.unknown-key");
    QTest::addRow("bearer is not basic")
        << QByteArray("/v1/track")
        << HeaderList {{"Authorization", "Bearer " + keyOne}, {"X-Strict-Mode", "1"}} << track << 401 << 0
        << 1 << QStringLiteral("auth.malformed");

    // Invalid JSON: 400 in both modes
    QTest::addRow("invalid json") << QByteArray("/v1/track") << basic << QByteArray(R"({"userId":)") << 400
                                  << 0 << 1 << QStringLiteral("json.invalid");
    QTest::addRow("invalid json strict") << QByteArray("/v1/track") << strict << QByteArray("not json") << 400
                                         << 0 << 1 << QStringLiteral("json.invalid");
    QTest::addRow("invalid json short path") << QByteArray("/v1/t") << plain << QByteArray("{writeKey") << 400
                                             << 0 << 1 << QStringLiteral("json.invalid");

    // Validation: dropped (permissive) or 400 (strict)
    QTest::addRow("no user permissive") << QByteArray("/v1/track") << basic << QByteArray(R"({"event":"E"})")
                                        << 200 << 0 << 1 << QStringLiteral("user.missing");
    QTest::addRow("no user strict") << QByteArray("/v1/track") << strict << QByteArray(R"({"event":"E"})")
                                    << 400 << 0 << 1 << QStringLiteral("user.missing");
    QTest::addRow("not an object strict") << QByteArray("/v1/track") << strict << QByteArray("[1]") << 400
                                          << 0 << 1 << QStringLiteral("payload.not-object");
    QTest::addRow("batch one bad item permissive")
        << QByteArray("/v1/batch") << basic
        << QByteArray(
               R"({"batch":[{"type":"track","userId":"u1","event":"E"},{"type":"group","userId":"u1"}]})")
        << 200 << 1 << 1 << QStringLiteral("group.groupId.missing");
    QTest::addRow("batch one bad item strict")
        << QByteArray("/v1/batch") << strict
        << QByteArray(
               R"({"batch":[{"type":"track","userId":"u1","event":"E"},{"type":"group","userId":"u1"}]})")
        << 400 << 0 << 2 << QStringLiteral("batch.rejected");
    QTest::addRow("batch without type")
        << QByteArray("/v1/batch") << strict << QByteArray(R"({"batch":[{"userId":"u1","event":"E"}]})")
        << 400 << 0 << 1 << QStringLiteral("batch.item.type.missing");

    // Size limits, at and past each boundary
    QTest::addRow("call at 32768") << QByteArray("/v1/track") << strict << exactTrack(32768) << 200 << 1 << 0
                                   << QString();
    QTest::addRow("call at 32769 permissive") << QByteArray("/v1/track") << basic << exactTrack(32769) << 200
                                              << 0 << 1 << QStringLiteral("size.call.limit");
    QTest::addRow("call at 32769 strict") << QByteArray("/v1/track") << strict << exactTrack(32769) << 400
                                          << 0 << 1 << QStringLiteral("size.call.limit");
    QTest::addRow("batch at 512000") << QByteArray("/v1/batch") << strict << exactBatch(512000) << 200 << 18
                                     << 0 << QString();
    // Over a limit, a request is one recorded event, its text cut (recordedevent.h; issue 9: the
    // parsed tree of every refused call was kept).
    QTest::addRow("batch at 512001 permissive") << QByteArray("/v1/batch") << basic << exactBatch(512001)
                                                << 200 << 0 << 1 << QStringLiteral("size.batch.limit");
    QTest::addRow("batch at 512001 strict") << QByteArray("/v1/batch") << strict << exactBatch(512001) << 400
                                            << 0 << 1 << QStringLiteral("size.batch.limit");
    const QByteArray itemBatch =
        "{\"batch\":[" + exactTrack(32768, true) + ',' + exactTrack(32769, true) + "]}";
    QTest::addRow("batch item past 32768 permissive") << QByteArray("/v1/batch") << basic << itemBatch << 200
                                                      << 1 << 1 << QStringLiteral("size.item.limit");
    QTest::addRow("batch item past 32768 strict") << QByteArray("/v1/batch") << strict << itemBatch << 400
                                                  << 0 << 2 << QStringLiteral("batch.rejected");
}

void TestSandbox::ingestion()
{
    QFETCH(QByteArray, path);
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, accepted);
    QFETCH(int, dropped);
    QFETCH(QString, reason);

    const std::optional<RawResponse> response = m_client->post(path, body, headers);
    QVERIFY2(response, qPrintable(m_client->lastError()));
    QCOMPARE(response->status, status);
    if (status == 200)
        QCOMPARE(response->body, QByteArray("{}"));

    const JsonArray events = m_client->events();
    int acceptedSeen = 0;
    int droppedSeen = 0;
    QString firstReason;
    for (const JsonValue &event : events) {
        const JsonObject &entry = event.object();
        QCOMPARE(entry.value(u"path").toString(), QString::fromLatin1(path));
        QVERIFY(entry.contains(u"receivedAt"));
        QVERIFY(entry.contains(u"payload"));
        if (entry.value(u"accepted").toBool()) {
            ++acceptedSeen;
            QVERIFY(!entry.contains(u"reason"));
            QVERIFY(!entry.value(u"messageId").toString().isEmpty());
        } else {
            ++droppedSeen;
            if (firstReason.isEmpty())
                firstReason = entry.value(u"reason").toString();
        }
    }
    QCOMPARE(acceptedSeen, accepted);
    QCOMPARE(droppedSeen, dropped);
    if (!reason.isEmpty())
        QCOMPARE(firstReason, reason);
}

void TestSandbox::strictErrorBodyShape()
{
    const std::optional<RawResponse> response =
        m_client->post("/v1/track", R"({"event":"E"})", {auth(keyOne)[0], {"X-Strict-Mode", "1"}});
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    QCOMPARE(response->headers.value("content-type"), QByteArray("application/json"));
    Result<JsonValue> body = parseJson(response->body);
    QVERIFY(body);
    const JsonValue &errors = body->object().value(u"meta").object().value(u"errors");
    QVERIFY(errors.isArray());
    QVERIFY(!errors.array().empty());
    QVERIFY(errors.array().front().isString());
}

// The sandbox emulates the API, which answers in English: also inside the window or `ewb sandbox`
// when they speak German (core's validator messages go into the error body).
void TestSandbox::answersSpeakEnglishInAGermanProgram()
{
    QCOMPARE(installTranslations({QStringLiteral("core")}, QLocale(QLocale::German)), QStringLiteral("de"));
    const std::optional<RawResponse> response =
        m_client->post("/v1/track", R"({"userId":"u1"})", {auth(keyOne)[0], {"X-Strict-Mode", "1"}});
    installTranslations({QStringLiteral("core")}, QLocale(QLocale::English));
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    QVERIFY2(response->body.contains(R"(\"event\" is missing)"), response->body.constData());
}

// Issue 9: a strict batch of many bad calls listed every error in its answer, and all of them again
// in the event of each valid call as the reason it was rejected. Each call is still judged by its
// own errors.
void TestSandbox::manyBadItemsListedUpToACap()
{
    QByteArray body = R"({"batch":[{"type":"track","userId":"u1","event":"E","messageId":"good"})";
    for (int i = 0; i < 150; ++i)
        body += i % 2 ? ",{}" : R"(,{"type":"track","userId":"u1"})";
    body += "]}";
    const std::optional<RawResponse> response =
        m_client->post("/v1/batch", body, {auth(keyOne)[0], {"X-Strict-Mode", "1"}});
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    Result<JsonValue> answer = parseJson(response->body);
    QVERIFY(answer);
    const JsonArray &errors = answer->object().value(u"meta").object().value(u"errors").array();
    QCOMPARE(errors.size(), size_t(101));
    QCOMPARE(errors.back().toString(), QStringLiteral("and 50 more"));

    const JsonArray events = m_client->events();
    QCOMPARE(events.size(), size_t(151));
    const JsonObject good = events[0].object();
    QCOMPARE(good.value(u"reason").toString(), QStringLiteral("batch.rejected"));
    QVERIFY(good.value(u"message").toString().endsWith(u"and 50 more"));
    for (size_t i = 1; i < events.size(); ++i) {
        const JsonObject event = events[i].object();
        const bool empty = i % 2 == 0;
        QCOMPARE(event.value(u"reason").toString(),
            empty ? QStringLiteral("batch.item.type.missing") : QStringLiteral("track.event.missing"));
        QVERIFY2(event.value(u"message").toString().startsWith(QStringLiteral("/batch/%1/").arg(i)),
            qPrintable(event.value(u"message").toString()));
        QCOMPARE(event.value(u"status").numberLiteral(), QStringLiteral("400"));
    }
}

// Issue 9: a body's writeKey was recorded when the body was not a valid JSON object.
void TestSandbox::writeKeyNeverRecordedFromBadBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("trailing comma") << QByteArray(R"({"writeKey":"KEY","userId":"u1","event":"E",})");
    QTest::addRow("bad escape") << QByteArray(R"({"writeKey":"KEY","userId":"u\q"})");
    QTest::addRow("an array") << QByteArray(R"([{"writeKey":"KEY","userId":"u1","event":"E"}])");
    QTest::addRow("cut off in the key") << QByteArray(R"({"userId":"u1","writeKey":"KEY)");
}

void TestSandbox::writeKeyNeverRecordedFromBadBodies()
{
    QFETCH(QByteArray, body);
    body.replace("KEY", keyOne);
    QVERIFY(m_client->post("/v1/track", body, auth(keyOne)));
    const JsonArray events = m_client->events();
    QCOMPARE(events.size(), 1u);
    const QByteArray recorded = writeJson(events[0]);
    QVERIFY2(!recorded.contains(keyOne.left(keyOne.size() - 2)), recorded.constData());
}

// Every ingestion answer says what the sandbox did (ewb run judges a 200 by it), and a messageId
// accepted twice is counted as a duplicate (the API would keep one event).
void TestSandbox::verdictHeadersAndDuplicates()
{
    const QByteArray body = R"({"batch":[{"type":"track","userId":"u1","event":"E","messageId":"m-1"},)"
                            R"({"type":"track","userId":"u1"}]})";
    const std::optional<RawResponse> first = m_client->post("/v1/batch", body, auth(keyOne));
    QVERIFY(first);
    QCOMPARE(first->status, 200);
    QCOMPARE(first->headers.value("X-Sandbox-Accepted"), QByteArray("1"));
    QCOMPARE(first->headers.value("X-Sandbox-Dropped"), QByteArray("1"));
    QCOMPARE(first->headers.value("X-Sandbox-Reasons"), QByteArray("track.event.missing"));
    QVERIFY(first->headers.value("X-Sandbox-Events").contains('-'));
    QCOMPARE(m_sandbox->stats().duplicates, 0);
    const std::optional<RawResponse> again =
        m_client->post("/v1/track", R"({"userId":"u1","event":"E","messageId":"m-1"})", auth(keyOne));
    QVERIFY(again);
    QCOMPARE(again->headers.value("X-Sandbox-Accepted"), QByteArray("1"));
    QCOMPARE(m_sandbox->stats().duplicates, 1);
    const JsonArray events = m_client->events();
    QCOMPARE(events.back().object().value(u"duplicate").toBool(), true);
    QVERIFY(!events.front().object().contains(u"duplicate"));
}

// The duplicate count's memory: ids told apart however alike, the same id once, the oldest
// forgotten first when more come than it keeps.
void TestSandbox::rememberedIdsAreTheLastOnes()
{
    MessageIdSet ids(1000);
    for (int i = 0; i < 1500; ++i)
        ids.insert(QStringLiteral("0b5c9d2e-0000-5000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
    QCOMPARE(ids.size(), size_t(1000));
    for (int i = 0; i < 1500; ++i)
        QCOMPARE(ids.contains(QStringLiteral("0b5c9d2e-0000-5000-8000-%1").arg(i, 12, 10, QLatin1Char('0'))),
            i >= 500);
    QVERIFY(!ids.insert(QStringLiteral("0b5c9d2e-0000-5000-8000-000000001499"))); // again: nothing forgotten
    QVERIFY(ids.contains(QStringLiteral("0b5c9d2e-0000-5000-8000-000000000500")));
    QVERIFY(!ids.contains(QString()));
    QVERIFY(!ids.contains(QStringLiteral("M-1")));
    ids.insert(QStringLiteral("m-1"));
    QVERIFY(!ids.contains(QStringLiteral("M-1")));
    QVERIFY(ids.contains(QStringLiteral("m-1")));
    ids.clear();
    QCOMPARE(ids.size(), size_t(0));
    QVERIFY(!ids.contains(QStringLiteral("m-1")));
    // Against a plain model, through growing, forgetting and repeats (the table's deletions move
    // entries: every remembered id must stay findable, no forgotten one may be found).
    MessageIdSet small(700);
    std::set<QString> model;
    std::deque<QString> order;
    quint32 state = 12345;
    for (int step = 0; step < 20000; ++step) {
        state = state * 1103515245u + 12345u;
        const QString id = QStringLiteral("id-%1").arg((state >> 8) % 3000);
        const bool fresh = !model.contains(id);
        QCOMPARE(small.insert(id), fresh);
        if (fresh) {
            model.insert(id);
            order.push_back(id);
            if (order.size() > 700) {
                model.erase(order.front());
                order.pop_front();
            }
        }
        if (step % 997 == 0) {
            QCOMPARE(small.size(), model.size());
            for (int k = 0; k < 3000; ++k) {
                const QString probe = QStringLiteral("id-%1").arg(k);
                QCOMPARE(small.contains(probe), model.contains(probe));
            }
        }
    }
}

void TestSandbox::enrichment()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(m_client->post(
        "/v1/track", R"({"userId":"u1","event":"E","messageId":"client-id-1"})", auth(keyOne)));
    QVERIFY(m_client->post("/v1/t", R"({"writeKey":")" + keyOne + R"(","userId":"u1","event":"E"})"));
    const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);
    const JsonArray events = m_client->events();
    QCOMPARE(events.size(), 2u);

    const JsonObject &kept = events[0].object();
    QCOMPARE(kept.value(u"messageId").toString(), QStringLiteral("client-id-1"));
    const JsonObject &keptPayload = kept.value(u"payload").object();
    QCOMPARE(keptPayload.value(u"messageId").toString(), QStringLiteral("client-id-1"));
    QCOMPARE(keptPayload.value(u"type").toString(), QStringLiteral("track")); // from the path
    const QDateTime received =
        QDateTime::fromString(keptPayload.value(u"receivedAt").toString(), Qt::ISODateWithMs);
    QVERIFY(received.isValid());
    QVERIFY(received >= before && received <= after);
    // No timestamp sent: the server stamps the time of receipt.
    QCOMPARE(keptPayload.value(u"timestamp").toString(), keptPayload.value(u"receivedAt").toString());

    const JsonObject &added = events[1].object();
    const QString messageId = added.value(u"messageId").toString();
    QVERIFY(!QUuid::fromString(messageId).isNull());
    QCOMPARE(added.value(u"payload").object().value(u"messageId").toString(), messageId);
    QCOMPARE(added.value(u"type").toString(), QStringLiteral("track"));
    QCOMPARE(added.value(u"payload").object().value(u"type").toString(), QStringLiteral("track"));
}

void TestSandbox::clockSkewCorrection_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<qint64>("offsetFromReceivedMs"); // expected timestamp - receivedAt; INT64_MIN: fixed
    QTest::addColumn<QString>("fixed");

    QTest::addRow("skew corrected")
        << QByteArray(R"("originalTimestamp":"2024-01-01T00:00:00.000Z","sentAt":"2024-01-01T00:00:10.500Z")")
        << qint64(-10500) << QString();
    QTest::addRow("device ahead")
        << QByteArray(R"("originalTimestamp":"2030-01-01T00:00:05.000Z","sentAt":"2030-01-01T00:00:05.250Z")")
        << qint64(-250) << QString();
    QTest::addRow("timestamp wins")
        << QByteArray(
               R"("timestamp":"2024-02-03T04:05:06.000Z","originalTimestamp":"2024-01-01T00:00:00.000Z","sentAt":"2024-01-01T00:00:10.000Z")")
        << std::numeric_limits<qint64>::min() << QStringLiteral("2024-02-03T04:05:06.000Z");
    QTest::addRow("original only") << QByteArray(R"("originalTimestamp":"2024-01-01T00:00:00.000Z")")
                                   << std::numeric_limits<qint64>::min()
                                   << QStringLiteral("2024-01-01T00:00:00.000Z");
}

void TestSandbox::clockSkewCorrection()
{
    QFETCH(QByteArray, fields);
    QFETCH(qint64, offsetFromReceivedMs);
    QFETCH(QString, fixed);
    const std::optional<RawResponse> response =
        m_client->post("/v1/track", R"({"userId":"u1","event":"E",)" + fields + "}", auth(keyOne));
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    const JsonArray events = m_client->events();
    QCOMPARE(events.size(), 1u);
    const JsonObject &payload = events[0].object().value(u"payload").object();
    const QString timestamp = payload.value(u"timestamp").toString();
    if (!fixed.isEmpty()) {
        QCOMPARE(timestamp, fixed);
        return;
    }
    const QDateTime received =
        QDateTime::fromString(payload.value(u"receivedAt").toString(), Qt::ISODateWithMs);
    QCOMPARE(QDateTime::fromString(timestamp, Qt::ISODateWithMs), received.addMSecs(offsetFromReceivedMs));
}

void TestSandbox::batchContextAppliesToEveryItem()
{
    const QByteArray body =
        R"({"batch":[{"type":"track","userId":"u1","event":"A"},)"
        R"({"type":"identify","userId":"u2","context":{"ip":"10.0.0.2"},"integrations":{"X":true}}],)"
        R"("context":{"ip":"10.0.0.1","locale":"fr-FR"},"integrations":{"All":false},)"
        R"("sentAt":"2024-01-01T00:00:10.000Z"})";
    QVERIFY(m_client->post("/v1/batch", body, auth(keyOne)));
    const JsonArray events = m_client->events();
    QCOMPARE(events.size(), 2u);
    const JsonObject &first = events[0].object().value(u"payload").object();
    QCOMPARE(writeJson(first.value(u"context")), QByteArray(R"({"ip":"10.0.0.1","locale":"fr-FR"})"));
    QCOMPARE(writeJson(first.value(u"integrations")), QByteArray(R"({"All":false})"));
    QCOMPARE(first.value(u"sentAt").toString(), QStringLiteral("2024-01-01T00:00:10.000Z"));
    const JsonObject &second = events[1].object().value(u"payload").object();
    // The item's own keys win over the batch's.
    QCOMPARE(writeJson(second.value(u"context")), QByteArray(R"({"ip":"10.0.0.2","locale":"fr-FR"})"));
    QCOMPARE(writeJson(second.value(u"integrations")), QByteArray(R"({"All":false,"X":true})"));
}

void TestSandbox::writeKeyNeverRecorded()
{
    QVERIFY(m_client->post("/v1/t", R"({"writeKey":")" + keyOne + R"(","userId":"u1","event":"E"})"));
    QVERIFY(m_client->post("/v1/b",
        R"({"writeKey":")" + keyOne +
            R"(","batch":[{"type":"track","writeKey":"x","userId":"u1","event":"E"}]})"));
    QVERIFY(m_client->post("/v1/t", R"({"writeKey":"unknown-key-123","userId":"u1","event":"E"})"));
    const std::optional<RawResponse> all = m_client->request("GET", "/_sandbox/events");
    QVERIFY(all);
    QVERIFY(!all->body.contains(keyOne));
    QVERIFY(!all->body.contains("unknown-key-123"));
    QVERIFY(!all->body.contains("writeKey"));
}

void TestSandbox::gzipBodies_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");

    const QByteArray track = R"({"userId":"u1","event":"Zipped"})";
    QTest::addRow("gzip") << QByteArray("/v1/track") << QByteArray("gzip") << gzipCompress(track) << 200
                          << QString();
    QTest::addRow("gzip batch") << QByteArray("/v1/batch") << QByteArray("gzip")
                                << gzipCompress(exactBatch(300000)) << 200 << QString();
    QTest::addRow("not gzip") << QByteArray("/v1/track") << QByteArray("gzip") << track << 400
                              << QStringLiteral("encoding.gzip");
    QTest::addRow("truncated gzip") << QByteArray("/v1/track") << QByteArray("gzip")
                                    << gzipCompress(track).left(15) << 400 << QStringLiteral("encoding.gzip");
    // 5 MB of one letter zips to a few KB: it must stop at the cap, not fill memory.
    QTest::addRow("gzip bomb") << QByteArray("/v1/track") << QByteArray("gzip")
                               << gzipCompress(QByteArray(5 * 1024 * 1024, 'a')) << 400
                               << QStringLiteral("encoding.gzip");
    QTest::addRow("brotli") << QByteArray("/v1/track") << QByteArray("br") << track << 415
                            << QStringLiteral("encoding.unsupported");
}

void TestSandbox::gzipBodies()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, reason);
    const std::optional<RawResponse> response =
        m_client->post(path, body, {auth(keyOne)[0], {"Content-Encoding", encoding}, {"X-Strict-Mode", "1"}});
    QVERIFY(response);
    QVERIFY2(response->status == status, response->body.constData());
    const JsonArray events = m_client->events();
    QVERIFY(!events.empty());
    if (reason.isEmpty()) {
        for (const JsonValue &event : events)
            QVERIFY(event.object().value(u"accepted").toBool());
    } else {
        QCOMPARE(events[0].object().value(u"reason").toString(), reason);
    }
}

void TestSandbox::faultStatusThenNormal()
{
    std::optional<RawResponse> set = m_client->post("/_sandbox/faults", R"({"count":2,"status":503})");
    QVERIFY(set);
    QCOMPARE(set->status, 200);
    const QByteArray track = R"({"userId":"u1","event":"E"})";
    for (int expected : {503, 503, 200}) {
        const std::optional<RawResponse> response = m_client->post("/v1/track", track, auth(keyOne));
        QVERIFY(response);
        QCOMPARE(response->status, expected);
    }
    const JsonObject stats = m_client->getJson("/_sandbox/stats");
    QCOMPARE(
        stats.value(u"droppedByReason").object().value(u"fault.status").numberLiteral(), QStringLiteral("2"));
    QCOMPARE(stats.value(u"accepted").numberLiteral(), QStringLiteral("1"));
    // The inspection endpoints are never faulted.
    QVERIFY(stats.contains(u"faults"));
}

void TestSandbox::fault429WithRetryAfter()
{
    QVERIFY(m_client->post("/_sandbox/faults", R"({"status":429,"retryAfter":7})"));
    const std::optional<RawResponse> response = m_client->post("/v1/batch", R"({"batch":[]})", auth(keyOne));
    QVERIFY(response);
    QCOMPARE(response->status, 429);
    QCOMPARE(response->headers.value("retry-after"), QByteArray("7"));
}

void TestSandbox::faultDelayKeepsOrder()
{
    QVERIFY(m_client->post("/_sandbox/faults", R"({"delayMs":300})"));
    // Two pipelined requests: the delayed first one still answers first.
    RawHttpClient raw;
    QVERIFY(raw.connectTo(m_sandbox->port()));
    const QByteArray first = R"({"userId":"u1","event":"First"})";
    const QByteArray second = R"({"userId":"u1","event":"Second"})";
    const QByteArray authorization = "Authorization: " + SandboxClient::basicAuth(keyOne) + "\r\n";
    raw.send("POST /v1/track HTTP/1.1\r\n" + authorization + "Content-Length: " +
        QByteArray::number(first.size()) + "\r\n\r\n" + first + "POST /v1/track HTTP/1.1\r\n" +
        authorization + "Content-Length: " + QByteArray::number(second.size()) + "\r\n\r\n" + second);
    QVERIFY(raw.next());
    QVERIFY(raw.next());
    const JsonArray events = m_client->events();
    QCOMPARE(events.size(), 2u);
    QCOMPARE(
        events[0].object().value(u"payload").object().value(u"event").toString(), QStringLiteral("First"));
    QVERIFY(events[0].object().value(u"accepted").toBool());
}

void TestSandbox::faultDropsConnection()
{
    QVERIFY(m_client->post("/_sandbox/faults", R"({"drop":true})"));
    RawHttpClient raw;
    QVERIFY(raw.connectTo(m_sandbox->port()));
    raw.send("POST /v1/track HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}");
    QVERIFY(raw.waitClosed());
    QVERIFY(raw.unread().isEmpty());
    const JsonArray events = m_client->events();
    QCOMPARE(events.size(), 1u);
    QCOMPARE(events[0].object().value(u"reason").toString(), QStringLiteral("fault.drop"));
}

void TestSandbox::faultSpecRefused_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addRow("not json") << QByteArray("{");
    QTest::addRow("not object") << QByteArray("[]");
    QTest::addRow("nothing to do") << QByteArray(R"({"count":3})");
    QTest::addRow("unknown field") << QByteArray(R"({"status":500,"colour":"red"})");
    QTest::addRow("bad status") << QByteArray(R"({"status":99})");
    QTest::addRow("informational status") << QByteArray(R"({"status":100})"); // issue 9
    QTest::addRow("informational status, last") << QByteArray(R"({"status":199})");
    QTest::addRow("retry without status") << QByteArray(R"({"retryAfter":3,"delayMs":10})");
    QTest::addRow("drop and status") << QByteArray(R"({"drop":true,"status":500})");
    QTest::addRow("fractional count") << QByteArray(R"({"count":1.5,"status":500})");
}

void TestSandbox::faultSpecRefused()
{
    QFETCH(QByteArray, spec);
    const std::optional<RawResponse> response = m_client->post("/_sandbox/faults", spec);
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    QVERIFY(parseJson(response->body)->object().value(u"error").isString());
}

void TestSandbox::faultsCleared()
{
    QVERIFY(m_client->post("/_sandbox/faults", R"({"count":5,"status":500})"));
    const std::optional<RawResponse> cleared = m_client->request("DELETE", "/_sandbox/faults");
    QVERIFY(cleared);
    QCOMPARE(cleared->body, QByteArray(R"({"faults":[],"rateLimit":null})"));
    const std::optional<RawResponse> response =
        m_client->post("/v1/track", R"({"userId":"u","event":"E"})", auth(keyOne));
    QVERIFY(response);
    QCOMPARE(response->status, 200);
}

void TestSandbox::rateLimit()
{
    // A window far longer than the test, so the count cannot reset while it runs.
    QVERIFY(m_client->post("/_sandbox/faults", R"({"rateLimit":{"requests":2,"windowMs":600000}})"));
    const QByteArray track = R"({"userId":"u1","event":"E"})";
    for (int expected : {200, 200, 429, 429}) {
        const std::optional<RawResponse> response = m_client->post("/v1/track", track, auth(keyOne));
        QVERIFY(response);
        QCOMPARE(response->status, expected);
        if (expected == 429)
            QVERIFY(response->headers.value("retry-after").toInt() >= 1);
    }
    const JsonObject stats = m_client->getJson("/_sandbox/stats");
    QCOMPARE(
        stats.value(u"droppedByReason").object().value(u"rate-limited").numberLiteral(), QStringLiteral("2"));

    SandboxOptions options = defaults();
    options.rateLimitRequests = 1;
    options.rateLimitWindowMs = 600000;
    startSandbox(options);
    QCOMPARE(m_client->post("/v1/track", track, auth(keyOne))->status, 200);
    QCOMPARE(m_client->post("/v1/track", track, auth(keyOne))->status, 429);
}

void TestSandbox::inspectionPaging()
{
    for (int i = 0; i < 25; ++i)
        QVERIFY(m_client->post("/v1/track",
            R"({"userId":"u1","event":"E","messageId":"m)" + QByteArray::number(i) + "\"}", auth(keyOne)));
    QStringList seen;
    qint64 since = 0;
    for (int page = 0; page < 10; ++page) {
        const JsonObject answer =
            m_client->getJson("/_sandbox/events?since=" + QByteArray::number(since) + "&limit=10");
        const JsonArray &events = answer.value(u"events").array();
        seen += messageIdsOf(events);
        if (!answer.value(u"more").toBool())
            break;
        since = qint64(events.back().object().value(u"id").toDouble());
    }
    QCOMPARE(seen.size(), 25);
    QCOMPARE(seen.first(), QStringLiteral("m0"));
    QCOMPARE(seen.last(), QStringLiteral("m24"));

    // Without since: the newest, oldest first.
    const JsonObject recent = m_client->getJson("/_sandbox/events?limit=3");
    QCOMPARE(messageIdsOf(recent.value(u"events").array()),
        (QStringList {QStringLiteral("m22"), QStringLiteral("m23"), QStringLiteral("m24")}));
    QVERIFY(recent.value(u"more").toBool());
    QCOMPARE(recent.value(u"lastId").numberLiteral(), QStringLiteral("25"));
}

void TestSandbox::inspectionRefusesBadQuery_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addRow("limit zero") << QByteArray("/_sandbox/events?limit=0");
    QTest::addRow("limit text") << QByteArray("/_sandbox/events?limit=ten");
    QTest::addRow("limit too large") << QByteArray("/_sandbox/events?limit=10001");
    QTest::addRow("since negative") << QByteArray("/_sandbox/events?since=-1");
    QTest::addRow("accepted maybe") << QByteArray("/_sandbox/events?accepted=maybe");
    QTest::addRow("from not a time") << QByteArray("/_sandbox/events?from=yesterday");
    QTest::addRow("match without pointer") << QByteArray("/_sandbox/events?match=total=1");
}

void TestSandbox::inspectionFilters_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QStringList>("messageIds");
    QTest::addRow("type") << QByteArray("type=identify") << QStringList {QStringLiteral("i1")};
    QTest::addRow("event") << QByteArray("event=Order%20Completed")
                           << QStringList {QStringLiteral("t1"), QStringLiteral("t2")};
    QTest::addRow("user") << QByteArray("userId=u2") << QStringList {QStringLiteral("t2")};
    QTest::addRow("dropped") << QByteArray("accepted=false&reason=track.event.missing")
                             << QStringList {QStringLiteral("bad")};
    QTest::addRow("pointer, number") << QByteArray("match=/properties/total=12.5")
                                     << QStringList {QStringLiteral("t1")};
    QTest::addRow("pointer, number by value")
        << QByteArray("match=/properties/total=12.50") << QStringList {QStringLiteral("t1")};
    QTest::addRow("pointer, text, two")
        << QByteArray("match=/properties/currency=EUR&match=/properties/total=3")
        << QStringList {QStringLiteral("t2")};
    QTest::addRow("messageId") << QByteArray("messageId=i1") << QStringList {QStringLiteral("i1")};
    QTest::addRow("since the future") << QByteArray("from=2999-01-01T00:00:00Z") << QStringList {};
    QTest::addRow("last of many") << QByteArray("type=track&limit=1") << QStringList {QStringLiteral("bad")};
    QTest::addRow("first of many") << QByteArray("type=track&limit=1&since=0")
                                   << QStringList {QStringLiteral("t1")};
}

// CI looks up what it expects instead of counting events (issue 12).
void TestSandbox::inspectionFilters()
{
    QFETCH(QByteArray, query);
    QFETCH(QStringList, messageIds);
    const auto post = [&](const char *path, const QByteArray &body) {
        QVERIFY(m_client->post(path, body, auth(keyOne)));
    };
    post("/v1/identify", R"({"userId":"u1","messageId":"i1","traits":{"plan":"pro"}})");
    post("/v1/track",
        R"({"userId":"u1","event":"Order Completed","messageId":"t1","properties":{"total":12.5,"currency":"EUR"}})");
    post("/v1/track",
        R"({"userId":"u2","event":"Order Completed","messageId":"t2","properties":{"total":3,"currency":"EUR"}})");
    post("/v1/track", R"({"userId":"u3","messageId":"bad"})");
    const std::optional<RawResponse> response = m_client->request("GET", "/_sandbox/events?" + query);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QStringList got;
    const Result<JsonValue> doc = parseJson(response->body);
    QVERIFY(doc);
    for (const JsonValue &e : doc->object().value(u"events").array())
        got.append(e.object().value(u"messageId").toString());
    QCOMPARE(got, messageIds);
}

void TestSandbox::inspectionRefusesBadQuery()
{
    QFETCH(QByteArray, target);
    const std::optional<RawResponse> response = m_client->request("GET", target);
    QVERIFY(response);
    QCOMPARE(response->status, 400);
}

void TestSandbox::clearEvents()
{
    QVERIFY(m_client->post("/v1/track", R"({"userId":"u1","event":"E"})", auth(keyOne)));
    const std::optional<RawResponse> cleared = m_client->request("DELETE", "/_sandbox/events");
    QVERIFY(cleared);
    QCOMPARE(cleared->status, 200);
    QVERIFY(m_client->events().empty());
    QCOMPARE(m_client->getJson("/_sandbox/stats").value(u"total").numberLiteral(), QStringLiteral("0"));
    // Ids go on increasing after a clear, so a client paging with since= misses nothing.
    QVERIFY(m_client->post("/v1/track", R"({"userId":"u1","event":"E"})", auth(keyOne)));
    QCOMPARE(m_client->events()[0].object().value(u"id").numberLiteral(), QStringLiteral("2"));
}

void TestSandbox::statsByOutcomeAndReason()
{
    QVERIFY(m_client->post("/v1/track", R"({"userId":"u1","event":"E"})", auth(keyOne)));
    QVERIFY(m_client->post("/v1/track", R"({"event":"E"})", auth(keyOne)));
    QVERIFY(m_client->post("/v1/track", R"({"event":"E"})", auth(keyOne)));
    QVERIFY(m_client->post("/v1/track", R"({"userId":"u1","event":"E"})", auth("bad")));
    const JsonObject stats = m_client->getJson("/_sandbox/stats");
    QCOMPARE(stats.value(u"requests").numberLiteral(), QStringLiteral("4"));
    QCOMPARE(stats.value(u"total").numberLiteral(), QStringLiteral("4"));
    QCOMPARE(stats.value(u"accepted").numberLiteral(), QStringLiteral("1"));
    QCOMPARE(stats.value(u"dropped").numberLiteral(), QStringLiteral("3"));
    QCOMPARE(
        writeJson(stats.value(u"droppedByReason")), QByteArray(R"({"auth.unknown-key":1,"user.missing":2})"));
}

void TestSandbox::ringIsBounded()
{
    SandboxOptions options = defaults();
    options.ringSize = 5;
    startSandbox(options);
    for (int i = 0; i < 8; ++i)
        QVERIFY(m_client->post("/v1/track",
            R"({"userId":"u1","event":"E","messageId":"m)" + QByteArray::number(i) + "\"}", auth(keyOne)));
    const JsonArray events = m_client->events();
    QCOMPARE(messageIdsOf(events),
        (QStringList {QStringLiteral("m3"), QStringLiteral("m4"), QStringLiteral("m5"), QStringLiteral("m6"),
            QStringLiteral("m7")}));
    const JsonObject stats = m_client->getJson("/_sandbox/stats");
    QCOMPARE(stats.value(u"total").numberLiteral(), QStringLiteral("8")); // counts outlive the ring
    QCOMPARE(stats.value(u"ring").object().value(u"size").numberLiteral(), QStringLiteral("5"));
}

// Issue 9: the ring was bounded by count only; 22 refused 4 MB bodies kept whole exhausted memory.
void TestSandbox::ringIsBoundedByBytes()
{
    EventRing ring(10'000, 1'000'000);
    for (int i = 0; i < 100; ++i) {
        RecordedEvent event;
        event.type = QStringLiteral("track");
        event.payload = JsonValue(QString(50'000, u'x')); // about 100 KB each
        ring.append(std::move(event));
    }
    QVERIFY2(ring.bytes() <= 1'000'000, qPrintable(QString::number(ring.bytes())));
    QVERIFY(ring.size() < 100);
    QVERIFY(ring.size() >= 1);
    QCOMPARE(ring.recent(1).first().id, qint64(100)); // the newest stays
    QCOMPARE(ring.stats().total, qint64(100)); // and everything is counted

    // A refused body over the limit is recorded as cut text, not as its tree.
    QByteArray numbers = "{\"batch\":[";
    while (numbers.size() < 900 * 1024)
        numbers += "1,";
    numbers.chop(1);
    numbers += "]}";
    QVERIFY(m_client->post("/v1/batch", numbers, auth(keyOne)));
    // The same connection (issue 9's oddity: validating this body took longer than the idle time,
    // and the server closed the connection right after its answer).
    const JsonArray events = m_client->events();
    QCOMPARE(events.size(), size_t(1));
    QVERIFY(events[0].object().value(u"payload").isString());
    QVERIFY(events[0].object().value(u"payload").toString().size() <= 4096);
}

void TestSandbox::storeSurvivesRestart()
{
    SandboxOptions options = defaults();
    options.storeFile = m_dir.filePath(QStringLiteral("events.sqlite"));
    options.ringSize = 4;
    startSandbox(options);
    for (int i = 0; i < 6; ++i)
        QVERIFY(m_client->post("/v1/track",
            R"({"userId":"u1","event":"E","messageId":"s)" + QByteArray::number(i) + "\"}", auth(keyOne)));
    QVERIFY(m_client->post("/v1/track", R"({"event":"E"})", auth(keyOne)));
    m_client.reset();
    m_sandbox->stop();

    startSandbox(options);
    QVERIFY(m_sandbox->notices().isEmpty());
    JsonArray events = m_client->events();
    QCOMPARE(messageIdsOf(events),
        (QStringList {QStringLiteral("s3"), QStringLiteral("s4"), QStringLiteral("s5"), QString()}));
    QCOMPARE(events.back().object().value(u"reason").toString(), QStringLiteral("user.missing"));
    JsonObject stats = m_client->getJson("/_sandbox/stats");
    QCOMPARE(stats.value(u"accepted").numberLiteral(), QStringLiteral("6"));
    QCOMPARE(stats.value(u"dropped").numberLiteral(), QStringLiteral("1"));
    // New events continue the numbering.
    QVERIFY(m_client->post("/v1/track", R"({"userId":"u1","event":"E","messageId":"after"})", auth(keyOne)));
    events = m_client->events();
    QCOMPARE(events.back().object().value(u"id").numberLiteral(), QStringLiteral("8"));

    // A clear is kept too.
    QVERIFY(m_client->request("DELETE", "/_sandbox/events"));
    m_client.reset();
    m_sandbox->stop();
    startSandbox(options);
    QVERIFY(m_client->events().empty());
    QCOMPARE(m_client->getJson("/_sandbox/stats").value(u"total").numberLiteral(), QStringLiteral("0"));
}

void TestSandbox::damagedStoreMovedAside()
{
    // A store of this sandbox's (its header says so), damaged past its header.
    const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    SandboxOptions options = defaults();
    options.storeFile = path;
    startSandbox(options);
    QVERIFY(m_client->post("/v1/track", R"({"userId":"u1","event":"E"})", auth(keyOne)));
    m_sandbox.reset();
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 200);
    QVERIFY(file.seek(100));
    file.write(QByteArray(int(file.size() - 100), '\x5a'));
    file.close();
    startSandbox(options);
    QCOMPARE(m_sandbox->notices().size(), 1);
    QVERIFY2(m_sandbox->notices().first().contains(QStringLiteral("moved")),
        qPrintable(m_sandbox->notices().first()));
    const QStringList aside = QDir(m_dir.path()).entryList({QStringLiteral("damaged.sqlite.damaged-*")});
    QCOMPARE(aside.size(), 1);
    QVERIFY(m_client->post("/v1/track", R"({"userId":"u1","event":"E"})", auth(keyOne)));
    QCOMPARE(m_client->events().size(), 1u);
    m_sandbox.reset();

    // A store in a folder that does not exist cannot be created: start() says so.
    options.storeFile = m_dir.filePath(QStringLiteral("no/such/folder/events.sqlite"));
    Sandbox sandbox;
    const Status started = sandbox.start(options);
    QVERIFY(!started.ok());
    QVERIFY(!started.error().message.isEmpty());
}

// Issue 9: --store moved aside a user's folder, a JSON file, /dev/null itself (as root) and
// another program's SQLite file (after adding tables and switching it to WAL).
void TestSandbox::whatIsNotOurStoreIsNeverTouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("a folder") << QStringLiteral("folder");
    QTest::addRow("a JSON file") << QStringLiteral("json");
    QTest::addRow("a link to a device") << QStringLiteral("device");
    QTest::addRow("another program's database") << QStringLiteral("sqlite");
    QTest::addRow("a damaged file of unknown origin") << QStringLiteral("junk");
}

void TestSandbox::whatIsNotOurStoreIsNeverTouched()
{
    QFETCH(QString, kind);
    const QString path = m_dir.filePath(QStringLiteral("store-") + kind);
    if (kind == u"folder") {
        QVERIFY(QDir().mkpath(path));
        QVERIFY(writeFileAtomically(path + QStringLiteral("/mine.txt"), "mine").ok());
    } else if (kind == u"json") {
        QVERIFY(writeFileAtomically(path, R"({"mine":true})").ok());
    } else if (kind == u"device") {
        QVERIFY(QFile::link(QStringLiteral("/dev/null"), path));
    } else if (kind == u"junk") {
        QVERIFY(writeFileAtomically(path, QByteArray(8192, '\x5a')).ok());
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE people (name TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO people VALUES ('ada')")));
        query = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    }
    const auto snapshot = [&] {
        QStringList out;
        QDirIterator it(m_dir.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString entry = it.next();
            const QFileInfo info(entry);
            QFile f(entry);
            const QByteArray bytes = info.isFile() && !info.isSymLink() && f.open(QIODevice::ReadOnly)
                ? f.readAll()
                : QByteArray();
            out << entry + QLatin1Char(' ') + QString::number(qHash(bytes));
        }
        out.sort();
        return out;
    };
    const QStringList before = snapshot();
    SandboxOptions options = defaults();
    options.storeFile = path;
    Sandbox sandbox;
    const Status started = sandbox.start(options);
    QVERIFY(!started.ok());
    QVERIFY2(started.error().message.contains(path), qPrintable(started.error().message));
    QCOMPARE(snapshot(), before);
}

void TestSandbox::https_data()
{
    QTest::addColumn<bool>("trusted");
    QTest::addRow("CA trusted") << true;
    QTest::addRow("CA not trusted") << false;
}

void TestSandbox::https()
{
    QFETCH(bool, trusted);
    SandboxOptions options = defaults();
    options.tlsCertificateFile = m_certFile;
    options.tlsKeyFile = m_keyFile;
    startSandbox(options);
    QCOMPARE(m_sandbox->baseUrl().scheme(), QStringLiteral("https"));
    const QList<QSslCertificate> ca =
        trusted ? QSslCertificate::fromPath(m_caFile) : QList<QSslCertificate>();
    RawHttpClient client;
    const bool connected = client.connectTo(m_sandbox->port(), true, ca);
    QCOMPARE(connected, trusted);
    if (!trusted) {
        QVERIFY(!client.socket().sslHandshakeErrors().isEmpty());
        return;
    }
    const QByteArray body = R"({"userId":"u1","event":"Secure"})";
    client.send("POST /v1/track HTTP/1.1\r\nAuthorization: " + SandboxClient::basicAuth(keyOne) +
        "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    const std::optional<RawResponse> response = client.next();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, QByteArray("{}"));
}

void TestSandbox::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allow");
    QTest::addRow("unknown path") << QByteArray("POST /v1/delete HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}")
                                  << 404 << QByteArray();
    QTest::addRow("unversioned path")
        << QByteArray("POST /track HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}") << 404 << QByteArray();
    QTest::addRow("get on track") << QByteArray("GET /v1/track HTTP/1.1\r\n\r\n") << 405
                                  << QByteArray("POST, OPTIONS");
    QTest::addRow("put on events") << QByteArray("PUT /_sandbox/events HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
                                   << 405 << QByteArray("GET, DELETE, HEAD, OPTIONS");
    QTest::addRow("garbage") << QByteArray("\x00\x01\x02\x03 garbage\r\n\r\n", 15) << 400 << QByteArray();
    QTest::addRow("http/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505 << QByteArray();
}

void TestSandbox::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QByteArray, allow);
    RawHttpClient raw;
    QVERIFY(raw.connectTo(m_sandbox->port()));
    raw.send(bytes);
    const std::optional<RawResponse> response = raw.next();
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QCOMPARE(response->headers.value("allow"), allow);
    // The sandbox is still there for everyone else.
    QCOMPARE(m_client->post("/v1/track", R"({"userId":"u1","event":"E"})", auth(keyOne))->status, 200);
}

void TestSandbox::oversizeBodyRefusedUnread()
{
    // 100 MB announced, nothing sent: the answer comes from the head alone.
    RawHttpClient raw;
    QVERIFY(raw.connectTo(m_sandbox->port()));
    raw.send("POST /v1/batch HTTP/1.1\r\nContent-Length: 104857600\r\n\r\n");
    const std::optional<RawResponse> response = raw.next();
    QVERIFY(response);
    QCOMPARE(response->status, 413);
    QVERIFY(raw.waitClosed());
}

void TestSandbox::stalledBodyGets408()
{
    // Content-Length promises more than comes: after the idle time, 408 and a close; never stuck.
    RawHttpClient raw;
    QVERIFY(raw.connectTo(m_sandbox->port()));
    raw.send("POST /v1/track HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"userId\":");
    const std::optional<RawResponse> response = raw.next();
    QVERIFY(response);
    QCOMPARE(response->status, 408);
    QVERIFY(raw.waitClosed());
    QCOMPARE(m_client->post("/v1/track", R"({"userId":"u1","event":"E"})", auth(keyOne))->status, 200);
}

void TestSandbox::eventRecordedSignal()
{
    QSignalSpy recorded(m_sandbox.get(), &Sandbox::eventRecorded);
    QSignalSpy exchanged(m_sandbox.get(), &Sandbox::exchanged);
    QVERIFY(m_client->post("/v1/batch",
        R"({"batch":[{"type":"track","userId":"u","event":"A"},{"type":"track","event":"B"}]})",
        auth(keyOne)));
    QCOMPARE(recorded.size(), 2);
    QVERIFY(recorded.at(0).at(0).value<RecordedEvent>().accepted);
    QVERIFY(!recorded.at(1).at(0).value<RecordedEvent>().accepted);
    QCOMPARE(exchanged.size(), 1);
    const auto exchange = exchanged.at(0).at(0).value<HttpExchange>();
    QCOMPARE(exchange.note, QByteArray("1 accepted, 1 dropped (user.missing)"));
    QCOMPARE(m_sandbox->recentEvents(10).size(), 2);
    QCOMPARE(m_sandbox->stats().dropped, 1);
}

void TestSandbox::stopFromInsideASlot()
{
    // The GUI may stop the sandbox from a slot that runs while a request is being handled.
    connect(m_sandbox.get(), &Sandbox::eventRecorded, m_sandbox.get(), [this] { m_sandbox->stop(); });
    RawHttpClient raw;
    QVERIFY(raw.connectTo(m_sandbox->port()));
    const QByteArray body = R"({"userId":"u1","event":"E"})";
    raw.send("POST /v1/track HTTP/1.1\r\nAuthorization: " + SandboxClient::basicAuth(keyOne) +
        "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY(raw.waitClosed());
    QVERIFY(!m_sandbox->isRunning());
    QCOMPARE(m_sandbox->stats().accepted, 1);
    // And it starts again.
    QVERIFY(m_sandbox->start(defaults()).ok());
    QVERIFY(m_sandbox->isRunning());
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
