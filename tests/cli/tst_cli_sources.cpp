// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "clirunner.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ewb::test;

// ewb sources against the real Secret Service of the test session (scripts/test.sh starts one).
class TestCliSources : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addListTestRemove();
    void keyNeverOnTheCommandLineOrInFiles();
    void usage_data();
    void usage();

private:
    QProcessEnvironment env() const;
    void assertKeyInNoFile(const QByteArray &key);

    QTemporaryDir m_data;
    const QByteArray m_key = "ewb-test-key-7f3a9c1d5e2b4a6f";
};

QProcessEnvironment TestCliSources::env() const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("EWB_DATA_DIR"), m_data.path());
    e.remove(QStringLiteral("EWB_API_KEY"));
    return e;
}

void TestCliSources::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
        "run under scripts/test.sh, which starts a D-Bus session with gnome-keyring");
}

void TestCliSources::assertKeyInNoFile(const QByteArray &key)
{
    QDirIterator it(m_data.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(key), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files > 0); // sources.json at least was written and read
}

void TestCliSources::addListTestRemove()
{
    // A port where nothing listens: Test Connection must say so, in words.
    CliRun add = runEwb({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("Local"),
                            QStringLiteral("--region"), QStringLiteral("http://127.0.0.1:9/v1"),
                            QStringLiteral("--key-stdin")},
        m_key + '\n', env());
    QVERIFY2(add.exitCode == 0, add.err.constData());
    QVERIFY(add.out.contains("keychain"));

    CliRun duplicate = runEwb({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("local"),
                                  QStringLiteral("--region"), QStringLiteral("eu")},
        {}, env());
    QCOMPARE(duplicate.exitCode, 1);

    CliRun list = runEwb({QStringLiteral("sources"), QStringLiteral("list")}, {}, env());
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("Local"));
    QVERIFY(list.out.contains("http://127.0.0.1:9/v1"));

    CliRun test =
        runEwb({QStringLiteral("sources"), QStringLiteral("test"), QStringLiteral("Local")}, {}, env());
    QCOMPARE(test.exitCode, 1);
    QVERIFY2(test.out.contains("127.0.0.1:9"), test.out.constData());

    CliRun send = runEwb({QStringLiteral("send"), QStringLiteral("--source"), QStringLiteral("Local"),
                             QStringLiteral("--retries"), QStringLiteral("0"), QStringLiteral("-")},
        R"({"type":"track","userId":"u","event":"E"})", env());
    QCOMPARE(send.exitCode, 1);
    QVERIFY2(send.out.contains("Connection refused"), send.out.constData());

    for (const CliRun &run : {add, list, test, send}) {
        QVERIFY(!run.out.contains(m_key));
        QVERIFY(!run.err.contains(m_key));
    }
    assertKeyInNoFile(m_key);

    CliRun remove =
        runEwb({QStringLiteral("sources"), QStringLiteral("remove"), QStringLiteral("Local")}, {}, env());
    QCOMPARE(remove.exitCode, 0);
    CliRun after = runEwb({QStringLiteral("sources"), QStringLiteral("list")}, {}, env());
    QVERIFY(!after.out.contains("Local"));
}

void TestCliSources::keyNeverOnTheCommandLineOrInFiles()
{
    // There is no option that takes a key as an argument.
    CliRun run = runEwb({QStringLiteral("send"), QStringLiteral("--key"), QString::fromLatin1(m_key),
                            QStringLiteral("--region"), QStringLiteral("eu"), QStringLiteral("-")},
        "{}", env());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.contains(m_key));
    CliRun help = runEwb({QStringLiteral("send"), QStringLiteral("--help")}, {}, env());
    QVERIFY(help.out.contains("--key-env"));
    QVERIFY(help.out.contains("--key-stdin"));
    QVERIFY(!help.out.contains("--key "));
}

void TestCliSources::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("no subcommand") << QStringList {QStringLiteral("sources")};
    QTest::addRow("unknown subcommand") << QStringList {QStringLiteral("sources"), QStringLiteral("purge")};
    QTest::addRow("add without region")
        << QStringList {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("X")};
    QTest::addRow("add with bad region") << QStringList {QStringLiteral("sources"), QStringLiteral("add"),
        QStringLiteral("X"), QStringLiteral("--region"), QStringLiteral("mars")};
    QTest::addRow("send without target") << QStringList {QStringLiteral("send"), QStringLiteral("-")};
}

void TestCliSources::usage()
{
    QFETCH(QStringList, args);
    CliRun run = runEwb(args, "{}", env());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliSources)
#include "tst_cli_sources.moc"
