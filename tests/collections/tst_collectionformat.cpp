// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "collections/collection.h"
#include "collections/filenames.h"
#include "golden.h"
#include "json/jsonparser.h"
#include "support/testpaths.h"
#include "util/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ewb;

namespace {

JsonObject object(const char *json)
{
    Result<Payload> p = Payload::fromText(QByteArray(json), CallType::Track);
    return p ? p->body() : JsonObject();
}

// The collection tests/data/collections/sample holds, built in code.
Collection sampleCollection()
{
    Collection c;
    c.id = QUuid::fromString(u"{3b0f8a52-8f7e-4d2a-9c55-0a1c2e3d4f50}");
    c.name = QStringLiteral("Onboarding flows");
    c.description = QStringLiteral("Calls a new customer's app sends in its first week.");
    c.variables = {Variable {QStringLiteral("baseUrl"), QStringLiteral("http://127.0.0.1:8080/v1"), false},
        Variable {QStringLiteral("userId"), QStringLiteral("u-1001"), false},
        Variable {QStringLiteral("write_key"), QString(), true}};
    c.auth = Auth::basic(QStringLiteral("{{write_key}}"));
    c.target.baseUrl = QStringLiteral("{{baseUrl}}");

    SavedRequest identify;
    identify.name = QStringLiteral("Identify: new user");
    identify.type = CallType::Identify;
    identify.body = object(R"({"userId":"{{userId}}","traits":{"email":"{{$randomEmail}}","plan":"trial"}})");
    identify.notes = QStringLiteral("Run first.");

    SavedRequest track;
    track.name = QStringLiteral("Track: Signed Up");
    track.type = CallType::Track;
    track.body =
        object(R"({"userId":"{{userId}}","event":"Signed Up","properties":{"count":1.50,"ok":true}})");
    track.target.sourceName = QStringLiteral("Sandbox");

    SavedRequest counted;
    counted.name = QStringLiteral("Track: count from a variable");
    counted.type = CallType::Track;
    counted.setBodyText(QStringLiteral(
        "{\"userId\": \"{{userId}}\", \"event\": \"Counted\", \"properties\": {\"n\": {{count}}}}"));

    SavedRequest batch;
    batch.name = QStringLiteral("Batch: two calls");
    batch.type = CallType::Batch;
    batch.body =
        object(R"({"batch":[{"type":"identify","userId":"a"},{"type":"track","userId":"a","event":"E"}]})");
    batch.auth = Auth {Auth::Kind::None, {}, {}};

    CollectionItem inner = CollectionItem::makeFolder(FolderInfo {QStringLiteral("Batches"), {}, {}});
    inner.children.push_back(CollectionItem::makeRequest(batch));
    CollectionItem folder = CollectionItem::makeFolder(FolderInfo {QStringLiteral("Day 1"),
        QStringLiteral("The first day."), Auth::basic(QStringLiteral("{{day1_key}}"))});
    folder.children.push_back(CollectionItem::makeRequest(track));
    folder.children.push_back(CollectionItem::makeRequest(counted));
    folder.children.push_back(std::move(inner));
    c.items.push_back(CollectionItem::makeRequest(identify));
    c.items.push_back(std::move(folder));
    return c;
}

QString sampleFolder()
{
    return test::sourcePath(QStringLiteral("tests/data/collections/sample"));
}

} // namespace

class TestCollectionFormat : public QObject
{
    Q_OBJECT

private slots:
    void safeFileNames_data();
    void safeFileNames();
    void collisionsAreResolvedInOrder();
    void writesTheGoldenCollection();
    void goldenCollectionRoundTrips();
    void readsBackWhatItWrote();
    void brokenFilesAreReportedAndTheRestOpens();
    void removesWhatTheCollectionNoLongerHolds();
    void neverDeletesFilesItDidNotWrite();
    void linksAreNeverFollowed();
    void devicesAndPipesAreNotRead();
    void keepsAFileItWroteThatNoLongerReads();
    void aRemovedFolderKeepsWhatItDidNotWrite();
    void aNewCollectionNeedsAnEmptyFolder();
    void keepsFileNamesAcrossRenames();
    void pickUpsFilesAddedOnDisk();
    void refusesKeysInTargets();
    void findsTheCollectionRoot();
};

void TestCollectionFormat::safeFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << "Track: Order Completed"
                           << "track-order-completed";
    QTest::addRow("accents") << "Café Crème"
                             << "cafe-creme";
    QTest::addRow("reserved con") << "CON"
                                  << "con-1";
    QTest::addRow("reserved com1") << "com1"
                                   << "com1-1";
    QTest::addRow("not reserved com10") << "com10"
                                        << "com10";
    QTest::addRow("trailing dots and spaces") << "name. . "
                                              << "name";
    QTest::addRow("only symbols") << "???"
                                  << "request";
    QTest::addRow("empty") << ""
                           << "request";
    QTest::addRow("slashes and colons") << "a/b\\c:d*e?f\"g<h>i|j"
                                        << "a-b-c-d-e-f-g-h-i-j";
    QTest::addRow("non-latin") << "注文"
                               << "request";
    QTest::addRow("long") << QString(200, QLatin1Char('x')) << QString(maxFileStemLength, QLatin1Char('x'));
    QTest::addRow("long with dash at cut")
        << (QString(59, QLatin1Char('x')) + QStringLiteral(" yy")) << QString(59, QLatin1Char('x'));
}

void TestCollectionFormat::safeFileNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(safeFileName(name, QStringLiteral("request")), expected);
}

void TestCollectionFormat::collisionsAreResolvedInOrder()
{
    TakenFileNames taken({QStringLiteral("collection.json")});
    QCOMPARE(taken.unique(QStringLiteral("a"), QStringLiteral(".json")), QStringLiteral("a.json"));
    QCOMPARE(taken.unique(QStringLiteral("a"), QStringLiteral(".json")), QStringLiteral("a-2.json"));
    QCOMPARE(taken.unique(QStringLiteral("A"), QStringLiteral(".json")), QStringLiteral("A-3.json"));
    QCOMPARE(taken.unique(QStringLiteral("collection"), QStringLiteral(".json")),
        QStringLiteral("collection-2.json"));
    // A name taken by hand in between is skipped, not reused.
    taken.add(QStringLiteral("a-4.json"));
    QCOMPARE(taken.unique(QStringLiteral("a"), QStringLiteral(".json")), QStringLiteral("a-5.json"));
}

void TestCollectionFormat::writesTheGoldenCollection()
{
    QTemporaryDir dir;
    Collection c = sampleCollection();
    QVERIFY(saveCollection(c, dir.path()).ok());
    const QString difference = test::compareTrees(dir.path(), sampleFolder());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // Every file is pretty, key-sorted JSON with a final newline, readable by its owner only.
    for (const QString &file : test::filesUnder(dir.path())) {
        QFile f(QDir(dir.path()).filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.readAll().endsWith("}\n"), qPrintable(file));
        QCOMPARE(
            f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    }
}

void TestCollectionFormat::goldenCollectionRoundTrips()
{
    Result<LoadedCollection> loaded = loadCollection(sampleFolder());
    QVERIFY(loaded.ok());
    QVERIFY(loaded->problems.isEmpty());
    QTemporaryDir dir;
    QVERIFY(saveCollection(loaded->collection, dir.path()).ok());
    const QString difference = test::compareTrees(dir.path(), sampleFolder());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestCollectionFormat::readsBackWhatItWrote()
{
    QTemporaryDir dir;
    Collection written = sampleCollection();
    QVERIFY(saveCollection(written, dir.path()).ok());
    Result<LoadedCollection> loaded = loadCollection(dir.path());
    QVERIFY(loaded.ok());
    QVERIFY(loaded->problems.isEmpty());
    QCOMPARE(loaded->collection.requestCount(), 4);
    QCOMPARE(loaded->collection, written);
    // A body is stored key-sorted, but comes back in the wire order of a call.
    const JsonObject &body = *loaded->collection.items[1].children[0].request.body;
    QCOMPARE(body.members().front().first, QStringLiteral("userId"));
    QCOMPARE(body.members()[1].first, QStringLiteral("event"));
}

void TestCollectionFormat::brokenFilesAreReportedAndTheRestOpens()
{
    QTemporaryDir dir;
    Collection c = sampleCollection();
    QVERIFY(saveCollection(c, dir.path()).ok());
    const QString broken = dir.filePath(QStringLiteral("day-1/track-signed-up.json"));
    QVERIFY(writeFileAtomically(broken, "{\n  \"name\": \"x\",\n  \"type\": \"track\"\n  \"body\": {}\n}\n")
                .ok());
    QVERIFY(writeFileAtomically(
        dir.filePath(QStringLiteral("day-1/wrong-type.json")), "{\"name\":\"w\",\"type\":\"delete\"}\n")
                .ok());
    QVERIFY(writeFileAtomically(dir.filePath(QStringLiteral("collection.json")), "{ not json").ok());
    Result<LoadedCollection> loaded = loadCollection(dir.path());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->problems.size(), 3);
    const CollectionProblem &header = loaded->problems[0];
    QCOMPARE(header.file, QStringLiteral("collection.json"));
    QCOMPARE(header.line, 1);
    const CollectionProblem &syntax = loaded->problems[1];
    QCOMPARE(syntax.file, QStringLiteral("day-1/track-signed-up.json"));
    QCOMPARE(syntax.line, 4);
    QCOMPARE(syntax.column, 3);
    QVERIFY2(syntax.toString().startsWith(QStringLiteral("day-1/track-signed-up.json:4:3: ")),
        qPrintable(syntax.toString()));
    QCOMPARE(loaded->problems[2].file, QStringLiteral("day-1/wrong-type.json"));
    QCOMPARE(loaded->problems[2].line, 0);
    // The two readable requests and the nested batch still open.
    QCOMPARE(loaded->collection.requestCount(), 3);
}

void TestCollectionFormat::removesWhatTheCollectionNoLongerHolds()
{
    QTemporaryDir dir;
    Collection c = sampleCollection();
    QVERIFY(saveCollection(c, dir.path()).ok());
    QVERIFY(writeFileAtomically(dir.filePath(QStringLiteral("day-1/README.md")), "mine\n").ok());
    c.items[1].children.pop_back(); // the "Batches" folder
    c.items[1].children.pop_back(); // "count from a variable"
    QVERIFY(saveCollection(c, dir.path()).ok());
    QCOMPARE(test::filesUnder(dir.path()),
        QStringList({QStringLiteral("collection.json"), QStringLiteral("day-1/README.md"),
            QStringLiteral("day-1/folder.json"), QStringLiteral("day-1/track-signed-up.json"),
            QStringLiteral("identify-new-user.json")}));
}

// Issue 8, item 4: New Collection on a project folder deleted package.json, tsconfig.json and src/.
void TestCollectionFormat::neverDeletesFilesItDidNotWrite()
{
    QTemporaryDir dir;
    QVERIFY(writeFileAtomically(dir.filePath(QStringLiteral("package.json")), R"({"name":"app"})").ok());
    QVERIFY(writeFileAtomically(dir.filePath(QStringLiteral("tsconfig.json")), "{}").ok());
    QVERIFY(writeFileAtomically(dir.filePath(QStringLiteral("src/index.json")), "{}").ok());
    QVERIFY(writeFileAtomically(dir.filePath(QStringLiteral("src/folder.json")), R"({"name":"src"})").ok());
    // A request-shaped file a colleague dropped in: valid, but this collection never wrote it.
    SavedRequest theirs;
    theirs.name = QStringLiteral("Theirs");
    theirs.body = JsonObject();
    QVERIFY(saveRequestFile(dir.filePath(QStringLiteral("theirs.json")), theirs).ok());
    const QStringList before = test::filesUnder(dir.path());

    Collection c = Collection::create(QStringLiteral("new"));
    QVERIFY(saveCollection(c, dir.path()).ok());
    QStringList expected = before;
    expected.append(QStringLiteral("collection.json"));
    expected.sort();
    QCOMPARE(test::filesUnder(dir.path()), expected);
    QVERIFY(saveCollection(c, dir.path()).ok()); // and again, now that collection.json exists
    QCOMPARE(test::filesUnder(dir.path()), expected);
}

// Issue 9: deleting a folder that was a link to a folder outside deleted everything in it; a link
// to the collection itself made export walk 40 levels deep.
void TestCollectionFormat::linksAreNeverFollowed()
{
    QTemporaryDir dir;
    const QString outside = dir.filePath(QStringLiteral("outside"));
    QVERIFY(writeFileAtomically(
        outside + QStringLiteral("/precious.json"), R"({"name":"x","type":"track","body":{}})")
                .ok());
    const QString folder = dir.filePath(QStringLiteral("c"));
    Collection c = sampleCollection();
    QVERIFY(saveCollection(c, folder).ok());
    QVERIFY(QFile::link(outside, folder + QStringLiteral("/elsewhere")));
    QVERIFY(QFile::link(folder, folder + QStringLiteral("/loop")));
    Result<LoadedCollection> loaded = loadCollection(folder);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->collection.requestCount(), c.requestCount());
    QStringList linked;
    for (const CollectionProblem &p : loaded->problems)
        linked << p.file;
    linked.sort();
    QCOMPARE(linked, QStringList({QStringLiteral("elsewhere"), QStringLiteral("loop")}));
    // Saved again, and a folder deleted: nothing outside is touched, and the links stay.
    loaded->collection.items.pop_back();
    QVERIFY(saveCollection(loaded->collection, folder).ok());
    QVERIFY(QFile::exists(outside + QStringLiteral("/precious.json")));
    QVERIFY(QFileInfo(folder + QStringLiteral("/elsewhere")).isSymLink());
}

// Issue 9: a request or collection.json that is a link to /dev/zero or a FIFO aborted or blocked
// ewb export and ewb send.
void TestCollectionFormat::devicesAndPipesAreNotRead()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("c"));
    Collection c = sampleCollection();
    QVERIFY(saveCollection(c, folder).ok());
    QVERIFY(QFile::remove(folder + QStringLiteral("/collection.json")));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), folder + QStringLiteral("/collection.json")));
    const QString fifo = folder + QStringLiteral("/identify-new-user.json");
    QVERIFY(QFile::remove(fifo));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    Result<LoadedCollection> loaded = loadCollection(folder); // neither blocks nor reads forever
    QVERIFY(loaded.ok());
    CollectionProblem problem;
    QVERIFY(!loadCollectionHeader(folder, &problem).ok());
    QVERIFY2(problem.message.contains(QStringLiteral("not a regular file")), qPrintable(problem.message));
    QVERIFY(!loadRequestFile(fifo, &problem).ok());
    QVERIFY2(problem.message.contains(QStringLiteral("not a regular file")), qPrintable(problem.message));
}

// Issue 8, item 4: a request file with git conflict markers was gone after the next Save.
void TestCollectionFormat::keepsAFileItWroteThatNoLongerReads()
{
    QTemporaryDir dir;
    Collection c = sampleCollection();
    QVERIFY(saveCollection(c, dir.path()).ok());
    const QString conflicted = dir.filePath(QStringLiteral("identify-new-user.json"));
    const QByteArray merge =
        "<<<<<<< HEAD\n{\"name\": \"mine\"}\n=======\n{\"name\": \"theirs\"}\n>>>>>>> b\n";
    QVERIFY(writeFileAtomically(conflicted, merge).ok());
    Result<LoadedCollection> loaded = loadCollection(dir.path());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->problems.size(), 1);
    QList<CollectionProblem> kept;
    QVERIFY(saveCollection(loaded->collection, dir.path(), &kept).ok());
    QFile file(conflicted);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), merge);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().file, QStringLiteral("identify-new-user.json"));
}

// A folder deleted from the collection goes, but not the files someone else put in it.
void TestCollectionFormat::aRemovedFolderKeepsWhatItDidNotWrite()
{
    QTemporaryDir dir;
    Collection c = sampleCollection();
    QVERIFY(saveCollection(c, dir.path()).ok());
    QVERIFY(writeFileAtomically(dir.filePath(QStringLiteral("day-1/batches/notes.txt")), "mine\n").ok());
    c.items[1].children.pop_back(); // the "Batches" folder
    QList<CollectionProblem> kept;
    QVERIFY(saveCollection(c, dir.path(), &kept).ok());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("day-1/batches/notes.txt"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("day-1/batches/folder.json"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("day-1/batches/batch-two-calls.json"))));
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().file, QStringLiteral("day-1/batches"));
}

void TestCollectionFormat::aNewCollectionNeedsAnEmptyFolder()
{
    QTemporaryDir dir;
    QVERIFY(checkNewCollectionFolder(dir.path()).ok());
    QVERIFY(checkNewCollectionFolder(dir.filePath(QStringLiteral("not-yet"))).ok());
    QVERIFY(writeFileAtomically(dir.filePath(QStringLiteral("package.json")), "{}").ok());
    const Status refused = checkNewCollectionFolder(dir.path());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("collection.folder-not-empty"));
    QVERIFY(refused.error().message.contains(QStringLiteral("package.json")));
}

void TestCollectionFormat::keepsFileNamesAcrossRenames()
{
    QTemporaryDir dir;
    Collection c = sampleCollection();
    QVERIFY(saveCollection(c, dir.path()).ok());
    c.items[0].request.name = QStringLiteral("Identify: renamed");
    QVERIFY(saveCollection(c, dir.path()).ok());
    Result<LoadedCollection> loaded = loadCollection(dir.path());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->collection.items[0].fileName, QStringLiteral("identify-new-user.json"));
    QCOMPARE(loaded->collection.items[0].request.name, QStringLiteral("Identify: renamed"));
}

void TestCollectionFormat::pickUpsFilesAddedOnDisk()
{
    QTemporaryDir dir;
    Collection c = sampleCollection();
    QVERIFY(saveCollection(c, dir.path()).ok());
    // Someone else's commit adds a request: it opens after the ones in the saved order.
    SavedRequest added;
    added.name = QStringLiteral("From a pull");
    added.body = JsonObject();
    QVERIFY(saveRequestFile(dir.filePath(QStringLiteral("a-first-by-name.json")), added).ok());
    Result<LoadedCollection> loaded = loadCollection(dir.path());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->collection.items.size(), size_t(3));
    QCOMPARE(loaded->collection.items.back().request.name, QStringLiteral("From a pull"));
}

void TestCollectionFormat::refusesKeysInTargets()
{
    Result<JsonValue> doc =
        parseJson(R"({"name":"x","type":"track","body":{},"target":{"baseUrl":"u","key":"k"}})");
    QVERIFY(doc.ok());
    Result<SavedRequest> r = SavedRequest::fromJson(doc.value());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("target.key"));
}

void TestCollectionFormat::findsTheCollectionRoot()
{
    QTemporaryDir dir;
    Collection c = sampleCollection();
    QVERIFY(saveCollection(c, dir.path()).ok());
    const QString root = QDir(dir.path()).canonicalPath();
    QCOMPARE(QDir(findCollectionRoot(dir.filePath(QStringLiteral("day-1/batches/batch-two-calls.json"))))
                 .canonicalPath(),
        root);
    QCOMPARE(QDir(findCollectionRoot(dir.filePath(QStringLiteral("identify-new-user.json")))).canonicalPath(),
        root);
    QTemporaryDir other;
    QVERIFY(findCollectionRoot(other.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestCollectionFormat)
#include "tst_collectionformat.moc"
