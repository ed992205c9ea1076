// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "collections/collection.h"
#include "compose/draftstore.h"
#include "runner/runreport.h"
#include "sources/sourcestore.h"
#include "support/faildevice.h"
#include "support/testpaths.h"
#include "support/writefailure.h"
#include "variables/environment.h"
#include "workbench/exportservice.h"
#include "workbench/importservice.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace ewb;
using ewb::test::WriteFailure;

// Every writer of the product with its write failing (the atomic helper's seam, a FailDevice in
// front of the QSaveFile): at the first byte, half way, and at the commit. Each time the error is a
// value that names the file, the previous file is byte for byte what it was, no temporary file is
// left, and nothing that was there before is gone (a collection save that fails deletes nothing).
class TestWriteFailures : public QObject
{
    Q_OBJECT

private slots:
    void failDeviceFailsAfterItsBudget();
    void writerFails_data();
    void writerFails();
};

namespace {

// Every file under dir, hidden ones included, with its bytes.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        const QString relative = QDir(dir).relativeFilePath(path);
        files.insert(relative, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<dir>"));
    }
    return files;
}

SavedRequest trackRequest(const QString &name, const QString &event)
{
    SavedRequest r;
    r.name = name;
    r.type = CallType::Track;
    r.setBodyText(QStringLiteral(R"({"userId":"u1","event":"%1"})").arg(event));
    return r;
}

Collection threeRequests()
{
    Collection c = Collection::create(QStringLiteral("Three"));
    c.items.push_back(CollectionItem::makeRequest(trackRequest(QStringLiteral("A"), QStringLiteral("a"))));
    c.items.push_back(CollectionItem::makeRequest(trackRequest(QStringLiteral("B"), QStringLiteral("b"))));
    c.items.push_back(CollectionItem::makeRequest(trackRequest(QStringLiteral("C"), QStringLiteral("c"))));
    return c;
}

// One writer: what is on disk before, then the write that is made to fail; target is the name
// (wildcard) of the file whose write fails.
struct Writer
{
    std::function<void(const QString &dir)> before;
    std::function<Status(const QString &dir)> write;
    QString target;
};

QMap<QString, Writer> writers()
{
    QMap<QString, Writer> w;
    w.insert(QStringLiteral("draft"),
        {[](const QString &dir) { QVERIFY(DraftStore(dir).save(R"({"userId":"old"})").ok()); },
            [](const QString &dir) { return DraftStore(dir).save(R"({"userId":"new","event":"E"})"); },
            QFileInfo(DraftStore(QStringLiteral("/x")).path()).fileName()});
    w.insert(QStringLiteral("sources"),
        {[](const QString &dir) {
             SourceStore store(dir);
             QVERIFY(store.add(Source::create(QStringLiteral("Web"), Region::US)).ok());
             QVERIFY(store.save().ok());
         },
            [](const QString &dir) {
                SourceStore store(dir);
                if (Status loaded = store.load(); !loaded)
                    return loaded;
                if (Status added = store.add(Source::create(QStringLiteral("Mobile"), Region::EU)); !added)
                    return added;
                return store.save();
            },
            QStringLiteral("sources.json")});
    w.insert(QStringLiteral("environment"),
        {[](const QString &dir) {
             Environment env = Environment::create(QStringLiteral("Staging"));
             env.variables.push_back({QStringLiteral("host"), QStringLiteral("old.example"), false});
             QVERIFY(EnvironmentStore(dir).save(env).ok());
         },
            [](const QString &dir) {
                EnvironmentStore store(dir);
                Result<Environment> env = store.load(u"Staging");
                if (!env)
                    return Status(env.error());
                setVariable(env->variables, {QStringLiteral("host"), QStringLiteral("new.example"), false});
                return store.save(env.value());
            },
            QStringLiteral("*.json")});
    w.insert(QStringLiteral("active environment"),
        {[](const QString &dir) { QVERIFY(EnvironmentStore(dir).setActiveName(QStringLiteral("Old")).ok()); },
            [](const QString &dir) { return EnvironmentStore(dir).setActiveName(QStringLiteral("New")); },
            QStringLiteral("active")});
    const auto saveThree = [](const QString &dir) {
        Collection c = threeRequests();
        QVERIFY(saveCollection(c, dir + QStringLiteral("/three")).ok());
        QVERIFY(writeFileAtomically(dir + QStringLiteral("/three/notes.txt"), "mine\n").ok());
    };
    // The save changes B and drops C: failing at B or at collection.json (written last), C must
    // still be there, and the user's notes.txt always.
    const auto changeThree = [](const QString &dir) {
        Result<LoadedCollection> loaded = loadCollection(dir + QStringLiteral("/three"));
        if (!loaded)
            return Status(loaded.error());
        Collection c = loaded->collection;
        c.items[1].request = trackRequest(QStringLiteral("B"), QStringLiteral("b changed"));
        c.items.pop_back();
        return saveCollection(c, dir + QStringLiteral("/three"));
    };
    w.insert(QStringLiteral("collection request"), {saveThree, changeThree, QStringLiteral("b.json")});
    w.insert(
        QStringLiteral("collection header"), {saveThree, changeThree, QStringLiteral("collection.json")});
    w.insert(QStringLiteral("request file"),
        {[](const QString &dir) {
             QVERIFY(saveRequestFile(
                 dir + QStringLiteral("/r.json"), trackRequest(QStringLiteral("R"), QStringLiteral("old")))
                         .ok());
         },
            [](const QString &dir) {
                return saveRequestFile(dir + QStringLiteral("/r.json"),
                    trackRequest(QStringLiteral("R"), QStringLiteral("new")));
            },
            QStringLiteral("r.json")});
    w.insert(QStringLiteral("export"),
        {[](const QString &dir) {
             QVERIFY(writeFileAtomically(dir + QStringLiteral("/out.json"), "old export").ok());
         },
            [](const QString &dir) {
                const Result<PostmanExport> exported =
                    exportPostmanFile(threeRequests(), dir + QStringLiteral("/out.json"));
                return exported ? Status(Done {}) : Status(exported.error());
            },
            QStringLiteral("out.json")});
    // The import writes into a hidden sibling; failing there leaves neither it nor the target.
    const auto import = [](const QString &dir) {
        const Result<PostmanImport> imported = importPostmanFile(
            test::sourcePath(QStringLiteral("tests/data/collections/customer-io.postman.json")),
            dir + QStringLiteral("/imported"));
        return imported ? Status(Done {}) : Status(imported.error());
    };
    w.insert(QStringLiteral("import request"), {[](const QString &) {}, import, QStringLiteral("*.json")});
    w.insert(
        QStringLiteral("import header"), {[](const QString &) {}, import, QStringLiteral("collection.json")});
    // A run's report, streamed in pieces through the same write path.
    w.insert(QStringLiteral("run report"),
        {[](const QString &dir) {
             QVERIFY(writeFileAtomically(dir + QStringLiteral("/report.xml"), "old report").ok());
         },
            [](const QString &dir) {
                Result<std::unique_ptr<RunReport>> report =
                    RunReport::create(RunReport::Kind::JUnit, dir + QStringLiteral("/report.xml"));
                if (!report)
                    return Status(report.error());
                StepResult step;
                step.name = QStringLiteral("Track");
                step.verdict = StepResult::Verdict::Passed;
                if (Status added = report.value()->add(step); !added)
                    return added;
                return report.value()->finish(RunSummary {});
            },
            QStringLiteral("report.xml")});
    return w;
}

} // namespace

void TestWriteFailures::failDeviceFailsAfterItsBudget()
{
    QBuffer target;
    QVERIFY(target.open(QIODevice::WriteOnly));
    test::FailDevice device(&target, 5);
    QCOMPARE(device.write("abc"), 3);
    QCOMPARE(device.write("defg"), -1);
    QCOMPARE(target.data(), QByteArray("abcde")); // the bytes before the failure did go through
    QVERIFY2(device.errorString().contains(QLatin1String("No space left")), qPrintable(device.errorString()));
    QCOMPARE(device.write("h"), -1);
}

void TestWriteFailures::writerFails_data()
{
    QTest::addColumn<QString>("writer");
    QTest::addColumn<int>("at");
    QTest::addColumn<qint64>("afterBytes");
    for (const QString &name : writers().keys()) {
        QTest::addRow("%s, first byte", qPrintable(name))
            << name << int(WriteFailure::At::Bytes) << qint64(0);
        QTest::addRow("%s, after two bytes", qPrintable(name))
            << name << int(WriteFailure::At::Bytes) << qint64(2);
        QTest::addRow("%s, commit", qPrintable(name)) << name << int(WriteFailure::At::Commit) << qint64(0);
    }
}

void TestWriteFailures::writerFails()
{
    QFETCH(QString, writer);
    QFETCH(int, at);
    QFETCH(qint64, afterBytes);
    const Writer w = writers().value(writer);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    w.before(dir.path());
    if (QTest::currentTestFailed())
        return;
    const QMap<QString, QByteArray> before = snapshot(dir.path());

    Status written = Done {};
    QStringList failed;
    {
        WriteFailure failure(WriteFailure::At(at), afterBytes, w.target);
        written = w.write(dir.path());
        failed = failure.failed();
    }
    QCOMPARE(failed.size(), 1); // the writer stopped at its first failure
    QVERIFY(!written.ok());
    const QString file = QFileInfo(failed.first()).fileName();
    QVERIFY2(written.error().message.contains(file),
        qPrintable(written.error().message + QStringLiteral(" does not name ") + file));
    if (WriteFailure::At(at) == WriteFailure::At::Bytes)
        QVERIFY2(written.error().message.contains(QLatin1String("No space left")),
            qPrintable(written.error().message));

    const QMap<QString, QByteArray> after = snapshot(dir.path());
    // No temporary file, no staging folder, nothing deleted: the same names as before...
    QCOMPARE(after.keys(), before.keys());
    // ...and the file whose write failed holds what it held.
    const QString relative = QDir(dir.path()).relativeFilePath(failed.first());
    QCOMPARE(after.value(relative), before.value(relative));
}

QTEST_GUILESS_MAIN(TestWriteFailures)
#include "tst_writefailures.moc"
