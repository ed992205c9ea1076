// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "backfill/backfillinput.h"
#include "backfill/backfilljournal.h"
#include "backfill/csvmapping.h"
#include "backfill/rowcheck.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "util/gzip.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace ewb;

// The backfill's parts offline: the CSV mapping, the input formats (gzip included), what a row
// becomes, and the journal.
class TestBackfillInputs : public QObject
{
    Q_OBJECT

private slots:
    void mapping_data();
    void mapping();
    void badMappings_data();
    void badMappings();
    void formats_data();
    void formats();
    void damagedGzipIsAnError();
    void rows_data();
    void rows();
    void messageIdsAreStable();
    void wireIsTheCallSent_data();
    void wireIsTheCallSent();
    void journal();

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
    static QList<InputRow> readAll(BackfillInput &in, QString *error = nullptr)
    {
        QList<InputRow> rows;
        for (;;) {
            Result<std::optional<InputRow>> r = in.next();
            if (!r) {
                if (error)
                    *error = r.error().message;
                return rows;
            }
            if (!r.value())
                return rows;
            rows.append(*r.value());
        }
    }
};

void TestBackfillInputs::mapping_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("expected");
    const QStringList header {QStringLiteral("user_id"), QStringLiteral("name"), QStringLiteral("ts"),
        QStringLiteral("total"), QStringLiteral("plan")};
    Q_UNUSED(header);
    QTest::addRow("none: columns are paths")
        << QString()
        << QByteArray(
               R"({"user_id":"u1","name":"Order","ts":"2025-01-02T03:04:05Z","total":"12.5","plan":"pro"})");
    QTest::addRow("named and typed, the rest under properties")
        << QStringLiteral(
               "userId=user_id, event=name, timestamp=ts, properties.total:number=total, properties.*=*")
        << QByteArray(
               R"({"userId":"u1","event":"Order","timestamp":"2025-01-02T03:04:05Z","properties":{"total":12.5,"plan":"pro"}})");
    QTest::addRow("a mapping file's lines, comments")
        << QStringLiteral("userId=user_id # who\nevent=name\n\n")
        << QByteArray(R"({"userId":"u1","event":"Order"})");
}

void TestBackfillInputs::mapping()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, expected);
    const QStringList header {QStringLiteral("user_id"), QStringLiteral("name"), QStringLiteral("ts"),
        QStringLiteral("total"), QStringLiteral("plan")};
    Result<CsvMapping> m = CsvMapping::parse(spec);
    QVERIFY2(m, m ? "" : qPrintable(m.error().message));
    QVERIFY(m->check(header));
    Result<JsonObject> call = m->apply(header,
        {QStringLiteral("u1"), QStringLiteral("Order"), QStringLiteral("2025-01-02T03:04:05Z"),
            QStringLiteral("12.5"), QStringLiteral("pro")});
    QVERIFY(call);
    QCOMPARE(writeJson(JsonValue(call.value())), expected);
    // An empty cell sets nothing (no "timestamp": "").
    Result<JsonObject> sparse =
        m->apply(header, {QStringLiteral("u1"), QString(), QString(), QString(), QString()});
    QVERIFY(sparse);
    QVERIFY(!sparse->contains(u"timestamp") && !sparse->contains(u"ts"));
}

void TestBackfillInputs::badMappings_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("says");
    QTest::addRow("no column") << QStringLiteral("userId") << QStringLiteral("is not FIELD=COLUMN");
    QTest::addRow("bad type") << QStringLiteral("properties.n:int=n")
                              << QStringLiteral("text, number, bool or json");
    QTest::addRow("star alone") << QStringLiteral("properties.*=x") << QStringLiteral("PATH.*=*");
    QTest::addRow("empty part") << QStringLiteral("properties..n=n") << QStringLiteral("empty part");
}

void TestBackfillInputs::badMappings()
{
    QFETCH(QString, spec);
    QFETCH(QString, says);
    Result<CsvMapping> m = CsvMapping::parse(spec);
    QVERIFY(!m);
    QVERIFY2(m.error().message.contains(says), qPrintable(m.error().message));
}

void TestBackfillInputs::formats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray lines = "{\"type\":\"track\",\"userId\":\"u1\",\"event\":\"A\"}\n\n{\"type\":\"track\","
                             "\"userId\":\"u2\",\"event\":\"B\"}\n";
    QTest::addRow("jsonl") << QStringLiteral("rows.jsonl") << lines;
    QTest::addRow("jsonl, crlf, no final newline")
        << QStringLiteral("crlf.jsonl")
        << QByteArray("{\"type\":\"track\",\"userId\":\"u1\",\"event\":\"A\"}\r\n{\"type\":\"track\","
                      "\"userId\":\"u2\",\"event\":\"B\"}");
    QTest::addRow("json array")
        << QStringLiteral("rows.json")
        << QByteArray(
               R"([{"type":"track","userId":"u1","event":"A"},{"type":"track","userId":"u2","event":"B"}])");
    QTest::addRow("csv") << QStringLiteral("rows.csv")
                         << QByteArray("type,userId,event\ntrack,u1,A\ntrack,u2,B\n");
    QTest::addRow("jsonl.gz") << QStringLiteral("rows.jsonl.gz") << gzipCompress(lines);
    // Two gzip members, as `cat a.gz b.gz` makes; the name does not say gzip: its bytes do.
    QTest::addRow("two members, any name")
        << QStringLiteral("rows-gz.jsonl")
        << QByteArray(gzipCompress("{\"type\":\"track\",\"userId\":\"u1\",\"event\":\"A\"}\n"))
               .append(gzipCompress("{\"type\":\"track\",\"userId\":\"u2\",\"event\":\"B\"}\n"));
    QTest::addRow("csv.gz") << QStringLiteral("rows.csv.gz")
                            << gzipCompress("type,userId,event\ntrack,u1,A\ntrack,u2,B\n");
}

void TestBackfillInputs::formats()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    Result<std::unique_ptr<BackfillInput>> in = BackfillInput::open(write(name, bytes));
    QVERIFY2(in, in ? "" : qPrintable(in.error().message));
    for (int pass = 0; pass < 2; ++pass) {
        QString error;
        const QList<InputRow> rows = readAll(*in.value(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].index, 0);
        QCOMPARE(rows[1].index, 1);
        QCOMPARE(rows[0].call->value(u"userId").toString(), QStringLiteral("u1"));
        QCOMPARE(rows[1].call->value(u"event").toString(), QStringLiteral("B"));
        QVERIFY(in.value()->rewind());
    }
}

void TestBackfillInputs::damagedGzipIsAnError()
{
    QByteArray gz = gzipCompress(QByteArray(200000, 'x')
                                     .prepend("{\"type\":\"track\",\"userId\":\"u1\",\"event\":\"")
                                     .append("\"}\n"));
    gz.truncate(gz.size() / 2);
    Result<std::unique_ptr<BackfillInput>> in =
        BackfillInput::open(write(QStringLiteral("cut.jsonl.gz"), gz));
    QVERIFY(in);
    QString error;
    readAll(*in.value(), &error);
    QVERIFY2(error.contains(QStringLiteral("ends in the middle")), qPrintable(error));
}

void TestBackfillInputs::rows_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<bool>("allowDestructive");
    QTest::addColumn<QString>("error"); // code, empty: valid
    QTest::addColumn<QString>("warning"); // a code expected among the warnings, or empty
    QTest::addRow("valid")
        << QByteArray(R"({"type":"track","userId":"u1","event":"E","timestamp":"2025-01-01T00:00:00Z"})")
        << false << QString() << QString();
    QTest::addRow("no timestamp") << QByteArray(R"({"type":"track","userId":"u1","event":"E"})") << false
                                  << QString() << QStringLiteral("backfill.timestamp.missing");
    QTest::addRow("future")
        << QByteArray(R"({"type":"track","userId":"u1","event":"E","timestamp":"2999-01-01T00:00:00Z"})")
        << false << QString() << QStringLiteral("timestamp.future");
    QTest::addRow("destructive") << QByteArray(R"({"type":"track","userId":"u1","event":"User Deleted"})")
                                 << false << QStringLiteral("backfill.destructive") << QString();
    QTest::addRow("destructive allowed")
        << QByteArray(R"({"type":"track","userId":"u1","event":"User Deleted"})") << true << QString()
        << QString();
    QTest::addRow("no user") << QByteArray(R"({"type":"track","event":"E"})") << false
                             << QStringLiteral("user.missing") << QString();
    QTest::addRow("batch row") << QByteArray(R"({"type":"batch","batch":[]})") << false
                               << QStringLiteral("backfill.type") << QString();
    QTest::addRow("no type, --type") << QByteArray(R"({"userId":"u1","traits":{}})") << false << QString()
                                     << QString();
}

void TestBackfillInputs::rows()
{
    QFETCH(QByteArray, row);
    QFETCH(bool, allowDestructive);
    QFETCH(QString, error);
    QFETCH(QString, warning);
    InputRow input;
    input.index = 3;
    input.line = 4;
    input.call = parseJson(row)->object();
    BackfillRules rules;
    rules.allowDestructive = allowDestructive;
    rules.type = CallType::Identify;
    rules.tags.insert(QStringLiteral("job"), QStringLiteral("import-7"));
    const CheckedRow checked = checkRow(input, rules);
    if (error.isEmpty()) {
        QVERIFY2(!checked.rejected(), qPrintable(checked.errors.value(0).message));
        const JsonObject sent = parseJson(checked.wire)->object();
        QVERIFY(!sent.value(u"type").toString().isEmpty()); // batch items carry their type
        QVERIFY(!sent.value(u"messageId").toString().isEmpty());
        QCOMPARE(sent.value(u"context").object().value(u"backfill").object().value(u"job").toString(),
            QStringLiteral("import-7"));
        QCOMPARE(checked.person, QStringLiteral("u1"));
    } else {
        QVERIFY(checked.rejected());
        QCOMPARE(checked.errors.value(0).code, error);
    }
    if (!warning.isEmpty()) {
        bool found = false;
        for (const Diagnostic &w : checked.warnings)
            found = found || w.code == warning;
        QVERIFY2(found, qPrintable(warning));
    }
}

// The same row at the same place gets the same id in every run (so a re-run or a resume makes no
// second event); another place, another id; a row's own messageId is kept.
void TestBackfillInputs::messageIdsAreStable()
{
    const QByteArray written = R"({"type":"track","userId":"u1","event":"E"})";
    const JsonObject row = parseJson(written)->object();
    QCOMPARE(derivedMessageId(written, 5), derivedMessageId(written, 5));
    QVERIFY(derivedMessageId(written, 5) != derivedMessageId(written, 6));
    // RFC 4122 UUIDv5 of "ROW#INDEX" in the backfill's namespace, pinned (Python's uuid.uuid5 gives
    // the same): a re-run with a later version must derive the same ids, or the API keeps both.
    QCOMPARE(derivedMessageId(written, 5), QStringLiteral("620e97b2-3164-5740-88f0-a99feff640dc"));
    QCOMPARE(derivedMessageId("\xc3\xa9", 0), QStringLiteral("4e299602-5648-5a21-abf1-e0535a1d51ca"));
    const QUuid backfillNamespace(QStringLiteral("{8c2d7e0a-5f3b-4d61-a9e2-6b1f0c4d2e77}"));
    for (int length : {0, 1, 55, 56, 63, 64, 65, 200, 5000}) {
        const QByteArray rowBytes(length, 'x');
        QCOMPARE(derivedMessageId(rowBytes, length),
            QUuid::createUuidV5(backfillNamespace, rowBytes + '#' + QByteArray::number(length))
                .toString(QUuid::WithoutBraces));
    }
    QVERIFY(
        derivedMessageId(written, 5) != derivedMessageId(R"({"type":"track","userId":"u2","event":"E"})", 5));
    InputRow input;
    input.call = parseJson(R"({"type":"track","userId":"u1","event":"E","messageId":"mine-1"})")->object();
    const CheckedRow own = checkRow(input, {});
    QCOMPARE(parseJson(own.wire)->object().value(u"messageId").toString(), QStringLiteral("mine-1"));
    // Tags change the call, not the id: a run tagged differently still de-duplicates.
    InputRow plain;
    plain.index = 5;
    plain.call = row;
    plain.raw = written;
    BackfillRules tagged;
    tagged.tags.insert(QStringLiteral("run"), QStringLiteral("2"));
    QCOMPARE(parseJson(checkRow(plain, tagged).wire)->object().value(u"messageId").toString(),
        derivedMessageId(written, 5));
}

// A row's wire bytes are its checked row as written with type, messageId and tags added (checkRow
// appends to the bytes it measured rather than writing the call twice): always exactly what writing
// the call it keeps gives, and within the call limit by that count.
void TestBackfillInputs::wireIsTheCallSent_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<bool>("tagged");
    QTest::addColumn<bool>("forcedType");
    const QByteArray full = R"({"type":"track","userId":"u1","event":"E","properties":{"a":[1,"é\n"]}})";
    QTest::addRow("type and id added") << QByteArray(R"({"userId":"u1","traits":{"x":1}})") << false << true;
    QTest::addRow("id added") << full << false << false;
    QTest::addRow("own id") << QByteArray(R"({"type":"page","userId":"u1","messageId":"m-1"})") << false
                            << false;
    QTest::addRow("own id, type added")
        << QByteArray(R"({"userId":"u1","messageId":"m-1"})") << false << true;
    QTest::addRow("tags, no context") << full << true << false;
    QTest::addRow("tags into context")
        << QByteArray(R"({"type":"track","userId":"u1","event":"E","context":{"ip":"1.2.3.4"}})") << true
        << false;
    QTest::addRow("white space and escapes")
        << QByteArray("{ \"type\" : \"track\", \"userId\":\"\\u0075\\/1\", \"event\":\"E\" }") << false
        << false;
}

void TestBackfillInputs::wireIsTheCallSent()
{
    QFETCH(QByteArray, row);
    QFETCH(bool, tagged);
    QFETCH(bool, forcedType);
    InputRow input;
    input.index = 9;
    input.raw = row;
    Result<JsonValue> parsed = parseJson(row);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    input.call = parsed->object();
    BackfillRules rules;
    if (tagged)
        rules.tags.insert(QStringLiteral("job"), QStringLiteral("j-1"));
    if (forcedType)
        rules.type = CallType::Identify;
    const CheckedRow checked = checkRow(input, rules);
    QVERIFY2(!checked.rejected(), qPrintable(checked.errors.value(0).message));
    QVERIFY(checked.call);
    QCOMPARE(checked.wire, checked.call->toWire());
    const JsonObject sent = parseJson(checked.wire)->object();
    QVERIFY(!sent.value(u"type").toString().isEmpty());
    QVERIFY(!sent.value(u"messageId").toString().isEmpty());
    QCOMPARE(sent.contains(u"context"), tagged || row.contains("context"));
}

void TestBackfillInputs::journal()
{
    const QString path = m_dir.filePath(QStringLiteral("j/one.journal"));
    const BackfillJournal::Identity id {QStringLiteral("/data/a.jsonl"), 100, 12345, QStringLiteral("f1"),
        QStringLiteral("http://127.0.0.1:1/v1")};
    QStringList reports;
    {
        Result<std::unique_ptr<BackfillJournal>> j = BackfillJournal::open(path, id);
        QVERIFY2(j, j ? "" : qPrintable(j.error().message));
        QVERIFY(j.value()->acknowledge({0, 1, 2, 5, 6}));
        QVERIFY(j.value()->acknowledge({3, 4}));
        QVERIFY(j.value()->acknowledge({9}));
        QCOMPARE(j.value()->acknowledgedRows(), 8);
        // On the journal's thread: reported in order, on this thread, counted only once reported.
        j.value()->acknowledgeLater({12, 13}, [&](const Status &s) {
            reports.append(s ? QStringLiteral("12") : s.error().message);
            QCOMPARE(QThread::currentThread(), qApp->thread());
        });
        j.value()->acknowledgeLater(
            {14}, [&](const Status &s) { reports.append(s ? QStringLiteral("14") : s.error().message); });
        QCOMPARE(j.value()->acknowledgedRows(), 8);
        QTRY_COMPARE(reports, QStringList({QStringLiteral("12"), QStringLiteral("14")}));
        QCOMPARE(j.value()->acknowledgedRows(), 11);
        // Handed over and the journal closed at once: written all the same, never reported after.
        j.value()->acknowledgeLater({20}, [&](const Status &) { reports.append(QStringLiteral("late")); });
    }
    QCoreApplication::processEvents();
    Result<std::unique_ptr<BackfillJournal>> again = BackfillJournal::open(path, id);
    QVERIFY(again);
    QCOMPARE(again.value()->acknowledgedRows(), 12);
    for (qint64 row : {0, 3, 4, 6, 9, 12, 13, 14, 20})
        QVERIFY(again.value()->isAcknowledged(row));
    for (qint64 row : {7, 8, 10, 11, 15, -1})
        QVERIFY(!again.value()->isAcknowledged(row));
    QCOMPARE(reports.size(), 2);
    again.value().reset();
    // Another file, or other options: refused, with what to do.
    BackfillJournal::Identity changed = id;
    changed.size = 101;
    Result<std::unique_ptr<BackfillJournal>> other = BackfillJournal::open(path, changed);
    QVERIFY(!other);
    QVERIFY2(other.error().message.contains(QStringLiteral("--restart")), qPrintable(other.error().message));
    changed = id;
    changed.fingerprint = QStringLiteral("f2");
    QVERIFY(!BackfillJournal::open(path, changed));
    // Another target: what was acknowledged was acknowledged there only (found on the desktop: the
    // sandbox came back on another port and Resume skipped 30,310 rows it had never had).
    changed = id;
    changed.target = QStringLiteral("http://127.0.0.1:2/v1");
    Result<std::unique_ptr<BackfillJournal>> elsewhere = BackfillJournal::open(path, changed);
    QVERIFY(!elsewhere);
    QVERIFY2(elsewhere.error().message.contains(QStringLiteral("sent to http://127.0.0.1:1/v1")),
        qPrintable(elsewhere.error().message));
    // An empty file where the journal goes (a backfill killed while it made the journal): made a
    // journal, not refused for good.
    const QString cut = write(QStringLiteral("j/cut.journal"), QByteArray());
    QCOMPARE(QFileInfo(cut).size(), 0);
    {
        Result<std::unique_ptr<BackfillJournal>> made = BackfillJournal::open(cut, id);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        QCOMPARE(made.value()->acknowledgedRows(), 0);
        QVERIFY(made.value()->acknowledge({0}));
    }
    QVERIFY(BackfillJournal::open(cut, id));
    // Not a journal: neither opened nor removed.
    const QString notOurs = write(QStringLiteral("notes.journal"), "my notes");
    QVERIFY(!BackfillJournal::open(notOurs, id));
    QVERIFY(!BackfillJournal::remove(notOurs));
    QVERIFY(QFile::exists(notOurs));
    QVERIFY(BackfillJournal::remove(path));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestBackfillInputs)
#include "tst_backfillinputs.moc"
