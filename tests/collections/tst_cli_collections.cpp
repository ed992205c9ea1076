// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "cli/clirunner.h"
#include "collections/collection.h"
#include "golden.h"
#include "support/testpaths.h"
#include "variables/secretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ewb;

// ewb import / export end to end, as a user runs them. With KEYCHAIN defined (the
// tst_cli_collections_keychain build) the literal keys go to the real keychain; without it they
// are dropped with --no-keychain. Either way none may be in any file of the data folder afterwards.
class TestCliCollections : public QObject
{
    Q_OBJECT

private slots:
    void importAndExportTheFixture();
    void literalKeysNeverReachAFile();
    void usageErrors_data();
    void usageErrors();
    void importErrorsTalkAboutTheFile();

private:
    QProcessEnvironment environment(const QString &dataDir) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EWB_DATA_DIR"), dataDir);
        return env;
    }
};

void TestCliCollections::importAndExportTheFixture()
{
    QTemporaryDir data;
    const QString folder = data.filePath(QStringLiteral("pipelines"));
    const QString fixture = test::sharedPath(
        QStringLiteral("fixtures/postman/customer-io-pipelines-api.postman_collection.json"));
    test::CliRun run = test::runEwb(
        {QStringLiteral("import"), QStringLiteral("postman"), fixture, QStringLiteral("--into"), folder}, {},
        environment(data.path()));
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("7 requests into"), run.out.constData());
    QVERIFY(run.out.contains("saved example response"));
    const QString difference =
        test::compareTrees(folder, test::sourcePath(QStringLiteral("tests/data/collections/customer-io")));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    run = test::runEwb(
        {QStringLiteral("export"), QStringLiteral("postman"), folder}, {}, environment(data.path()));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        test::readFileOrFail(
            test::sourcePath(QStringLiteral("tests/data/collections/customer-io.postman.json"))));

    const QString out = data.filePath(QStringLiteral("out/exported.json"));
    run = test::runEwb(
        {QStringLiteral("export"), QStringLiteral("postman"), folder, QStringLiteral("--out"), out}, {},
        environment(data.path()));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(test::readFileOrFail(out),
        test::readFileOrFail(
            test::sourcePath(QStringLiteral("tests/data/collections/customer-io.postman.json"))));

    // A broken file: the rest is exported, the problem named with its place, exit 1.
    QFile broken(folder + QStringLiteral("/track/track-an-event.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("{\n  \"name\": ,\n}\n");
    broken.close();
    run = test::runEwb(
        {QStringLiteral("export"), QStringLiteral("postman"), folder}, {}, environment(data.path()));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("track/track-an-event.json:2:"), run.err.constData());
    QVERIFY(run.out.contains("\"Identify a person\""));
    QVERIFY(!run.out.contains("\"Track an event\""));
}

void TestCliCollections::literalKeysNeverReachAFile()
{
    QTemporaryDir data;
    const QString folder = data.filePath(QStringLiteral("literal"));
    QStringList args = {QStringLiteral("import"), QStringLiteral("postman"),
        test::sourcePath(QStringLiteral("tests/data/collections/literal-keys.postman.json")),
        QStringLiteral("--into"), folder};
#ifndef KEYCHAIN
    args.append(QStringLiteral("--no-keychain"));
#endif
    test::CliRun run = test::runEwb(args, {}, environment(data.path()));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("2 requests could not be carried over"), run.out.constData());
#ifdef KEYCHAIN
    QVERIFY2(run.err.contains("is in the keychain"), run.err.constData());
    // The values are in the keychain, under the collection's scope.
    Result<LoadedCollection> loaded = loadCollection(folder);
    QVERIFY(loaded.ok());
    std::unique_ptr<KeyStore> keychain = makeVariableKeychain();
    SecretStore secrets(*keychain);
    Result<QString> value = secrets.readAndWait(loaded->collection.secretScope(), QStringLiteral("writeKey"));
    QVERIFY2(value.ok(), value.ok() ? "" : qPrintable(value.error().message));
    QCOMPARE(value.value(), QStringLiteral("LITERAL-BODY-KEY"));
#else
    QVERIFY(run.err.contains("was dropped (--no-keychain)"));
#endif
    run = test::runEwb({QStringLiteral("export"), QStringLiteral("postman"), folder, QStringLiteral("--out"),
                           data.filePath(QStringLiteral("export.json"))},
        {}, environment(data.path()));
    QCOMPARE(run.exitCode, 0);
    // Nothing written in the whole data folder, nor anything printed, holds a key.
    for (const QByteArray &key : {QByteArray("LITERAL-COLLECTION-KEY"), QByteArray("LITERAL-VARIABLE-KEY"),
             QByteArray("LITERAL-HEADER-KEY"), QByteArray("LITERAL-BODY-KEY"), QByteArray("LITERAL-BEARER"),
             QByteArray("TElURVJBTC1IRUFERVItS0VZ")}) {
        const QStringList found = test::filesContaining(data.path(), key);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
        QVERIFY(!run.out.contains(key) && !run.err.contains(key));
    }
    QVERIFY(!test::filesUnder(data.path()).isEmpty());
}

void TestCliCollections::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addRow("import without --into")
        << QStringList {QStringLiteral("import"), QStringLiteral("postman"), QStringLiteral("f.json")} << 2;
    QTest::addRow("import unknown format")
        << QStringList {QStringLiteral("import"), QStringLiteral("insomnia"), QStringLiteral("f"),
               QStringLiteral("--into"), QStringLiteral("d")}
        << 2;
    QTest::addRow("import missing file")
        << QStringList {QStringLiteral("import"), QStringLiteral("postman"),
               QStringLiteral("/nonexistent.json"), QStringLiteral("--into"), QStringLiteral("d")}
        << 2;
    QTest::addRow("export missing folder")
        << QStringList {QStringLiteral("export"), QStringLiteral("postman"), QStringLiteral("/nonexistent")}
        << 2;
    QTest::addRow("export help") << QStringList {QStringLiteral("export"), QStringLiteral("--help")} << 0;
}

void TestCliCollections::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QTemporaryDir data;
    const test::CliRun run = test::runEwb(args, {}, environment(data.path()));
    QCOMPARE(run.exitCode, code);
}

// Issue 9: a Postman export saved as Latin-1 was refused because "the API needs UTF-8 text", as if
// it were a call; the file is not sent anywhere.
void TestCliCollections::importErrorsTalkAboutTheFile()
{
    QTemporaryDir data;
    const QString file = data.filePath(QStringLiteral("latin1.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"info\":{\"name\":\"Caf\xe9\"},\"item\":[]}");
    f.close();
    const test::CliRun run = test::runEwb({QStringLiteral("import"), QStringLiteral("postman"), file,
                                              QStringLiteral("--into"), data.filePath(QStringLiteral("c"))},
        {}, environment(data.path()));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("latin1.json") && run.err.contains("not valid UTF-8"), run.err.constData());
    QVERIFY2(!run.err.contains("API"), run.err.constData());
    QVERIFY(!QFileInfo::exists(data.filePath(QStringLiteral("c"))));
}

QTEST_GUILESS_MAIN(TestCliCollections)
#include "tst_cli_collections.moc"
