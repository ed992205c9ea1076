// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "support/killschedule.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace ewb;
using namespace std::chrono_literals;

// Crash consistency of ewb import and ewb export (issue 9): the real process, killed with SIGKILL
// at random points of its run (seeded, and the seed printed), and the invariant checked after each
// kill. The sandbox store's loop is in tests/sandbox/tst_sandboxcommand.cpp.
class TestCliKill9 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importIsAllOrNothing();
    void exportIsOldOrNew();

private:
    static QByteArray bigPostmanCollection();
    QProcessEnvironment environment() const;
    // Runs ewb with args to its end: how long that took (zero when it failed).
    std::chrono::microseconds runToEnd(const QStringList &args);
    // Starts ewb with args and kills it after delay (if it is still running then).
    void runAndKill(const QStringList &args, std::chrono::microseconds delay);
    // The export of folder, or an empty array when ewb export fails or reports a problem.
    QByteArray exported(const QString &folder);

    QTemporaryDir m_dir;
    QString m_postman;
};

namespace {
constexpr int folders = 3;
constexpr int requestsPerFolder = 20;
constexpr int runs = 15;

int requestCount(const QByteArray &postman)
{
    return int(postman.count("\"request\""));
}
} // namespace

void TestCliKill9::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_postman = m_dir.filePath(QStringLiteral("big.postman_collection.json"));
    QFile file(m_postman);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bigPostmanCollection());
}

// Sixty requests in three folders: each a file of its own, so an import writes for a while.
QByteArray TestCliKill9::bigPostmanCollection()
{
    QByteArray items;
    for (int f = 0; f < folders; ++f) {
        QByteArray children;
        for (int i = 0; i < requestsPerFolder; ++i) {
            const QByteArray n = QByteArray::number(f) + '-' + QByteArray::number(i);
            if (!children.isEmpty())
                children += ',';
            children += R"({"name":"Track )" + n +
                R"(","request":{"method":"POST","header":[{"key":"Content-Type","value":"application/json"}],)"
                R"("url":"https://cdp.customer.io/v1/track","body":{"mode":"raw","raw":"{\"userId\":\"u\",\"event\":\"E)" +
                n + R"(\"}"}}})";
        }
        if (!items.isEmpty())
            items += ',';
        items += R"({"name":"Folder )" + QByteArray::number(f) + R"(","item":[)" + children + "]}";
    }
    return R"({"info":{"name":"Big","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":[)" +
        items + "]}";
}

QProcessEnvironment TestCliKill9::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EWB_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
    return env;
}

std::chrono::microseconds TestCliKill9::runToEnd(const QStringList &args)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    QElapsedTimer ran;
    ran.start();
    process.start(QStringLiteral(EWB_CLI_PATH), args);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("%s", process.readAllStandardError().constData());
        return {};
    }
    return std::chrono::microseconds(ran.nsecsElapsed() / 1000);
}

void TestCliKill9::runAndKill(const QStringList &args, std::chrono::microseconds delay)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(QStringLiteral(EWB_CLI_PATH), args);
    // From the moment start() forks: a short delay kills it while it loads.
    std::this_thread::sleep_for(delay);
    QVERIFY(test::killHard(process));
}

QByteArray TestCliKill9::exported(const QString &folder)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(
        QStringLiteral(EWB_CLI_PATH), {QStringLiteral("export"), QStringLiteral("postman"), folder});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

// Issue 9: an interrupted import left a folder without collection.json that ewb export then
// accepted silently. Now the folder is either not there or the whole collection.
void TestCliKill9::importIsAllOrNothing()
{
    const auto importInto = [this](const QString &folder) {
        return QStringList {QStringLiteral("import"), QStringLiteral("postman"), m_postman,
            QStringLiteral("--into"), folder, QStringLiteral("--no-keychain")};
    };
    // One import to the end: how long it takes, and what a complete one exports.
    const QString whole = m_dir.filePath(QStringLiteral("whole"));
    const std::chrono::microseconds full = runToEnd(importInto(whole));
    QVERIFY(full.count() > 0);
    const QByteArray reference = exported(whole);
    QCOMPARE(requestCount(reference), folders * requestsPerFolder);

    test::KillSchedule schedule("import");
    int whileWriting = 0;
    int complete = 0;
    for (int run = 0; run < runs; ++run) {
        const QString name = QStringLiteral("import-%1").arg(run);
        const QString folder = m_dir.filePath(name);
        // A little past a whole run, so that some imports get to the end.
        const std::chrono::microseconds delay = schedule.next(full * 5 / 4);
        runAndKill(importInto(folder), delay);
        // The hidden staging sibling is what a kill while writing leaves (plainly not the collection).
        whileWriting += int(!QDir(m_dir.path())
                                 .entryList({QLatin1Char('.') + name + QStringLiteral(".importing-*")},
                                     QDir::Dirs | QDir::Hidden)
                                 .isEmpty());
        if (!QFileInfo::exists(folder))
            continue;
        ++complete;
        const QByteArray got = exported(folder);
        QVERIFY2(requestCount(got) == requestCount(reference),
            qPrintable(QStringLiteral("run %1, killed after %2 us: %3 holds %4 of %5 requests (seed %6)")
                           .arg(run)
                           .arg(delay.count())
                           .arg(folder)
                           .arg(requestCount(got))
                           .arg(requestCount(reference))
                           .arg(schedule.seed())));
    }
    qInfo("import: of %d runs, %d killed while writing, %d complete (a whole import takes %lld us)", runs,
        whileWriting, complete, qlonglong(full.count()));
}

// The output file is what it was or the whole new export, never a part of it.
void TestCliKill9::exportIsOldOrNew()
{
    const QString collection = m_dir.filePath(QStringLiteral("to-export"));
    QVERIFY(runToEnd({QStringLiteral("import"), QStringLiteral("postman"), m_postman,
                         QStringLiteral("--into"), collection, QStringLiteral("--no-keychain")})
                .count() > 0);
    const QByteArray fresh = exported(collection);
    QCOMPARE(requestCount(fresh), folders * requestsPerFolder);
    const QString out = m_dir.filePath(QStringLiteral("out/exported.json"));
    const QStringList args = {
        QStringLiteral("export"), QStringLiteral("postman"), collection, QStringLiteral("--out"), out};
    const QByteArray old = R"({"info":{"name":"the previous export"},"item":[]})";
    const std::chrono::microseconds full = runToEnd(args);
    QVERIFY(full.count() > 0);

    test::KillSchedule schedule("export");
    int complete = 0;
    for (int run = 0; run < runs; ++run) {
        QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
        QFile previous(out);
        QVERIFY(previous.open(QIODevice::WriteOnly | QIODevice::Truncate));
        previous.write(old);
        previous.close();
        const std::chrono::microseconds delay = schedule.next(full * 5 / 4);
        runAndKill(args, delay);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray got = file.readAll();
        QVERIFY2(got == old || got == fresh,
            qPrintable(QStringLiteral("run %1, killed after %2 us: %3 bytes, neither the old file nor the "
                                      "new export (seed %4)")
                           .arg(run)
                           .arg(delay.count())
                           .arg(got.size())
                           .arg(schedule.seed())));
        complete += int(got == fresh);
    }
    // QSaveFile writes into an unnamed O_TMPFILE and links it in at the end: only a kill between
    // that link (to NAME.XXXXXX) and the rename over NAME, a few microseconds, leaves a file behind.
    const qsizetype leftovers = QDir(QFileInfo(out).absolutePath()).entryList(QDir::Files).size() - 1;
    qInfo("export: of %d runs, %d wrote the new export, %lld left a temporary file (a whole export takes "
          "%lld us)",
        runs, complete, qlonglong(leftovers), qlonglong(full.count()));
}

QTEST_GUILESS_MAIN(TestCliKill9)
#include "tst_cli_kill9.moc"
