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
    for (const char *option :
        {"--port", "--bind", "--key", "--tls-cert", "--tls-key", "--store", "--ring", "--rate-limit"})
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

QTEST_GUILESS_MAIN(TestSandboxCommand)
#include "tst_sandboxcommand.moc"
