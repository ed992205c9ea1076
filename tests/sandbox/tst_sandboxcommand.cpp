// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "sandboxclient.h"
#include "support/killschedule.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <thread>

using namespace ewb;
using namespace std::chrono_literals;

namespace {
// The shipped command itself: `ewb sandbox ARGS...`.
void startSandbox(QProcess &process, const QStringList &arguments)
{
    process.start(QStringLiteral(EWB_CLI_PATH), QStringList {QStringLiteral("sandbox")} + arguments);
}
const QByteArray key = "command-line-key-0123456789";

// The URL a started `ewb sandbox` prints first; empty when it printed none.
QUrl firstLineUrl(QProcess &process)
{
    if (!process.waitForStarted() || !(process.canReadLine() || process.waitForReadyRead(10000)))
        return {};
    while (!process.canReadLine() && process.waitForReadyRead(5000)) { }
    return QUrl(QString::fromLatin1(process.readLine().trimmed()));
}

// The environment of a forwarding test: its own data folder (sources.json), no stray key.
QProcessEnvironment forwardEnvironment(const QString &dataDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EWB_DATA_DIR"), dataDir);
    env.remove(QStringLiteral("EWB_API_KEY"));
    return env;
}

const QByteArray upstreamKey = "upstream-source-key-c0ffee1234";
const QByteArray appKey = "app-key-under-test-9876543210";

// Waits (running no event loop: the sandboxes are other processes) until the sandbox at port has
// accepted count calls.
bool waitForAccepted(quint16 port, int count)
{
    test::SandboxClient client(port);
    for (int i = 0; i < 200; ++i) {
        if (client.getJson("/_sandbox/stats").value(u"accepted").toDouble() >= count)
            return true;
        QTest::qWait(50);
    }
    return false;
}

bool stopGently(QProcess &process)
{
    ::kill(pid_t(process.processId()), SIGTERM);
    return process.waitForFinished(10000) && process.exitCode() == 0;
}
} // namespace

// `ewb sandbox` as a process: its first line, its log, its exit codes, its signals.
class TestSandboxCommand : public QObject
{
    Q_OBJECT

private slots:
    void printsUrlLogsAndStopsOnSignal_data();
    void printsUrlLogsAndStopsOnSignal();
    void usageErrorsExit2_data();
    void usageErrorsExit2();
    void startFailuresExit1_data();
    void startFailuresExit1();
    void help();
    void readyFileForCi();
    void idsAreNeverReusedAfterKill9();
    void forwardsToAStoredSource();
    void forwardsToAUrlWithTheKeyFromTheEnvironment();
    void forwardUsageAndStartErrors_data();
    void forwardUsageAndStartErrors();

private:
    QTemporaryDir m_dir;
};

void TestSandboxCommand::printsUrlLogsAndStopsOnSignal_data()
{
    QTest::addColumn<int>("signal");
    QTest::addRow("SIGTERM") << int(SIGTERM);
    QTest::addRow("SIGINT") << int(SIGINT);
}

// A CI script waits for --ready-file, then reads the URL from it; the file goes when the sandbox does.
void TestSandboxCommand::readyFileForCi()
{
    QTemporaryDir dir;
    const QString ready = dir.filePath(QStringLiteral("sandbox.url"));
    QProcess process;
    startSandbox(process, {QStringLiteral("--ready-file"), ready});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(ready), 10000);
    QFile f(ready);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QUrl url(QString::fromUtf8(f.readAll().trimmed()));
    QCOMPARE(url.path(), QStringLiteral("/v1"));
    test::SandboxClient client(quint16(url.port()));
    const std::optional<test::RawResponse> answer = client.post("/v1/track", R"({"userId":"u1","event":"E"})",
        {{"Authorization", test::SandboxClient::basicAuth("k:")}});
    QVERIFY(answer); // it listens by the time the file exists
    QCOMPARE(answer->status, 200);
    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(10000));
    QVERIFY(!QFile::exists(ready));
}

void TestSandboxCommand::printsUrlLogsAndStopsOnSignal()
{
    QFETCH(int, signal);
    QProcess process;
    startSandbox(process,
        {QStringLiteral("--key"), QString::fromLatin1(key), QStringLiteral("--ring"), QStringLiteral("50")});
    QVERIFY(process.waitForStarted());
    QVERIFY(process.waitForReadyRead(10000));
    QVERIFY(process.canReadLine() || process.waitForReadyRead(5000));
    const QByteArray firstLine = process.readLine().trimmed();
    const QUrl url(QString::fromLatin1(firstLine));
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(url.path(), QStringLiteral("/v1"));
    QVERIFY(url.port() > 0);

    test::SandboxClient client(quint16(url.port()));
    const std::optional<test::RawResponse> accepted = client.post("/v1/track",
        R"({"userId":"u1","event":"E"})", {{"Authorization", test::SandboxClient::basicAuth(key + ':')}});
    QVERIFY(accepted);
    QCOMPARE(accepted->status, 200);
    const std::optional<test::RawResponse> dropped =
        client.post("/v1/t", R"({"writeKey":"some-other-key-987","userId":"u1","event":"E"})");
    QVERIFY(dropped);

    ::kill(pid_t(process.processId()), signal);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(out.trimmed().isEmpty(), out.constData()); // the URL is the only thing on stdout
    // One line per request, with what became of it; never a key.
    QVERIFY2(err.contains("POST /v1/track 200"), err.constData());
    QVERIFY2(err.contains("1 accepted, 0 dropped"), err.constData());
    QVERIFY2(err.contains("POST /v1/t 200") && err.contains("(auth.unknown-key)"), err.constData());
    QVERIFY2(err.contains("stopped"), err.constData());
    QVERIFY(!err.contains(key));
    QVERIFY(!err.contains("some-other-key-987"));
}

void TestSandboxCommand::usageErrorsExit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("unknown option") << QStringList {QStringLiteral("--colour")};
    QTest::addRow("port not a number") << QStringList {QStringLiteral("--port"), QStringLiteral("eighty")};
    QTest::addRow("port too large") << QStringList {QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::addRow("bad bind") << QStringList {QStringLiteral("--bind"), QStringLiteral("localhost.example")};
    QTest::addRow("cert without key") << QStringList {QStringLiteral("--tls-cert"), QStringLiteral("x.pem")};
    QTest::addRow("ring zero") << QStringList {QStringLiteral("--ring"), QStringLiteral("0")};
    QTest::addRow("positional") << QStringList {QStringLiteral("extra")};
    QTest::addRow("missing value") << QStringList {QStringLiteral("--port")};
}

void TestSandboxCommand::usageErrorsExit2()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    startSandbox(process, arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().contains("ewb sandbox"));
}

void TestSandboxCommand::startFailuresExit1_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("missing certificate")
        << QStringList {QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("none.pem")),
               QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("none.key"))}
        << QStringLiteral("none.pem");
    QTest::addRow("store in missing folder")
        << QStringList {QStringLiteral("--store"), m_dir.filePath(QStringLiteral("no/folder/events.sqlite"))}
        << QStringLiteral("events.sqlite");
    QTest::addRow("port taken") << QStringList {QStringLiteral("--port")} << QStringLiteral("port");
}

void TestSandboxCommand::startFailuresExit1()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QTcpServer occupier;
    if (arguments == QStringList {QStringLiteral("--port")}) {
        QVERIFY(occupier.listen(QHostAddress::LocalHost));
        arguments.append(QString::number(occupier.serverPort()));
    }
    QProcess process;
    startSandbox(process, arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(mentions), qPrintable(err));
}

void TestSandboxCommand::help()
{
    QProcess process;
    startSandbox(process, {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray out = process.readAllStandardOutput();
    for (const char *option : {"--port", "--bind", "--key", "--tls-cert", "--tls-key", "--store", "--ring",
             "--rate-limit", "--forward", "--forward-url", "--forward-key-env", "--forward-ca-cert",
             "--forward-dropped", "--forward-queue"})
        QVERIFY2(out.contains(option), option);
}

// Issue 9: after kill -9, ewb sandbox --store handed out again ids that clients had already read
// (the last events were not flushed yet), in 24 of 30 runs. Fifteen kills at random points (seeded,
// the seed printed): while it starts and opens or creates the store, or after some calls, between
// and right after them. Each time the store must open again, never be moved aside as damaged, and no
// id a client has read may come back.
void TestSandboxCommand::idsAreNeverReusedAfterKill9()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("events.sqlite"));
    test::KillSchedule schedule("sandbox --store");
    qint64 highestRead = 0;
    int killedStarting = 0;
    for (int run = 0; run < 15; ++run) {
        QProcess process;
        startSandbox(
            process, {QStringLiteral("--key"), QString::fromLatin1(key), QStringLiteral("--store"), store});
        QVERIFY(process.waitForStarted());
        const std::chrono::microseconds delay = schedule.next(250ms);
        const QString where = QStringLiteral("run %1, killed after %2 us (seed %3)")
                                  .arg(run)
                                  .arg(delay.count())
                                  .arg(schedule.seed());
        if (delay < 40ms) { // while it loads, opens the store or creates it
            std::this_thread::sleep_for(delay);
            QVERIFY(test::killHard(process));
            ++killedStarting;
            continue;
        }
        QElapsedTimer alive;
        alive.start();
        QVERIFY(process.waitForReadyRead(10000));
        QVERIFY(process.canReadLine() || process.waitForReadyRead(5000));
        const QUrl url(QString::fromLatin1(process.readLine().trimmed()));
        QVERIFY2(
            url.port() > 0, qPrintable(where + u' ' + QString::fromUtf8(process.readAllStandardError())));
        test::SandboxClient client(quint16(url.port()));
        const QString mine = QStringLiteral("run-%1-").arg(run);
        qint64 highestThisRun = 0;
        for (int call = 0; call == 0 || alive.nsecsElapsed() / 1000 < delay.count(); ++call) {
            const QByteArray body =
                R"({"userId":"u1","event":")" + mine.toLatin1() + QByteArray::number(call) + "\"}";
            QVERIFY(client.post(
                "/v1/track", body, {{"Authorization", test::SandboxClient::basicAuth(key + ':')}}));
            for (const JsonValue &event : client.events()) {
                const JsonObject entry = event.object();
                if (!entry.value(u"payload").object().value(u"event").toString().startsWith(mine))
                    continue;
                const qint64 id = entry.value(u"id").numberLiteral().toLongLong();
                QVERIFY2(id > highestRead,
                    qPrintable(QStringLiteral("%1: id %2 again (read up to %3 before)")
                                   .arg(where)
                                   .arg(id)
                                   .arg(highestRead)));
                highestThisRun = std::max(highestThisRun, id);
            }
        }
        QVERIFY(test::killHard(process));
        const QByteArray log = process.readAllStandardError();
        QVERIFY2(!log.contains("could not be used"), qPrintable(where + u' ' + QString::fromUtf8(log)));
        QVERIFY2(highestThisRun > 0, qPrintable(where + QStringLiteral(": no event of this run was listed")));
        highestRead = std::max(highestRead, highestThisRun);
    }
    qInfo("sandbox --store: %d of 15 runs killed while starting", killedStarting);
}

// ewb sandbox --forward SOURCE: the app's calls go on to the source (here a second ewb sandbox
// standing for the real API) with the source's key from the keychain, never the app's.
void TestSandboxCommand::forwardsToAStoredSource()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
        "run under scripts/with-test-keyring.sh (scripts/test.sh does), which starts a keychain");
    QTemporaryDir data;
    const QProcessEnvironment env = forwardEnvironment(data.path());
    QProcess upstream;
    startSandbox(upstream, {QStringLiteral("--key"), QString::fromLatin1(upstreamKey)});
    const QUrl upstreamUrl = firstLineUrl(upstream);
    QVERIFY(upstreamUrl.port() > 0);

    QProcess add;
    add.setProcessEnvironment(env);
    add.start(QStringLiteral(EWB_CLI_PATH),
        {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("Upstream"),
            QStringLiteral("--region"), upstreamUrl.toString(), QStringLiteral("--key-stdin"),
            QStringLiteral("--no-strict")});
    QVERIFY(add.waitForStarted());
    add.write(upstreamKey + '\n');
    add.closeWriteChannel();
    QVERIFY(add.waitForFinished(30000));
    QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());

    QProcess local;
    local.setProcessEnvironment(env);
    startSandbox(local, {QStringLiteral("--forward"), QStringLiteral("Upstream")});
    const QUrl localUrl = firstLineUrl(local);
    // Not QVERIFY2(..., readAllStandardError()): Qt 6.4 evaluates the message even when the check
    // holds, and the lines it read were missing from the log checked below (a flaky failure).
    if (localUrl.port() <= 0)
        QFAIL(local.readAllStandardError().constData());
    test::SandboxClient client(quint16(localUrl.port()));
    for (const QByteArray &id : {QByteArray("cli-1"), QByteArray("cli-2")})
        QVERIFY(client.post("/v1/track", R"({"userId":"u1","event":"E","messageId":")" + id + "\"}",
            {{"Authorization", test::SandboxClient::basicAuth(appKey + ':')}}));
    QVERIFY(client.post("/v1/track", R"({"event":"no user"})",
        {{"Authorization", test::SandboxClient::basicAuth(appKey + ':')}}));
    QVERIFY(waitForAccepted(quint16(upstreamUrl.port()), 2));
    test::SandboxClient upstreamClient(quint16(upstreamUrl.port()));
    const JsonObject upstreamStats = upstreamClient.getJson("/_sandbox/stats");
    QCOMPARE(upstreamStats.value(u"dropped").numberLiteral(), QStringLiteral("0")); // the source's key
    QCOMPARE(upstreamStats.value(u"accepted").numberLiteral(), QStringLiteral("2"));
    for (int i = 0;
         i < 100 && client.getJson("/_sandbox/events?forward=pending").value(u"events").array().size(); ++i)
        QTest::qWait(50);
    QCOMPARE(client.getJson("/_sandbox/events?forward=forwarded").value(u"events").array().size(), size_t(2));
    QCOMPARE(client.getJson("/_sandbox/events?forward=skipped").value(u"events").array().size(), size_t(1));
    const QByteArray events = client.request("GET", "/_sandbox/events")->body;

    QVERIFY(stopGently(local));
    QVERIFY(stopGently(upstream));
    const QByteArray err = local.readAllStandardError();
    QVERIFY2(err.contains("forwarding accepted calls to Upstream"), err.constData());
    QVERIFY2(err.contains(QByteArray("FORWARD POST " + upstreamUrl.toString().toUtf8() + "/batch 200")),
        err.constData());
    QVERIFY2(err.contains("forwarded"), err.constData());
    for (const QByteArray &secret : {upstreamKey, QByteArray(upstreamKey + ':').toBase64(), appKey}) {
        QVERIFY2(!err.contains(secret), err.constData());
        QVERIFY(!events.contains(secret));
        QVERIFY(!local.readAllStandardOutput().contains(secret));
    }
}

// --forward-url with the key from EWB_API_KEY; a failing upstream shows in the log and is retried.
void TestSandboxCommand::forwardsToAUrlWithTheKeyFromTheEnvironment()
{
    QTemporaryDir data;
    QProcessEnvironment env = forwardEnvironment(data.path());
    env.insert(QStringLiteral("EWB_API_KEY"), QString::fromLatin1(upstreamKey));
    QProcess upstream;
    startSandbox(upstream, {QStringLiteral("--key"), QString::fromLatin1(upstreamKey)});
    const QUrl upstreamUrl = firstLineUrl(upstream);
    QVERIFY(upstreamUrl.port() > 0);
    test::SandboxClient upstreamClient(quint16(upstreamUrl.port()));
    QVERIFY(upstreamClient.post("/_sandbox/faults", R"({"status":503})"));

    QProcess local;
    local.setProcessEnvironment(env);
    startSandbox(local, {QStringLiteral("--forward-url"), upstreamUrl.toString()});
    const QUrl localUrl = firstLineUrl(local);
    // Not QVERIFY2(..., readAllStandardError()): Qt 6.4 evaluates the message even when the check
    // holds, and the lines it read were missing from the log checked below (a flaky failure).
    if (localUrl.port() <= 0)
        QFAIL(local.readAllStandardError().constData());
    test::SandboxClient client(quint16(localUrl.port()));
    QVERIFY(client.post("/v1/track", R"({"userId":"u1","event":"E","messageId":"url-1"})",
        {{"Authorization", test::SandboxClient::basicAuth(appKey + ':')}}));
    QVERIFY(waitForAccepted(quint16(upstreamUrl.port()), 1));
    QVERIFY(stopGently(local));
    QVERIFY(stopGently(upstream));
    const QByteArray err = local.readAllStandardError();
    QVERIFY2(err.contains("/batch 503") && err.contains("pending: attempt failed (503)"), err.constData());
    QVERIFY2(err.contains("/batch 200") && err.contains("1 event forwarded (2 attempts)"), err.constData());
    QVERIFY(!err.contains(upstreamKey));
}

void TestSandboxCommand::forwardUsageAndStartErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withKey"); // EWB_API_KEY set
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    const QString url = QStringLiteral("http://127.0.0.1:9/v1");
    QTest::addRow("forward option alone") << QStringList {QStringLiteral("--forward-dropped")} << true << 2
                                          << QStringLiteral("--forward-dropped goes with --forward");
    QTest::addRow("source and url") << QStringList {QStringLiteral("--forward"), QStringLiteral("X"),
                                           QStringLiteral("--forward-url"), url}
                                    << true << 2 << QStringLiteral("not both");
    QTest::addRow("url without key") << QStringList {QStringLiteral("--forward-url"), url} << false << 2
                                     << QStringLiteral("EWB_API_KEY");
    QTest::addRow("url not http") << QStringList {QStringLiteral("--forward-url"),
                                         QStringLiteral("ftp://x/v1")}
                                  << true << 2 << QStringLiteral("--forward-url");
    QTest::addRow("key variable unset")
        << QStringList {QStringLiteral("--forward-url"), url, QStringLiteral("--forward-key-env"),
               QStringLiteral("EWB_NO_SUCH_VARIABLE")}
        << true << 2 << QStringLiteral("EWB_NO_SUCH_VARIABLE");
    QTest::addRow("queue zero") << QStringList {QStringLiteral("--forward-url"), url,
                                       QStringLiteral("--forward-queue"), QStringLiteral("0")}
                                << true << 2 << QStringLiteral("--forward-queue");
    QTest::addRow("no such source") << QStringList {QStringLiteral("--forward"), QStringLiteral("Nowhere")}
                                    << false << 1 << QStringLiteral("no source named 'Nowhere'");
}

void TestSandboxCommand::forwardUsageAndStartErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withKey);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    QTemporaryDir data;
    QProcessEnvironment env = forwardEnvironment(data.path());
    if (withKey)
        env.insert(QStringLiteral("EWB_API_KEY"), QString::fromLatin1(upstreamKey));
    QProcess process;
    process.setProcessEnvironment(env);
    startSandbox(process, arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), exitCode);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(mentions), qPrintable(err));
    QVERIFY(!err.contains(QString::fromLatin1(upstreamKey)));
}

QTEST_GUILESS_MAIN(TestSandboxCommand)
#include "tst_sandboxcommand.moc"
