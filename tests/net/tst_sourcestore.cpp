// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "json/jsonparser.h"
#include "sources/sessionkeystore.h"
#include "sources/sourcestore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ewb;

// Sources on disk: a round trip, names kept unique, damaged files moved aside, no key in any file.
class TestSourceStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sourceJsonRoundTrip();
    void storeRoundTrip();
    void missingFileIsEmpty();
    void namesUnique();
    void damagedFileMovedAside_data();
    void damagedFileMovedAside();
    void noKeyInAnyFile();
    void sessionKeyStore();

private:
    static std::vector<Source> sampleSources();
};

std::vector<Source> TestSourceStore::sampleSources()
{
    Source us = Source::create(QStringLiteral("Web (US)"), Region::US);
    Source eu = Source::create(QStringLiteral("Mobile EU"), Region::EU);
    eu.strictMode = false;
    Source local = Source::create(
        QStringLiteral("Local"), Region::Custom, QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
    JsonObject context;
    context.insert(QStringLiteral("channel"), QStringLiteral("server"));
    local.defaultContext = context;
    return {us, eu, local};
}

void TestSourceStore::sourceJsonRoundTrip()
{
    for (const Source &s : sampleSources()) {
        auto back = Source::fromJson(s.toJson());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back.value(), s);
    }
    QCOMPARE(sampleSources()[0].baseUrl(), regionBaseUrl(Region::US));
    QCOMPARE(sampleSources()[2].baseUrl(), QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
    QVERIFY(sampleSources()[0].strictMode); // on unless turned off
}

void TestSourceStore::storeRoundTrip()
{
    QTemporaryDir dir;
    SourceStore store(dir.path());
    for (const Source &s : sampleSources())
        QVERIFY(store.add(s).ok());
    QVERIFY(store.save().ok());
    QCOMPARE(
        QFile(store.filePath()).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

    SourceStore again(dir.path());
    QVERIFY(again.load().ok());
    QCOMPARE(again.sources(), store.sources());
    QCOMPARE(again.findByName(u"mobile eu")->region, Region::EU);
    // Saving what was loaded writes the same bytes.
    QFile written(store.filePath());
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(SourceStore::serialize(again.sources()), written.readAll());
}

void TestSourceStore::missingFileIsEmpty()
{
    QTemporaryDir dir;
    SourceStore store(dir.path());
    QVERIFY(store.load().ok());
    QVERIFY(store.sources().empty());
}

void TestSourceStore::namesUnique()
{
    QTemporaryDir dir;
    SourceStore store(dir.path());
    const Source web = Source::create(QStringLiteral("Web"), Region::US);
    QVERIFY(store.add(web).ok());
    auto clash = store.add(Source::create(QStringLiteral(" web "), Region::EU));
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, QStringLiteral("sources.name-taken"));
    QVERIFY(clash.error().message.contains(QLatin1String("already a source named \"Web\"")));
    QCOMPARE(
        store.add(Source::create(QString(), Region::EU)).error().code, QStringLiteral("sources.no-name"));
    // Issue 9: names with terminal control codes were accepted and echoed raw.
    for (const QString &name :
        {QStringLiteral("prod\x1b]0;x\x07"), QStringLiteral("two\nlines"), QStringLiteral("bidi\u202Etxt")})
        QCOMPARE(
            store.add(Source::create(name, Region::EU)).error().code, QStringLiteral("sources.name-control"));

    Source other = Source::create(QStringLiteral("Other"), Region::EU);
    QVERIFY(store.add(other).ok());
    other.name = QStringLiteral("WEB");
    QCOMPARE(store.update(other).error().code, QStringLiteral("sources.name-taken"));
    other.name = QStringLiteral("Renamed");
    QVERIFY(store.update(other).ok());
    QCOMPARE(store.find(other.id)->name, QStringLiteral("Renamed"));
    QVERIFY(store.remove(other.id));
    QVERIFY(!store.remove(other.id));
}

void TestSourceStore::damagedFileMovedAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("says");
    QTest::addRow("not JSON") << QByteArray("{\"sources\": [") << QStringLiteral("line 1");
    QTest::addRow("binary") << QByteArray("\xff\xfe\x00garbage", 10) << QStringLiteral("UTF-8");
    QTest::addRow("wrong shape") << QByteArray("[1,2]") << QStringLiteral("\"sources\" list");
    QTest::addRow("bad region")
        << QByteArray(
               R"({"sources":[{"id":"6f1c1f0e-8a55-4c43-9a59-8a3a3d4a1b2c","name":"A","region":"mars"}]})")
        << QStringLiteral("region");
    QTest::addRow("duplicate names")
        << QByteArray(R"({"sources":[{"id":"6f1c1f0e-8a55-4c43-9a59-8a3a3d4a1b2c","name":"A","region":"us"},)"
                      R"({"id":"7f1c1f0e-8a55-4c43-9a59-8a3a3d4a1b2c","name":"a","region":"eu"}]})")
        << QStringLiteral("two sources");
}

void TestSourceStore::damagedFileMovedAside()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, says);
    QTemporaryDir dir;
    SourceStore store(dir.path());
    {
        QFile f(store.filePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const Status loaded = store.load();
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QStringLiteral("sources.damaged"));
    QVERIFY2(loaded.error().message.contains(says), qPrintable(loaded.error().message));
    QVERIFY(store.sources().empty());
    QVERIFY(!QFile::exists(store.filePath()));
    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("sources.json.damaged-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(loaded.error().message.contains(aside.first()), qPrintable(loaded.error().message));
    QFile kept(QDir(dir.path()).filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), content); // moved, never rewritten

    // The store goes on working, and a second damaged file does not overwrite the first.
    QVERIFY(store.add(Source::create(QStringLiteral("Fresh"), Region::US)).ok());
    QVERIFY(store.save().ok());
    QVERIFY(store.load().ok());
    {
        QFile f(store.filePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("oops");
    }
    QVERIFY(!store.load().ok());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("sources.json.damaged-*")}, QDir::Files).size(), 2);
}

void TestSourceStore::noKeyInAnyFile()
{
    const QString key = QStringLiteral("ewb-test-key-4f9d2c71b6");
    QTemporaryDir dir;
    SourceStore store(dir.path());
    Source source = Source::create(QStringLiteral("Keyed"), Region::EU);
    QVERIFY(store.add(source).ok());
    SessionKeyStore keys;
    QVERIFY(keys.writeKeyAndWait(source.id, key).ok());
    QVERIFY(store.save().ok());
    QCOMPARE(keys.readKeyAndWait(source.id).value(), key);

    const QList<QByteArray> needles = {
        key.toUtf8(), QByteArray(key.toUtf8() + ':').toBase64(), key.toUtf8().toBase64()};
    int files = 0;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        ++files;
        for (const QByteArray &needle : needles)
            QVERIFY2(!bytes.contains(needle), qPrintable(QStringLiteral("the key is in ") + f.fileName()));
    }
    QVERIFY(files >= 1);
}

void TestSourceStore::sessionKeyStore()
{
    SessionKeyStore keys;
    QVERIFY(!keys.isPersistent());
    const QUuid id = QUuid::createUuid();
    QCOMPARE(keys.readKeyAndWait(id).error().code, QStringLiteral("key.not-found"));
    QCOMPARE(keys.writeKeyAndWait(id, QString()).error().code, QStringLiteral("key.empty"));
    QVERIFY(keys.writeKeyAndWait(id, QStringLiteral("one")).ok());
    QVERIFY(keys.writeKeyAndWait(id, QStringLiteral("two")).ok());
    QCOMPARE(keys.readKeyAndWait(id).value(), QStringLiteral("two"));
    QVERIFY(keys.deleteKeyAndWait(id).ok());
    QVERIFY(keys.deleteKeyAndWait(id).ok());
    QCOMPARE(keys.readKeyAndWait(id).error().code, QStringLiteral("key.not-found"));

    // Answers come later, never inside the call.
    bool answered = false;
    keys.readKey(id, this, [&answered](const Result<QString> &) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);
}

QTEST_GUILESS_MAIN(TestSourceStore)
#include "tst_sourcestore.moc"
