// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "cli/clirunner.h"
#include "cli/sandboxprocess.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "support/killschedule.h"
#include "util/gzip.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ewb;
using test::CliRun;

// ewb backfill end to end, as a user runs it, against `ewb sandbox` in another process with injected
// faults; every check is by messageId in the sandbox's own record.
class TestCliBackfill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyValidRowArrivesOnceThroughFaults();
    void killedAndResumedManyTimes();
    void aResumeIsAskedFor();
    void csvWithAMappingAndGzip();
    void theDryRunSendsNothing();
    void destructiveEventsNeedConsent();
    void aBatchRefusedWholeIsHalved();
    void standardInput();

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EWB_DATA_DIR"), m_data.path());
        env.insert(QStringLiteral("EWB_API_KEY"), QStringLiteral("backfill-key"));
        return env;
    }
    CliRun backfill(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120000)
    {
        return test::runEwb(QStringList {QStringLiteral("backfill")} + args, input, environment(), timeoutMs);
    }
    QStringList target() const { return {QStringLiteral("--url"), m_sandbox.baseUrl()}; }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_work.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
    // Every event the sandbox holds, paged.
    JsonArray allEvents()
    {
        JsonArray all;
        qint64 since = 0;
        for (;;) {
            const JsonObject page =
                m_sandbox.call("GET", QStringLiteral("/_sandbox/events?since=%1&limit=10000").arg(since))
                    .object();
            const JsonArray &events = page.value(u"events").array();
            for (const JsonValue &e : events) {
                since = std::max(since, qint64(e.object().value(u"id").toDouble()));
                all.push_back(e);
            }
            if (events.empty() || !page.value(u"more").toBool())
                return all;
        }
    }
    // The messageIds accepted, each with how many times.
    QHash<QString, int> accepted()
    {
        QHash<QString, int> ids;
        for (const JsonValue &e : allEvents()) {
            if (e.object().value(u"accepted").toBool())
                ++ids[e.object().value(u"messageId").toString()];
        }
        return ids;
    }
    // rows calls, one person every 7 rows; every 1000th has no userId (rejected).
    static QByteArray rowsFile(int rows, int firstInvalidEvery = 1000)
    {
        QByteArray out;
        for (int i = 0; i < rows; ++i) {
            JsonObject row;
            row.insert(QStringLiteral("type"), QStringLiteral("track"));
            if (i % firstInvalidEvery != firstInvalidEvery - 1)
                row.insert(QStringLiteral("userId"), QStringLiteral("u%1").arg(i % 7));
            // Small, so that the sandbox's ring (64 MB) holds a record of all 100,000.
            row.insert(QStringLiteral("event"), QStringLiteral("E"));
            row.insert(QStringLiteral("messageId"), QStringLiteral("m-%1").arg(i));
            row.insert(QStringLiteral("timestamp"), QStringLiteral("2025-03-01T10:00:00Z"));
            out.append(writeJson(JsonValue(std::move(row)))).append('\n');
        }
        return out;
    }

    test::SandboxProcess m_sandbox;
    QTemporaryDir m_data;
    QTemporaryDir m_work;
};

void TestCliBackfill::initTestCase()
{
    QVERIFY(m_sandbox.start({}, {QStringLiteral("--ring"), QStringLiteral("200000")}));
}

void TestCliBackfill::init()
{
    m_sandbox.clear();
}

void TestCliBackfill::everyValidRowArrivesOnceThroughFaults()
{
    const int rows = 100000;
    const QString file = write(QStringLiteral("many.jsonl"), rowsFile(rows));
    // 503s, a 429 with Retry-After, dropped connections, a slow answer.
    m_sandbox.call("POST", QStringLiteral("/_sandbox/faults"), R"({"count":3,"status":503,"retryAfter":0})");
    m_sandbox.call("POST", QStringLiteral("/_sandbox/faults"), R"({"count":1,"status":429,"retryAfter":1})");
    m_sandbox.call("POST", QStringLiteral("/_sandbox/faults"), R"({"count":2,"drop":true})");
    m_sandbox.call("POST", QStringLiteral("/_sandbox/faults"), R"({"count":1,"delayMs":300})");
    const QString rejects = m_work.filePath(QStringLiteral("many.rejects.jsonl"));
    const CliRun r = backfill(
        QStringList {file, QStringLiteral("--rejects"), rejects, QStringLiteral("--json")} + target());
    QVERIFY2(r.exitCode == 0, QByteArray(r.out.right(2000)).append(r.err).constData());
    const JsonObject summary =
        parseJson(r.out.trimmed().split('\n').last())->object().value(u"summary").object();
    QCOMPARE(summary.value(u"rowsRead").toDouble(), double(rows));
    QCOMPARE(summary.value(u"rowsRejected").toDouble(), 100.0);
    QCOMPARE(summary.value(u"rowsSent").toDouble(), double(rows - 100));
    // Qt re-sends once by itself on a dropped keep-alive connection, so a drop may not count.
    QVERIFY2(summary.value(u"retries").toDouble() >= 4, r.out.right(600).constData());
    // By messageId, as the sandbox counts them (its duplicate check remembers a million ids; its
    // event list keeps the most recent 64 MB, which the per-id check below reads).
    const JsonObject stats = m_sandbox.stats();
    QCOMPARE(stats.value(u"accepted").toDouble(), double(rows - 100));
    QCOMPARE(stats.value(u"duplicates").toDouble(), 0.0);
    const QHash<QString, int> ids = accepted();
    QVERIFY(ids.size() > rows / 2);
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        const int n = it.key().mid(2).toInt();
        if (it.value() != 1 || n % 1000 == 999)
            QFAIL(qPrintable(QStringLiteral("%1 arrived %2 times").arg(it.key()).arg(it.value())));
    }
    // The rejects: one JSON line per row not sent, with its line and reason.
    QFile f(rejects);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 100);
    const JsonObject first = parseJson(lines.first())->object();
    QCOMPARE(first.value(u"line").toDouble(), 1000.0);
    QCOMPARE(first.value(u"reasons").array()[0].object().value(u"code").toString(),
        QStringLiteral("user.missing"));
}

// kill -9 at random points, then --resume, until it completes: no row lost, and what a kill cut
// short is sent again under the same messageIds (so the API keeps one event), never more than the
// batches in flight at each kill.
void TestCliBackfill::killedAndResumedManyTimes()
{
    const int rows = 40000;
    const QString file = write(QStringLiteral("killed.jsonl"), rowsFile(rows, 1000000));
    // Each answer a little slow (about twelve batches of 300 ms; each run killed within 50-450 ms gets
    // through one or two), so that kills land in the middle.
    m_sandbox.call("POST", QStringLiteral("/_sandbox/faults"), R"({"count":100000,"delayMs":300})");
    test::KillSchedule schedule("backfill");
    int kills = 0;
    bool completed = false;
    bool first = true;
    for (int attempt = 0; attempt < 40 && !completed; ++attempt) {
        QProcess p;
        p.setProcessEnvironment(environment());
        QStringList args = QStringList {QStringLiteral("backfill"), file, QStringLiteral("--concurrency"),
                               QStringLiteral("2")} +
            target();
        if (!first)
            args << QStringLiteral("--resume");
        p.start(QStringLiteral(EWB_CLI_PATH), args);
        QVERIFY(p.waitForStarted());
        const int delay =
            attempt < 25 ? 50 + int(schedule.next(std::chrono::milliseconds(400)).count() / 1000) : 60000;
        if (!p.waitForFinished(delay)) {
            QVERIFY(test::killHard(p));
            ++kills;
            // Killed before the journal was made: start afresh; after, --resume is required.
            first = QDir(m_data.filePath(QStringLiteral("backfill")))
                        .entryList({QStringLiteral("killed.jsonl-*.journal")})
                        .isEmpty();
            continue;
        }
        QByteArray out = p.readAllStandardOutput();
        out.append(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, out.constData());
        completed = out.contains("Backfill complete");
    }
    QVERIFY(completed);
    QVERIFY2(kills >= 5, qPrintable(QString::number(kills)));
    // Zero lost: as many distinct messageIds accepted as rows (the sandbox counts a repeated one as
    // a duplicate, which the API would not keep twice).
    const JsonObject stats = m_sandbox.stats();
    const qint64 again = qint64(stats.value(u"duplicates").toDouble());
    QCOMPARE(qint64(stats.value(u"accepted").toDouble()) - again, qint64(rows));
    // Re-sent only what a kill cut short: at most two batches in flight per kill (~7,000 rows each).
    QVERIFY2(again <= qint64(kills) * 2 * 7000,
        qPrintable(QStringLiteral("%1 re-sent over %2 kills").arg(again).arg(kills)));
    // Finished: the journal is gone, so the next run starts afresh.
    QVERIFY(QDir(m_data.filePath(QStringLiteral("backfill")))
                .entryList(QDir::Files)
                .filter(QStringLiteral("killed.jsonl"))
                .isEmpty());
    qInfo("%d kills, %lld calls re-sent under their messageIds", kills, again);
}

void TestCliBackfill::aResumeIsAskedFor()
{
    const QString file = write(QStringLiteral("asked.jsonl"), rowsFile(5000, 1000000));
    m_sandbox.call("POST", QStringLiteral("/_sandbox/faults"), R"({"count":1,"status":401})");
    const CliRun stopped =
        backfill(QStringList {file, QStringLiteral("--retries"), QStringLiteral("0")} + target());
    QCOMPARE(stopped.exitCode, 1);
    QVERIFY2(stopped.out.contains("Backfill stopped") && stopped.out.contains("--resume"),
        stopped.out.constData());
    const CliRun again = backfill(QStringList {file} + target());
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains("was interrupted: --resume to continue it"), again.err.constData());
    const CliRun resumed = backfill(QStringList {file, QStringLiteral("--resume")} + target());
    QVERIFY2(resumed.exitCode == 0, QByteArray(resumed.out).append(resumed.err).constData());
    QCOMPARE(accepted().size(), 5000);
    const CliRun nothing = backfill(QStringList {file, QStringLiteral("--resume")} + target());
    QCOMPARE(nothing.exitCode, 2);
    QVERIFY(nothing.err.contains("no interrupted backfill"));
    // Other options than the interrupted run's are refused.
    m_sandbox.call("POST", QStringLiteral("/_sandbox/faults"), R"({"count":1,"status":401})");
    QCOMPARE(
        backfill(QStringList {file, QStringLiteral("--retries"), QStringLiteral("0")} + target()).exitCode,
        1);
    const CliRun changed = backfill(
        QStringList {file, QStringLiteral("--resume"), QStringLiteral("--tag"), QStringLiteral("a=b")} +
        target());
    QCOMPARE(changed.exitCode, 1);
    QVERIFY2(changed.err.contains("other options"), changed.err.constData());
    QCOMPARE(backfill(QStringList {file, QStringLiteral("--restart")} + target()).exitCode, 0);
}

void TestCliBackfill::csvWithAMappingAndGzip()
{
    const QByteArray csv = "user_id,name,ts,total,plan\n"
                           "u1,Order Completed,2025-01-02T03:04:05Z,12.5,pro\n"
                           "u2,Order Completed,,3,\"free, for now\"\n";
    const QString file = write(QStringLiteral("orders.csv.gz"), gzipCompress(csv));
    const CliRun r = backfill(
        QStringList {file, QStringLiteral("--type"), QStringLiteral("track"), QStringLiteral("--map"),
            QStringLiteral(
                "userId=user_id,event=name,timestamp=ts,properties.total:number=total,properties.*=*"),
            QStringLiteral("--tag"), QStringLiteral("job=csv-1")} +
        target());
    QVERIFY2(r.exitCode == 0, QByteArray(r.out).append(r.err).constData());
    QVERIFY2(r.out.contains("warnings: backfill.timestamp.missing 1"), r.out.constData());
    const JsonArray events = allEvents();
    QCOMPARE(events.size(), size_t(2));
    const JsonObject one = events[0].object().value(u"payload").object();
    QCOMPARE(one.value(u"userId").toString(), QStringLiteral("u1"));
    QCOMPARE(one.value(u"event").toString(), QStringLiteral("Order Completed"));
    QCOMPARE(one.value(u"properties").object().value(u"total").toDouble(), 12.5);
    QCOMPARE(one.value(u"properties").object().value(u"plan").toString(), QStringLiteral("pro"));
    QCOMPARE(one.value(u"context").object().value(u"backfill").object().value(u"job").toString(),
        QStringLiteral("csv-1"));
    QCOMPARE(
        events[1].object().value(u"payload").object().value(u"properties").object().value(u"plan").toString(),
        QStringLiteral("free, for now"));
    // A column the mapping names and the header lacks: said before anything is sent.
    const CliRun wrong = backfill(QStringList {file, QStringLiteral("--type"), QStringLiteral("track"),
                                      QStringLiteral("--map"), QStringLiteral("userId=uid")} +
        target());
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("a column \"uid\" that the header does not have"), wrong.err.constData());
}

void TestCliBackfill::theDryRunSendsNothing()
{
    const QString file = write(QStringLiteral("plan.jsonl"), rowsFile(3000));
    const CliRun r = backfill({file, QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("rows 3,000, valid 2,997, rejected 3"), r.out.constData());
    QVERIFY2(r.out.contains("\n  1 batch, "), r.out.constData()); // one, in the singular
    QCOMPARE(allEvents().size(), size_t(0));
}

void TestCliBackfill::destructiveEventsNeedConsent()
{
    const QString file = write(QStringLiteral("delete.jsonl"),
        "{\"type\":\"track\",\"userId\":\"u1\",\"event\":\"User Deleted\",\"messageId\":\"d-1\"}\n"
        "{\"type\":\"track\",\"userId\":\"u1\",\"event\":\"Kept\",\"messageId\":\"k-1\"}\n");
    const CliRun refused = backfill(QStringList {file} + target());
    QCOMPARE(refused.exitCode, 0); // every valid row was sent
    QVERIFY2(refused.out.contains("backfill.destructive 1"), refused.out.constData());
    QCOMPARE(accepted().keys(), QList<QString> {QStringLiteral("k-1")});
    const CliRun allowed = backfill(QStringList {file, QStringLiteral("--allow-destructive")} + target());
    QVERIFY2(allowed.exitCode == 0, QByteArray(allowed.out).append(allowed.err).constData());
    QVERIFY(accepted().contains(QStringLiteral("d-1")));
}

void TestCliBackfill::aBatchRefusedWholeIsHalved()
{
    const QString file = write(QStringLiteral("halved.jsonl"), rowsFile(2000, 1000000));
    m_sandbox.call("POST", QStringLiteral("/_sandbox/faults"), R"({"count":3,"status":400})");
    const CliRun r = backfill(QStringList {file} + target());
    QVERIFY2(r.exitCode == 0, QByteArray(r.out).append(r.err).constData());
    QVERIFY2(r.err.contains("sending it in halves"), r.err.constData());
    QCOMPARE(accepted().size(), 2000);
}

void TestCliBackfill::standardInput()
{
    const CliRun r = backfill(QStringList {QStringLiteral("-")} + target(), rowsFile(50, 1000000));
    QVERIFY2(r.exitCode == 0, QByteArray(r.out).append(r.err).constData());
    QCOMPARE(accepted().size(), 50);
    QCOMPARE(backfill(QStringList {QStringLiteral("-"), QStringLiteral("--resume")} + target()).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliBackfill)
#include "tst_cli_backfill.moc"
