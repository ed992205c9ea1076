// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "history/historymodel.h"
#include "history/historystore.h"
#include "util/atomicfile.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ewb;

namespace {
// Runs statements on the SQLite file at path, as another program would.
bool runSql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements)
            ok = ok && q.exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    return ok;
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A month ago, to the second: inside the default retention, and the same in every entry.
const QDateTime t0 =
    QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 30 * 24 * 3600, Qt::UTC);

HistoryEntry entry(CallType type, int status, const QString &source, const QByteArray &body, int minutes = 0)
{
    OutgoingRequest request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:8080/v1/") + callTypeName(type));
    request.headers = {{"Content-Type", "application/json"}, {"Authorization", "Basic c2VjcmV0LWtleTo="}};
    request.body = body;
    HttpResult result;
    result.status = status;
    result.body = status == 200 ? QByteArray("{}") : QByteArray(R"({"meta":{"errors":["userId missing"]}})");
    result.headline = status == 200 ? QStringLiteral("200 OK") : QStringLiteral("%1 rejected").arg(status);
    result.totalTime = std::chrono::milliseconds(12);
    return HistoryEntry::fromExchange(
        request, result, type, source, QStringLiteral("Sandbox"), t0.addSecs(60 * minutes), SecretMask {});
}
} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void keepsEverySendWithTheKeyRedacted();
    void aKeyInTheBodyIsRedactedToo();
    void search_data();
    void search();
    void retention();
    void damagedFileIsMovedAside();
    void anotherProgramsFileIsLeftAlone_data();
    void anotherProgramsFileIsLeftAlone();
    void anOlderUnmarkedHistoryIsKept();
    void modelFollowsTheStore();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }
};

void TestHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestHistory::keepsEverySendWithTheKeyRedacted()
{
    {
        HistoryStore store(path());
        QVERIFY(store.open().ok());
        QVERIFY2(store.recoveryMessage().isEmpty(), qPrintable(store.recoveryMessage()));
        Result<qint64> id = store.add(
            entry(CallType::Track, 200, QStringLiteral("Sandbox"), R"({"event":"Order Completed"})"));
        QVERIFY(id.ok());
        Result<HistoryEntry> read = store.entry(id.value());
        QVERIFY(read.ok());
        QCOMPARE(read->requestBody, QByteArray(R"({"event":"Order Completed"})"));
        QCOMPARE(read->responseBody, QByteArray("{}"));
        QCOMPARE(read->sentAt, t0);
        QCOMPARE(read->environmentName, QStringLiteral("Sandbox"));
        QCOMPARE(read->totalMs, 12);
        bool sawAuth = false;
        for (const auto &[name, value] : read->requestHeaders) {
            if (name == "Authorization") {
                sawAuth = true;
                QCOMPARE(value, QByteArray("Basic <redacted>"));
            }
        }
        QVERIFY(sawAuth);
    }
    // The key (base64 or plain) is nowhere in the database files.
    for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile f(m_dir->filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains("c2VjcmV0LWtleTo") && !bytes.contains("secret-key"), qPrintable(name));
    }
}

void TestHistory::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("expected");
    QTest::addRow("all") << "" << int(StatusFilter::Any) << ""
                         << "" << 4;
    QTest::addRow("word in a body") << "Order Completed" << int(StatusFilter::Any) << ""
                                    << "" << 1;
    QTest::addRow("part of an id, any case") << "USER-00" << int(StatusFilter::Any) << ""
                                             << "" << 2;
    QTest::addRow("in a response") << "userId missing" << int(StatusFilter::Any) << ""
                                   << "" << 1;
    QTest::addRow("short text falls back") << "EU" << int(StatusFilter::Any) << ""
                                           << "" << 1;
    QTest::addRow("query syntax is literal") << "\"a\" OR b-" << int(StatusFilter::Any) << ""
                                             << "" << 0;
    QTest::addRow("success") << "" << int(StatusFilter::Success) << ""
                             << "" << 3;
    QTest::addRow("client errors") << "" << int(StatusFilter::ClientError) << ""
                                   << "" << 1;
    QTest::addRow("no answer") << "" << int(StatusFilter::NoAnswer) << ""
                               << "" << 0;
    QTest::addRow("type") << "" << int(StatusFilter::Any) << "identify"
                          << "" << 2;
    QTest::addRow("source") << "" << int(StatusFilter::Any) << ""
                            << "EU" << 1;
    QTest::addRow("all filters") << "user-001" << int(StatusFilter::Success) << "identify"
                                 << "Sandbox" << 1;
}

void TestHistory::search()
{
    QFETCH(QString, text);
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, source);
    QFETCH(int, expected);
    HistoryStore store(path());
    QVERIFY(store.open().ok());
    QVERIFY(store.hasFullTextIndex()); // Debian's SQLite has FTS5
    QVERIFY(store
                .addAll({entry(CallType::Track, 200, QStringLiteral("Sandbox"),
                             R"({"event":"Order Completed"})", 1),
                    entry(CallType::Identify, 200, QStringLiteral("Sandbox"), R"({"userId":"user-001"})", 2),
                    entry(CallType::Identify, 400, QStringLiteral("Sandbox"), R"({"userId":"user-002"})", 3),
                    entry(CallType::Page, 200, QStringLiteral("EU"), R"({"name":"Home"})", 4)})
                .ok());
    HistoryQuery query;
    query.text = text;
    query.status = StatusFilter(status);
    query.type = callTypeFromName(type);
    query.sourceName = source;
    Result<QList<HistoryEntry>> found = store.search(query);
    QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
    QCOMPARE(found->size(), expected);
    QCOMPARE(store.count(query).value(), qint64(expected));
    for (qsizetype i = 1; i < found->size(); ++i)
        QVERIFY(found->at(i - 1).id > found->at(i).id); // newest first
}

void TestHistory::retention()
{
    HistoryStore store(path());
    QVERIFY(store.open().ok());
    store.setRetention(RetentionPolicy {0, 0});
    QList<HistoryEntry> entries;
    for (int i = 0; i < 10; ++i)
        entries.append(entry(CallType::Track, 200, QStringLiteral("s"),
            QByteArray("{\"n\":") + QByteArray::number(i) + "}", i * 24 * 60));
    QVERIFY(store.addAll(entries).ok());
    QCOMPARE(store.count().value(), 10);
    // Entries older than 5 days before day 9 go: days 0..3.
    QCOMPARE(store.applyRetention(RetentionPolicy {5, 0}, t0.addDays(9)).value(), 4);
    QCOMPARE(store.applyRetention(RetentionPolicy {0, 3}, t0.addDays(9)).value(), 3);
    Result<QList<HistoryEntry>> left = store.search({});
    QCOMPARE(left->size(), 3);
    QCOMPARE(left->last().sentAt, t0.addDays(7));
    // Deleted entries leave the search index too.
    HistoryQuery query;
    query.text = QStringLiteral("\"n\":1");
    QCOMPARE(store.count(query).value(), 0);
    // The policy set on the store is applied on every add.
    store.setRetention(RetentionPolicy {0, 2});
    QVERIFY(store.add(entry(CallType::Track, 200, QStringLiteral("s"), "{}", 10 * 24 * 60)).ok());
    QCOMPARE(store.count().value(), 2);
}

void TestHistory::damagedFileIsMovedAside()
{
    QVERIFY(writeFileAtomically(path(),
        QByteArray(QByteArray("this is not an SQLite database, just damage ") + QByteArray(4096, 'x')))
                .ok());
    HistoryStore store(path());
    QSignalSpy recovered(&store, &HistoryStore::recovered);
    QVERIFY(store.open().ok());
    QCOMPARE(recovered.size(), 1);
    QVERIFY(store.recoveryMessage().contains(QStringLiteral("moved to")));
    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("history.sqlite.damaged-*")});
    QCOMPARE(aside.size(), 1);
    QVERIFY(store.recoveryMessage().contains(aside.first()));
    QVERIFY(store.add(entry(CallType::Track, 200, QStringLiteral("s"), "{}")).ok());
    QCOMPARE(store.count().value(), 1);

    // A file damaged in the middle (a healthy header, garbage pages) is caught too.
    QTemporaryDir other;
    const QString second = other.filePath(QStringLiteral("h.sqlite"));
    {
        HistoryStore healthy(second);
        QVERIFY(healthy.open().ok());
        QList<HistoryEntry> many;
        for (int i = 0; i < 300; ++i)
            many.append(entry(CallType::Track, 200, QStringLiteral("s"), QByteArray(500, 'a')));
        QVERIFY(healthy.addAll(many).ok());
    }
    QFile f(second);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(8192));
    f.write(QByteArray(f.size() - 8192 - 100, '\x5a'));
    f.close();
    HistoryStore reopened(second);
    QVERIFY(reopened.open().ok());
    QVERIFY(!reopened.recoveryMessage().isEmpty());
    QCOMPARE(reopened.count().value(), 0);
}

void TestHistory::anotherProgramsFileIsLeftAlone_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addRow("a table of its own") << QStringList {
        QStringLiteral("CREATE TABLE notes (t TEXT)"), QStringLiteral("INSERT INTO notes VALUES ('mine')")};
    QTest::addRow("a table named entries, not ours")
        << QStringList {QStringLiteral("CREATE TABLE entries (t TEXT)"),
               QStringLiteral("INSERT INTO entries VALUES ('mine')")};
    QTest::addRow("another application id") << QStringList {
        QStringLiteral("CREATE TABLE entries (t TEXT)"), QStringLiteral("PRAGMA application_id = 1234")};
}

// Issue 9: another program's SQLite file at the history's path had the history's tables added to it
// (and was switched to WAL), or made every send fail with "no such column: sent_at" without saying
// what to do. It is refused once, untouched, with the way out.
void TestHistory::anotherProgramsFileIsLeftAlone()
{
    QFETCH(QStringList, statements);
    QVERIFY(runSql(path(), statements));
    const QByteArray before = contentOf(path());
    HistoryStore store(path());
    const Status opened = store.open();
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, QStringLiteral("history.foreign"));
    QVERIFY2(
        opened.error().message.contains(QStringLiteral("left as it is")), qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(QStringLiteral("moved or deleted")));
    QVERIFY(!store.isOpen());
    QVERIFY(!store.add(entry(CallType::Track, 200, QStringLiteral("s"), "{}")));
    QCOMPARE(contentOf(path()), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::NoDotAndDotDot),
        QStringList {QStringLiteral("history.sqlite")});
}

// A history written before the application id existed is still the history: opened, kept, marked.
void TestHistory::anOlderUnmarkedHistoryIsKept()
{
    {
        HistoryStore store(path());
        QVERIFY(store.open().ok());
        QVERIFY(store.add(entry(CallType::Track, 200, QStringLiteral("s"), "{}")).ok());
    }
    QVERIFY(runSql(path(), {QStringLiteral("PRAGMA application_id = 0")}));
    HistoryStore store(path());
    QVERIFY(store.open().ok());
    QVERIFY(store.recoveryMessage().isEmpty());
    QCOMPARE(store.count().value(), 1);
}

void TestHistory::modelFollowsTheStore()
{
    HistoryStore store(path());
    QVERIFY(store.open().ok());
    QList<HistoryEntry> entries;
    for (int i = 0; i < HistoryModel::pageSize + 50; ++i)
        entries.append(
            entry(i % 2 ? CallType::Track : CallType::Identify, 200, QStringLiteral("s"), "{}", i));
    QVERIFY(store.addAll(entries).ok());
    HistoryModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester itself fetches a page more; whatever it did, paging ends with every entry.
    QVERIFY(model.rowCount() >= HistoryModel::pageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), HistoryModel::pageSize + 50);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
    QCOMPARE(model.data(model.index(0, HistoryModel::TypeColumn)).toString(), QStringLiteral("track"));
    QCOMPARE(model.data(model.index(0, HistoryModel::StatusColumn)).toString(), QStringLiteral("200"));
    const qint64 newest = model.data(model.index(0, 0), HistoryModel::EntryIdRole).toLongLong();
    QVERIFY(store.entry(newest).ok());

    HistoryQuery query;
    query.type = CallType::Identify;
    model.setQuery(query);
    QCOMPARE(model.rowCount(), (HistoryModel::pageSize + 50) / 2);
    QVERIFY(store.add(entry(CallType::Identify, 200, QStringLiteral("s"), "{}", 999)).ok());
    QCOMPARE(model.rowCount(), (HistoryModel::pageSize + 50) / 2 + 1);
    QVERIFY(store.clear().ok());
    QCOMPARE(model.rowCount(), 0);
}

// Issue 9: ewb send kept a body's writeKey in the history (the window too); so did a body that
// does not parse. And a secret variable's value is masked wherever it appears.
void TestHistory::aKeyInTheBodyIsRedactedToo()
{
    OutgoingRequest request;
    request.method = "POST";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:1/v1/track"));
    request.body = R"({"writeKey":"wk-live-123","userId":"u","event":"tok-SECRET-1",})";
    HttpResult result;
    result.status = 400;
    result.body = R"({"meta":{"errors":["echo tok-SECRET-1"]}})";
    SecretMask secrets;
    secrets.addValue(QStringLiteral("tok-SECRET-1"));
    const HistoryEntry entry = HistoryEntry::fromExchange(request, result, CallType::Track,
        QStringLiteral("s"), QString(), QDateTime::currentDateTimeUtc(), secrets);
    QVERIFY2(!entry.requestBody.contains("wk-live-123"), entry.requestBody.constData());
    QVERIFY(entry.requestBody.contains("\"writeKey\":\"<redacted>\""));
    QVERIFY(!entry.requestBody.contains("tok-SECRET-1"));
    QVERIFY(!entry.responseBody.contains("tok-SECRET-1"));
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
