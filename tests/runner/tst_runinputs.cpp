// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The Event Workbench authors

#include "collections/expectations.h"
#include "interchange/csvreader.h"
#include "json/jsonparser.h"
#include "net/tokenbucket.h"
#include "runner/rundata.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace ewb;

// The runner's inputs and rules, offline: CSV records, data files, expectations, the rate limit.
class TestRunInputs : public QObject
{
    Q_OBJECT

private slots:
    void csvRecords_data();
    void csvRecords();
    void csvErrorsNameTheLine_data();
    void csvErrorsNameTheLine();
    void csvAcrossChunks();
    void dataFiles_data();
    void dataFiles();
    void badDataFiles_data();
    void badDataFiles();
    void expectationsRoundTrip_data();
    void expectationsRoundTrip();
    void badExpectations_data();
    void badExpectations();
    void statusText_data();
    void statusText();
    void judging_data();
    void judging();
    void tokenBucket();

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
};

namespace {
QList<QStringList> readAll(const QByteArray &csv, QString *error = nullptr)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> records;
    for (;;) {
        Result<std::optional<QStringList>> r = reader.next();
        if (!r) {
            if (error)
                *error = r.error().message;
            return records;
        }
        if (!r.value())
            return records;
        records.append(*r.value());
    }
}
} // namespace

void TestRunInputs::csvRecords_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QList<QStringList>>("records");
    const auto rec = [](std::initializer_list<const char *> fields) {
        QStringList l;
        for (const char *f : fields)
            l.append(QString::fromUtf8(f));
        return l;
    };
    QTest::addRow("plain") << QByteArray("a,b\n1,2\n")
                           << QList<QStringList> {rec({"a", "b"}), rec({"1", "2"})};
    QTest::addRow("no final newline")
        << QByteArray("a,b\n1,2") << QList<QStringList> {rec({"a", "b"}), rec({"1", "2"})};
    QTest::addRow("crlf") << QByteArray("a,b\r\n1,2\r\n")
                          << QList<QStringList> {rec({"a", "b"}), rec({"1", "2"})};
    QTest::addRow("quoted comma, quote, newline")
        << QByteArray("\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\n")
        << QList<QStringList> {rec({"x,y", "say \"hi\"", "two\nlines"})};
    QTest::addRow("empty fields") << QByteArray(",,\n") << QList<QStringList> {rec({"", "", ""})};
    QTest::addRow("bom") << QByteArray("\xEF\xBB\xBFname\nAda\n")
                         << QList<QStringList> {rec({"name"}), rec({"Ada"})};
    QTest::addRow("utf-8") << QByteArray("caf\xC3\xA9\n") << QList<QStringList> {rec({"café"})};
    // fuzz_csv: a field that begins with U+FEFF kept it only until it was written and read again.
    QTest::addRow("bom inside a field")
        << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                      "a,\"\xEF\xBB\xBF\"\n")
        << QList<QStringList> {QStringList {QStringLiteral("\ufeffa"), QStringLiteral("\ufeff")}};
    QTest::addRow("empty quoted") << QByteArray("\"\",x\n") << QList<QStringList> {rec({"", "x"})};
}

void TestRunInputs::csvRecords()
{
    QFETCH(QByteArray, csv);
    QFETCH(QList<QStringList>, records);
    QString error;
    QCOMPARE(readAll(csv, &error), records);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestRunInputs::csvErrorsNameTheLine_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("says");
    QTest::addRow("open quote") << QByteArray("a\n\"never closed\n")
                                << QStringLiteral("line 2, column 1: a quoted field is not closed");
    QTest::addRow("text after quote")
        << QByteArray("a,b\n\"x\"y,2\n") << QStringLiteral("line 2, column 4: text after the closing quote");
    QTest::addRow("quote inside") << QByteArray("a\nab\"c\n")
                                  << QStringLiteral("line 2, column 3: a quote inside a field");
    QTest::addRow("latin-1") << QByteArray("a\ncaf\xE9\n")
                             << QStringLiteral("line 2: byte 0xe9 is not valid UTF-8");
}

void TestRunInputs::csvErrorsNameTheLine()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, says);
    QString error;
    readAll(csv, &error);
    QVERIFY2(error.startsWith(says), qPrintable(error));
}

// Records and escaped quotes that straddle the reader's 64 KB chunks come out whole.
void TestRunInputs::csvAcrossChunks()
{
    QByteArray csv = "v\n";
    QStringList expected;
    for (int i = 0; i < 3000; ++i) {
        const QString value = QStringLiteral("row %1 \"q\" ").arg(i) + QString(i % 97, u'x');
        expected.append(value);
        QByteArray quoted = value.toUtf8();
        quoted.replace("\"", "\"\"");
        csv += '"' + quoted + "\"\r\n";
    }
    const QList<QStringList> records = readAll(csv);
    QCOMPARE(records.size(), expected.size() + 1);
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(records[i + 1], QStringList {expected[i]});
}

void TestRunInputs::dataFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::addRow("csv") << QStringLiteral("d.csv") << QByteArray("userId,total\nu1,12.5\n\nu2,\"3\"\n")
                         << int(RunData::Format::Csv);
    QTest::addRow("json array") << QStringLiteral("d.json")
                                << QByteArray(R"([{"userId":"u1","total":12.5},{"userId":"u2","total":3}])")
                                << int(RunData::Format::Array);
    QTest::addRow("jsonl") << QStringLiteral("d.jsonl")
                           << QByteArray(
                                  "{\"userId\":\"u1\",\"total\":12.5}\n\n{\"userId\":\"u2\",\"total\":3}\n")
                           << int(RunData::Format::Lines);
    QTest::addRow("jsonl by content")
        << QStringLiteral("d.txt")
        << QByteArray("{\"userId\":\"u1\",\"total\":12.5}\n{\"userId\":\"u2\",\"total\":3}")
        << int(RunData::Format::Lines);
}

void TestRunInputs::dataFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    Result<std::unique_ptr<RunData>> data = RunData::open(write(name, bytes));
    QVERIFY2(data, data ? "" : qPrintable(data.error().message));
    RunData &d = *data.value();
    QCOMPARE(int(d.format()), format);
    QCOMPARE(d.rowCount(), qsizetype(2));
    for (int pass = 0; pass < 2; ++pass) {
        Result<std::optional<Variables>> first = d.next();
        QVERIFY(first && first.value());
        QCOMPARE(findVariable(*first.value(), u"userId")->value, QStringLiteral("u1"));
        QCOMPARE(findVariable(*first.value(), u"total")->value, QStringLiteral("12.5"));
        Result<std::optional<Variables>> second = d.next();
        QVERIFY(second && second.value());
        QCOMPARE(findVariable(*second.value(), u"total")->value, QStringLiteral("3"));
        Result<std::optional<Variables>> end = d.next();
        QVERIFY(end && !end.value());
        QVERIFY(d.rewind());
    }
}

void TestRunInputs::badDataFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::addRow("empty") << QStringLiteral("e.csv") << QByteArray()
                           << QStringLiteral("first line must name the columns");
    QTest::addRow("header only") << QStringLiteral("h.csv") << QByteArray("a,b\n")
                                 << QStringLiteral("no rows");
    QTest::addRow("short row") << QStringLiteral("s.csv") << QByteArray("a,b\n1,2\n3\n")
                               << QStringLiteral("line 3: 1 field where the header names 2");
    QTest::addRow("bad column name") << QStringLiteral("n.csv") << QByteArray("a,{b}\n1,2\n")
                                     << QStringLiteral("column 2 of the header");
    QTest::addRow("twice") << QStringLiteral("t.csv") << QByteArray("a,a\n1,2\n")
                           << QStringLiteral("named twice");
    QTest::addRow("jsonl bad line") << QStringLiteral("b.jsonl") << QByteArray("{\"a\":1}\n{\"a\":2,}\n")
                                    << QStringLiteral("line 2, column 8:");
    QTest::addRow("jsonl not object") << QStringLiteral("o.jsonl") << QByteArray("{\"a\":1}\n[1]\n")
                                      << QStringLiteral("line 2: a row must be an object");
    QTest::addRow("json not array") << QStringLiteral("o.json") << QByteArray("{\"a\":1}")
                                    << QStringLiteral("must be an array of objects");
    QTest::addRow("json bad row") << QStringLiteral("r.json") << QByteArray("[{\"a\":1}, 2]")
                                  << QStringLiteral("row 2 (/1)");
    QTest::addRow("json empty array")
        << QStringLiteral("z.json") << QByteArray("[]") << QStringLiteral("no rows");
    QTest::addRow("missing") << QStringLiteral("nope/none.csv") << QByteArray()
                             << QStringLiteral("no such file");
}

void TestRunInputs::badDataFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const QString path = name.contains(u'/') ? m_dir.filePath(name) : write(name, bytes);
    Result<std::unique_ptr<RunData>> data = RunData::open(path);
    QVERIFY(!data);
    QVERIFY2(data.error().message.contains(says), qPrintable(data.error().message));
    QVERIFY2(data.error().message.startsWith(QFileInfo(path).fileName()), qPrintable(data.error().message));
}

void TestRunInputs::expectationsRoundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("status") << QByteArray(R"({"status":200})");
    QTest::addRow("list") << QByteArray(R"({"status":[200,202]})");
    QTest::addRow("class") << QByteArray(R"({"status":"4xx"})");
    QTest::addRow("negative") << QByteArray(
        R"({"validation":"any","recorded":"dropped","reason":"track.event.missing"})");
    QTest::addRow("max") << QByteArray(R"({"maxBytes":30000,"recorded":"accepted"})");
}

void TestRunInputs::expectationsRoundTrip()
{
    QFETCH(QByteArray, json);
    Result<Expectations> e = Expectations::fromJson(parseJson(json).value());
    QVERIFY2(e, e ? "" : qPrintable(e.error().message));
    Result<JsonValue> reparsed = parseJson(json);
    QCOMPARE(e->toJson(), reparsed.value());
    QVERIFY(Expectations::fromJson(JsonValue()).value().isDefault());
    QVERIFY(Expectations {}.toJson().isNull());
}

void TestRunInputs::badExpectations_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    QTest::addRow("unknown") << QByteArray(R"({"statsu":200})") << QStringLiteral("unknown check \"statsu\"");
    QTest::addRow("status 99") << QByteArray(R"({"status":99})") << QStringLiteral("\"status\" must be");
    QTest::addRow("status 2.5") << QByteArray(R"({"status":200.5})") << QStringLiteral("\"status\" must be");
    QTest::addRow("class") << QByteArray(R"({"status":"9xx"})") << QStringLiteral("\"status\" must be");
    QTest::addRow("validation") << QByteArray(R"({"validation":"strict"})")
                                << QStringLiteral("\"clean\" or \"any\"");
    QTest::addRow("max") << QByteArray(R"({"maxBytes":0})") << QStringLiteral("above 0");
    QTest::addRow("reason with accepted")
        << QByteArray(R"({"recorded":"accepted","reason":"x"})") << QStringLiteral("goes with");
    QTest::addRow("not object") << QByteArray(R"([1])") << QStringLiteral("must be an object");
}

void TestRunInputs::badExpectations()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    Result<Expectations> e = Expectations::fromJson(parseJson(json).value());
    QVERIFY(!e);
    QVERIFY2(e.error().message.contains(says), qPrintable(e.error().message));
}

void TestRunInputs::statusText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown"); // empty: refused
    QTest::addRow("class") << QStringLiteral(" 4XX ") << QStringLiteral("4xx");
    QTest::addRow("one") << QStringLiteral("200") << QStringLiteral("200");
    QTest::addRow("list") << QStringLiteral("200, 202") << QStringLiteral("200 or 202");
    QTest::addRow("or") << QStringLiteral("200 or 204") << QStringLiteral("200 or 204");
    QTest::addRow("words") << QStringLiteral("ok") << QString();
    QTest::addRow("too big") << QStringLiteral("600") << QString();
    QTest::addRow("empty") << QString() << QString();
}

void TestRunInputs::statusText()
{
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    Expectations e;
    const Status s = e.setStatusText(typed);
    QCOMPARE(bool(s), !shown.isEmpty());
    QCOMPARE(e.statusText(), shown.isEmpty() ? QStringLiteral("2xx") : shown);
}

void TestRunInputs::judging_data()
{
    QTest::addColumn<QByteArray>("expect");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("accepted");
    QTest::addColumn<int>("dropped"); // -1: not a sandbox
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("unmet"); // empty: passes
    QTest::addRow("default 200") << QByteArray("null") << 200 << 0 << -1 << QString() << QString();
    QTest::addRow("default 400") << QByteArray("null") << 400 << 0 << -1 << QString()
                                 << QStringLiteral("status 400, expected 2xx");
    QTest::addRow("no answer") << QByteArray("null") << 0 << 0 << -1 << QString()
                               << QStringLiteral("no answer");
    // The reason this tool exists: a 200 for a call that was dropped.
    QTest::addRow("200 but dropped") << QByteArray("null") << 200 << 1 << 1
                                     << QStringLiteral("track.event.missing")
                                     << QStringLiteral(
                                            "the sandbox dropped 1 of 2 calls: track.event.missing");
    QTest::addRow("200 accepted") << QByteArray("null") << 200 << 2 << 0 << QString() << QString();
    QTest::addRow("negative met") << QByteArray(R"({"recorded":"dropped","reason":"track.event.missing"})")
                                  << 200 << 0 << 1 << QStringLiteral("track.event.missing") << QString();
    QTest::addRow("negative, other reason")
        << QByteArray(R"({"reason":"track.event.missing"})") << 200 << 0 << 1
        << QStringLiteral("user.missing-id")
        << QStringLiteral("dropped the call for user.missing-id, expected track.event.missing");
    QTest::addRow("negative, accepted") << QByteArray(R"({"recorded":"dropped"})") << 200 << 1 << 0
                                        << QString() << QStringLiteral("accepted every call");
    QTest::addRow("negative, no sandbox") << QByteArray(R"({"recorded":"dropped"})") << 200 << 0 << -1
                                          << QString() << QStringLiteral("not a sandbox");
    QTest::addRow("expected 400") << QByteArray(R"({"status":400})") << 400 << 0 << 1 << QStringLiteral("x")
                                  << QString();
    QTest::addRow("list") << QByteArray(R"({"status":[200,202]})") << 201 << 1 << 0 << QString()
                          << QStringLiteral("status 201, expected 200 or 202");
}

void TestRunInputs::judging()
{
    QFETCH(QByteArray, expect);
    QFETCH(int, status);
    QFETCH(int, accepted);
    QFETCH(int, dropped);
    QFETCH(QString, reason);
    QFETCH(QString, unmet);
    const Expectations e = Expectations::fromJson(parseJson(expect).value()).value();
    ExchangeFacts facts;
    facts.status = status;
    facts.failure = QStringLiteral("Connection refused");
    if (dropped >= 0)
        facts.sandbox =
            SandboxVerdict {accepted, dropped, reason.isEmpty() ? QStringList() : QStringList {reason}};
    const QStringList got = unmetExpectations(e, facts);
    if (unmet.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got.join(u'\n')));
    else
        QVERIFY2(got.size() == 1 && got.first().contains(unmet), qPrintable(got.join(u'\n')));
}

void TestRunInputs::tokenBucket()
{
    // 10 per second, bursts of 2: two go at once, then one every 100 ms.
    TokenBucket bucket(10, 1000, 2);
    QCOMPARE(bucket.waitMs(0), 0);
    bucket.take(0);
    QCOMPARE(bucket.waitMs(0), 0);
    bucket.take(0);
    QCOMPARE(bucket.waitMs(0), 100);
    QCOMPARE(bucket.waitMs(40), 60);
    QCOMPARE(bucket.waitMs(100), 0);
    bucket.take(100);
    QCOMPARE(bucket.waitMs(100), 100);
    // A quiet spell refills only to the burst.
    QCOMPARE(bucket.waitMs(10000), 0);
    bucket.take(10000);
    bucket.take(10000);
    QVERIFY(bucket.waitMs(10000) > 0);
    // Over a long run the rate holds: 1,000 requests at 10/s take about 100 s of clock.
    TokenBucket steady(10, 1000, 1);
    qint64 now = 0;
    for (int i = 0; i < 1000; ++i) {
        now += steady.waitMs(now);
        steady.take(now);
    }
    QVERIFY2(now >= 99800 && now <= 100000, qPrintable(QString::number(now)));
}

QTEST_GUILESS_MAIN(TestRunInputs)
#include "tst_runinputs.moc"
